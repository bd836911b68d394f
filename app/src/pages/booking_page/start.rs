//! `/boka-tid` without a clinic: the citizen's booked times, and where to choose a clinic.

use leptos::prelude::*;

use crate::api::booking::{BookingItem, booking_path, my_bookings};
use crate::i18n::{date::long_date, labels::visit_label, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn Start() -> impl IntoView {
    let t = use_texts();
    let bookings = Resource::new(|| (), |_| my_bookings());
    view! {
        <h1>{move || t.get().booking_title}</h1>
        <p class="lead">{move || t.get().booking_lead}</p>
        <h2>{move || t.get().bookings_upcoming}</h2>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                let Ok(bookings) = bookings.await else { return view! { <ErrorPage /> }.into_any() };
                if bookings.is_empty() {
                    return view! { <p>{move || t.get().bookings_none}</p> }.into_any();
                }
                view! {
                    <ul class="case-list">{bookings.into_iter().map(|item| view! { <Row item /> }).collect_view()}</ul>
                }
                .into_any()
            })}
        </Suspense>
        <h2>{move || t.get().booking_new}</h2>
        <p>{move || t.get().booking_new_lead}</p>
        <p><a class="button" href="/hitta-vard">{move || t.get().booking_find_clinic}</a></p>
    }
}

#[component]
fn Row(item: BookingItem) -> impl IntoView {
    let t = use_texts();
    let visit = item.visit;
    let date = item.date.clone();
    view! {
        <li class="case-list__item">
            <a class="case-list__link" href=booking_path(item.id)>
                {move || long_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{item.time.clone()}
            </a>
            <span class="case-list__meta">{move || visit_label(t.get(), visit)}", "{item.clinic.clone()}</span>
        </li>
    }
}
