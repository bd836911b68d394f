//! The largest request body: `SAMLA_BODY_LIMIT` for everything, except the routes that take
//! files, which may carry five files at the limit (`form_upload::UPLOAD_BODY_MAX`), ten for
//! a member of staff's answer or new case (`STAFF_UPLOAD_BODY_MAX`). A body
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
    files_limit(method, path).is_some()
}

/// The body limit of a post to `path` that takes files: a citizen's (five files) or a
/// member of staff's answer or new case (ten).
fn files_limit(method: &Method, path: &str) -> Option<usize> {
    if method != Method::POST {
        return None;
    }
    let answer_in = |prefix: &str| {
        path.strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix("/svar"))
            .is_some_and(|id| id.parse::<i64>().is_ok())
    };
    if answer_in("/personal/arenden/") || path == samla_app::staff::api::SEND_CASE_PATH {
        return Some(crate::form_upload::STAFF_UPLOAD_BODY_MAX);
    }
    let citizen = path == samla_app::api::cases::NEW_CASE_PATH
        || path == samla_app::api::attachments::UPLOAD_PATH
        || answer_in("/arenden/");
    citizen.then_some(crate::form_upload::UPLOAD_BODY_MAX)
}

pub async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let limit =
        files_limit(request.method(), request.uri().path()).unwrap_or(state.config.body_limit);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form_upload::{STAFF_UPLOAD_BODY_MAX, UPLOAD_BODY_MAX};

    #[test]
    fn staff_answers_take_ten_files_citizens_five_and_nothing_else_any() {
        let post = Method::POST;
        assert_eq!(
            files_limit(&post, "/personal/arenden/12/svar"),
            Some(STAFF_UPLOAD_BODY_MAX)
        );
        assert_eq!(
            files_limit(&post, "/arenden/12/svar"),
            Some(UPLOAD_BODY_MAX)
        );
        assert_eq!(files_limit(&post, "/arenden/nytt"), Some(UPLOAD_BODY_MAX));
        assert_eq!(files_limit(&post, "/personal/arenden/x/svar"), None);
        assert_eq!(files_limit(&post, "/personal/mallar"), None);
        assert_eq!(
            files_limit(&post, "/personal/skicka"),
            Some(STAFF_UPLOAD_BODY_MAX)
        );
        assert_eq!(files_limit(&Method::GET, "/personal/arenden/12/svar"), None);
    }
}
