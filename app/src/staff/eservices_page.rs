//! `/personal/e-tjanster` — the clinic's own e-services, for its administrator — and
//! `/personal/e-tjanster/{id|ny}`, the editor: name, reply time, whether files may be attached,
//! and up to 12 fields (short text, long text, choice, date, yes/no; required; help text).
//! Plain forms: saving posts to the server's form route, which shows the editor again with
//! what was typed when something is wrong; a new field is written in the empty last row.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::case::{FIELDS_MAX, FieldKind};
use samla_model::local_eservice::{
    DraftProblem, EServiceDraft, FieldDraft, HINT_MAX, LABEL_MAX, TITLE_MAX,
};
use samla_model::staff::StaffRole;

use super::eservice_api::{
    ESERVICES_PATH, EServiceSubmission, NEW_ESERVICE_PATH, StaffPublishEservice, eservice_path,
    staff_eservice, staff_eservices,
};
use super::eservice_texts::{EServiceTexts, eservice_texts};
use super::gate::staff_or_login;
use crate::components::{
    error_summary::ErrorSummary, page_meta::PageMeta, textarea_text::textarea_text,
};
use crate::pages::error_page::ErrorPage;

fn use_texts() -> &'static EServiceTexts {
    eservice_texts(crate::i18n::use_lang().get_untracked())
}

#[component]
pub fn EServicesPage() -> impl IntoView {
    let t = use_texts();
    let viewer = staff_or_login();
    // A member who is no administrator is told so; nobody else's data is read for them.
    let is_admin = viewer.as_ref().is_none_or(|v| v.has(StaffRole::Admin));
    let viewer = viewer.filter(|v| v.has(StaffRole::Admin));
    view! {
        <PageMeta title=move || t.list_title description=move || t.list_lead />
        <h1>{t.list_title}</h1>
        <p class="lead">{t.list_lead}</p>
        {(!is_admin).then(|| view! { <p class="notice">{t.only_admin}</p> })}
        {viewer.map(|_| {
            let list = Resource::new(|| (), |_| staff_eservices());
            view! {
                <p><a class="button" href=NEW_ESERVICE_PATH>{t.new_link}</a></p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        let Ok(items) = list.await else { return view! { <ErrorPage /> }.into_any() };
                        if items.is_empty() {
                            return view! { <p>{t.none}</p> }.into_any();
                        }
                        view! {
                            <table class="case-table">
                                <thead><tr>
                                    <th scope="col">{t.col_title}</th>
                                    <th scope="col">{t.col_fields}</th>
                                    <th scope="col">{t.col_reply}</th>
                                    <th scope="col">{t.col_status}</th>
                                    <th scope="col">{t.col_changed}</th>
                                </tr></thead>
                                <tbody>
                                    {items.into_iter().map(|item| view! {
                                        <tr>
                                            <th scope="row"><a href=eservice_path(item.id)>{item.title.clone()}</a></th>
                                            <td>{item.fields}</td>
                                            <td>{item.reply_days}" "{t.working_days}</td>
                                            <td>{if item.published { t.published } else { t.not_published }}</td>
                                            <td>{item.updated}" "{item.updated_by}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any()
                    })}
                </Suspense>
            }
        })}
    }
}

#[component]
pub fn EServicePage() -> impl IntoView {
    let t = use_texts();
    let raw = leptos_router::hooks::use_params_map()
        .get_untracked()
        .get("id")
        .unwrap_or_default();
    let is_new = raw == "ny";
    let id: i32 = raw.parse().unwrap_or(0);
    let viewer = staff_or_login();
    // A member who is no administrator is told so; nobody else's data is read for them.
    let is_admin = viewer.as_ref().is_none_or(|v| v.has(StaffRole::Admin));
    let viewer = viewer.filter(|v| v.has(StaffRole::Admin));
    let query = use_query_map().get_untracked();
    let notice = if query.get("sparad").is_some() {
        Some(t.saved)
    } else if query.get("publicerad").is_some() {
        Some(t.published_notice)
    } else if query.get("avpublicerad").is_some() {
        Some(t.withdrawn_notice)
    } else {
        None
    };
    let title = if is_new { t.new_title } else { t.edit_title };
    view! {
        <PageMeta title=move || title description=move || t.list_lead />
        <p class="breadcrumb"><a href=ESERVICES_PATH>{t.list_title}</a></p>
        {(!is_admin).then(|| view! { <h1>{title}</h1><p class="notice">{t.only_admin}</p> })}
        {viewer.map(|_| {
            if is_new {
                return view! {
                    <h1>{t.new_title}</h1>
                    <Editor action=NEW_ESERVICE_PATH.to_owned() draft=EServiceDraft { reply_days: "3".into(), ..Default::default() } />
                }.into_any();
            }
            let found = Resource::new(move || (), move |_| staff_eservice(id));
            view! {
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match found.await {
                            Ok(Some(item)) => view! {
                                <h1>{t.edit_title}</h1>
                                {notice.map(|n| view! { <p class="notice notice--success" role="status">{n}</p> })}
                                <Publishing id=item.id published=item.published citizen_href=item.citizen_href />
                                <Editor action=eservice_path(item.id) draft=item.draft />
                            }.into_any(),
                            Ok(None) => view! { <h1>{t.not_found}</h1> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }.into_any()
        })}
    }
}

/// Whether citizens see it, and the one button that changes that.
#[component]
fn Publishing(id: i32, published: bool, citizen_href: String) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="publishing" aria-labelledby="publishing-title">
            <h2 id="publishing-title">{t.col_status}": "{if published { t.published } else { t.not_published }}</h2>
            <p class="field__hint">{t.publish_hint}</p>
            {published.then(|| view! { <p><a href=citizen_href>{t.citizen_link}</a></p> })}
            <form method="post" action=StaffPublishEservice::url() data-full-load="">
                <input type="hidden" name="id" value=id.to_string() />
                <input type="hidden" name="publicera" value=if published { "nej" } else { "ja" } />
                <button class=if published { "button button--secondary" } else { "button" } type="submit">
                    {if published { t.withdraw } else { t.publish }}
                </button>
            </form>
        </section>
    }
}

/// A problem's field (the id the error summary links to) and its words.
fn problem_text(t: &EServiceTexts, problem: DraftProblem) -> (String, String) {
    let at = |text: &str, row: usize, part: &str| {
        (
            format!("falt-{}-{part}", row + 1),
            text.replace("{n}", &(row + 1).to_string()),
        )
    };
    match problem {
        DraftProblem::TitleMissing => ("es-title".into(), t.title_missing.into()),
        DraftProblem::TitleTooLong => ("es-title".into(), t.title_too_long.into()),
        DraftProblem::ReplyDays => ("es-reply".into(), t.reply_days.into()),
        DraftProblem::NoFields => ("falt-1-etikett".into(), t.no_fields.into()),
        DraftProblem::TooManyFields => ("falt-1-etikett".into(), t.too_many_fields.into()),
        DraftProblem::LabelMissing(row) => at(t.label_missing, row, "etikett"),
        DraftProblem::LabelTooLong(row) => at(t.label_too_long, row, "etikett"),
        DraftProblem::HintTooLong(row) => at(t.hint_too_long, row, "hjalp"),
        DraftProblem::KindUnknown(row) => at(t.kind_unknown, row, "typ"),
        DraftProblem::TooFewOptions(row) => at(t.too_few_options, row, "val"),
        DraftProblem::TooManyOptions(row) => at(t.too_many_options, row, "val"),
        DraftProblem::OptionTooLong(row) => at(t.option_too_long, row, "val"),
    }
}

fn kind_name(t: &EServiceTexts, kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Line => t.kind_line,
        FieldKind::Text => t.kind_text,
        FieldKind::Choice => t.kind_choice,
        FieldKind::Date => t.kind_date,
        FieldKind::YesNo => t.kind_yes_no,
    }
}

