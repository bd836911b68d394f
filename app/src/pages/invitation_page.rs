//! `/kallelser/:id` — an invitation (kallelse): the clinic's proposed time and words, and the
//! two answers as plain forms — "Boka tiden", or "Be om en annan tid" with what suits the
//! person. Once answered it says how, with the way to the booking. Says what could not be
//! done (`fel=`), keeping what was typed (`onskemal=`).

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};
use samla_model::case::MESSAGE_MAX;
use samla_model::invitation::InvitationStatus;

use crate::api::booking::{BOOKING_PATH, BookingProblem, booking_path};
use crate::api::invitations::{
    ANSWERED, AcceptInvitation, AskOtherTime, INVITATIONS_PATH, InvitationView, TEXT_MISSING,
    TEXT_TOO_LONG, my_invitation,
};
use crate::components::{
    booking_facts::BookingFacts, error_summary::ErrorSummary, page_meta::PageMeta,
    personal::viewer_or_login, textarea_text::textarea_text,
};
use crate::i18n::{Texts, labels::booking_problem, use_texts};
use crate::pages::error_page::ErrorPage;

/// The id of the text the error summary links to.
const OTHER_ID: &str = "other-time-text";

fn problem_text(t: &'static Texts, code: &str) -> Option<&'static str> {
    match code {
        TEXT_MISSING => Some(t.invitation_text_missing),
        TEXT_TOO_LONG => Some(t.invitation_text_too_long),
        ANSWERED => Some(t.invitation_answered),
        other => BookingProblem::from_code(other).map(|p| booking_problem(t, p)),
    }
}

#[component]
pub fn InvitationPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let query = use_query_map().get_untracked();
    let problem = query.get("fel");
    let typed = query.get("onskemal").unwrap_or_default();
    view! {
        <PageMeta title=move || t.get().invitation_title description=move || t.get().invitation_lead canonical=INVITATIONS_PATH />
        {viewer.map(|_| {
            let invitation = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_invitation(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let (problem, typed) = (problem.clone(), typed.clone());
                    Suspend::new(async move {
                        match invitation.await {
                            Ok(Some(invitation)) => view! { <Invitation invitation problem typed /> }.into_any(),
                            Ok(None) => view! {
                                <h1>{move || t.get().invitation_title}</h1>
                                <p>{move || t.get().invitation_not_found}</p>
                            }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        }})}
    }
}

#[component]
fn Invitation(invitation: InvitationView, problem: Option<String>, typed: String) -> impl IntoView {
    let t = use_texts();
    let problem = problem
        .as_deref()
        .and_then(|code| problem_text(t.get(), code));
    let text_problem = problem.filter(|p| {
        *p == t.get().invitation_text_missing || *p == t.get().invitation_text_too_long
    });
    // A text problem points at the text; any other at the booking button.
    let problems = problem
        .map(|p| {
            vec![(
                if text_problem.is_some() {
                    OTHER_ID
                } else {
                    "book-time"
                },
                p,
            )]
        })
        .unwrap_or_default();
    let id = invitation.id.to_string();
    let answer = match (invitation.status, invitation.booking_id) {
        (InvitationStatus::Sent, _) => view! {
            <form method="post" action=AcceptInvitation::url() data-full-load="">
                <input type="hidden" name="id" value=id.clone() />
                <p class="field__hint">{move || t.get().invitation_book_hint}</p>
                <button class="button" type="submit" id="book-time">{move || t.get().invitation_book}</button>
            </form>
            <section aria-labelledby="other-time">
                <h2 id="other-time">{move || t.get().invitation_other_title}</h2>
                <form method="post" action=AskOtherTime::url() data-full-load="">
                    <input type="hidden" name="id" value=id.clone() />
                    <div class=if text_problem.is_some() { "field field--error" } else { "field" }>
                        <label for=OTHER_ID>{move || t.get().invitation_other_label}</label>
                        <span class="field__hint" id="other-time-hint">{move || t.get().invitation_other_hint}</span>
                        {text_problem.map(|m| view! { <span class="field__error" id="other-time-error">{m}</span> })}
                        <textarea id=OTHER_ID name="text" rows="4" maxlength=MESSAGE_MAX.to_string()
                            aria-invalid=text_problem.map(|_| "true")
                            aria-describedby=if text_problem.is_some() { "other-time-hint other-time-error" } else { "other-time-hint" }>{textarea_text(&typed)}</textarea>
                    </div>
                    <button class="button button--secondary" type="submit">{move || t.get().invitation_other_button}</button>
                </form>
            </section>
        }.into_any(),
        (InvitationStatus::Accepted, Some(booking)) => view! {
            <p class="notice notice--success" role="status">{move || t.get().invitation_booked}</p>
            <p><a href=booking_path(booking)>{move || t.get().invitation_to_booking}</a></p>
        }.into_any(),
        _ => view! { <p class="notice" role="status">{move || t.get().invitation_change_asked}</p> }.into_any(),
    };
    view! {
        <ErrorSummary problems />
        <h1>{move || t.get().invitation_title}</h1>
        <p class="lead">{move || t.get().invitation_lead}</p>
        <h2>{move || t.get().invitation_proposed}</h2>
        <BookingFacts visit=invitation.visit clinic=invitation.clinic address=invitation.address
            date=invitation.date time=invitation.time minutes=invitation.minutes>
            <dt>{move || t.get().invitation_from}</dt>
            <dd>{invitation.from}</dd>
        </BookingFacts>
        <div class="message__body">
            {invitation.text.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
        </div>
        {answer}
    }
}
