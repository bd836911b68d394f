//! `/arenden/nytt?mottagning=&tjanst=` — starting a case through a clinic's e-service: the
//! e-service's form (its fields are data), then "Kontrollera och skicka", which says plainly
//! that a sent case cannot be recalled. Plain forms (`server/src/case_forms.rs`): mistakes
//! and "Ändra" show the form again with everything typed; "Skicka" sends it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::case::{EServiceForm, FieldKind, FormField, NO, YES};

use crate::api::attachments::{AttachmentItem, Refused};
use crate::api::cases::{
    EServiceView, NEW_CASE_PATH, NewCaseStep, NewCaseSubmission, eservice_form, new_case_href,
};
use crate::api::medicines::{MedicinesView, my_medicines, renew_path};
use crate::components::{
    attachment_picker::AttachmentPicker, error_summary::ErrorSummary, page_meta::PageMeta,
    personal::viewer_or_login, textarea_text::textarea_text,
};
use crate::i18n::{
    date::long_date,
    labels::{case_problem, refusal_text},
    use_lang, use_texts,
};
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};
use samla_model::attachment::size_text;
use samla_model::medicines::RENEWAL_ESERVICE as RENEWAL_SLUG;

/// The posted name of a form field: prefixed, so no field of a clinic's own form can clash
/// with the page's own fields.
pub fn answer_name(key: &str) -> String {
    format!("svar-{key}")
}

#[component]
pub fn NewCasePage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let query = use_query_map().get_untracked();
    let hsa = query.get("mottagning").unwrap_or_default();
    let slug = query.get("tjanst").unwrap_or_default();
    let submitted = use_context::<NewCaseSubmission>();
    let checking = matches!(
        submitted,
        Some(NewCaseSubmission {
            step: NewCaseStep::Check,
            ..
        })
    );
    let title = move || {
        if checking {
            t.get().newcase_check_title
        } else {
            t.get().newcase_title
        }
    };
    view! {
        <PageMeta title description=move || t.get().cases_lead canonical=NEW_CASE_PATH />
        {viewer.map(|_| {
            let renewal = slug == RENEWAL_SLUG;
            let service = Resource::new(move || (hsa.clone(), slug.clone()), |(h, s)| eservice_form(h, s));
            // The renewal form holds the list of medicines where the viewer may see it.
            let list = Resource::new(move || renewal, |renewal| async move {
                if renewal { my_medicines().await.ok() } else { None }
            });
            view! {
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let submitted = submitted.clone();
                    Suspend::new(async move {
                    let list = list.await;
                    match service.await {
                        Ok(Some(service)) => match submitted {
                            Some(NewCaseSubmission { posted, step: NewCaseStep::Check, files, .. }) => view! { <CheckAnswers service posted files /> }.into_any(),
                            Some(NewCaseSubmission { posted, step: NewCaseStep::Form(problems), files, refused }) => view! { <CaseForm service posted problems files refused list /> }.into_any(),
                            None => view! { <CaseForm service posted=Vec::new() problems=Vec::new() files=Vec::new() refused=Vec::new() list /> }.into_any(),
                        },
                        Ok(None) => view! { <NotFoundPage /> }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}}
            </Suspense>
        }})}
    }
}

fn posted_value(posted: &[(String, String)], key: &str) -> String {
    let name = answer_name(key);
    posted
        .iter()
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// The clinic, the e-service and when to expect an answer, above both steps.
#[component]
fn ServiceIntro(service: EServiceView) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let days = service.form.reply_days;
    let expected = service.expected_reply.clone();
    view! {
        <p class="breadcrumb"><a href=format!("/mottagning/{}", service.hsa_id)>{service.clinic.clone()}</a></p>
        <p class="lead">{service.form.title(lang).to_owned()}", "{service.clinic.clone()}</p>
        <p class="notice" role="note">
            {move || t.get().newcase_reply_within.replace("{days}", &days.to_string())}" "
            {move || t.get().case_expected_reply}" "{move || long_date(t.get(), &expected)}"."
        </p>
        {(!service.citizen_attachments).then(|| view! { <p class="field__hint">{move || t.get().case_no_attachments}</p> })}
    }
}

/// The fields the page itself posts besides the answers.
fn hidden_fields(service: &EServiceView) -> impl IntoView + use<> {
    view! {
        <input type="hidden" name="mottagning" value=service.hsa_id.clone() />
        <input type="hidden" name="tjanst" value=service.form.slug.clone() />
    }
}

