//! The case forms as plain form posts, which work without JavaScript (with it, they post with
//! a full page load too): `POST /arenden/nytt` walks the new-case form through "Kontrollera
//! och skicka" to sending, and `POST /arenden/{id}/svar` replies in a thread. Answers are
//! checked here against the e-service's form (`samla_model::case`); mistakes and "Ändra" show
//! the page again with everything typed. The server decides who writes: the logged-in
//! citizen, in their own case only.

use axum::{
    extract::{Form, Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::api::cases::{
    NewCaseStep, NewCaseSubmission, ReplySubmission, case_path, new_case_href,
};
use samla_app::pages::new_case_page::answer_name;
use samla_domain::cases::{self, Replied, Writer};
use samla_model::case::{Author, MESSAGE_MAX, check_reply};
use samla_model::login::Viewer;
use samla_model::next_path::login_href;
use serde::Deserialize;

use crate::{AppState, notifier::unix_now, rerender::render_with, security::csp::RequestNonce};

/// More pairs than any form has are ignored; longer values than any field takes are cut, so
/// a huge post costs no more to show again than a full one.
const PAIRS_MAX: usize = 40;

fn cut(value: &str) -> String {
    value.chars().take(MESSAGE_MAX + 1).collect()
}

fn field<'a>(posted: &'a [(String, String)], name: &str) -> &'a str {
    posted
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!("cases: {e}");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

pub async fn new_case(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let posted: Vec<(String, String)> = posted
        .into_iter()
        .take(PAIRS_MAX)
        .map(|(k, v)| (k, cut(&v)))
        .collect();
    let hsa = field(&posted, "mottagning").to_owned();
    let slug = field(&posted, "tjanst").to_owned();
    let page = new_case_href(&hsa, &slug);
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(&login_href(&page)).into_response();
    };
    let offered = match samla_domain::eservices::find(&state.db, &hsa, &slug).await {
        Ok(Some(offered)) => offered,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(e),
    };
    // The answers by their own keys, for the form's check.
    let answers: Vec<(String, String)> = offered
        .form
        .fields
        .iter()
        .map(|f| {
            (
                f.key.clone(),
                field(&posted, &answer_name(&f.key)).to_owned(),
            )
        })
        .collect();
    let checked = offered.form.check(&answers);
    let step = match (field(&posted, "steg"), checked) {
        ("skicka", Ok(answers)) => {
            let writer = Writer {
                owner: &viewer.personnummer,
                author: Author::Citizen,
                name: &viewer.name(),
            };
            return match cases::start(&state.db, &writer, &offered, &answers, unix_now()).await {
                Ok(id) => Redirect::to(&format!("{}?skickat=1", case_path(id))).into_response(),
                Err(e) => unavailable(e),
            };
        }
        ("granska", Ok(_)) => NewCaseStep::Check,
        ("andra", _) => NewCaseStep::Form(Vec::new()),
        (_, Ok(_)) => NewCaseStep::Form(Vec::new()),
        (_, Err(problems)) => NewCaseStep::Form(problems),
    };
    let nonce = nonce.map(|axum::Extension(n)| n);
    let submission = NewCaseSubmission { posted, step };
    render_with(state, headers, viewer, nonce, &page, submission).await
}

#[derive(Deserialize)]
pub struct PostedReply {
    #[serde(default)]
    text: String,
}

pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<Viewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<PostedReply>,
) -> Response {
    let page = case_path(id);
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(&login_href(&page)).into_response();
    };
    let text = cut(&posted.text);
    let body = match check_reply(&text) {
        Ok(body) => body,
        Err(problem) => {
            let nonce = nonce.map(|axum::Extension(n)| n);
            return render_with(
                state,
                headers,
                viewer,
                nonce,
                &page,
                ReplySubmission { text, problem },
            )
            .await;
        }
    };
    let writer = Writer {
        owner: &viewer.personnummer,
        author: Author::Citizen,
        name: &viewer.name(),
    };
    match cases::reply(&state.db, &writer, id, &body, unix_now()).await {
        Ok(Replied::Sent) => Redirect::to(&format!("{page}?svarat=1")).into_response(),
        // Someone else's case or none: the same answer, so ids tell nothing.
        Ok(Replied::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Ok(Replied::Closed) => Redirect::to(&page).into_response(),
        Err(e) => unavailable(e),
    }
}
