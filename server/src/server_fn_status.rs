//! Server functions answer 500 for every error, also when the request itself was wrong. This
//! gives the caller's mistakes their own status: arguments that do not parse answer 400.

use axum::{
    body::{Body, to_bytes},
    extract::Request,
    http::StatusCode,
    middleware::Next,
    response::Response,
};

/// The header server_fn puts on its error responses.
const SERVER_FN_ERROR: &str = "serverfnerror";
/// Error bodies are short messages; a longer one is left as it is.
const ERROR_BODY_MAX: usize = 64 * 1024;

pub async fn caller_errors_are_400(request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let response = next.run(request).await;
    if !is_api
        || response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key(SERVER_FN_ERROR)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, ERROR_BODY_MAX).await else {
        parts.status = StatusCode::INTERNAL_SERVER_ERROR;
        return Response::from_parts(parts, Body::empty());
    };
    // server_fn encodes its own errors as "Kind|message".
    if bytes.starts_with(b"Args|") || bytes.starts_with(b"Deserialization|") {
        parts.status = StatusCode::BAD_REQUEST;
    }
    Response::from_parts(parts, Body::from(bytes))
}