/// The file input's id, which the error summary links to.
const FILES_ID: &str = "case-files";

#[component]
fn CaseForm(
    service: EServiceView,
    posted: Vec<(String, String)>,
    problems: Vec<samla_model::case::FieldProblem>,
    files: Vec<AttachmentItem>,
    refused: Vec<Refused>,
    list: Option<MedicinesView>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let form: EServiceForm = service.form.clone();
    let problem_of = |key: &str| {
        problems
            .iter()
            .find(|p| p.key == key)
            .map(|p| case_problem(t.get(), p.kind))
    };
    let mut summary: Vec<(String, String)> = problems
        .iter()
        .filter_map(|p| {
            let field = form.fields.iter().find(|f| f.key == p.key)?;
            Some((
                format!("case-{}", p.key),
                format!("{}: {}", field.label(lang), case_problem(t.get(), p.kind)),
            ))
        })
        .collect();
    summary.extend(refused.iter().map(|r| {
        (
            FILES_ID.to_owned(),
            format!("{}: {}", r.name, refusal_text(t.get(), r.why)),
        )
    }));
    let picker = service.citizen_attachments.then(|| {
        let context = vec![
            ("mottagning".to_owned(), service.hsa_id.clone()),
            ("tjanst".to_owned(), service.form.slug.clone()),
        ];
        view! { <AttachmentPicker lang input_id=FILES_ID.to_owned() kept=files refused context /> }
    });
    let fields = form
        .fields
        .iter()
        .map(|field| {
            answer_field(
                field,
                posted_value(&posted, &field.key),
                problem_of(&field.key),
                lang,
                t.get(),
            )
        })
        .collect_view();
    view! {
        <ErrorSummary problems=summary />
        <h1>{move || t.get().newcase_title}</h1>
        <ServiceIntro service=service.clone() />
        {list.map(|list| view! { <FromList list hsa_id=service.hsa_id.clone() /> })}
        <form class="case-form" method="post" action=new_case_href(&service.hsa_id, &service.form.slug) enctype="multipart/form-data" novalidate data-full-load="">
            {hidden_fields(&service)}
            {fields}
            {picker}
            <button class="button" type="submit" name="steg" value="granska">{move || t.get().newcase_continue}</button>
        </form>
    }
}

/// On the renewal form: the medicines from this clinic to renew with one choice, where the
/// viewer may see their list (DOMAIN.md §4: not under 16, not as a proxy); else why not.
#[component]
fn FromList(list: MedicinesView, hsa_id: String) -> impl IntoView {
    let t = use_texts();
    if let Some(hidden) = list.hidden {
        let why = move || crate::i18n::labels::list_hidden_text(t.get(), hidden);
        return view! { <p class="notice">{why}</p> }.into_any();
    }
    let here: Vec<_> = list
        .items
        .into_iter()
        .filter(|m| m.current && m.renewable && m.hsa_id == hsa_id)
        .collect();
    (!here.is_empty())
        .then(|| view! {
            <section aria-labelledby="from-list">
                <h2 id="from-list">{move || t.get().medicines_from_list}</h2>
                <ul class="entry__links">
                    {here.into_iter().map(|m| {
                        let name = m.name();
                        view! { <li><a href=renew_path(m.id)>{move || format!("{} {name}", t.get().medicine_renew)}</a></li> }
                    }).collect_view()}
                </ul>
            </section>
        })
        .into_any()
}

