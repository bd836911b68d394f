//! `/arenden/:id` — one case: its status and when an answer can be expected, the whole thread
//! with who wrote each message, and a reply form until the clinic closes the case. The reply
//! is a plain form (`server/src/case_forms.rs`); a mistake shows the page again with the text.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use samla_model::case::{Author, CaseStatus, MESSAGE_MAX};

use crate::api::cases::{CASES_PATH, CaseView, ReplySubmission, my_case, reply_path};
use crate::components::{
    attachment_picker::AttachmentPicker, error_summary::ErrorSummary, message_files::MessageFiles,
    page_meta::PageMeta, personal::viewer_or_login, textarea_text::textarea_text,
};
use crate::i18n::{
    date::long_date,
    labels::{author_label, case_problem, case_status_label, refusal_text},
    use_lang, use_texts,
};
use crate::pages::cases_page::{case_title, expectation};
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};

#[component]
pub fn CasePage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    let query = use_query_map().get_untracked();
    let notice = if query.get("skickat").is_some() {
        Some(t.get().case_sent_notice)
    } else if query.get("svarat").is_some() {
        Some(t.get().case_replied_notice)
    } else {
        None
    };
    let submitted = use_context::<ReplySubmission>();
    view! {
        <PageMeta title=move || t.get().case_title description=move || t.get().cases_lead canonical=CASES_PATH />
        {viewer.map(|_| {
            let case = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_case(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=CASES_PATH>{move || t.get().cases_title}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let submitted = submitted.clone();
                    Suspend::new(async move {
                    match case.await {
                        Ok(Some(case)) => view! { <CaseDetail case notice submitted /> }.into_any(),
                        Ok(None) => view! { <NotFoundPage /> }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}}
            </Suspense>
        }})}
    }
}

#[component]
fn CaseDetail(
    case: CaseView,
    notice: Option<&'static str>,
    submitted: Option<ReplySubmission>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let item = case.item.clone();
    let status = item.status;
    let sent = case.sent.clone();
    let by_guardian = (case.started_by == Author::Guardian).then(|| case.started_by_name.clone());
    let problem = submitted
        .as_ref()
        .and_then(|s| s.problem)
        .map(|p| case_problem(t.get(), p));
    let (text, files, refused) = submitted
        .map(|s| (s.text, s.files, s.refused))
        .unwrap_or_default();
    let mut summary: Vec<(String, String)> = problem
        .map(|p| ("reply-text".to_owned(), p.to_owned()))
        .into_iter()
        .collect();
    summary.extend(refused.iter().map(|r| {
        (
            REPLY_FILES_ID.to_owned(),
            format!("{}: {}", r.name, refusal_text(t.get(), r.why)),
        )
    }));
    let case_id = item.id;
    let picker = case.citizen_attachments.then(|| {
        let context = vec![("arende".to_owned(), case_id.to_string())];
        view! { <AttachmentPicker lang input_id=REPLY_FILES_ID.to_owned() kept=files refused context /> }
    });
    view! {
        <ErrorSummary problems=summary />
        {notice.map(|n| view! { <p class="notice notice--success" role="status">{n}</p> })}
        <h1>{item.subject.clone()}</h1>
        <dl class="facts case-facts">
            <dt>{move || t.get().case_eservice}</dt>
            <dd>{case_title(&item, lang)}", "{item.clinic.clone()}</dd>
            <dt>{move || t.get().case_status}</dt>
            <dd><span class=format!("status-tag status-tag--{}", status.code())>{move || case_status_label(t.get(), status)}</span></dd>
            <dt>{move || t.get().case_next}</dt>
            <dd class="case-facts__expect">{expectation(t.get(), item.status, &item.expected_reply)}</dd>
            <dt>{move || t.get().case_sent_on}</dt>
            <dd>{move || long_date(t.get(), &sent)}</dd>
            {by_guardian.map(|name| view! {
                <dt>{move || t.get().case_started_by}</dt>
                <dd>{name}", "{move || author_label(t.get(), Author::Guardian)}</dd>
            })}
        </dl>
        <h2>{move || t.get().case_thread}</h2>
        <ol class="thread">
            {case.messages.into_iter().map(|m| {
                let date = m.date.clone();
                let author = m.author;
                view! {
                    <li class=if author.is_staff() { "thread__message thread__message--clinic" } else { "thread__message" }>
                        <p class="thread__meta">
                            <strong>{m.author_name}</strong>", "{move || author_label(t.get(), author)}
                            <br />
                            {move || long_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{m.time}
                        </p>
                        <div class="thread__body">{m.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}</div>
                        <MessageFiles files=m.files />
                    </li>
                }
            }).collect_view()}
        </ol>
        {if status == CaseStatus::Closed {
            view! { <p>{move || t.get().case_closed_no_reply}</p> }.into_any()
        } else {
            let error = problem;
            view! {
                <form class="reply-form" method="post" action=reply_path(item.id) enctype="multipart/form-data" novalidate data-full-load="">
                    <div class=if error.is_some() { "field field--error" } else { "field" }>
                        <h2 class="field__heading"><label for="reply-text">{move || t.get().case_reply}</label></h2>
                        <span class="field__hint" id="reply-text-hint">{move || t.get().case_reply_hint}</span>
                        {error.map(|m| view! { <span class="field__error" id="reply-text-error">{m}</span> })}
                        <textarea id="reply-text" name="text" rows="6" maxlength=MESSAGE_MAX.to_string()
                            aria-invalid=error.map(|_| "true")
                            aria-describedby=if error.is_some() { "reply-text-hint reply-text-error" } else { "reply-text-hint" }>{textarea_text(&text)}</textarea>
                    </div>
                    {picker}
                    {(!case.citizen_attachments).then(|| view! { <p class="field__hint">{move || t.get().case_no_attachments}</p> })}
                    <p class="field__hint">{move || t.get().case_no_recall}</p>
                    <button class="button" type="submit">{move || t.get().case_send_reply}</button>
                </form>
            }.into_any()
        }}
    }
}

/// The reply form's file input, which the error summary links to.
const REPLY_FILES_ID: &str = "reply-files";
