//! `/forny-recept/:id` — before a renewal is sent: the medicine, the clinic that gets it, when
//! an answer can be expected, an optional note, and "Skicka förnyelsen" (a plain form). A
//! refusal comes back here (`fel=`, with the note typed) and is said at the top.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::{use_params_map, use_query_map};
use samla_model::case::MESSAGE_MAX;

use crate::api::medicines::{MEDICINES_PATH, MedicineItem, RenewMedicine, my_medicine};
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, personal::viewer_or_login,
    textarea_text::textarea_text,
};
use crate::i18n::{date::long_date, use_texts};
use crate::pages::error_page::ErrorPage;

const NOTE_ID: &str = "anteckning";

#[component]
pub fn RenewPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let query = use_query_map().get_untracked();
    let problem = query.get("fel");
    let note: String = query
        .get("anteckning")
        .unwrap_or_default()
        .chars()
        .take(MESSAGE_MAX * 2)
        .collect();
    view! {
        <PageMeta title=move || t.get().renewal description=move || t.get().renew_lead canonical=MEDICINES_PATH />
        {viewer.map(|_| {
            let found = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_medicine(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=MEDICINES_PATH>{move || t.get().medicines_title}</a></p>
            <h1>{move || t.get().renewal}</h1>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let (note, problem) = (note.clone(), problem.clone());
                    Suspend::new(async move {
                    match found.await {
                        Ok(Some((m, reply))) if problem.as_deref() != Some("finns-inte") => view! { <Ask m reply note problem /> }.into_any(),
                        Ok(_) => view! {
                            <p>{move || t.get().renew_not_found}</p>
                            <p><a href=MEDICINES_PATH>{move || t.get().renew_back}</a></p>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}}
            </Suspense>
        }})}
    }
}

#[component]
fn Ask(m: MedicineItem, reply: String, note: String, problem: Option<String>) -> impl IntoView {
    let t = use_texts();
    let too_long = problem.as_deref() == Some("for-lang");
    let problems = if too_long {
        vec![(NOTE_ID, t.get().problem_too_long)]
    } else {
        Vec::new()
    };
    let note_error = too_long.then(|| t.get().problem_too_long);
    view! {
        <ErrorSummary problems />
        <p class="lead">{move || t.get().renew_lead}</p>
        <dl class="facts">
            <dt>{move || t.get().event_medicine}</dt>
            <dd>{m.name()}</dd>
            <dt>{move || t.get().medicine_prescriber}</dt>
            <dd>{m.prescriber.clone()}</dd>
            <dt>{move || t.get().medicine_clinic}</dt>
            <dd>{m.clinic.clone()}</dd>
            <dt>{move || t.get().case_expected_reply}</dt>
            <dd>{move || long_date(t.get(), &reply)}</dd>
        </dl>
        <form method="post" action=RenewMedicine::url()>
            <input type="hidden" name="prescription" value=m.id.to_string() />
            <div class=if too_long { "field field--error" } else { "field" }>
                <label for=NOTE_ID>{move || t.get().renew_note_label}" "{move || t.get().newcase_optional}</label>
                <span class="field__hint" id="anteckning-tips">{move || t.get().renew_note_hint}</span>
                {note_error.map(|m| view! { <span class="field__error" id="anteckning-fel">{m}</span> })}
                <textarea id=NOTE_ID name="note" rows="4"
                    aria-invalid=too_long.then_some("true")
                    aria-describedby=if too_long { "anteckning-tips anteckning-fel" } else { "anteckning-tips" }>{textarea_text(&note)}</textarea>
            </div>
            <p>{move || t.get().newcase_no_recall}</p>
            <div class="button-row">
                <button class="button" type="submit">{move || t.get().renew_send}</button>
                <a href=MEDICINES_PATH>{move || t.get().renew_back}</a>
            </div>
        </form>
    }
}
