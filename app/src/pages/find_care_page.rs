//! `/hitta-vard` — find care: one form (works without JavaScript; keeps all that was typed)
//! and a list of clinics, nearest first when a place is known.

mod locate_button;
pub(crate) mod query;
mod result_list;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::{
    clinic::{ClinicKind, FindCareQuery},
    regions::REGIONS,
};

use crate::api::find_care::find_care;
use crate::components::page_meta::PageMeta;
use crate::i18n::{
    labels::{find_care_input_error, kind_label},
    use_lang, use_texts,
};
use crate::pages::error_page::ErrorPage;
use locate_button::LocateButton;
use query::query_from;
use result_list::ResultList;

#[component]
pub fn FindCarePage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let params = use_query_map();
    let query = Memo::new(move |_| query_from(&params.read()));
    // The same gate the server applies: refused input gets its message at once, and the form
    // keeps everything that was typed.
    let checked = Memo::new(move |_| query.get().normalised());
    let results = Resource::new(
        move || (checked.get(), lang.get()),
        |(checked, lang)| async move {
            match checked {
                Ok(query) => find_care(query, lang).await.map(Ok),
                Err(problem) => Ok(Err(problem)),
            }
        },
    );
    view! {
        <PageMeta title=move || t.get().find_care description=move || t.get().find_care_lead canonical="/hitta-vard" />
        <h1>{move || t.get().find_care}</h1>
        <p class="lead">{move || t.get().find_care_lead}</p>
        {move || view! { <SearchForm query=query.get() /> }}
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                match results.await {
                    Ok(Ok(result)) => view! { <ResultList result query=query.get_untracked() /> }.into_any(),
                    Ok(Err(problem)) => view! {
                        <p class="notice notice--error" role="alert">{move || find_care_input_error(t.get(), problem)}</p>
                    }
                    .into_any(),
                    Err(_) => view! { <ErrorPage /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SearchForm(query: FindCareQuery) -> impl IntoView {
    let t = use_texts();
    let kinds = ClinicKind::ALL;
    let (region, kind) = (query.region.clone(), query.kind.clone());
    view! {
        <form class="find-form" action="/hitta-vard" method="get" role="search">
            <div class="field field--wide">
                <label for="fc-q">{move || t.get().fc_query_label}</label>
                <span class="field__hint" id="fc-q-hint">{move || t.get().fc_query_hint}</span>
                <input id="fc-q" name="q" type="search" value=query.q.clone() aria-describedby="fc-q-hint" autocomplete="off" />
            </div>
            <div class="field">
                <label for="fc-place">{move || t.get().fc_place_label}</label>
                <input id="fc-place" name="plats" type="text" value=query.place.clone() autocomplete="address-level2" />
            </div>
            <LocateButton lang=use_lang().get_untracked() />
            <div class="field">
                <label for="fc-region">{move || t.get().fc_region_label}</label>
                <select id="fc-region" name="region">
                    <option value="">{move || t.get().fc_all_regions}</option>
                    {REGIONS
                        .iter()
                        .map(|r| {
                            let selected = r.code == region;
                            view! { <option value=r.code selected=selected>{r.name}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="fc-kind">{move || t.get().fc_kind_label}</label>
                <select id="fc-kind" name="typ">
                    <option value="">{move || t.get().fc_all_kinds}</option>
                    {kinds
                        .into_iter()
                        .map(|k| {
                            let selected = k.code() == kind;
                            view! { <option value=k.code() selected=selected>{move || kind_label(t.get(), k)}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field field--checks">
                <label class="check">
                    <input type="checkbox" name="oppet" value="1" checked=query.open_now />
                    {move || t.get().fc_open_now}
                </label>
                <label class="check">
                    <input type="checkbox" name="webbokning" value="1" checked=query.online_booking />
                    {move || t.get().fc_online_booking}
                </label>
            </div>
            {(!query.condition.is_empty()).then(|| view! { <input type="hidden" name="besvar" value=query.condition.clone() /> })}
            <button class="button find-form__submit" type="submit">{move || t.get().fc_submit}</button>
        </form>
    }
}
