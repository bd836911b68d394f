//! `/personal/arenden/:id`: a case as staff open it (DOMAIN.md §5–§7) — who the citizen is,
//! whether they or a guardian started it, the thread with every clinic message's read status
//! and the citizen's files, and what the member may do: assign it (the receiver), answer or
//! ask a counter question (with files, reviewed first: `answer_form`), close it. Opening it
//! is in the citizen's access log.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::case::{Author, CaseStatus};

use super::answer_form::StaffAnswer;
use super::api::{StaffAssign, StaffCaseView, StaffClose, staff_case, staff_file_path};
use super::gate::staff_or_login;
use super::texts::StaffTexts;
use super::use_staff_texts;
use crate::components::page_meta::PageMeta;
use crate::i18n::{
    labels::{author_label, case_status_label},
    use_lang, use_texts,
};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn StaffCasePage() -> impl IntoView {
    let t = use_staff_texts();
    let id = super::gate::id_param();
    let viewer = staff_or_login();
    view! {
        {viewer.map(|_| {
            let template = use_query_map().get_untracked().get("mall").and_then(|m| m.parse().ok());
            let case = Resource::new(move || (), move |_| staff_case(id, template));
            view! {
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match case.await {
                            Ok(Some(case)) => view! { <CaseView case /> }.into_any(),
                            Ok(None) => view! {
                                <PageMeta title=move || t.not_found description=move || t.not_found />
                                <h1>{t.not_found}</h1>
                                <p>{t.not_found_text}</p>
                            }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}

/// What the last action did, from the address it redirected to.
fn notice(t: &StaffTexts) -> Option<(&'static str, bool)> {
    let query = use_query_map().get_untracked();
    if query.get("tilldelat").is_some() {
        Some((t.assigned_done, true))
    } else if query.get("skickat").is_some() {
        Some((t.answer_sent, true))
    } else if query.get("avslutat").is_some() {
        Some((t.closed_done, true))
    } else if query.get("fel").as_deref() == Some("hanterare") {
        Some((t.assign_not_handler, false))
    } else {
        None
    }
}

#[component]
fn CaseView(case: StaffCaseView) -> impl IntoView {
    let t = use_staff_texts();
    let ui = use_texts();
    let lang = use_lang().get_untracked();
    let eservice = if lang == samla_model::Lang::En {
        case.eservice_en.clone()
    } else {
        case.eservice_sv.clone()
    };
    let started_by = match case.started_by {
        Author::Guardian => format!("{} ({})", t.started_by_guardian, case.started_by_name),
        _ => t.started_by_citizen.to_owned(),
    };
    let open = case.status != CaseStatus::Closed;
    let back = use_context::<samla_model::staff::StaffViewer>()
        .map_or(super::api::CLINIC_CASES_PATH, |v| {
            super::api::landing(&v.roles)
        });
    let subject = case.subject.clone();
    view! {
        <PageMeta title=move || subject.clone() description=move || t.thread />
        <p class="breadcrumb"><a href=back>{t.back_to_list}</a></p>
        {notice(t).map(|(text, good)| if good {
            view! { <p class="notice notice--success" role="status">{text}</p> }.into_any()
        } else {
            view! { <p class="notice notice--error" role="alert">{text}</p> }.into_any()
        })}
        <h1>{case.subject.clone()}</h1>
        <dl class="facts case-facts">
            <dt>{t.citizen}</dt><dd>{case.citizen_name.clone()}</dd>
            <dt>{t.personnummer}</dt><dd>{case.personnummer.clone()}</dd>
            <dt>{t.started_by}</dt><dd>{started_by}</dd>
            <dt>{t.eservice}</dt><dd>{eservice}</dd>
            <dt>{t.received}</dt><dd>{case.received.clone()}</dd>
            <dt>{t.reply_by}</dt><dd>{case.reply_by.clone()}</dd>
            <dt>{t.status}</dt>
            <dd><span class=format!("status-tag status-tag--{}", case.status.code())>{case_status_label(ui.get(), case.status)}</span></dd>
            <dt>{t.handler}</dt><dd>{case.handler.clone().unwrap_or_else(|| t.unassigned.to_owned())}</dd>
        </dl>
        <h2>{t.thread}</h2>
        <ol class="thread">
            {case.messages.into_iter().map(|m| {
                let clinic = m.author.is_staff();
                view! {
                    <li class=if clinic { "thread__message thread__message--clinic" } else { "thread__message" }>
                        <p class="thread__meta">
                            <strong>{m.author_name}</strong>", "{author_label(ui.get(), m.author)}
                            {m.asks_reply.then(|| view! { " – "{t.counter_question} })}
                            <br />{m.date}" "{m.time}
                        </p>
                        <div class="thread__body">{m.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}</div>
                        {(!m.files.is_empty()).then(|| view! {
                            <p class="thread__files-title">{t.files}</p>
                            <ul class="thread__files">
                                {m.files.into_iter().map(|f| view! {
                                    <li><a href=staff_file_path(f.id) target="_blank" rel="noopener">{f.name}</a>" ("{format_size(f.size)}")"</li>
                                }).collect_view()}
                            </ul>
                        })}
                        {clinic.then(|| match m.read {
                            Some((date, time)) => view! { <p class="thread__read">{t.read_at}" "{date}" "{time}</p> }.into_any(),
                            None => view! { <p class="thread__read">{t.not_read}</p> }.into_any(),
                        })}
                    </li>
                }
            }).collect_view()}
        </ol>
        {if open {
            view! {
                <AssignForm id=case.id handlers=case.handlers />
                <TemplateChooser id=case.id templates=case.templates />
                <StaffAnswer id=case.id from_template=case.from_template />
                <section aria-labelledby="close-title">
                    <h2 id="close-title">{t.close_title}</h2>
                    <form method="post" action=StaffClose::url() data-full-load="">
                        <input type="hidden" name="case" value=case.id.to_string() />
                        <button class="button button--secondary" type="submit">{t.close_button}</button>
                    </form>
                </section>
            }.into_any()
        } else {
            view! { <p>{t.answer_closed}</p> }.into_any()
        }}
    }
}

fn format_size(bytes: i64) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} kB", (bytes + 999) / 1000)
    }
}

/// The receiver's choice of handler (none offered to anyone else).
#[component]
fn AssignForm(id: i64, handlers: Vec<(String, String)>) -> impl IntoView {
    let t = use_staff_texts();
    (!handlers.is_empty()).then(|| view! {
        <section aria-labelledby="assign-title">
            <h2 id="assign-title">{t.assign_title}</h2>
            <form class="assign-form" method="post" action=StaffAssign::url() data-full-load="">
                <input type="hidden" name="case" value=id.to_string() />
                <div class="field">
                    <label for="assign-handler">{t.assign_to}</label>
                    <select id="assign-handler" name="handler">
                        {handlers.into_iter().map(|(hsa, name)| view! { <option value=hsa>{name}</option> }).collect_view()}
                    </select>
                </div>
                <button class="button" type="submit">{t.assign_button}</button>
            </form>
        </section>
    })
}

/// Choosing a reply template: a plain GET form that shows the case again with the template's
/// text, filled in for this citizen, in the answer below.
#[component]
fn TemplateChooser(id: i64, templates: Vec<(i64, String)>) -> impl IntoView {
    let t = use_staff_texts();
    (!templates.is_empty()).then(|| view! {
        <form class="assign-form" method="get" action=format!("{}#answer-title", super::api::staff_case_path(id)) data-full-load="">
            <div class="field">
                <label for="template-choice">{t.use_template_label}</label>
                <span class="field__hint" id="template-choice-hint">{t.use_template_hint}</span>
                <select id="template-choice" name="mall" aria-describedby="template-choice-hint">
                    {templates.into_iter().map(|(id, title)| view! { <option value=id.to_string()>{title}</option> }).collect_view()}
                </select>
            </div>
            <button class="button button--secondary" type="submit">{t.use_template_button}</button>
        </form>
    })
}
