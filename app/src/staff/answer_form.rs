//! Answering a case as staff (DOMAIN.md §6, §7): the message, a counter question, up to ten
//! files — a plain `multipart/form-data` form, no island. A message with files goes to a
//! preview first, where the member sees the text and every file as the citizen will, and
//! must tick that they reviewed them before "Skicka svaret"; the server holds the same rule.

use leptos::prelude::*;
use samla_model::attachment::{ACCEPT, Refusal, size_text};
use samla_model::case::{MESSAGE_MAX, ProblemKind};

use super::api::{AnswerStep, StaffAnswerSubmission, staff_answer_path, staff_file_path};
use super::texts::StaffTexts;
use super::use_staff_texts;
use crate::api::attachments::{AttachmentItem, Refused};
use crate::components::{error_summary::ErrorSummary, textarea_text::textarea_text};
use crate::i18n::{labels::refusal_text, use_lang, use_texts};

/// The answer as it stands: written, or being reviewed.
#[component]
pub fn StaffAnswer(id: i64, from_template: Option<String>) -> impl IntoView {
    let submitted = use_context::<StaffAnswerSubmission>();
    match submitted {
        Some(s) if matches!(s.step, AnswerStep::Preview { .. }) => {
            let draft = Draft {
                subject: None,
                text: s.text,
                question: s.question,
                files: s.files,
                unconfirmed: s.step == AnswerStep::Preview { unconfirmed: true },
            };
            view! { <MessagePreview action=staff_answer_path(id) hidden=Vec::new() draft /> }
                .into_any()
        }
        submitted => view! { <AnswerForm id from_template submitted /> }.into_any(),
    }
}

/// An answer or counter question; shown again with what was typed, and the files kept, when
/// it has a mistake or a file was refused or taken off.
#[component]
fn AnswerForm(
    id: i64,
    from_template: Option<String>,
    submitted: Option<StaffAnswerSubmission>,
) -> impl IntoView {
    let t = use_staff_texts();
    let text = submitted
        .as_ref()
        .map(|s| s.text.clone())
        .or(from_template)
        .unwrap_or_default();
    let question = submitted.as_ref().is_some_and(|s| s.question);
    let error = submitted.as_ref().and_then(|s| s.problem).map(|p| match p {
        ProblemKind::TooLong => t.answer_too_long,
        _ => t.answer_empty,
    });
    let (files, refused) = submitted.map_or_else(Default::default, |s| (s.files, s.refused));
    let mut problems: Vec<(String, String)> = error
        .map(|e| ("answer-text".to_owned(), e.to_owned()))
        .into_iter()
        .collect();
    let ui = use_texts().get();
    for file in &refused {
        let why = refusal(t, ui, file.why);
        problems.push(("answer-files".to_owned(), format!("{}: {why}", file.name)));
    }
    view! {
        <section aria-labelledby="answer-title">
            <ErrorSummary problems />
            <h2 id="answer-title">{t.answer_title}</h2>
            <form class="reply-form" method="post" action=staff_answer_path(id) enctype="multipart/form-data" novalidate data-full-load="">
                <div class=if error.is_some() { "field field--error" } else { "field" }>
                    <label for="answer-text">{t.answer_label}</label>
                    <span class="field__hint" id="answer-text-hint">{t.answer_hint}</span>
                    {error.map(|m| view! { <span class="field__error" id="answer-text-error">{m}</span> })}
                    <textarea id="answer-text" name="text" rows="8" maxlength=MESSAGE_MAX.to_string()
                        aria-invalid=error.map(|_| "true")
                        aria-describedby=if error.is_some() { "answer-text-hint answer-text-error" } else { "answer-text-hint" }>{textarea_text(&text)}</textarea>
                </div>
                <div class="choice">
                    <input type="checkbox" id="answer-question" name="fraga" value="ja" checked=question />
                    <label for="answer-question">{t.answer_question}</label>
                </div>
                <StaffFiles files refused />
                <button class="button" type="submit">{t.answer_button}</button>
            </form>
        </section>
    }
}

/// Why a file was not taken, in the member's words (the count is staff's, not citizens').
pub(super) fn refusal(
    t: &StaffTexts,
    ui: &'static crate::i18n::Texts,
    why: Refusal,
) -> &'static str {
    match why {
        Refusal::TooMany => t.answer_too_many_files,
        Refusal::NotAllowed => t.answer_files_not_allowed,
        other => refusal_text(ui, other),
    }
}

