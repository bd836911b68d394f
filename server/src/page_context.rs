//! Context every rendered page and server function gets.

use axum::http::request::Parts;
use leptos::{nonce::Nonce, prelude::*};

use crate::{AppState, security::csp::RequestNonce};

/// Provides the database and the search index to server functions, and the request's nonce (set by the CSP
/// middleware) for Leptos to put on its scripts — replacing the one leptos_axum made up.
pub fn page_context(state: AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(state.db.clone());
        provide_context(state.search.clone());
        let parts = use_context::<Parts>();
        let host = parts.as_ref().and_then(|p| {
            p.headers
                .get(axum::http::header::HOST)?
                .to_str()
                .ok()
                .map(str::to_owned)
        });
        let origin = state
            .config
            .public_origin
            .clone()
            .unwrap_or_else(|| format!("http://{}", host.unwrap_or_default()));
        provide_context(samla_app::components::page_meta::SiteOrigin(origin));
        if let Some(RequestNonce(nonce)) =
            use_context::<Parts>().and_then(|p| p.extensions.get::<RequestNonce>().cloned())
        {
            provide_context(Nonce::from_value(nonce));
        }
    }
}
