//! The staff pages' gate: the logged-in member, or a redirect to the staff login.

use leptos::prelude::*;
use samla_model::staff::StaffViewer;

pub fn staff_or_login() -> Option<StaffViewer> {
    let viewer = use_context::<StaffViewer>();
    if viewer.is_none() {
        #[cfg(feature = "ssr")]
        {
            leptos_axum::redirect(super::api::STAFF_LOGIN_PATH);
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::FOUND);
            }
        }
    }
    viewer
}

/// The page's `:id` (0 when it is not a number: no such thing).
pub fn id_param() -> i64 {
    leptos_router::hooks::use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok())
        .unwrap_or(0)
}
