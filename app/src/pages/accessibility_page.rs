//! `/tillganglighet` — the accessibility statement the law requires.

use leptos::prelude::*;

use super::text_page::TextPage;
use crate::i18n::use_texts;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <TextPage
            title=Signal::derive(move || t.get().accessibility_title)
            body=Signal::derive(move || t.get().accessibility_body)
        />
    }
}
