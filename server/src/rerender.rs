//! Showing a page again after a plain form post with mistakes: the page is rendered as for a
//! GET of `path`, with the submission put on the request for the page to show — so what was
//! typed never has to travel in an address.

use axum::{
    body::Body,
    http::{HeaderMap, Method, Request, Uri, header},
    response::{IntoResponse, Response},
};

use crate::{AppState, page_context::page_context, security::csp::RequestNonce};

/// `who` is the logged-in citizen (`Viewer`) or member of staff (`StaffViewer`).
pub async fn render_with<T: Clone + Send + Sync + 'static, W: Clone + Send + Sync + 'static>(
    state: AppState,
    headers: HeaderMap,
    who: W,
    nonce: Option<RequestNonce>,
    path: &str,
    submission: T,
) -> Response {
    let Ok(uri) = path.parse::<Uri>() else {
        return axum::http::StatusCode::BAD_REQUEST.into_response();
    };
    let mut request = Request::new(Body::empty());
    *request.method_mut() = Method::GET;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers;
    request.headers_mut().remove(header::CONTENT_LENGTH);
    request.headers_mut().remove(header::CONTENT_TYPE);
    request.extensions_mut().insert(who);
    if let Some(nonce) = nonce {
        request.extensions_mut().insert(nonce);
    }
    request.extensions_mut().insert(submission);
    render(state, request).await
}

/// Renders the page `request` asks for, as the page routes do.
pub async fn render(state: AppState, request: Request<Body>) -> Response {
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(page_context(state), move || {
        samla_app::shell(options.clone())
    });
    render(request).await
}
