//! `/personal/skicka` — "Skicka ärende" (DOMAIN.md §7): the member types a personnummer and may
//! choose a message template; the server finds the citizen and the page shows their name and
//! how they will be notified, read-only (§3); then a subject, the message and files, reviewed in
//! a preview when there are files, and sent. All plain forms posted to the server's form route
//! (`server/src/staff_send.rs`), which puts what was posted back on the page.

use leptos::prelude::*;
use samla_model::case::{MESSAGE_MAX, ProblemKind};
use samla_model::outgoing::{NoticeMethod, OutgoingProblem, SUBJECT_MAX};

use super::answer_form::{Draft, MessagePreview, StaffFiles, refusal};
use super::api::{
    AnswerStep, RecipientProblem, RecipientView, SEND_CASE_PATH, StaffSendSubmission,
    staff_templates,
};
use super::gate::staff_or_login;
use super::texts::StaffTexts;
use super::use_staff_texts;
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, textarea_text::textarea_text,
};
use crate::i18n::{labels::personnummer_error, use_texts};

#[component]
pub fn SendCasePage() -> impl IntoView {
    let t = use_staff_texts();
    let viewer = staff_or_login();
    let submitted = use_context::<StaffSendSubmission>();
    view! {
        <PageMeta title=move || t.send_title description=move || t.send_lead />
        <h1>{t.send_title}</h1>
        {viewer.map(|viewer| {
            if !viewer.sees_cases() {
                return view! { <p>{t.send_no_role}</p> }.into_any();
            }
            match submitted {
                Some(s) if s.recipient.is_some() => view! { <Writing submitted=s /> }.into_any(),
                submitted => view! { <FindCitizen submitted /> }.into_any(),
            }
        })}
    }
}

/// Step one: the personnummer and, if wanted, a template.
#[component]
fn FindCitizen(submitted: Option<StaffSendSubmission>) -> impl IntoView {
    let t = use_staff_texts();
    let ui = use_texts().get();
    let typed = submitted
        .as_ref()
        .map(|s| s.typed.clone())
        .unwrap_or_default();
    let chosen = submitted.as_ref().and_then(|s| s.template);
    let error = submitted.and_then(|s| s.problem).map(|p| match p {
        RecipientProblem::Typed(e) => personnummer_error(ui, e),
        RecipientProblem::Unknown => t.send_unknown,
    });
    let problems: Vec<(&'static str, &'static str)> =
        error.map(|e| ("send-pnr", e)).into_iter().collect();
    let templates = Resource::new(|| (), |_| staff_templates());
    view! {
        <p class="lead">{t.send_lead}</p>
        <ErrorSummary problems />
        <form class="send-form" method="post" action=SEND_CASE_PATH novalidate data-full-load="">
            <input type="hidden" name="steg" value="hamta" />
            <div class=if error.is_some() { "field field--error" } else { "field" }>
                <label for="send-pnr">{t.send_pnr_label}</label>
                <span class="field__hint" id="send-pnr-hint">{t.send_pnr_hint}</span>
                {error.map(|m| view! { <span class="field__error" id="send-pnr-error">{m}</span> })}
                <input id="send-pnr" name="personnummer" type="text" inputmode="numeric" autocomplete="off"
                    class="input input--pnr" value=typed maxlength="20"
                    aria-invalid=error.map(|_| "true")
                    aria-describedby=if error.is_some() { "send-pnr-hint send-pnr-error" } else { "send-pnr-hint" } />
            </div>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let list = templates.await.unwrap_or_default();
                    (!list.is_empty()).then(|| view! {
                        <div class="field">
                            <label for="send-template">{t.send_template_label}</label>
                            <select id="send-template" name="mall">
                                <option value="">{t.send_no_template}</option>
                                {list.into_iter().map(|item| view! {
                                    <option value=item.id.to_string() selected=chosen == Some(item.id)>{item.title}</option>
                                }).collect_view()}
                            </select>
                        </div>
                    })
                })}
            </Suspense>
            <button class="button" type="submit">{t.send_find_button}</button>
        </form>
    }
}

fn method_text(t: &StaffTexts, method: NoticeMethod) -> &'static str {
    match method {
        NoticeMethod::SmsAndEmail => t.method_sms_email,
        NoticeMethod::Sms => t.method_sms,
        NoticeMethod::Email => t.method_email,
        NoticeMethod::NoneChosen => t.method_none,
        NoticeMethod::Letter => t.method_letter,
    }
}

