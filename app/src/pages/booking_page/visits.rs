//! `/boka-tid?mottagning=` — the clinic's kinds of visit, each a link to its free times.

use leptos::prelude::*;

use crate::api::booking::{BOOKING_PATH, clinic_for_booking, times_href};
use crate::i18n::{labels::visit_label, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn Visits(hsa_id: String) -> impl IntoView {
    let t = use_texts();
    let clinic = Resource::new(move || hsa_id.clone(), clinic_for_booking);
    view! {
        <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                let clinic = match clinic.await {
                    Ok(Some(clinic)) => clinic,
                    Ok(None) => return view! {
                        <h1>{move || t.get().booking_title}</h1>
                        <p>{move || t.get().booking_clinic_not_found}</p>
                        <p><a href="/hitta-vard">{move || t.get().booking_find_clinic}</a></p>
                    }.into_any(),
                    Err(_) => return view! { <ErrorPage /> }.into_any(),
                };
                let choices = if clinic.visits.is_empty() {
                    view! { <p>{move || t.get().booking_no_visits}</p> }.into_any()
                } else {
                    let hsa_id = clinic.hsa_id.clone();
                    view! {
                        <ul class="choice-list" aria-labelledby="visit-question">
                            {clinic.visits.iter().map(|&visit| view! {
                                <li><a href=times_href(&hsa_id, Some(visit), None, None)>{move || visit_label(t.get(), visit)}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                };
                view! {
                    <h1>{move || t.get().booking_title}</h1>
                    <p class="lead">{clinic.name.clone()}", "{clinic.address.clone()}</p>
                    <h2 id="visit-question">{move || t.get().booking_choose_visit}</h2>
                    {choices}
                }.into_any()
            })}
        </Suspense>
    }
}
