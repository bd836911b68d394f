//! `/om-samla` — about the service.

use leptos::prelude::*;

use super::text_page::TextPage;

#[component]
pub fn AboutPage() -> impl IntoView {
    view! { <TextPage title=|t| t.about_title body=|t| t.about_body canonical="/om-samla" /> }
}
