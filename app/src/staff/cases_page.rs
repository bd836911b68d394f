//! "Mottagningens ärenden" (`/personal/arenden`, the receiver's: the clinic's cases to
//! distribute, all open, or closed) and "Mina ärenden" (`/personal/mina-arenden`, the
//! handler's), each by expected reply date with the most overdue first, a page at a time.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::staff::CaseFilter;

use super::api::{
    CLINIC_CASES_PATH, CaseList, MY_CASES_PATH, staff_case_path, staff_clinic_cases, staff_my_cases,
};
use super::gate::staff_or_login;
use super::texts::StaffTexts;
use super::use_staff_texts;
use crate::components::page_meta::PageMeta;
use crate::i18n::{labels::case_status_label, use_lang, use_texts};
use crate::pages::error_page::ErrorPage;

/// `/personal`: to the member's work, or to the login.
#[component]
pub fn StaffHomePage() -> impl IntoView {
    if let Some(viewer) = staff_or_login() {
        #[cfg(feature = "ssr")]
        {
            leptos_axum::redirect(super::api::landing(&viewer.roles));
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::FOUND);
            }
        }
        let _ = viewer;
    }
}

/// The list's place from its address: after (`efter`) or before (`fore`) a case.
fn place_of(query: &leptos_router::params::ParamsMap) -> (Option<String>, Option<String>) {
    (query.get("efter"), query.get("fore"))
}

#[component]
pub fn ClinicCasesPage() -> impl IntoView {
    let t = use_staff_texts();
    let query = use_query_map().get_untracked();
    let filter = query
        .get("visa")
        .and_then(|c| CaseFilter::from_code(&c))
        .unwrap_or_default();
    let (after, before) = place_of(&query);
    let viewer = staff_or_login();
    view! {
        <PageMeta title=move || t.clinic_cases description=move || t.clinic_cases />
        {viewer.map(|v| {
            let cases = Resource::new(move || (), move |_| {
                staff_clinic_cases(filter, after.clone(), before.clone())
            });
            let tab = move |f: CaseFilter, label: &'static str| {
                let current = f == filter;
                view! {
                    <li><a class="tabs__link" href=format!("{CLINIC_CASES_PATH}?visa={}", f.code())
                        aria-current=current.then_some("page")>{label}</a></li>
                }
            };
            view! {
                <h1>{t.clinic_cases}</h1>
                <ClinicLine viewer=v.clone() />
                <nav aria-label=t.filter_label>
                    <ul class="tabs">
                        {[CaseFilter::Unassigned, CaseFilter::Open, CaseFilter::Closed]
                            .map(|f| tab(f, filter_label(t, f)))}
                    </ul>
                </nav>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match cases.await {
                            Ok(Some(list)) => view! {
                                <CaseTable list caption=filter_label(t, filter) base=format!("{CLINIC_CASES_PATH}?visa={}&", filter.code()) />
                            }.into_any(),
                            Ok(None) => view! { <p>{t.no_case_role}</p> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}

#[component]
pub fn MyCasesPage() -> impl IntoView {
    let t = use_staff_texts();
    let (after, before) = place_of(&use_query_map().get_untracked());
    let viewer = staff_or_login();
    view! {
        <PageMeta title=move || t.my_cases description=move || t.my_cases />
        {viewer.map(|v| {
            let cases =
                Resource::new(move || (), move |_| staff_my_cases(after.clone(), before.clone()));
            view! {
                <h1>{t.my_cases}</h1>
                <ClinicLine viewer=v.clone() />
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match cases.await {
                            Ok(Some(list)) => view! { <CaseTable list caption=t.my_cases base=format!("{MY_CASES_PATH}?") /> }.into_any(),
                            Ok(None) => view! { <p>{t.no_case_role}</p> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}

/// The cases of one page as a table named `caption`, and the links to the pages around it.
/// `base` is the list's address up to its place parameter.
#[component]
fn CaseTable(list: CaseList, caption: &'static str, base: String) -> impl IntoView {
    let t = use_staff_texts();
    let ui = use_texts();
    let lang = use_lang().get_untracked();
    if list.rows.is_empty() {
        return view! { <p>{t.no_cases}</p> }.into_any();
    }
    let rows = list.rows.into_iter().map(|row| {
        let eservice = if lang == samla_model::Lang::En { row.eservice_en } else { row.eservice_sv };
        view! {
            <tr>
                <td><a href=staff_case_path(row.id)>{row.subject}</a></td>
                <td>{eservice}</td>
                <td>{row.received}</td>
                <td>
                    {row.reply_by}
                    {row.overdue.then(|| view! { " "<span class="status-tag status-tag--overdue">{t.overdue}</span> })}
                </td>
                <td><span class=format!("status-tag status-tag--{}", row.status.code())>{case_status_label(ui.get(), row.status)}</span></td>
                <td>{row.handler.unwrap_or_else(|| t.unassigned.to_owned())}</td>
            </tr>
        }
    }).collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="staff-cases-caption">
            <table class="data-table">
                <caption id="staff-cases-caption">{caption}</caption>
                <thead>
                    <tr>
                        {header(t).into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {(list.earlier.is_some() || list.later.is_some()).then(|| view! {
            <nav class="pager" aria-label=t.page>
                {list.earlier.map(|key| view! { <a rel="prev" href=format!("{base}fore={key}")>{t.newer}</a> })}
                {list.later.map(|key| view! { <a rel="next" href=format!("{base}efter={key}")>{t.older}</a> })}
            </nav>
        })}
    }
    .into_any()
}

fn filter_label(t: &StaffTexts, filter: CaseFilter) -> &'static str {
    match filter {
        CaseFilter::Unassigned => t.filter_unassigned,
        CaseFilter::Open => t.filter_open,
        CaseFilter::Closed => t.filter_closed,
    }
}

fn header(t: &StaffTexts) -> [&'static str; 6] {
    [
        t.col_case,
        t.col_eservice,
        t.col_received,
        t.col_reply_by,
        t.col_status,
        t.col_handler,
    ]
}

/// The member's clinic, linked to its page as citizens see it (its e-services, its times).
#[component]
fn ClinicLine(viewer: samla_model::staff::StaffViewer) -> impl IntoView {
    view! {
        <p class="lead">
            <a href=format!("/mottagning/{}", viewer.clinic_hsa_id)>{viewer.clinic_name}</a>
        </p>
    }
}
