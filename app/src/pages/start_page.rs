//! `/` — the start page, with direct entries to the common errands.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::components::errands::ERRANDS;
use crate::i18n::use_texts;

#[component]
pub fn StartPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <Title text=move || t.get().start_title />
        <div class="hero">
            <h1>{move || t.get().start_title}</h1>
            <p class="lead">{move || t.get().start_lead}</p>
        </div>
        <section aria-labelledby="errands-heading">
            <h2 id="errands-heading">{move || t.get().errands_heading}</h2>
            <ul class="errand-grid">
                {ERRANDS
                    .iter()
                    .map(|errand| {
                        view! {
                            <li>
                                <a class="errand-card" href=errand.href()>
                                    <span class="errand-card__title">{move || (errand.label)(t.get())}</span>
                                    <span class="errand-card__hint">{move || (errand.hint)(t.get())}</span>
                                    {errand.needs_login.then(|| view! {
                                        <span class="errand-card__login">{move || t.get().needs_login}</span>
                                    })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
