//! `/tillganglighet` — the accessibility statement the law requires.

use leptos::prelude::*;

use super::text_page::TextPage;

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <TextPage title=|t| t.accessibility_title body=|t| t.accessibility_body canonical="/tillganglighet" />
    }
}
