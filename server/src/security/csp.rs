//! The Content-Security-Policy. No inline script runs unless it carries this response's nonce.
//!
//! The middleware makes the nonce, hands it to the page through the request, and writes the
//! header itself, so the header and the page's scripts always carry the same value.

use axum::{
    extract::Request,
    http::{HeaderValue, header::CONTENT_SECURITY_POLICY, header::CONTENT_TYPE},
    middleware::Next,
    response::Response,
};

/// The nonce of one request, read by the page renderer from the request's extensions.
#[derive(Clone, Debug)]
pub struct RequestNonce(pub String);

pub async fn content_security_policy(mut request: Request, next: Next) -> Response {
    let nonce = leptos::nonce::Nonce::new().to_string();
    request.extensions_mut().insert(RequestNonce(nonce.clone()));
    let mut response = next.run(request).await;
    let is_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let value = policy(is_page.then_some(nonce.as_str()));
    // A handler with a stricter policy of its own (a citizen's file) keeps it.
    response
        .headers_mut()
        .entry(CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_str(&value).expect("policy is a valid header value"));
    response
}

/// The policy; `nonce` is present for rendered pages, absent for files and API answers.
pub fn policy(nonce: Option<&str>) -> String {
    let scripts = match nonce {
        Some(nonce) => format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => "script-src 'self' 'wasm-unsafe-eval'".to_owned(),
    };
    format!(
        "default-src 'self'; {scripts}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

#[cfg(test)]
mod tests {
    use super::policy;

    #[test]
    fn pages_allow_only_their_nonce_and_never_unsafe_inline() {
        let p = policy(Some("abc123"));
        assert!(p.contains("script-src 'self' 'nonce-abc123' 'wasm-unsafe-eval'"));
        assert!(p.contains("frame-ancestors 'none'"));
        assert!(!p.contains("unsafe-inline"));
        assert!(!policy(None).contains("nonce-"));
    }
}