/// The e-service's name, reply time, files and fields; what was posted instead, with its
/// mistakes, when the form route shows it again.
#[component]
fn Editor(action: String, draft: EServiceDraft) -> impl IntoView {
    let t = use_texts();
    let (draft, problems) = match use_context::<EServiceSubmission>() {
        Some(s) => (s.draft, s.problems),
        None => (draft, Vec::new()),
    };
    let shown: Vec<(String, String)> = problems.iter().map(|p| problem_text(t, *p)).collect();
    let error_of = |id: &str| shown.iter().find(|(f, _)| f == id).map(|(_, m)| m.clone());
    let title_error = error_of("es-title");
    let reply_error = error_of("es-reply");
    let mut rows: Vec<(usize, FieldDraft)> = draft.fields.iter().cloned().enumerate().collect();
    if rows.len() < FIELDS_MAX {
        rows.push((rows.len(), FieldDraft::default()));
    }
    let existing = draft.fields.len();
    let rows = rows
        .into_iter()
        .map(|(at, field)| {
            let errors: Vec<(String, String)> = shown
                .iter()
                .filter(|(id, _)| id.starts_with(&format!("falt-{}-", at + 1)))
                .cloned()
                .collect();
            let is_new = at >= existing;
            view! { <FieldRow number={at + 1} field is_new errors /> }
        })
        .collect_view();
    view! {
        <ErrorSummary problems=shown.clone() />
        <form class="eservice-form" method="post" action=action novalidate data-full-load="">
            <div class=if title_error.is_some() { "field field--error" } else { "field" }>
                <label for="es-title">{t.title_label}</label>
                <span class="field__hint" id="es-title-hint">{t.title_hint}</span>
                {title_error.clone().map(|m| view! { <span class="field__error" id="es-title-error">{m}</span> })}
                <input type="text" id="es-title" name="titel" value=draft.title maxlength=TITLE_MAX.to_string()
                    aria-invalid=title_error.as_ref().map(|_| "true")
                    aria-describedby=if title_error.is_some() { "es-title-hint es-title-error" } else { "es-title-hint" } />
            </div>
            <div class=if reply_error.is_some() { "field field--error" } else { "field" }>
                <label for="es-reply">{t.reply_label}</label>
                <span class="field__hint" id="es-reply-hint">{t.reply_hint}</span>
                {reply_error.clone().map(|m| view! { <span class="field__error" id="es-reply-error">{m}</span> })}
                <input class="input--short" type="text" inputmode="numeric" id="es-reply" name="svarsdagar" value=draft.reply_days
                    maxlength="3"
                    aria-invalid=reply_error.as_ref().map(|_| "true")
                    aria-describedby=if reply_error.is_some() { "es-reply-hint es-reply-error" } else { "es-reply-hint" } />
            </div>
            <div class="choice">
                <input type="checkbox" id="es-files" name="bilagor" value="ja" checked=draft.attachments />
                <label for="es-files">{t.attachments_label}</label>
            </div>
            <h2>{t.fields_heading}</h2>
            <p class="field__hint">{t.fields_hint}</p>
            {rows}
            <button class="button" type="submit">{t.save}</button>
        </form>
    }
}

