//! `/bokningar/:id` — one booking: what, where, when, and what can be done with it: rebook or
//! cancel until 24 hours before, after that the clinic's phone number. Says what just
//! happened (`bokad`, `ombokad`, `avbokad`) or what could not be done (`fel=`).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use samla_model::booking::BookingStatus;

use crate::api::booking::{
    BOOKING_PATH, BookingItem, BookingProblem, cancel_path, my_booking, times_href,
};
use crate::api::cases::case_path;
use crate::components::{
    booking_facts::BookingFacts, error_summary::ErrorSummary, page_meta::PageMeta,
    personal::viewer_or_login,
};
use crate::i18n::{
    labels::{booking_problem, booking_status_label},
    use_texts,
};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn BookingDetailPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let query = use_query_map().get_untracked();
    let notice = [
        ("bokad", t.get().booking_booked),
        ("ombokad", t.get().booking_rebooked),
        ("avbokad", t.get().booking_cancelled),
    ]
    .into_iter()
    .find(|(key, _)| query.get(key).is_some())
    .map(|(_, text)| text);
    let problem = query.get("fel").and_then(|f| BookingProblem::from_code(&f));
    view! {
        <PageMeta title=move || t.get().booking_page_title description=move || t.get().booking_lead canonical=BOOKING_PATH />
        {viewer.map(|_| {
            let booking = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_booking(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    match booking.await {
                        Ok(Some(booking)) => view! { <Detail booking notice problem /> }.into_any(),
                        Ok(None) => view! {
                            <h1>{move || t.get().booking_page_title}</h1>
                            <p>{move || t.get().booking_not_found}</p>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}
            </Suspense>
        }})}
    }
}

#[component]
fn Detail(
    booking: BookingItem,
    notice: Option<&'static str>,
    problem: Option<BookingProblem>,
) -> impl IntoView {
    let t = use_texts();
    let status = booking.status;
    let problems = problem
        .map(|p| vec![("andra", booking_problem(t.get(), p))])
        .unwrap_or_default();
    let note = (!booking.note.is_empty()).then(|| booking.note.clone());
    let actions = if booking.changeable {
        view! {
            <div class="button-row" id="andra">
                <a class="button" href=times_href(&booking.hsa_id, Some(booking.visit), None, Some(booking.id))>{move || t.get().booking_rebook}</a>
                <a class="button button--secondary" href=cancel_path(booking.id)>{move || t.get().booking_cancel}</a>
            </div>
        }
        .into_any()
    } else if status == BookingStatus::Booked {
        let clinic = booking.clinic.clone();
        let phone = booking.phone.clone();
        let tel = format!("tel:{}", phone.replace([' ', '-'], ""));
        view! {
            <p class="notice" id="andra">
                {move || t.get().booking_call.replace("{clinic}", &clinic)}" "<a href=tel>{phone}</a>
            </p>
        }
        .into_any()
    } else {
        ().into_any()
    };
    view! {
        <ErrorSummary problems />
        {notice.map(|n| view! { <p class="notice notice--success" role="status">{n}</p> })}
        <h1>{move || t.get().booking_page_title}</h1>
        <BookingFacts visit=booking.visit clinic=booking.clinic.clone() address=booking.address.clone()
            date=booking.date.clone() time=booking.time.clone() minutes=booking.minutes>
            <dt>{move || t.get().booking_status}</dt>
            <dd><span class=format!("status-tag status-tag--{}", status.code())>{move || booking_status_label(t.get(), status)}</span></dd>
            {note.map(|n| view! { <dt>{move || t.get().booking_note}</dt><dd>{n}</dd> })}
        </BookingFacts>
        {actions}
        <p><a href=case_path(booking.case_id)>{move || t.get().booking_messages}</a></p>
    }
}
