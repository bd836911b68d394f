//! Shown when a page fails to render; tells the citizen that nothing was sent.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::page_meta::site_title;
use crate::i18n::use_texts;

#[component]
pub fn ErrorPage() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::INTERNAL_SERVER_ERROR);
    }
    let t = use_texts();
    view! {
        <Title text=move || site_title(t.get().error_title) />
        <article class="text-page" role="alert">
            <h1>{move || t.get().error_title}</h1>
            <p>{move || t.get().error_body}</p>
            <p><a href="/">{move || t.get().back_to_start}</a></p>
        </article>
    }
}
