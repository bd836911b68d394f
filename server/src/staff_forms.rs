//! The staff tool's form routes: `POST /personal/arenden/{id}/svar` (an answer or counter
//! question, with up to ten files reviewed in a preview before sending; with a mistake the
//! case page is shown again with what was typed),
//! `GET /personal/bilagor/{id}` (a file of a case the member may see), and
//! `POST /personal/mallar[/{id}]` (a reply template, new or changed; shown again likewise). Who asks is the staff
//! session the middleware found; the domain decides what they may.

use axum::{
    extract::{Form, Path, Query, Request, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::staff::api::{AnswerStep, STAFF_LOGIN_PATH, StaffAnswerSubmission, staff_case_path};
use samla_domain::{clinic_side::Sent, staff};
use samla_model::attachment::FileKind;
use samla_model::case::{MESSAGE_MAX, check_reply};
use samla_model::staff::StaffViewer;
use serde::Deserialize;

use crate::form_upload::{self, REMOVE_FIELD, Target, files_of, refused_of};
use crate::{
    AppState, attachment_routes::FileQuery, notifier::unix_now, rerender::render_with,
    security::csp::RequestNonce,
};

pub const ANSWER_PATH: &str = "/personal/arenden/{id}/svar";
pub const FILE_PATH: &str = "/personal/bilagor/{id}";

/// An answer or counter question, with files or without (`multipart/form-data` or a plain
/// form). Files are kept as the member's own pending uploads; a message with files is sent
/// only from the preview, with "reviewed" ticked (`granskat=ja`). Mistakes, removed or
/// refused files and "Ändra" show the case again with everything kept.
pub async fn answer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    request: Request,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(STAFF_LOGIN_PATH).into_response();
    };
    let page = staff_case_path(id);
    // A case they may not see or none: the same answer, so ids tell nothing; a closed one
    // shows that it is closed. Either way nothing of the post is read.
    match staff::cases::is_open(&state.db, &viewer, id).await {
        Ok(Some(true)) => {}
        Ok(Some(false)) => return Redirect::to(&page).into_response(),
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(e),
    }
    let owner = viewer.upload_owner();
    let target = Target::StaffAnswer { may_write: true };
    let mut form = match form_upload::read_any(&state, &owner, target, request).await {
        Ok(form) => form,
        Err(e) => return unavailable(e),
    };
    let files = files_of(&state, &owner, &mut form).await;
    let refused = refused_of(&form);
    // At most a little over the limit is kept to show again.
    let text: String = form.field("text").chars().take(MESSAGE_MAX + 100).collect();
    let question = form.field("fraga") == "ja";
    let step = form.field("steg");
    // "Skicka svaret" from the preview with "reviewed" ticked: the only way files are sent.
    let sent_reviewed = step == "skicka" && form.field("granskat") == "ja";
    let decided = match check_reply(&text) {
        Err(problem) => Err((Some(problem), AnswerStep::Form)),
        Ok(_) if !form.field(REMOVE_FIELD).is_empty() || !refused.is_empty() || step == "andra" => {
            Err((None, AnswerStep::Form))
        }
        Ok(_) if !files.is_empty() && !sent_reviewed => {
            let unconfirmed = step == "skicka";
            Err((None, AnswerStep::Preview { unconfirmed }))
        }
        Ok(body) => Ok(body),
    };
    let body = match decided {
        Ok(body) => body,
        Err((problem, step)) => {
            let submission = StaffAnswerSubmission {
                text,
                question,
                problem,
                files,
                refused,
                step,
            };
            let nonce = nonce.map(|axum::Extension(n)| n);
            return render_with(state, headers, viewer, nonce, &page, submission).await;
        }
    };
    let ids: Vec<i64> = files.iter().map(|f| f.id).collect();
    let written =
        staff::cases::write(&state.db, &viewer, id, &body, question, &ids, unix_now()).await;
    match written {
        Ok(Sent::Message(_)) => Redirect::to(&format!("{page}?skickat=1")).into_response(),
        Ok(Sent::Closed) => Redirect::to(&page).into_response(),
        // A case they may not see or none: the same answer, so ids tell nothing.
        Ok(Sent::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => unavailable(e),
    }
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!("staff answer: {e}");
    StatusCode::SERVICE_UNAVAILABLE.into_response()
}

pub async fn file(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(query): Query<FileQuery>,
    viewer: Option<axum::Extension<StaffViewer>>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let found =
        samla_domain::staff::cases::file(&state.db, &state.reads, &viewer, id, unix_now()).await;
    match found {
        Ok(Some(file)) => match FileKind::from_code(&file.content_type) {
            Some(kind) => {
                crate::attachment_routes::serve(&state, &file, kind, query.download.is_some()).await
            }
            None => StatusCode::NOT_FOUND.into_response(),
        },
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!("staff file: {e}");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

pub const NEW_TEMPLATE_PATH: &str = "/personal/mallar";
pub const TEMPLATE_PATH: &str = "/personal/mallar/{id}";

#[derive(Deserialize)]
pub struct PostedTemplate {
    #[serde(default)]
    title: String,
    #[serde(default)]
    body: String,
}

/// A new reply template of the member's clinic.
pub async fn new_template(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<PostedTemplate>,
) -> Response {
    save_template(state, viewer, nonce, headers, None, posted).await
}

/// A change of the clinic's reply template `id`.
pub async fn edit_template(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<PostedTemplate>,
) -> Response {
    save_template(state, viewer, nonce, headers, Some(id), posted).await
}

async fn save_template(
    state: AppState,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    id: Option<i64>,
    posted: PostedTemplate,
) -> Response {
    use samla_app::staff::api::{TEMPLATES_PATH, TemplateSubmission, template_path};
    use samla_domain::staff::templates::{self, Saved};
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(STAFF_LOGIN_PATH).into_response();
    };
    // At most a little over the limits is kept to show again.
    let keep = |text: &str, max: usize| text.chars().take(max + 100).collect::<String>();
    let title = keep(&posted.title, samla_model::staff::TEMPLATE_TITLE_MAX);
    let body = keep(&posted.body, samla_model::case::MESSAGE_MAX);
    let saved = templates::save(&state.db, &viewer, id, &title, &body, unix_now()).await;
    match saved {
        Ok(Saved::Done(_)) => Redirect::to(&format!("{TEMPLATES_PATH}?sparad=1")).into_response(),
        Ok(Saved::Refused(problems)) => {
            let page = id.map_or_else(|| TEMPLATES_PATH.to_owned(), template_path);
            let nonce = nonce.map(|axum::Extension(n)| n);
            let submission = TemplateSubmission {
                title,
                body,
                problems,
            };
            render_with(state, headers, viewer, nonce, &page, submission).await
        }
        Ok(Saved::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!("staff template: {e}");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
