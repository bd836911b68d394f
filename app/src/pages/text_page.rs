//! A page that is a heading and paragraphs of catalogue text.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::prose::Prose;

#[component]
pub fn TextPage(title: Signal<&'static str>, body: Signal<&'static str>) -> impl IntoView {
    view! {
        <Title text=move || title.get() />
        <article class="text-page">
            <h1>{move || title.get()}</h1>
            <Prose text=body />
        </article>
    }
}