/// The files of the answer: those kept (each carried on by id, with "Ta bort"), those
/// refused with why, and the input for more.
#[component]
pub(super) fn StaffFiles(files: Vec<AttachmentItem>, refused: Vec<Refused>) -> impl IntoView {
    let t = use_staff_texts();
    let ui = use_texts().get();
    let sv = use_lang().get_untracked() == samla_model::Lang::Sv;
    let has_refused = !refused.is_empty();
    view! {
        <div class=if has_refused { "field field--error attachments" } else { "field attachments" }>
            <label for="answer-files">{t.answer_files_label}</label>
            <span class="field__hint" id="answer-files-hint">{t.answer_files_hint}</span>
            <ul class="attachment-list">
                {files.into_iter().map(|file| {
                    let check_id = format!("ta-bort-{}", file.id);
                    view! {
                        <li class="attachment">
                            <input type="hidden" name="bilaga" value=file.id.to_string() />
                            <span class="attachment__name">{file.name.clone()}</span>" "
                            <span class="attachment__size">"("{size_text(file.size, sv)}")"</span>
                            <span class="attachment__remove">
                                <input type="checkbox" id=check_id.clone() name="ta-bort" value=file.id.to_string() />
                                <label for=check_id>{t.answer_file_remove}<span class="visually-hidden">" "{file.name}</span></label>
                            </span>
                        </li>
                    }
                }).collect_view()}
                {refused.into_iter().map(|file| view! {
                    <li class="attachment attachment--refused">
                        <span class="field__error">{file.name}": "{refusal(t, ui, file.why)}</span>
                    </li>
                }).collect_view()}
            </ul>
            <input id="answer-files" type="file" name="fil" multiple accept=ACCEPT aria-describedby="answer-files-hint" />
        </div>
    }
}

/// A message with files as it stands, for the preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// A new case's subject (an answer has its case's).
    pub subject: Option<String>,
    pub text: String,
    pub question: bool,
    pub files: Vec<AttachmentItem>,
    /// "Skicka svaret" was pressed without ticking that the files were reviewed.
    pub unconfirmed: bool,
}

/// A message with files as the citizen will get it, to review before sending; posts to
/// `action` with the draft and `hidden` (the form's own fields) carried on.
#[component]
pub(super) fn MessagePreview(
    action: String,
    hidden: Vec<(String, String)>,
    draft: Draft,
) -> impl IntoView {
    let t = use_staff_texts();
    let sv = use_lang().get_untracked() == samla_model::Lang::Sv;
    let unconfirmed = draft.unconfirmed;
    let problems: Vec<(&'static str, &'static str)> = unconfirmed
        .then_some(("answer-reviewed", t.preview_unconfirmed))
        .into_iter()
        .collect();
    let paragraphs: Vec<String> = draft.text.trim().split("\n\n").map(str::to_owned).collect();
    view! {
        <section aria-labelledby="answer-title">
            <ErrorSummary problems />
            <h2 id="answer-title">{t.preview_title}</h2>
            <p>{t.preview_lead}</p>
            <h3>{t.preview_message}</h3>
            <div class="thread__message thread__message--clinic">
                {draft.subject.clone().map(|s| view! { <p class="thread__meta"><strong>{s}</strong></p> })}
                {draft.question.then(|| view! { <p class="thread__meta">{t.counter_question}</p> })}
                <div class="thread__body">{paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}</div>
            </div>
            <h3>{t.preview_files}" ("{draft.files.len()}")"</h3>
            <ul class="staff-previews">
                {draft.files.iter().map(|file| {
                    let name = file.name.clone();
                    let shown = if file.kind.is_image() {
                        let alt = t.preview_image_alt.replace("{name}", &name);
                        view! { <img class="preview__image" src=staff_file_path(file.id) alt=alt /> }.into_any()
                    } else {
                        let title = t.preview_pdf_title.replace("{name}", &name);
                        view! { <iframe class="preview__pdf" src=staff_file_path(file.id) title=title></iframe> }.into_any()
                    };
                    view! {
                        <li class="staff-preview">
                            <h4>{name.clone()}" ("{file.kind.label()}", "{size_text(file.size, sv)}")"</h4>
                            <div class="preview">{shown}</div>
                            <p><a href=staff_file_path(file.id) target="_blank" rel="noopener">{t.preview_open.replace("{name}", &name)}</a></p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <form method="post" action=action novalidate data-full-load="">
                {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
                {draft.subject.map(|s| view! { <input type="hidden" name="rubrik" value=s /> })}
                <input type="hidden" name="text" value=draft.text.clone() />
                {draft.question.then(|| view! { <input type="hidden" name="fraga" value="ja" /> })}
                {draft.files.iter().map(|f| view! { <input type="hidden" name="bilaga" value=f.id.to_string() /> }).collect_view()}
                <div class=if unconfirmed { "choice field--error" } else { "choice" }>
                    <input type="checkbox" id="answer-reviewed" name="granskat" value="ja"
                        aria-invalid=unconfirmed.then_some("true") />
                    <label for="answer-reviewed">{t.preview_confirm}</label>
                </div>
                <div class="button-row">
                    <button class="button" type="submit" name="steg" value="skicka">{t.preview_send}</button>
                    <button class="button button--secondary" type="submit" name="steg" value="andra">{t.preview_change}</button>
                </div>
            </form>
        </section>
    }
}