/// The citizen found: who, how they will hear of it, and the message.
#[component]
fn Writing(submitted: StaffSendSubmission) -> impl IntoView {
    let t = use_staff_texts();
    let Some(recipient) = submitted.recipient.clone() else {
        return ().into_any();
    };
    let digits = recipient.personnummer.replace('-', "");
    let body = match submitted.step {
        AnswerStep::Preview { unconfirmed } => {
            let draft = Draft {
                subject: Some(submitted.subject),
                text: submitted.text,
                question: submitted.question,
                files: submitted.files,
                unconfirmed,
            };
            let hidden = vec![("personnummer".to_owned(), digits)];
            view! { <MessagePreview action=SEND_CASE_PATH.to_owned() hidden draft /> }.into_any()
        }
        AnswerStep::Form => view! { <MessageForm digits submitted /> }.into_any(),
    };
    view! {
        <RecipientFacts recipient />
        <p><a href=SEND_CASE_PATH>{t.send_other}</a></p>
        {body}
    }
    .into_any()
}

#[component]
pub(super) fn RecipientFacts(recipient: RecipientView) -> impl IntoView {
    let t = use_staff_texts();
    view! {
        <section class="recipient" aria-labelledby="recipient-title">
            <h2 id="recipient-title">{t.send_recipient}</h2>
            <dl class="facts">
                <dt>{t.citizen}</dt><dd>{recipient.name}</dd>
                <dt>{t.personnummer}</dt><dd>{recipient.personnummer}</dd>
                <dt>{t.send_method}</dt>
                <dd>{method_text(t, recipient.method)}<br /><span class="field__hint">{t.send_method_hint}</span></dd>
            </dl>
        </section>
    }
}

/// Subject, message, counter question and files; shown again with every mistake and the
/// files kept.
#[component]
fn MessageForm(digits: String, submitted: StaffSendSubmission) -> impl IntoView {
    let t = use_staff_texts();
    let ui = use_texts().get();
    let subject_error = submitted.problems.iter().find_map(|p| match p {
        OutgoingProblem::SubjectMissing => Some(t.send_subject_missing),
        OutgoingProblem::SubjectTooLong => Some(t.send_subject_too_long),
        OutgoingProblem::Text(_) => None,
    });
    let text_error = submitted.problems.iter().find_map(|p| match p {
        OutgoingProblem::Text(ProblemKind::TooLong) => Some(t.answer_too_long),
        OutgoingProblem::Text(_) => Some(t.answer_empty),
        _ => None,
    });
    let mut problems: Vec<(String, String)> = Vec::new();
    problems.extend(subject_error.map(|e| ("send-subject".to_owned(), e.to_owned())));
    problems.extend(text_error.map(|e| ("answer-text".to_owned(), e.to_owned())));
    for file in &submitted.refused {
        let why = refusal(t, ui, file.why);
        problems.push(("answer-files".to_owned(), format!("{}: {why}", file.name)));
    }
    let field_class = |error: Option<&str>| {
        if error.is_some() {
            "field field--error"
        } else {
            "field"
        }
    };
    view! {
        <section aria-labelledby="answer-title">
            <ErrorSummary problems />
            <h2 id="answer-title">{t.answer_title}</h2>
            <form class="reply-form" method="post" action=SEND_CASE_PATH enctype="multipart/form-data" novalidate data-full-load="">
                <input type="hidden" name="personnummer" value=digits />
                <div class=field_class(subject_error)>
                    <label for="send-subject">{t.send_subject_label}</label>
                    <span class="field__hint" id="send-subject-hint">{t.send_subject_hint}</span>
                    {subject_error.map(|m| view! { <span class="field__error" id="send-subject-error">{m}</span> })}
                    <input id="send-subject" name="rubrik" type="text" class="input" value=submitted.subject
                        maxlength=SUBJECT_MAX.to_string() aria-invalid=subject_error.map(|_| "true")
                        aria-describedby=if subject_error.is_some() { "send-subject-hint send-subject-error" } else { "send-subject-hint" } />
                </div>
                <div class=field_class(text_error)>
                    <label for="answer-text">{t.answer_label}</label>
                    <span class="field__hint" id="answer-text-hint">{t.answer_hint}</span>
                    {text_error.map(|m| view! { <span class="field__error" id="answer-text-error">{m}</span> })}
                    <textarea id="answer-text" name="text" rows="8" maxlength=MESSAGE_MAX.to_string()
                        aria-invalid=text_error.map(|_| "true")
                        aria-describedby=if text_error.is_some() { "answer-text-hint answer-text-error" } else { "answer-text-hint" }>{textarea_text(&submitted.text)}</textarea>
                </div>
                <div class="choice">
                    <input type="checkbox" id="answer-question" name="fraga" value="ja" checked=submitted.question />
                    <label for="answer-question">{t.answer_question}</label>
                </div>
                <StaffFiles files=submitted.files refused=submitted.refused />
                <button class="button" type="submit">{t.send_button}</button>
            </form>
        </section>
    }
}
