//! The clinics found, with what a citizen needs to choose: where, how far, open now, and
//! whether an appointment can be booked here online.

use leptos::prelude::*;
use samla_model::clinic::{ClinicSummary, FindCareQuery, FindCareResult};

use super::query::url_of;
use crate::i18n::{
    labels::{distance, kind_label},
    use_lang, use_texts,
};

#[component]
pub fn ResultList(result: FindCareResult, query: FindCareQuery) -> impl IntoView {
    let t = use_texts();
    let total = result.total;
    let (page, pages) = (result.page, result.pages);
    let prev = (page > 1).then(|| url_of(&query, page - 1));
    let next = (page < pages).then(|| url_of(&query, page + 1));
    view! {
        <section class="results" aria-labelledby="results-heading">
            {result.unknown_place.then(|| view! { <p class="notice notice--error" role="alert">{move || t.get().fc_unknown_place}</p> })}
            {result.condition_name.map(|name| {
                let name_lower = name.to_lowercase();
                view! {
                    <p class="notice">
                        {move || t.get().fc_condition_filter}" "<strong>{name_lower}</strong>". "
                        <a href="/hitta-vard">{move || t.get().fc_show_all}</a>
                    </p>
                }
            })}
            <h2 id="results-heading">{total}" "{move || t.get().fc_results}</h2>
            {result.sorted_from.map(|from| view! {
                <p class="results__sorted">
                    {move || if from.is_empty() { t.get().fc_sorted_from_position.to_owned() } else { format!("{} {from}", t.get().fc_sorted_from) }}
                </p>
            })}
            {(total == 0).then(|| view! { <p>{move || t.get().fc_no_results}</p> })}
            <ul class="clinic-list">
                {result.hits.into_iter().map(|clinic| view! { <ClinicItem clinic /> }).collect_view()}
            </ul>
            {(pages > 1).then(|| view! {
                <nav class="pager" aria-label=move || t.get().fc_page>
                    {prev.map(|href| view! { <a rel="prev" href=href>{move || t.get().fc_prev}</a> })}
                    <span>{move || t.get().fc_page}" "{page}" "{move || t.get().fc_of}" "{pages}</span>
                    {next.map(|href| view! { <a rel="next" href=href>{move || t.get().fc_next}</a> })}
                </nav>
            })}
        </section>
    }
}

#[component]
fn ClinicItem(clinic: ClinicSummary) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let kind = clinic.kind;
    let book =
        crate::components::personal::entry(&format!("/boka-tid?mottagning={}", clinic.hsa_id));
    let km = clinic.distance_km;
    let name = clinic.name.clone();
    let contact = clinic.contact_clinic.then(|| {
        let href = crate::components::personal::entry(&crate::api::cases::new_case_href(&clinic.hsa_id, "kontakta"));
        let name = clinic.name.clone();
        view! {
            <a class="clinic-item__contact" href=href>
                {move || t.get().clinic_contact}<span class="visually-hidden">{format!(" – {name}")}</span>
            </a>
        }
    });
    view! {
        <li class="clinic-item">
            <h3 class="clinic-item__name"><a href=format!("/mottagning/{}", clinic.hsa_id)>{clinic.name}</a></h3>
            <p class="clinic-item__meta">
                <span>{move || kind_label(t.get(), kind)}</span>
                <span>{format!("{}, {} {}", clinic.street, clinic.postal_code, clinic.city)}</span>
                {km.map(|km| view! { <span>{move || distance(lang.get(), km)}</span> })}
                <span class=if clinic.open_now { "status status--open" } else { "status status--closed" }>
                    {move || if clinic.open_now { t.get().fc_open_now } else { t.get().fc_closed_now }}
                </span>
            </p>
            {if clinic.online_booking {
                view! {
                    <a class="button button--small" href=book>
                        {move || t.get().booking}<span class="visually-hidden">{format!(" – {name}")}</span>
                    </a>
                }
                .into_any()
            } else {
                view! { <p class="clinic-item__phone">{move || t.get().fc_book_by_phone}</p> }.into_any()
            }}
            {contact}
        </li>
    }
}
