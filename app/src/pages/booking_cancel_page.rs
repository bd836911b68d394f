//! `/bokningar/:id/avboka` — the page that asks before cancelling: the booking, what
//! cancelling means, "Ja, avboka tiden" (a plain form) and a way back that keeps it.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_params_map;

use crate::api::booking::{BOOKING_PATH, CancelBooking, booking_path, my_booking};
use crate::components::{
    booking_facts::BookingFacts, page_meta::PageMeta, personal::viewer_or_login,
};
use crate::i18n::use_texts;
use crate::pages::error_page::ErrorPage;

#[component]
pub fn BookingCancelPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    view! {
        <PageMeta title=move || t.get().booking_cancel_title description=move || t.get().booking_cancel_lead canonical=BOOKING_PATH />
        {viewer.map(|_| {
            let booking = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_booking(id).await, None => Ok(None) }
            });
            view! {
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        // Once it cannot be cancelled here, its page says why and whom to call.
                        Ok(Some(b)) if !b.changeable => view! {
                            <h1>{move || t.get().booking_cancel_title}</h1>
                            <p>{move || t.get().booking_problem_call}</p>
                            <p><a href=booking_path(b.id)>{move || t.get().booking_page_title}</a></p>
                        }.into_any(),
                        Ok(Some(b)) => view! {
                            <p class="breadcrumb"><a href=booking_path(b.id)>{move || t.get().booking_page_title}</a></p>
                            <h1>{move || t.get().booking_cancel_title}</h1>
                            <BookingFacts visit=b.visit clinic=b.clinic.clone() address=b.address.clone()
                                date=b.date.clone() time=b.time.clone() minutes=b.minutes />
                            <p>{move || t.get().booking_cancel_lead}</p>
                            <form method="post" action=CancelBooking::url() class="button-row">
                                <input type="hidden" name="booking" value=b.id.to_string() />
                                <button class="button" type="submit">{move || t.get().booking_cancel_yes}</button>
                                <a href=booking_path(b.id)>{move || t.get().booking_cancel_no}</a>
                            </form>
                        }.into_any(),
                        Ok(None) => view! {
                            <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
                            <h1>{move || t.get().booking_cancel_title}</h1>
                            <p>{move || t.get().booking_not_found}</p>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}
            </Suspense>
        }})}
    }
}
