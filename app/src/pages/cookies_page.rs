//! `/kakor` — only necessary cookies.

use leptos::prelude::*;

use super::text_page::TextPage;

#[component]
pub fn CookiesPage() -> impl IntoView {
    view! { <TextPage title=|t| t.cookies_title body=|t| t.cookies_body canonical="/kakor" /> }
}
