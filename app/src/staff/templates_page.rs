//! `/personal/mallar` — the clinic's reply templates and a form for a new one — and
//! `/personal/mallar/:id` to change one. Plain forms to the server's form route: a mistake
//! comes back with what was typed.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::{
    case::MESSAGE_MAX,
    staff::{TEMPLATE_TITLE_MAX, TemplateProblem},
};

use super::api::{
    TEMPLATES_PATH, TemplateSubmission, staff_template, staff_templates, template_path,
};
use super::gate::staff_or_login;
use super::texts::StaffTexts;
use super::use_staff_texts;
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, textarea_text::textarea_text,
};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn TemplatesPage() -> impl IntoView {
    let t = use_staff_texts();
    let saved = use_query_map().get_untracked().get("sparad").is_some();
    let viewer = staff_or_login();
    view! {
        <PageMeta title=move || t.templates_title description=move || t.templates_lead />
        {viewer.map(|_| {
            let templates = Resource::new(|| (), |_| staff_templates());
            view! {
                <h1>{t.templates_title}</h1>
                {saved.then(|| view! { <p class="notice notice--success" role="status">{t.template_saved}</p> })}
                <p class="lead">{t.templates_lead}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let Ok(templates) = templates.await else { return view! { <ErrorPage /> }.into_any() };
                        if templates.is_empty() {
                            return view! { <p>{t.template_none}</p> }.into_any();
                        }
                        view! {
                            <ul class="template-list">
                                {templates.into_iter().map(|item| view! {
                                    <li class="template-list__item">
                                        <h2 class="template-list__title">{item.title.clone()}</h2>
                                        <div class="thread__body">{item.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}</div>
                                        <p class="field__hint">{t.template_updated_by}" "{item.updated_by}", "{item.updated}</p>
                                        <a href=template_path(item.id)>{t.template_edit}<span class="visually-hidden">" "{item.title}</span></a>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    })}
                </Suspense>
                <h2>{t.template_new}</h2>
                <TemplateForm action=TEMPLATES_PATH.to_owned() title=String::new() body=String::new() />
            }
        })}
    }
}

#[component]
pub fn TemplatePage() -> impl IntoView {
    let t = use_staff_texts();
    let id = super::gate::id_param();
    let viewer = staff_or_login();
    view! {
        <PageMeta title=move || t.template_edit_title description=move || t.templates_lead />
        {viewer.map(|_| {
            let template = Resource::new(move || (), move |_| staff_template(id));
            view! {
                <p class="breadcrumb"><a href=TEMPLATES_PATH>{t.templates_title}</a></p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match template.await {
                            Ok(Some(item)) => view! {
                                <h1>{t.template_edit_title}</h1>
                                <TemplateForm action=template_path(item.id) title=item.title body=item.body />
                            }.into_any(),
                            Ok(None) => view! { <h1>{t.template_not_found}</h1> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}

fn problem_text(t: &StaffTexts, problem: TemplateProblem) -> (&'static str, &'static str) {
    match problem {
        TemplateProblem::TitleMissing => ("template-title", t.template_title_missing),
        TemplateProblem::TitleTooLong => ("template-title", t.template_title_too_long),
        TemplateProblem::BodyMissing => ("template-body", t.template_body_missing),
        TemplateProblem::BodyTooLong => ("template-body", t.template_body_too_long),
    }
}

/// The template's title and text; what was posted instead, with its mistakes, when the form
/// route shows it again.
#[component]
fn TemplateForm(action: String, title: String, body: String) -> impl IntoView {
    let t = use_staff_texts();
    let submitted = use_context::<TemplateSubmission>();
    let (title, body, problems) = match submitted {
        Some(s) => (s.title, s.body, s.problems),
        None => (title, body, Vec::new()),
    };
    let shown: Vec<(&'static str, &'static str)> =
        problems.iter().map(|p| problem_text(t, *p)).collect();
    let error_of = |field: &'static str| shown.iter().find(|(f, _)| *f == field).map(|(_, m)| *m);
    let (title_error, body_error) = (error_of("template-title"), error_of("template-body"));
    view! {
        <ErrorSummary problems=shown.clone() />
        <form class="template-form" method="post" action=action novalidate data-full-load="">
            <div class=if title_error.is_some() { "field field--error" } else { "field" }>
                <label for="template-title">{t.template_title_label}</label>
                {title_error.map(|m| view! { <span class="field__error" id="template-title-error">{m}</span> })}
                <input type="text" id="template-title" name="title" value=title maxlength=TEMPLATE_TITLE_MAX.to_string()
                    aria-invalid=title_error.map(|_| "true") aria-describedby=title_error.map(|_| "template-title-error") />
            </div>
            <div class=if body_error.is_some() { "field field--error" } else { "field" }>
                <label for="template-body">{t.template_body_label}</label>
                <span class="field__hint" id="template-body-hint">{t.template_body_hint}</span>
                {body_error.map(|m| view! { <span class="field__error" id="template-body-error">{m}</span> })}
                <textarea id="template-body" name="body" rows="8" maxlength=MESSAGE_MAX.to_string()
                    aria-invalid=body_error.map(|_| "true")
                    aria-describedby=if body_error.is_some() { "template-body-hint template-body-error" } else { "template-body-hint" }>{textarea_text(&body)}</textarea>
            </div>
            <button class="button" type="submit">{t.template_save}</button>
        </form>
    }
}
