//! `/utloggad` — the session has ended on the server (logout, or the idle limit); says so.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::text_page::TextPage;

/// `?orsak=tid`: the session ended by itself (the idle warning sends the page here).
#[component]
pub fn LoggedOutPage() -> impl IntoView {
    if use_query_map().get_untracked().get("orsak").as_deref() == Some("tid") {
        view! { <TextPage title=|t| t.logged_out_title body=|t| t.logged_out_idle canonical="/utloggad" /> }
            .into_any()
    } else {
        view! { <TextPage title=|t| t.logged_out_title body=|t| t.logged_out_body canonical="/utloggad" /> }
            .into_any()
    }
}
