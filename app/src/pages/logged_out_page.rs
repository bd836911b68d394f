//! `/utloggad` — the session has ended on the server; says so.

use leptos::prelude::*;

use super::text_page::TextPage;

#[component]
pub fn LoggedOutPage() -> impl IntoView {
    view! { <TextPage title=|t| t.logged_out_title body=|t| t.logged_out_body canonical="/utloggad" /> }
}