fn answer_field(
    field: &FormField,
    value: String,
    error: Option<&'static str>,
    lang: samla_model::Lang,
    t: &'static crate::i18n::Texts,
) -> impl IntoView + use<> {
    let id = format!("case-{}", field.key);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let hint = match (field.hint(lang), field.kind) {
        ("", FieldKind::Date) => t.newcase_date_hint.to_owned(),
        (hint, _) => hint.to_owned(),
    };
    let mut described = Vec::new();
    if !hint.is_empty() {
        described.push(hint_id.clone());
    }
    if error.is_some() {
        described.push(error_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let label = if field.required {
        field.label(lang).to_owned()
    } else {
        format!("{} {}", field.label(lang), t.newcase_optional)
    };
    let name = answer_name(&field.key);
    let max = field.max_len().to_string();
    let invalid = error.map(|_| "true");
    let class = if error.is_some() {
        "field field--error"
    } else {
        "field"
    };
    let choices_class = if error.is_some() {
        "choices field--error"
    } else {
        "choices"
    };
    let hint =
        (!hint.is_empty()).then(|| view! { <span class="field__hint" id=hint_id>{hint}</span> });
    let error = error.map(|m| view! { <span class="field__error" id=error_id>{m}</span> });
    let input = match field.kind {
        FieldKind::Line => view! {
            <input id=id.clone() name=name type="text" value=value maxlength=max
                aria-invalid=invalid aria-describedby=described />
        }.into_any(),
        FieldKind::Text => view! {
            <textarea id=id.clone() name=name rows="6" maxlength=max
                aria-invalid=invalid aria-describedby=described>{textarea_text(&value)}</textarea>
        }.into_any(),
        FieldKind::Date => view! {
            <input id=id.clone() name=name type="text" inputmode="numeric" value=value maxlength="10"
                aria-invalid=invalid aria-describedby=described />
        }.into_any(),
        FieldKind::Choice => {
            let options = field.options.iter().map(|o| {
                let selected = *o == value;
                view! { <option value=o.clone() selected=selected>{o.clone()}</option> }
            }).collect_view();
            view! {
                <select id=id.clone() name=name aria-invalid=invalid aria-describedby=described>
                    <option value="">{t.newcase_choose}</option>
                    {options}
                </select>
            }.into_any()
        }
        FieldKind::YesNo => {
            let radio = |answer: &'static str, text: &'static str, id: String| view! {
                <div class="choice">
                    <input type="radio" id=id.clone() name=name.clone() value=answer checked={value == answer}
                        aria-invalid=invalid />
                    <label for=id>{text}</label>
                </div>
            };
            return view! {
                <fieldset class=choices_class aria-describedby=described>
                    <legend>{label}</legend>
                    {hint}
                    {error}
                    {radio(YES, t.newcase_yes, id.clone())}
                    {radio(NO, t.newcase_no, format!("{id}-nej"))}
                </fieldset>
            }.into_any();
        }
    };
    view! {
        <div class=class>
            <label for=id>{label}</label>
            {hint}
            {error}
            {input}
        </div>
    }
    .into_any()
}

/// An answer as the citizen reads it back: a yes/no field's in words.
fn shown_answer(field: &FormField, value: &str, t: &'static crate::i18n::Texts) -> String {
    match (field.kind, value) {
        (FieldKind::YesNo, YES) => t.newcase_yes.to_owned(),
        (FieldKind::YesNo, NO) => t.newcase_no.to_owned(),
        _ => value.to_owned(),
    }
}

#[component]
fn CheckAnswers(
    service: EServiceView,
    posted: Vec<(String, String)>,
    files: Vec<AttachmentItem>,
) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let rows = service
        .form
        .fields
        .iter()
        .map(|field| {
            let value = posted_value(&posted, &field.key);
            let shown = if value.is_empty() { t.get().newcase_not_answered.to_owned() } else { shown_answer(field, &value, t.get()) };
            view! {
                <dt>{field.label(lang).to_owned()}</dt>
                <dd class="answer">{shown.split('\n').map(|line| view! { {line.to_owned()}<br /> }).collect_view()}</dd>
            }
        })
        .collect_view();
    let hidden = service
        .form
        .fields
        .iter()
        .map(|field| view! { <input type="hidden" name=answer_name(&field.key) value=posted_value(&posted, &field.key) /> })
        .collect_view();
    let carried = files
        .iter()
        .map(|f| view! { <input type="hidden" name="bilaga" value=f.id.to_string() /> })
        .collect_view();
    let listed = (!files.is_empty()).then(|| {
        let names = files
            .iter()
            .map(|f| view! { <li>{f.name.clone()}" ("{size_text(f.size, lang == samla_model::Lang::Sv)}")"</li> })
            .collect_view();
        view! {
            <dt>{move || t.get().attachments_heading}</dt>
            <dd><ul class="attachment-list">{names}</ul></dd>
        }
    });
    view! {
        <h1>{move || t.get().newcase_check_title}</h1>
        <ServiceIntro service=service.clone() />
        <dl class="facts answers">{rows}{listed}</dl>
        <p class="notice notice--warning" role="note"><strong>{move || t.get().newcase_no_recall}</strong></p>
        <form class="case-form" method="post" action=new_case_href(&service.hsa_id, &service.form.slug) data-full-load="">
            {hidden_fields(&service)}
            {hidden}
            {carried}
            <div class="button-row">
                <button class="button" type="submit" name="steg" value="skicka">{move || t.get().newcase_send}</button>
                <button class="button button--secondary" type="submit" name="steg" value="andra">{move || t.get().newcase_change}</button>
            </div>
        </form>
    }
}
