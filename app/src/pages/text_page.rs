//! A page that is a heading and paragraphs of catalogue text.

use leptos::prelude::*;

use crate::components::{markup_view::MarkupView, page_meta::PageMeta};
use crate::i18n::{TextOf, use_texts};

#[component]
pub fn TextPage(title: TextOf, body: TextOf, canonical: &'static str) -> impl IntoView {
    let t = use_texts();
    let description = move || {
        body(t.get())
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    view! {
        <PageMeta title=move || title(t.get()) description canonical />
        <article class="text-page">
            <h1>{move || title(t.get())}</h1>
            {move || view! { <MarkupView text=body(t.get()).to_owned() /> }}
        </article>
    }
}
