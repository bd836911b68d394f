//! Context every rendered page and server function gets, and the page's own CSP.

use axum::http::{HeaderValue, header::CONTENT_SECURITY_POLICY};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

use crate::{AppState, security::csp};

/// Provides the database to server functions and sets a CSP that allows exactly this
/// response's nonce (Leptos puts the same nonce on its hydration scripts).
pub fn page_context(state: AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(state.db.clone());
        if let (Some(nonce), Some(response)) = (use_nonce(), use_context::<ResponseOptions>())
            && let Ok(value) = HeaderValue::from_str(&csp::policy(Some(&nonce)))
        {
            response.insert_header(CONTENT_SECURITY_POLICY, value);
        }
    }
}
