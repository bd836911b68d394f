//! `/` — the start page, with direct entries to the common errands; for a logged-in citizen
//! the same page begins with their overview (`overview.rs`).

mod overview;

use leptos::prelude::*;

use crate::components::{errands::ERRANDS, page_meta::PageMeta, personal::logged_in};
use crate::i18n::use_texts;

/// Entries into the most read health advice (their Swedish titles are the articles' names).
const POPULAR: [(&str, &str); 6] = [
    ("ont-i-ryggen", "Ont i ryggen"),
    ("forkylning", "Förkylning"),
    ("feber-hos-barn", "Feber hos barn"),
    ("urinvagsinfektion", "Urinvägsinfektion"),
    ("magsjuka", "Magsjuka"),
    ("oro-och-angest", "Oro och ångest"),
];

#[component]
pub fn StartPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <PageMeta
            title=move || t.get().start_title
            description=move || t.get().start_lead
            canonical="/"
        />
        {if logged_in() {
            view! { <overview::Overview /> }.into_any()
        } else {
            view! {
                <div class="hero">
                    <h1>{move || t.get().start_title}</h1>
                    <p class="lead">{move || t.get().start_lead}</p>
                </div>
            }
            .into_any()
        }}
        <section aria-labelledby="errands-heading">
            <h2 id="errands-heading">{move || t.get().errands_heading}</h2>
            <ul class=if logged_in() { "errand-grid errand-grid--compact" } else { "errand-grid" }>
                {ERRANDS
                    .iter()
                    .map(|errand| {
                        view! {
                            <li>
                                <a class="errand-card" href=errand.href_now()>
                                    <span class="errand-card__title">{move || (errand.label)(t.get())}</span>
                                    <span class="errand-card__hint">{move || (errand.hint)(t.get())}</span>
                                    {errand.needs_login_now().then(|| view! {
                                        <span class="errand-card__login">{move || t.get().needs_login}</span>
                                    })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
        <div class="entry-row">
            <section class="entry" aria-labelledby="health-heading">
                <h2 id="health-heading"><a href="/halsa">{move || t.get().health_advice_title}</a></h2>
                <p>{move || t.get().health_advice_lead}</p>
                <ul class="entry__links">
                    {POPULAR
                        .iter()
                        .map(|(slug, title)| view! { <li><a href=format!("/artikel/{slug}") lang="sv">{*title}</a></li> })
                        .collect_view()}
                </ul>
                <p><a href="/halsa">{move || t.get().health_advice_more}</a></p>
            </section>
            <section class="entry" aria-labelledby="rules-heading">
                <h2 id="rules-heading"><a href="/regler-och-rattigheter">{move || t.get().rules_title}</a></h2>
                <p>{move || t.get().rules_lead}</p>
            </section>
        </div>
    }
}
