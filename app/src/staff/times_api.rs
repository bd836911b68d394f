//! The clinic's bookable times in the staff tool (DOMAIN.md §7): a day's times of a kind of
//! visit, a booked one before it is withdrawn, publishing more and withdrawing one — plain
//! forms answered with a redirect that says what happened (`publicerade=`, `dragen=1`) or
//! what was wrong (`fel=`), the day and hours kept in the address (nothing personal).

use leptos::prelude::*;
use samla_model::booking::VisitType;
use serde::{Deserialize, Serialize};

pub const TIMES_PATH: &str = "/personal/tider";

pub fn time_path(id: i64) -> String {
    format!("{TIMES_PATH}/{id}")
}

/// The day's page: `besok` and `dag` (YYYY-MM-DD).
pub fn day_href(visit: VisitType, day: &str) -> String {
    format!("{TIMES_PATH}?besok={}&dag={day}", visit.code())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeStateView {
    Free,
    Booked,
    Invited,
    Held,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeRow {
    pub id: i64,
    pub time: String,
    pub state: TimeStateView,
}

/// A day's times of one kind of visit at the member's clinic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimesDay {
    /// The kinds of visit the clinic publishes times for.
    pub visits: Vec<VisitType>,
    pub visit: VisitType,
    pub day: String,
    pub rows: Vec<TimeRow>,
}

/// A booked time about to be withdrawn: whose booking it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookedTime {
    pub id: i64,
    pub citizen: String,
    pub visit: VisitType,
    pub date: String,
    pub time: String,
}

/// Why publishing or withdrawing was refused, as the address carries it (`fel=`).
pub const PROBLEM_DAY: &str = "dag";
pub const PROBLEM_HOURS: &str = "klockslag";
pub const PROBLEM_TOO_MANY: &str = "for-manga";
pub const PROBLEM_MESSAGE: &str = "meddelande";
pub const PROBLEM_TOO_LONG: &str = "for-langt";
pub const PROBLEM_HELD: &str = "reserverad";

#[cfg(feature = "ssr")]
mod on_server {
    use samla_model::staff::StaffViewer;

    /// The member may manage times, or a 404.
    pub fn require_scheduler() -> Result<StaffViewer, leptos::prelude::ServerFnError> {
        let viewer = super::super::api::on_server::require_staff()?;
        if samla_domain::staff::slots::may_schedule(&viewer) {
            Ok(viewer)
        } else {
            Err(not_found())
        }
    }

    pub fn not_found() -> leptos::prelude::ServerFnError {
        use leptos::prelude::use_context;
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
        leptos::prelude::ServerFnError::new("Tiden finns inte. / No such time.")
    }
}

/// The day `dag` (today when none) of `besok` (the clinic's first kind when none); None for a
/// member who does not manage times or a clinic without any.
#[server(prefix = "/api", endpoint = "staff_times")]
pub async fn staff_times(besok: String, dag: String) -> Result<Option<TimesDay>, ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    use samla_domain::staff::slots::{self, TimeState};
    let viewer = require_staff()?;
    if !slots::may_schedule(&viewer) {
        return Ok(None);
    }
    let db = db();
    let visits = samla_domain::booking::schedule::visit_types(&db, viewer.clinic_id)
        .await
        .map_err(failed)?;
    let Some(visit) = VisitType::from_code(&besok)
        .filter(|v| visits.contains(v))
        .or(visits.first().copied())
    else {
        return Ok(None);
    };
    let day = samla_domain::booking::parse_day(&dag)
        .unwrap_or_else(|| samla_domain::swedish_date::local_date(now()));
    let found = slots::day(&db, &viewer, visit, day).await.map_err(failed)?;
    let rows = found
        .into_iter()
        .map(|(slot, state)| TimeRow {
            id: slot.id,
            time: samla_domain::swedish_date::local_date_time(slot.starts_at).1,
            state: match state {
                TimeState::Free => TimeStateView::Free,
                TimeState::Booked => TimeStateView::Booked,
                TimeState::Invited => TimeStateView::Invited,
                TimeState::Held => TimeStateView::Held,
            },
        })
        .collect();
    Ok(Some(TimesDay {
        visits,
        visit,
        day: day.format("%Y-%m-%d").to_string(),
        rows,
    }))
}

