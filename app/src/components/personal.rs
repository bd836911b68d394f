//! The logged-in part's gate for pages: who is logged in, or a redirect to login that comes
//! back to this page. The server functions have their own guard (`api::request`).

use leptos::prelude::*;
use samla_model::{login::Viewer, next_path::entry_href};

/// The viewer, or `None` after asking for a redirect through login to the current page.
pub fn viewer_or_login() -> Option<Viewer> {
    let viewer = use_context::<Viewer>();
    if viewer.is_none() {
        #[cfg(feature = "ssr")]
        {
            let location = leptos_router::hooks::use_location();
            // The router's `search` comes without its `?`.
            let search = location.search.get_untracked();
            let here = match search.trim_start_matches('?') {
                "" => location.pathname.get_untracked(),
                query => format!("{}?{query}", location.pathname.get_untracked()),
            };
            leptos_axum::redirect(&samla_model::next_path::login_href(&here));
            // A page's redirect is sent with the status its render ends with: make it one.
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::FOUND);
            }
        }
    }
    viewer
}

/// Whether someone is logged in on this request.
pub fn logged_in() -> bool {
    use_context::<Viewer>().is_some()
}

/// Where a link to `path` leads this visitor: through login to the personal part when
/// nobody is logged in, else straight there.
pub fn entry(path: &str) -> String {
    if logged_in() {
        path.to_owned()
    } else {
        entry_href(path)
    }
}
