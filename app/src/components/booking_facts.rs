//! What, where and when a booking (or a time about to be booked) is: the same list on the
//! summary, the booking's page and the page that asks before cancelling.

use leptos::prelude::*;
use samla_model::booking::VisitType;

use crate::i18n::{date::weekday_date, labels::visit_label, use_texts};

#[component]
pub fn BookingFacts(
    visit: VisitType,
    clinic: String,
    address: String,
    date: String,
    time: String,
    minutes: i32,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <dl class="facts booking-facts">
            <dt>{move || t.get().booking_visit}</dt>
            <dd>{move || visit_label(t.get(), visit)}</dd>
            <dt>{move || t.get().booking_when}</dt>
            <dd>{move || weekday_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{time.clone()}</dd>
            <dt>{move || t.get().booking_length}</dt>
            <dd>{move || t.get().booking_minutes.replace("{n}", &minutes.to_string())}</dd>
            <dt>{move || t.get().booking_clinic}</dt>
            <dd>{clinic}</dd>
            <dt>{move || t.get().booking_address}</dt>
            <dd>{address}</dd>
            {children.map(|c| c())}
        </dl>
    }
}
