//! Upcoming and past events (issue 11): the logged-in citizen's flow, one kind or all, paged
//! by a cursor the address carries (`?visa=provsvar&fore=…`).

use leptos::prelude::*;
use samla_model::records::Range;
use samla_model::timeline::EventKind;
use serde::{Deserialize, Serialize};

pub const EVENTS_PATH: &str = "/handelser";

/// The flow's address, showing `kind` (all when `None`) from `fore` (the newest when `None`).
pub fn events_href(kind: Option<EventKind>, fore: Option<&str>) -> String {
    let mut query = Vec::new();
    if let Some(kind) = kind {
        query.push(format!("visa={}", kind.code()));
    }
    if let Some(fore) = fore {
        query.push(format!("fore={fore}"));
    }
    if query.is_empty() {
        EVENTS_PATH.to_owned()
    } else {
        format!("{EVENTS_PATH}?{}", query.join("&"))
    }
}

/// One entry as the page shows it. `title`, `code` and `detail` as in
/// `samla_domain::timeline::Event`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventItem {
    pub kind: EventKind,
    pub id: i64,
    /// `YYYY-MM-DD` and `HH:MM`, Swedish time.
    pub date: String,
    pub time: String,
    pub title: String,
    pub clinic: String,
    pub code: String,
    pub detail: String,
    pub value: Option<(f64, Range)>,
    /// The entry's own page, where it has one.
    pub href: Option<String>,
}

impl EventItem {
    /// `YYYY-MM`: the month it is listed under.
    pub fn month(&self) -> &str {
        self.date.get(..7).unwrap_or_default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventsView {
    pub upcoming: Vec<EventItem>,
    pub past: Vec<EventItem>,
    /// The cursor of the next, older page.
    pub older: Option<String>,
}

/// The page of `owner`'s flow the address asks for: `kind` is a kind's code or empty (all),
/// `fore` a cursor or empty (the newest). An unknown kind or cursor shows the newest of all.
#[server(prefix = "/api", endpoint = "my_events")]
pub async fn my_events(kind: String, fore: String) -> Result<EventsView, ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    use samla_model::timeline::Cursor;
    let viewer = require_viewer()?;
    // Every kind the viewer may see, or the one asked for if they may see it.
    let kinds: Vec<EventKind> = samla_model::timeline::shown_kinds(viewer.is_proxy())
        .filter(|k| EventKind::from_code(&kind).is_none_or(|asked| asked == *k))
        .collect();
    if kinds.is_empty() {
        return Ok(EventsView::default());
    }
    let fore = Cursor::from_code(&fore);
    let flow =
        samla_domain::timeline::flow(&db(), &viewer.personnummer, &kinds, fore, now_ms() / 1000)
            .await
            .map_err(failed)?;
    super::request::log_own_read(&viewer, samla_model::access::Resource::Events).await?;
    Ok(EventsView {
        upcoming: flow.upcoming.into_iter().map(item).collect(),
        past: flow.past.into_iter().map(item).collect(),
        older: flow.older.map(|c| c.code()),
    })
}

#[cfg(feature = "ssr")]
fn item(event: samla_domain::timeline::Event) -> EventItem {
    let (date, time) = samla_domain::swedish_date::local_date_time(event.at);
    let href = match event.kind {
        EventKind::Booking => Some(super::booking::booking_path(event.id)),
        EventKind::Case => Some(super::cases::case_path(event.id)),
        EventKind::Message => Some(super::cases::message_path(event.id)),
        EventKind::Medicine => Some(super::medicines::MEDICINES_PATH.to_owned()),
        EventKind::Visit => Some(format!("{}#journal-contacts", super::journal::JOURNAL_PATH)),
        EventKind::LabResult => Some(format!(
            "{}#lab-{}",
            super::journal::JOURNAL_PATH,
            event.code
        )),
        EventKind::Certificate => Some(super::certificates::certificate_path(event.id)),
        _ => None,
    };
    EventItem {
        kind: event.kind,
        id: event.id,
        date,
        time,
        title: event.title,
        clinic: event.clinic,
        code: event.code,
        detail: event.detail,
        value: event.value,
        href,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_the_filter_when_paging() {
        assert_eq!(events_href(None, None), "/handelser");
        assert_eq!(
            events_href(Some(EventKind::LabResult), None),
            "/handelser?visa=provsvar"
        );
        assert_eq!(
            events_href(Some(EventKind::LabResult), Some("9-provsvar-1")),
            "/handelser?visa=provsvar&fore=9-provsvar-1"
        );
        assert_eq!(
            events_href(None, Some("9-intyg-2")),
            "/handelser?fore=9-intyg-2"
        );
    }
}
