//! `POST /personal/kallelser` — an invitation as a plain form (DOMAIN.md §7). Every post
//! checks the personnummer and looks the citizen up again (the look-up in their access log),
//! and reads the chosen week's free times of the chosen kind of visit; "Skicka kallelsen"
//! (`steg=skicka`) then sends, holding the chosen time. Any mistake shows the page again with
//! everything kept.

use axum::{
    extract::{Form, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::staff::api::STAFF_LOGIN_PATH;
use samla_app::staff::invitation_api::{InvitationSubmission, STAFF_INVITATIONS_PATH, TimeChoice};
use samla_domain::booking::{parse_day, schedule::visit_types, times::free_week};
use samla_domain::staff::invitations;
use samla_model::booking::VisitType;
use samla_model::invitation::{INVITATION_TEXT_MAX, InvitationProblem};
use samla_model::staff::StaffViewer;
use serde::Deserialize;

use crate::{AppState, notifier::unix_now, rerender::render_with, security::csp::RequestNonce};

#[derive(Deserialize)]
pub struct Posted {
    #[serde(default)]
    personnummer: String,
    #[serde(default)]
    besok: String,
    #[serde(default)]
    fran: String,
    #[serde(default)]
    tid: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    steg: String,
}

pub async fn post(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<Posted>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(STAFF_LOGIN_PATH).into_response();
    };
    if !viewer.sees_cases() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let nonce = nonce.map(|axum::Extension(n)| n);
    let keep = |text: &str, max: usize| text.chars().take(max + 100).collect::<String>();
    let mut page = InvitationSubmission {
        typed: keep(&posted.personnummer, 20),
        visit: keep(&posted.besok, 20),
        day: keep(&posted.fran, 10),
        slot: posted.tid.parse().ok(),
        text: keep(&posted.text, INVITATION_TEXT_MAX),
        ..Default::default()
    };
    let now = unix_now();
    let shown = async |page: InvitationSubmission| {
        render_with(
            state.clone(),
            headers.clone(),
            viewer.clone(),
            nonce.clone(),
            STAFF_INVITATIONS_PATH,
            page,
        )
        .await
    };
    let recipient = match crate::staff_recipient::find(&state, &viewer, &page.typed, now).await {
        Ok(Ok((recipient, view))) => {
            page.recipient = Some(view);
            recipient
        }
        Ok(Err(problem)) => {
            page.recipient_problem = Some(problem);
            return shown(page).await;
        }
        Err(e) => return unavailable(e),
    };
    let offered = match visit_types(&state.db, viewer.clinic_id).await {
        Ok(offered) => offered,
        Err(e) => return unavailable(e),
    };
    let Some(visit) = VisitType::from_code(&page.visit).filter(|v| offered.contains(v)) else {
        page.problem = Some(InvitationProblem::VisitType);
        return shown(page).await;
    };
    let week = match free_week(
        &state.db,
        viewer.clinic_id,
        visit,
        parse_day(&page.day),
        now,
    )
    .await
    {
        Ok(week) => week,
        Err(e) => return unavailable(e),
    };
    page.times = week
        .days
        .iter()
        .flat_map(|(_, times)| times)
        .map(|time| {
            let (date, clock) = samla_domain::swedish_date::local_date_time(time.starts_at);
            TimeChoice {
                slot_id: time.slot_id,
                date,
                time: clock,
            }
        })
        .collect();
    if posted.steg != "skicka" {
        return shown(page).await;
    }
    let Some(slot) = page
        .slot
        .filter(|s| page.times.iter().any(|t| t.slot_id == *s))
    else {
        page.problem = Some(InvitationProblem::NoTime);
        return shown(page).await;
    };
    let sent = invitations::send(
        &state.db,
        &viewer,
        &recipient.personnummer,
        slot,
        &page.text,
        now,
    )
    .await;
    match sent {
        Ok(invitations::Sent::Done(_)) => {
            Redirect::to(&format!("{STAFF_INVITATIONS_PATH}?skickad=1")).into_response()
        }
        Ok(invitations::Sent::Refused(problem)) => {
            page.problem = Some(problem);
            if problem == InvitationProblem::Taken {
                page.times.retain(|t| t.slot_id != slot);
                page.slot = None;
            }
            shown(page).await
        }
        Ok(invitations::Sent::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable(e),
    }
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!("staff invitation: {e}");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}
