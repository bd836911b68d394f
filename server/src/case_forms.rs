//! The case forms as plain form posts, which work without JavaScript (with it, they post with
//! a full page load too): `POST /arenden/nytt` walks the new-case form through "Kontrollera
//! och skicka" to sending, and `POST /arenden/{id}/svar` replies in a thread. Answers are
//! checked here against the e-service's form (`samla_model::case`); mistakes and "Ändra" show
//! the page again with everything typed. The server decides who writes: the logged-in
//! citizen, in their own case only.

use axum::{
    extract::{Path, Request, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::api::cases::{
    NewCaseStep, NewCaseSubmission, ReplySubmission, case_path, new_case_href,
};
use samla_app::pages::new_case_page::answer_name;
use samla_domain::cases::{self, Replied, Writer};
use samla_model::case::{MESSAGE_MAX, check_reply};
use samla_model::login::Viewer;
use samla_model::next_path::login_href;

use crate::form_upload::{self, REMOVE_FIELD, Target, files_of, refused_of};
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
    request: Request,
) -> Response {
    // The form's address names its e-service, so a session that ended while the citizen
    // wrote leads back to the same form after logging in again.
    let Some(axum::Extension(viewer)) = viewer else {
        let page = match request.uri().query() {
            Some(query) => format!("{}?{query}", samla_app::api::cases::NEW_CASE_PATH),
            None => samla_app::api::cases::NEW_CASE_PATH.to_owned(),
        };
        return Redirect::to(&login_href(&page)).into_response();
    };
    let mut form =
        match form_upload::read_any(&state, &viewer.personnummer, Target::NewCase, request).await {
            Ok(form) => form,
            Err(e) => return unavailable(e),
        };
    let files = files_of(&state, &viewer.personnummer, &mut form).await;
    let refused = refused_of(&form);
    let posted: Vec<(String, String)> = std::mem::take(&mut form.pairs)
        .into_iter()
        .take(PAIRS_MAX)
        .map(|(k, v)| (k, cut(&v)))
        .collect();
    let hsa = field(&posted, "mottagning").to_owned();
    let slug = field(&posted, "tjanst").to_owned();
    let page = new_case_href(&hsa, &slug);
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
    let removing = !field(&posted, REMOVE_FIELD).is_empty();
    let step = match (field(&posted, "steg"), checked) {
        // A file refused or taken off: the form again, with the rest as it was.
        (_, Ok(_)) if removing || !refused.is_empty() => NewCaseStep::Form(Vec::new()),
        (_, Err(problems)) if removing || !refused.is_empty() => NewCaseStep::Form(problems),
        ("skicka", Ok(answers)) => {
            let files: Vec<i64> = files.iter().map(|f| f.id).collect();
            let (author, name) = viewer.author();
            let writer = Writer {
                owner: &viewer.personnummer,
                author,
                name: &name,
            };
            return match cases::start(&state.db, &writer, &offered, &answers, &files, unix_now())
                .await
            {
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
    let submission = NewCaseSubmission {
        posted,
        step,
        files,
        refused,
    };
    render_with(state, headers, viewer, nonce, &page, submission).await
}

pub async fn reply(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<Viewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let page = case_path(id);
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(&login_href(&page)).into_response();
    };
    let mut form =
        match form_upload::read_any(&state, &viewer.personnummer, Target::Reply(id), request).await
        {
            Ok(form) => form,
            Err(e) => return unavailable(e),
        };
    let files = files_of(&state, &viewer.personnummer, &mut form).await;
    let refused = refused_of(&form);
    let text = cut(form.field("text"));
    let checked = match check_reply(&text) {
        Ok(_) if !form.field(REMOVE_FIELD).is_empty() || !refused.is_empty() => Err(None),
        Ok(body) => Ok(body),
        Err(problem) => Err(Some(problem)),
    };
    let body = match checked {
        Ok(body) => body,
        Err(problem) => {
            let nonce = nonce.map(|axum::Extension(n)| n);
            return render_with(
                state,
                headers,
                viewer,
                nonce,
                &page,
                ReplySubmission {
                    text,
                    problem,
                    files,
                    refused,
                },
            )
            .await;
        }
    };
    let (author, name) = viewer.author();
    let writer = Writer {
        owner: &viewer.personnummer,
        author,
        name: &name,
    };
    let files: Vec<i64> = files.iter().map(|f| f.id).collect();
    match cases::reply(&state.db, &writer, id, &body, &files, unix_now()).await {
        Ok(Replied::Sent) => Redirect::to(&format!("{page}?svarat=1")).into_response(),
        // Someone else's case or none: the same answer, so ids tell nothing.
        Ok(Replied::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Ok(Replied::Closed) => Redirect::to(&page).into_response(),
        Err(e) => unavailable(e),
    }
}
