//! `POST /personal/skicka` — "Skicka ärende" as plain forms (DOMAIN.md §7): "Hämta invånaren"
//! (`steg=hamta`) checks the personnummer and finds the citizen, filling in the chosen
//! template for them; then the message is checked and sent, with files only from the preview
//! with "reviewed" ticked, as an answer's are. Every post looks the citizen up again, so
//! nothing posted about them is trusted; any mistake shows the page again with all kept.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::api::attachments::AttachmentItem;
use samla_app::staff::api::{
    AnswerStep, SEND_CASE_PATH, STAFF_LOGIN_PATH, StaffSendSubmission, staff_case_path,
};
use samla_domain::staff::{outgoing, templates};
use samla_model::case::MESSAGE_MAX;
use samla_model::outgoing::{SUBJECT_MAX, check_outgoing};
use samla_model::staff::{StaffViewer, fill_template};

use crate::form_upload::{self, REMOVE_FIELD, Target, files_of, refused_of};
use crate::{AppState, notifier::unix_now, rerender::render_with, security::csp::RequestNonce};

pub async fn send(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(STAFF_LOGIN_PATH).into_response();
    };
    if !viewer.sees_cases() {
        return StatusCode::NOT_FOUND.into_response();
    }
    let owner = viewer.upload_owner();
    let target = Target::StaffAnswer { may_write: true };
    let mut form = match form_upload::read_any(&state, &owner, target, request).await {
        Ok(form) => form,
        Err(e) => return unavailable(e),
    };
    let files = files_of(&state, &owner, &mut form).await;
    let refused = refused_of(&form);
    let nonce = nonce.map(|axum::Extension(n)| n);
    let keep = |name: &str, max: usize| form.field(name).chars().take(max + 100).collect();
    let mut page = StaffSendSubmission {
        typed: keep("personnummer", 20),
        template: form.field("mall").parse().ok(),
        problem: None,
        recipient: None,
        subject: keep("rubrik", SUBJECT_MAX),
        text: keep("text", MESSAGE_MAX),
        question: form.field("fraga") == "ja",
        problems: Vec::new(),
        files,
        refused,
        step: AnswerStep::Form,
    };
    let now = unix_now();
    let recipient = match crate::staff_recipient::find(&state, &viewer, &page.typed, now).await {
        Ok(Ok((recipient, view))) => {
            page.recipient = Some(view);
            recipient
        }
        Ok(Err(problem)) => {
            page.problem = Some(problem);
            return render_with(state, headers, viewer, nonce, SEND_CASE_PATH, page).await;
        }
        Err(e) => return unavailable(e),
    };
    let step = form.field("steg");
    if step == "hamta" {
        if let Some(id) = page.template {
            match templates::find(&state.db, &viewer, id).await {
                Ok(Some(chosen)) => {
                    page.subject = chosen.title;
                    page.text = fill_template(&chosen.body, &recipient.given_name, &viewer);
                }
                Ok(None) => {}
                Err(e) => return unavailable(e),
            }
        }
        return render_with(state, headers, viewer, nonce, SEND_CASE_PATH, page).await;
    }
    let sent_reviewed = step == "skicka" && form.field("granskat") == "ja";
    let (subject, body) = match check_outgoing(&page.subject, &page.text) {
        Err(problems) => {
            page.problems = problems;
            return render_with(state, headers, viewer, nonce, SEND_CASE_PATH, page).await;
        }
        Ok(checked) => checked,
    };
    let changing =
        !form.field(REMOVE_FIELD).is_empty() || !page.refused.is_empty() || step == "andra";
    if changing || (!page.files.is_empty() && !sent_reviewed) {
        if !changing {
            let unconfirmed = step == "skicka";
            page.step = AnswerStep::Preview { unconfirmed };
        }
        return render_with(state, headers, viewer, nonce, SEND_CASE_PATH, page).await;
    }
    let ids: Vec<i64> = page.files.iter().map(|f: &AttachmentItem| f.id).collect();
    let out = outgoing::Outgoing {
        personnummer: &recipient.personnummer,
        subject: &subject,
        body: &body,
        asks_reply: page.question,
        files: &ids,
    };
    match outgoing::send(&state.db, &viewer, &out, now).await {
        Ok(Some(id)) => Redirect::to(&format!("{}?skickat=1", staff_case_path(id))).into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable(e),
    }
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!("staff send: {e}");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}
