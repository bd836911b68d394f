//! `/personal/kallelser` — invitations (kallelser, DOMAIN.md §7): the member types a
//! personnummer, chooses a kind of visit and a week; the server finds the citizen and the
//! clinic's free times; the member chooses one, writes a message and sends. One plain form
//! posted to the server's form route, which shows it again with everything kept. Below, the
//! clinic's sent invitations and how each was answered.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::booking::VisitType;
use samla_model::invitation::INVITATION_TEXT_MAX;

use super::api::RecipientProblem;
use super::gate::staff_or_login;
use super::invitation_api::{
    InvitationSubmission, InvitationsView, STAFF_INVITATIONS_PATH, staff_invitations,
};
use super::invitation_texts::{InvitationTexts, invitation_texts};
use super::send_page::RecipientFacts;
use super::use_staff_texts;
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, textarea_text::textarea_text,
};
use crate::i18n::{
    date::weekday_date,
    labels::{personnummer_error, visit_label},
    use_texts,
};
use crate::pages::error_page::ErrorPage;

fn texts() -> &'static InvitationTexts {
    invitation_texts(crate::i18n::use_lang().get_untracked())
}

#[component]
pub fn StaffInvitationsPage() -> impl IntoView {
    let t = texts();
    let staff = use_staff_texts();
    let viewer = staff_or_login();
    let sent = use_query_map().get_untracked().get("skickad").is_some();
    view! {
        <PageMeta title=move || t.title description=move || t.lead />
        <h1>{t.title}</h1>
        {viewer.map(|viewer| {
            if !viewer.sees_cases() {
                return view! { <p>{staff.send_no_role}</p> }.into_any();
            }
            let found = Resource::new(|| (), |_| staff_invitations());
            view! {
                <p class="lead">{t.lead}</p>
                {sent.then(|| view! { <p class="notice notice--success" role="status">{t.sent}</p> })}
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match found.await {
                            Ok(found) => view! { <Invitations found /> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }.into_any()
        })}
    }
}

#[component]
fn Invitations(found: InvitationsView) -> impl IntoView {
    let t = texts();
    let ui = use_texts().get();
    let form = if found.visits.is_empty() {
        view! { <p>{t.no_visits}</p> }.into_any()
    } else {
        let submitted = use_context::<InvitationSubmission>().unwrap_or_default();
        view! { <NewInvitation visits=found.visits submitted /> }.into_any()
    };
    let rows = found
        .items
        .into_iter()
        .map(|row| {
            let visit = visit_label(ui, row.visit);
            view! {
                <tr>
                    <td>{row.citizen}</td>
                    <td>{visit}", "{weekday_date(ui, &row.date)}" "{row.time}</td>
                    <td>{t.status(row.status)}</td>
                    <td>{row.sent_by}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <h2>{t.new_title}</h2>
        {form}
        <h2>{t.list_title}</h2>
        {if rows.is_empty() {
            view! { <p>{t.none}</p> }.into_any()
        } else {
            view! {
                <table class="case-table">
                    <thead><tr>
                        <th scope="col">{t.col_citizen}</th>
                        <th scope="col">{t.col_time}</th>
                        <th scope="col">{t.col_status}</th>
                        <th scope="col">{t.col_sent_by}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any()
        }}
    }
}

/// The form: who, which kind of visit from which day, then (once found) the time and words.
#[component]
fn NewInvitation(visits: Vec<VisitType>, submitted: InvitationSubmission) -> impl IntoView {
    let t = texts();
    let staff = use_staff_texts();
    let ui = use_texts().get();
    let pnr_error = submitted.recipient_problem.map(|p| match p {
        RecipientProblem::Typed(e) => personnummer_error(ui, e),
        RecipientProblem::Unknown => staff.send_unknown,
    });
    let problem = submitted.problem.map(|p| t.problem(p));
    let error_at = |id: &str| problem.filter(|(at, _)| *at == id).map(|(_, m)| m);
    let (visit_error, times_error, text_error) = (
        error_at("inv-visit"),
        error_at("inv-times"),
        error_at("inv-text"),
    );
    let mut problems: Vec<(&'static str, &'static str)> = Vec::new();
    problems.extend(pnr_error.map(|m| ("inv-pnr", m)));
    problems.extend(problem);
    let chosen_visit = submitted.visit.clone();
    let found = submitted.recipient.clone().map(|recipient| {
        let text = if submitted.text.is_empty() { t.text_default.to_owned() } else { submitted.text.clone() };
        let times = if submitted.times.is_empty() {
            view! { <p id="inv-times">{t.no_times}</p> }.into_any()
        } else {
            let chosen = submitted.slot;
            view! {
                <fieldset class=if times_error.is_some() { "choices field--error" } else { "choices" } id="inv-times">
                    <legend>{t.times_legend}</legend>
                    {times_error.map(|m| view! { <span class="field__error">{m}</span> })}
                    <div class="time-choices">
                        {submitted.times.iter().map(|time| {
                            let id = format!("inv-time-{}", time.slot_id);
                            view! {
                                <div class="choice">
                                    <input type="radio" id=id.clone() name="tid" value=time.slot_id.to_string()
                                        checked={chosen == Some(time.slot_id)} />
                                    <label for=id>{weekday_date(ui, &time.date)}" "{time.time.clone()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            }.into_any()
        };
        view! {
            <RecipientFacts recipient />
            {times}
            <div class=if text_error.is_some() { "field field--error" } else { "field" }>
                <label for="inv-text">{t.text_label}</label>
                {text_error.map(|m| view! { <span class="field__error" id="inv-text-error">{m}</span> })}
                <textarea id="inv-text" name="text" rows="5" maxlength=INVITATION_TEXT_MAX.to_string()
                    aria-invalid=text_error.map(|_| "true")
                    aria-describedby=text_error.map(|_| "inv-text-error")>{textarea_text(&text)}</textarea>
            </div>
            <button class="button" type="submit" name="steg" value="skicka">{t.send}</button>
        }
    });
    view! {
        <ErrorSummary problems />
        <form class="send-form" method="post" action=STAFF_INVITATIONS_PATH novalidate data-full-load="">
            <div class=if pnr_error.is_some() { "field field--error" } else { "field" }>
                <label for="inv-pnr">{staff.send_pnr_label}</label>
                <span class="field__hint" id="inv-pnr-hint">{staff.send_pnr_hint}</span>
                {pnr_error.map(|m| view! { <span class="field__error" id="inv-pnr-error">{m}</span> })}
                <input id="inv-pnr" name="personnummer" type="text" inputmode="numeric" autocomplete="off"
                    class="input input--pnr" value=submitted.typed.clone() maxlength="20"
                    aria-invalid=pnr_error.map(|_| "true")
                    aria-describedby=if pnr_error.is_some() { "inv-pnr-hint inv-pnr-error" } else { "inv-pnr-hint" } />
            </div>
            <div class=if visit_error.is_some() { "field field--error" } else { "field" }>
                <label for="inv-visit">{t.visit_label}</label>
                {visit_error.map(|m| view! { <span class="field__error" id="inv-visit-error">{m}</span> })}
                <select id="inv-visit" name="besok" aria-invalid=visit_error.map(|_| "true")
                    aria-describedby=visit_error.map(|_| "inv-visit-error")>
                    {visits.into_iter().map(|v| view! {
                        <option value=v.code() selected={chosen_visit == v.code()}>{visit_label(ui, v)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="inv-day">{t.day_label}</label>
                <span class="field__hint" id="inv-day-hint">{t.day_hint}</span>
                <input id="inv-day" name="fran" type="text" inputmode="numeric" maxlength="10"
                    class="input--short" value=submitted.day.clone() aria-describedby="inv-day-hint" />
            </div>
            <button class="button button--secondary" type="submit" name="steg" value="tider">{t.show_times}</button>
            {found}
        </form>
    }
}
