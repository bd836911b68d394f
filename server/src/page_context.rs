//! Context every rendered page and server function gets.

use axum::http::request::Parts;
use leptos::{nonce::Nonce, prelude::*};

use crate::{AppState, security::csp::RequestNonce};

/// Provides the database and the catalogue's indexes to server functions, and the request's nonce (set by the CSP
/// middleware) for Leptos to put on its scripts — replacing the one leptos_axum made up.
pub fn page_context(state: AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(state.db.clone());
        provide_context(state.catalogue.clone());
        provide_context(samla_app::components::page_meta::SiteOrigin(
            state.config.site_origin(),
        ));
        if let Some(RequestNonce(nonce)) =
            use_context::<Parts>().and_then(|p| p.extensions.get::<RequestNonce>().cloned())
        {
            provide_context(Nonce::from_value(nonce));
        }
    }
}
