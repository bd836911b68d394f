//! `/boka-tid/bekrafta?tid=` — the summary before booking: what, where, when, a note to the
//! clinic, and "Boka tiden". With `omboka=` it moves that booking to the time instead. A
//! refusal comes back here (`fel=`, with the note typed) and is said at the top.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::booking::NOTE_MAX;

use crate::api::booking::{
    BOOKING_PATH, BookTime, BookingProblem, ConfirmView, RebookTime, time_to_confirm, times_href,
};
use crate::components::{
    booking_facts::BookingFacts, error_summary::ErrorSummary, page_meta::PageMeta,
    personal::viewer_or_login, textarea_text::textarea_text,
};
use crate::i18n::{labels::booking_problem, use_texts};
use crate::pages::error_page::ErrorPage;

const NOTE_ID: &str = "anteckning";

#[component]
pub fn BookingConfirmPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let query = use_query_map().get_untracked();
    let slot: Option<i64> = query.get("tid").and_then(|s| s.parse().ok());
    let rebook: Option<i64> = query.get("omboka").and_then(|s| s.parse().ok());
    let problem = query.get("fel").and_then(|f| BookingProblem::from_code(&f));
    let note: String = query
        .get("anteckning")
        .unwrap_or_default()
        .chars()
        .take(NOTE_MAX * 2)
        .collect();
    view! {
        <PageMeta title=move || t.get().booking_summary_title description=move || t.get().booking_lead canonical=BOOKING_PATH />
        {viewer.map(|_| {
            let time = Resource::new(move || slot, |slot| async move {
                match slot { Some(slot) => time_to_confirm(slot).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let note = note.clone();
                    Suspend::new(async move {
                    match time.await {
                        Ok(Some(time)) => view! { <Summary time rebook problem note /> }.into_any(),
                        Ok(None) => view! {
                            <h1>{move || t.get().booking_summary_title}</h1>
                            <p>{move || t.get().booking_problem_not_found}</p>
                            <p><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}}
            </Suspense>
        }})}
    }
}

#[component]
fn Summary(
    time: ConfirmView,
    rebook: Option<i64>,
    problem: Option<BookingProblem>,
    note: String,
) -> impl IntoView {
    let t = use_texts();
    let field = if problem == Some(BookingProblem::NoteTooLong) {
        NOTE_ID
    } else if time.free {
        "boka"
    } else {
        "tider"
    };
    // A time taken meanwhile says so even when nobody tried to book it from here.
    let problem = match problem {
        None if !time.free => Some(BookingProblem::Taken),
        p => p,
    };
    let problems = problem
        .map(|p| vec![(field, booking_problem(t.get(), p))])
        .unwrap_or_default();
    let free = time.free;
    let other = times_href(&time.clinic.hsa_id, Some(time.visit), None, rebook);
    let slot = time.slot_id.to_string();
    let note_error =
        (problem == Some(BookingProblem::NoteTooLong)).then(|| t.get().booking_problem_note);
    let form = match rebook {
        Some(id) => view! {
            <form method="post" action=RebookTime::url() class="button-row">
                <input type="hidden" name="booking" value=id.to_string() />
                <input type="hidden" name="slot" value=slot />
                {free.then(|| view! { <button id="boka" class="button" type="submit">{move || t.get().booking_rebook_confirm}</button> })}
                <a id="tider" href=other.clone()>{move || t.get().booking_choose_other}</a>
            </form>
        }.into_any(),
        None => view! {
            <form method="post" action=BookTime::url()>
                <input type="hidden" name="slot" value=slot />
                <div class=if note_error.is_some() { "field field--error" } else { "field" }>
                    <label for=NOTE_ID>{move || t.get().booking_note_label}</label>
                    <span class="field__hint" id="anteckning-tips">{move || t.get().booking_note_hint}</span>
                    {note_error.map(|m| view! { <span class="field__error" id="anteckning-fel">{m}</span> })}
                    <textarea id=NOTE_ID name="note" rows="4" maxlength=NOTE_MAX.to_string()
                        aria-invalid=note_error.map(|_| "true")
                        aria-describedby=if note_error.is_some() { "anteckning-tips anteckning-fel" } else { "anteckning-tips" }>{textarea_text(&note)}</textarea>
                </div>
                <div class="button-row">
                    // Taken: the note stays on the page to copy; another time is one link away.
                    {free.then(|| view! { <button id="boka" class="button" type="submit">{move || t.get().booking_confirm}</button> })}
                    <a id="tider" href=other.clone()>{move || t.get().booking_choose_other}</a>
                </div>
            </form>
        }.into_any(),
    };
    view! {
        <ErrorSummary problems />
        <h1>{move || if rebook.is_some() { t.get().booking_rebook_summary_title } else { t.get().booking_summary_title }}</h1>
        <BookingFacts visit=time.visit clinic=time.clinic.name.clone() address=time.clinic.address.clone()
            date=time.date.clone() time=time.time.clone() minutes=time.minutes />
        {form}
    }
}
