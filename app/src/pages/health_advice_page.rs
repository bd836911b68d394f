//! `/halsa` — every health article, A–Ö.

use leptos::prelude::*;

use crate::api::content::list_articles;
use crate::components::{page_meta::PageMeta, summary_list::SummaryList};
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn HealthAdvicePage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let articles = Resource::new(move || lang.get(), list_articles);
    view! {
        <PageMeta
            title=move || t.get().health_advice_title
            description=move || t.get().health_advice_lead
            canonical="/halsa"
        />
        <h1>{move || t.get().health_advice_title}</h1>
        <p class="lead">{move || t.get().health_advice_lead}</p>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                articles.await.map(|items| view! { <SummaryList items base="/artikel" /> })
            })}
        </Suspense>
    }
}