/// The clinic's booked time `id` and whose booking it is (the read in their access log).
#[server(prefix = "/api", endpoint = "staff_booked_time")]
pub async fn staff_booked_time(id: i64) -> Result<Option<BookedTime>, ServerFnError> {
    use super::api::on_server::{failed, now};
    use crate::api::request::db;
    let viewer = on_server::require_scheduler()?;
    let db = db();
    let reads =
        use_context::<std::sync::Arc<samla_domain::access_log::RecentReads>>().unwrap_or_default();
    let Some((slot, citizen)) = samla_domain::staff::slots::booked(&db, &reads, &viewer, id, now())
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let (date, time) = samla_domain::swedish_date::local_date_time(slot.starts_at);
    Ok(Some(BookedTime {
        id: slot.id,
        citizen,
        visit: VisitType::from_code(&slot.visit_type).unwrap_or(VisitType::Doctor),
        date,
        time,
    }))
}

/// Publishes times of `besok` on `dag` from `fran` to `till` (HH:MM); back to the day.
#[server(prefix = "/api", endpoint = "staff_publish_times")]
pub async fn staff_publish_times(
    besok: String,
    dag: String,
    fran: String,
    till: String,
) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now};
    use crate::api::request::db;
    use samla_domain::staff::slots::{PublishProblem, Published};
    use samla_model::booking::parse_clock;
    let viewer = on_server::require_scheduler()?;
    let offered = samla_domain::booking::schedule::visit_types(&db(), viewer.clinic_id)
        .await
        .map_err(failed)?;
    let Some(visit) = VisitType::from_code(&besok).filter(|v| offered.contains(v)) else {
        return Err(on_server::not_found());
    };
    let day = samla_domain::booking::parse_day(&dag);
    let hours = parse_clock(&fran).zip(parse_clock(&till));
    let keep = |s: &str| {
        samla_model::next_path::percent_encode(&s.chars().take(10).collect::<String>(), b"")
    };
    let back = format!(
        "{}&fran={}&till={}",
        day_href(visit, &keep(&dag)),
        keep(&fran),
        keep(&till)
    );
    let (Some(day), Some(hours)) = (day, hours) else {
        let why = if day.is_none() {
            PROBLEM_DAY
        } else {
            PROBLEM_HOURS
        };
        leptos_axum::redirect(&format!("{back}&fel={why}#publish"));
        return Ok(());
    };
    let done = samla_domain::staff::slots::publish(&db(), &viewer, visit, day, hours, now())
        .await
        .map_err(failed)?;
    match done {
        Published::Added(n) => {
            let day = day.format("%Y-%m-%d").to_string();
            leptos_axum::redirect(&format!("{}&publicerade={n}", day_href(visit, &day)))
        }
        Published::Refused(problem) => {
            let why = match problem {
                PublishProblem::Day => PROBLEM_DAY,
                PublishProblem::Hours => PROBLEM_HOURS,
                PublishProblem::TooMany => PROBLEM_TOO_MANY,
            };
            leptos_axum::redirect(&format!("{back}&fel={why}#publish"));
        }
        Published::NotAllowed => return Err(on_server::not_found()),
    }
    Ok(())
}

/// Withdraws the clinic's time `id` (a booked one with `text` to the citizen); back to its
/// day (`besok`, `dag`: where the form was), or to the booked time's page saying what is
/// missing.
#[server(prefix = "/api", endpoint = "staff_withdraw_time")]
pub async fn staff_withdraw_time(
    id: i64,
    text: String,
    besok: String,
    dag: String,
) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now};
    use crate::api::request::db;
    use samla_domain::staff::slots::Withdrawn;
    let viewer = on_server::require_scheduler()?;
    let db = db();
    // Back to the day the form was on: a kind of visit and a day, or the clinic's first.
    let day = samla_domain::booking::parse_day(&dag).map(|d| d.format("%Y-%m-%d").to_string());
    let back = match (VisitType::from_code(&besok), day) {
        (Some(visit), Some(day)) => day_href(visit, &day),
        _ => format!("{TIMES_PATH}?"),
    };
    let done = samla_domain::staff::slots::withdraw(&db, &viewer, id, &text, now())
        .await
        .map_err(failed)?;
    match done {
        Withdrawn::Done => leptos_axum::redirect(&format!("{back}&dragen=1")),
        Withdrawn::NeedsMessage => {
            leptos_axum::redirect(&format!("{}?fel={PROBLEM_MESSAGE}", time_path(id)))
        }
        Withdrawn::Text(_) => {
            leptos_axum::redirect(&format!("{}?fel={PROBLEM_TOO_LONG}", time_path(id)))
        }
        Withdrawn::Held => leptos_axum::redirect(&format!("{back}&fel={PROBLEM_HELD}")),
        Withdrawn::NotFound => return Err(on_server::not_found()),
    }
    Ok(())
}
