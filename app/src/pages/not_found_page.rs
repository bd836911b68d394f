//! Shown for any address that is not a page, with status 404.

use leptos::prelude::*;

use crate::components::page_meta::PageMeta;
use crate::i18n::use_texts;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let t = use_texts();
    view! {
        <PageMeta
            title=move || t.get().not_found_title
            description=move || t.get().not_found_body
        />
        <article class="text-page">
            <h1>{move || t.get().not_found_title}</h1>
            <p>{move || t.get().not_found_body}</p>
            <p><a href="/">{move || t.get().back_to_start}</a></p>
        </article>
    }
}
