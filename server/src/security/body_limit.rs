//! The largest request body: `SAMLA_BODY_LIMIT` for everything, except the routes that take
//! files, which may carry five files at the limit (`form_upload::UPLOAD_BODY_MAX`). A body
//! that says it is larger is refused before it is read; one that turns out larger (no
//! Content-Length, chunked) fails when it passes the limit, so nothing reads on past it.

use axum::{
    body::Body,
    extract::{Request, State},
    http::{Method, StatusCode, header::CONTENT_LENGTH},
    middleware::Next,
    response::{IntoResponse, Response},
};
use http_body_util::Limited;

use crate::AppState;

/// Whether `path` takes files when posted.
pub fn takes_files(method: &Method, path: &str) -> bool {
    if method != Method::POST {
        return false;
    }
    path == samla_app::api::cases::NEW_CASE_PATH
        || path == samla_app::api::attachments::UPLOAD_PATH
        || path
            .strip_prefix("/arenden/")
            .and_then(|rest| rest.strip_suffix("/svar"))
            .is_some_and(|id| id.parse::<i64>().is_ok())
}

pub async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit = if takes_files(request.method(), request.uri().path()) {
        crate::form_upload::UPLOAD_BODY_MAX
    } else {
        state.config.body_limit
    };
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts, Body::new(Limited::new(body, limit)));
    next.run(request).await
}
