//! A citizen's invitation (kallelse, DOMAIN.md §7): the clinic's proposed time and words, and
//! the two answers — book it, or ask for another time — as plain forms answered with a
//! redirect. Whose it is comes from the session (a guardian acting for a child answers the
//! child's); every read is in the access log.

use leptos::prelude::*;
use samla_model::booking::VisitType;
use samla_model::invitation::InvitationStatus;
use serde::{Deserialize, Serialize};

pub const INVITATIONS_PATH: &str = "/kallelser";

pub fn invitation_path(id: i64) -> String {
    format!("{INVITATIONS_PATH}/{id}")
}

/// An invitation as its page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationView {
    pub id: i64,
    pub visit: VisitType,
    pub clinic: String,
    pub address: String,
    pub date: String,
    pub time: String,
    pub minutes: i32,
    /// Who at the clinic sent it, and their words.
    pub from: String,
    pub text: String,
    pub status: InvitationStatus,
    pub booking_id: Option<i64>,
}

/// What was wrong with "Be om en annan tid", as the address carries it back (`fel=`).
pub const TEXT_MISSING: &str = "saknas";
pub const TEXT_TOO_LONG: &str = "for-lang";
/// Answered already (in another tab, say).
pub const ANSWERED: &str = "besvarad";

#[cfg(feature = "ssr")]
mod on_server {
    use samla_domain::cases::Writer;
    use samla_model::login::Viewer;

    pub fn now() -> i64 {
        crate::api::request::now_ms() / 1000
    }

    /// Whose answer it is: the person, or their guardian acting for them.
    pub fn writer<'a>(viewer: &'a Viewer, name: &'a str) -> Writer<'a> {
        Writer {
            owner: &viewer.personnummer,
            author: viewer.author().0,
            name,
        }
    }
}

/// The logged-in person's invitation `id`, if it is theirs.
#[server(prefix = "/api", endpoint = "my_invitation")]
pub async fn my_invitation(id: i64) -> Result<Option<InvitationView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let db = db();
    let Some(found) = samla_domain::invitations::owned(&db, &viewer.personnummer, id)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let clinic = samla_domain::booking::clinic_of(&db, found.clinic_id)
        .await
        .map_err(failed)?;
    let thread = samla_domain::cases::thread(&db, &viewer.personnummer, found.case_id)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, samla_model::access::Resource::Bookings).await?;
    let first = thread.and_then(|t| t.messages.into_iter().next());
    let (date, time) = samla_domain::swedish_date::local_date_time(found.starts_at);
    let visit = VisitType::from_code(&found.visit_type).unwrap_or(VisitType::Doctor);
    Ok(Some(InvitationView {
        id: found.id,
        visit,
        clinic: clinic.as_ref().map(|c| c.name.clone()).unwrap_or_default(),
        address: clinic
            .as_ref()
            .map(crate::api::booking::on_server::address)
            .unwrap_or_default(),
        date,
        time,
        minutes: visit.minutes() as i32,
        from: first
            .as_ref()
            .map(|m| m.author_name.clone())
            .unwrap_or_default(),
        text: first.map(|m| m.body).unwrap_or_default(),
        status: InvitationStatus::from_code(&found.status).unwrap_or(InvitationStatus::Sent),
        booking_id: found.booking_id,
    }))
}

/// "Boka tiden": the proposed time becomes the person's booking; to the booking, or back to
/// the invitation saying why not.
#[server(prefix = "/api", endpoint = "accept_invitation")]
pub async fn accept_invitation(id: i64) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::invitations::Answered;
    let viewer = require_viewer()?;
    let (_, name) = viewer.author();
    let writer = on_server::writer(&viewer, &name);
    let answered = samla_domain::invitations::accept(&db(), &writer, id, on_server::now())
        .await
        .map_err(failed)?;
    let page = invitation_path(id);
    match answered {
        Answered::Booked(booking) => leptos_axum::redirect(&format!(
            "{}?bokad=1",
            crate::api::booking::booking_path(booking)
        )),
        Answered::Refused(refused) => leptos_axum::redirect(&format!(
            "{page}?fel={}",
            crate::api::booking::on_server::problem(&refused).code()
        )),
        Answered::NotFound => return Err(not_found()),
        _ => leptos_axum::redirect(&format!("{page}?fel={ANSWERED}")),
    }
    Ok(())
}

/// "Be om en annan tid": a case to the clinic with `text`; to the case, or back to the
/// invitation with what was typed and why not.
#[server(prefix = "/api", endpoint = "ask_other_time")]
pub async fn ask_other_time(id: i64, text: String) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::invitations::Answered;
    use samla_model::case::ProblemKind;
    let viewer = require_viewer()?;
    let (_, name) = viewer.author();
    let writer = on_server::writer(&viewer, &name);
    let answered =
        samla_domain::invitations::ask_change(&db(), &writer, id, &text, on_server::now())
            .await
            .map_err(failed)?;
    let page = invitation_path(id);
    match answered {
        Answered::ChangeAsked(case) => {
            leptos_axum::redirect(&format!("{}?skickat=1", crate::api::cases::case_path(case)))
        }
        Answered::Text(problem) => {
            let why = if problem == ProblemKind::TooLong {
                TEXT_TOO_LONG
            } else {
                TEXT_MISSING
            };
            let kept: String = text.chars().take(samla_model::case::MESSAGE_MAX).collect();
            let kept = samla_model::next_path::percent_encode(&kept, b"");
            leptos_axum::redirect(&format!("{page}?fel={why}&onskemal={kept}#other-time"));
        }
        Answered::NotFound => return Err(not_found()),
        _ => leptos_axum::redirect(&format!("{page}?fel={ANSWERED}")),
    }
    Ok(())
}

#[cfg(feature = "ssr")]
fn not_found() -> ServerFnError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    ServerFnError::new("Kallelsen finns inte. / No such invitation.")
}
