//! `/om-samla` — about the service.

use leptos::prelude::*;

use super::text_page::TextPage;
use crate::i18n::use_texts;

#[component]
pub fn AboutPage() -> impl IntoView {
    let t = use_texts();
    view! { <TextPage title=Signal::derive(move || t.get().about_title) body=Signal::derive(move || t.get().about_body) /> }
}
