//! `/sok?q=` — one search over health advice, rules and rights, e-services and clinics,
//! grouped by kind.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::{
    clinic::FindCareQuery,
    search::{SearchHit, SearchResults},
};

use crate::api::search::search;
use crate::components::page_meta::PageMeta;
use crate::i18n::{TextOf, use_lang, use_texts};
use crate::pages::{error_page::ErrorPage, find_care_page::query::url_of};

#[component]
pub fn SearchPage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let params = use_query_map();
    let text = Memo::new(move |_| params.read().get("q").unwrap_or_default().trim().to_owned());
    let results = Resource::new(
        move || (text.get(), lang.get()),
        |(text, lang)| search(text, lang),
    );
    view! {
        <PageMeta title=move || t.get().search_title description=move || t.get().search_empty canonical="/sok" />
        <h1>{move || t.get().search_title}</h1>
        <form class="search-page-form" action="/sok" method="get" role="search">
            <label for="search-page-q">{move || t.get().search_label}</label>
            <div class="search-page-form__row">
                <input id="search-page-q" name="q" type="search" value=move || text.get() />
                <button class="button" type="submit">{move || t.get().search_button}</button>
            </div>
        </form>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                let text = text.get_untracked();
                match results.await {
                    _ if text.is_empty() => view! { <p>{move || t.get().search_empty}</p> }.into_any(),
                    Ok(results) => view! { <Results text results /> }.into_any(),
                    Err(_) => view! { <ErrorPage /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Results(text: String, results: SearchResults) -> impl IntoView {
    let t = use_texts();
    let empty = results.is_empty();
    let more_clinics = url_of(
        &FindCareQuery {
            q: text.clone(),
            ..Default::default()
        },
        1,
    );
    view! {
        <p class="results__sorted" aria-live="polite">{move || t.get().search_results_for}" "<strong>{text.clone()}</strong></p>
        {results.condition.map(|(code, name)| view! {
            <p class="notice">
                <a href=format!("/hitta-vard?besvar={code}")>{move || t.get().search_find_care_for}" "{name.to_lowercase()}</a>
            </p>
        })}
        {empty.then(|| view! { <p>{move || t.get().search_no_results}</p> })}
        <Group heading=|t| t.health_advice_title hits=results.articles />
        <Group heading=|t| t.clinic_eservices hits=results.eservices />
        <Group heading=|t| t.rules_title hits=results.rules />
        {(!results.clinics.is_empty()).then(|| view! {
            <Group heading=|t| t.group_clinics hits=results.clinics />
            <p><a href=more_clinics>{move || t.get().search_more_clinics}</a></p>
        })}
    }
}

#[component]
fn Group(heading: TextOf, hits: Vec<SearchHit>) -> impl IntoView {
    let t = use_texts();
    (!hits.is_empty()).then(|| {
        view! {
            <section class="search-group">
                <h2>{move || heading(t.get())}</h2>
                <ul class="summary-list">
                    {hits
                        .into_iter()
                        .map(|hit| view! {
                            <li class="summary-list__item" lang=hit.lang.code()>
                                <a class="summary-list__link" href=hit.href>{hit.title}</a>
                                <p>{hit.summary}</p>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
