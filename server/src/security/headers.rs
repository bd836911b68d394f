//! Headers on every response: no sniffing, no framing, a strict referrer, HSTS over TLS.

use axum::{
    extract::{Request, State},
    http::{
        HeaderValue,
        header::{
            REFERRER_POLICY, STRICT_TRANSPORT_SECURITY, X_CONTENT_TYPE_OPTIONS, X_FRAME_OPTIONS,
        },
    },
    middleware::Next,
    response::Response,
};

use crate::AppState;

pub async fn security_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    // A file shown inside its preview page says SAMEORIGIN itself; all else is never framed.
    headers
        .entry(X_FRAME_OPTIONS)
        .or_insert(HeaderValue::from_static("DENY"));
    // Same-origin keeps the Referer that plain form posts need to return to their page,
    // and never leaks a health-related path to another site.
    headers.insert(REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    if state.config.served_over_tls() {
        headers.insert(
            STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    response
}