/// One field of the form: its question, help text, kind, whether required, options; a
/// saved one can be removed.
#[component]
fn FieldRow(
    number: usize,
    field: FieldDraft,
    is_new: bool,
    errors: Vec<(String, String)>,
) -> impl IntoView {
    let t = use_texts();
    let id = move |part: &str| format!("falt-{number}-{part}");
    let error_of = |part: &str| {
        errors
            .iter()
            .find(|(f, _)| *f == id(part))
            .map(|(_, m)| m.clone())
    };
    let input = move |part: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      body: AnyView,
                      error: Option<String>| {
        let hint_id = id(&format!("{part}-hint"));
        let error_id = id(&format!("{part}-error"));
        let class = if error.is_some() {
            "field field--error"
        } else {
            "field"
        };
        view! {
            <div class=class>
                <label for=id(part)>{label}</label>
                {hint.map(|h| view! { <span class="field__hint" id=hint_id>{h}</span> })}
                {error.map(|m| view! { <span class="field__error" id=error_id>{m}</span> })}
                {body}
            </div>
        }
    };
    let described = |part: &str, hint: bool, error: &Option<String>| {
        let mut ids = Vec::new();
        if hint {
            ids.push(id(&format!("{part}-hint")));
        }
        if error.is_some() {
            ids.push(id(&format!("{part}-error")));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let (label_error, hint_error, kind_error, options_error) = (
        error_of("etikett"),
        error_of("hjalp"),
        error_of("typ"),
        error_of("val"),
    );
    let invalid = |e: &Option<String>| e.as_ref().map(|_| "true");
    let label_input = view! {
        <input type="text" id=id("etikett") name=id("etikett") value=field.label maxlength=LABEL_MAX.to_string()
            aria-invalid=invalid(&label_error) aria-describedby=described("etikett", false, &label_error) />
    }.into_any();
    let hint_input = view! {
        <input type="text" id=id("hjalp") name=id("hjalp") value=field.hint maxlength=HINT_MAX.to_string()
            aria-invalid=invalid(&hint_error) aria-describedby=described("hjalp", false, &hint_error) />
    }.into_any();
    let chosen = if field.kind.is_empty() {
        FieldKind::Line.code().to_owned()
    } else {
        field.kind.clone()
    };
    let kind_input = view! {
        <select id=id("typ") name=id("typ") aria-invalid=invalid(&kind_error) aria-describedby=described("typ", false, &kind_error)>
            {FieldKind::ALL.into_iter().map(|k| view! {
                <option value=k.code() selected={chosen == k.code()}>{kind_name(t, k)}</option>
            }).collect_view()}
        </select>
    }.into_any();
    let options_input = view! {
        <textarea id=id("val") name=id("val") rows="3"
            aria-invalid=invalid(&options_error) aria-describedby=described("val", true, &options_error)>{textarea_text(&field.options)}</textarea>
    }.into_any();
    let legend = if is_new {
        t.new_field.to_owned()
    } else {
        format!("{} {number}", t.field_n)
    };
    view! {
        <fieldset class="eservice-field">
            <legend>{legend}</legend>
            {input("etikett", t.label_label, None, label_input, label_error.clone())}
            {input("hjalp", t.hint_label, None, hint_input, hint_error.clone())}
            {input("typ", t.kind_label, None, kind_input, kind_error.clone())}
            {input("val", t.options_label, Some(t.options_hint), options_input, options_error.clone())}
            <div class="choice">
                <input type="checkbox" id=id("kravs") name=id("kravs") value="ja" checked=field.required />
                <label for=id("kravs")>{t.required_label}</label>
            </div>
            {(!is_new).then(|| view! {
                <div class="choice">
                    <input type="checkbox" id=id("ta-bort") name=id("ta-bort") value="ja" />
                    <label for=id("ta-bort")>{t.remove_label}</label>
                </div>
            })}
        </fieldset>
    }
}
