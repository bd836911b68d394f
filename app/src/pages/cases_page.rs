//! `/arenden?sida=` — the citizen's cases: status, and when an answer can be expected.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::cases::{CASES_PATH, CaseItem, INBOX_PATH, case_path, my_cases};
use crate::components::{page_meta::PageMeta, pager::Pager, personal::viewer_or_login};
use crate::i18n::{date::long_date, labels::case_status_label, use_lang, use_texts};
use crate::pages::error_page::ErrorPage;
use samla_model::{Lang, case::CaseStatus};

#[component]
pub fn CasesPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let page: u64 = use_query_map()
        .get_untracked()
        .get("sida")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    view! {
        <PageMeta title=move || t.get().cases_title description=move || t.get().cases_lead canonical=CASES_PATH />
        {viewer.map(|_| {
            let cases = Resource::new(move || page, my_cases);
            view! {
            <p class="breadcrumb"><a href=INBOX_PATH>{move || t.get().inbox}</a></p>
            <h1>{move || t.get().cases_title}</h1>
            <p class="lead">{move || t.get().cases_lead}</p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    let Ok(cases) = cases.await else { return view! { <ErrorPage /> }.into_any() };
                    if cases.items.is_empty() {
                        return view! { <p>{move || t.get().cases_empty}</p> }.into_any();
                    }
                    view! {
                        <ul class="case-list">{cases.items.into_iter().map(|item| view! { <CaseRow item /> }).collect_view()}</ul>
                        <Pager page=cases.page more=cases.more href=|p| format!("{CASES_PATH}?sida={p}") newer=|t| t.pager_newer older=|t| t.pager_older />
                    }
                    .into_any()
                })}
            </Suspense>
        }})}
    }
}

/// The title of the e-service a case was sent with, in the page's language.
pub fn case_title(item: &CaseItem, lang: Lang) -> String {
    match lang {
        Lang::Sv => item.title_sv.clone(),
        Lang::En => item.title_en.clone(),
    }
}

/// What the citizen can expect next of a case in `status`: the expected reply date
/// (`YYYY-MM-DD`) while the clinic has the case.
pub fn expectation(t: &crate::i18n::Texts, status: CaseStatus, expected_reply: &str) -> String {
    match status {
        CaseStatus::Sent | CaseStatus::Received => {
            format!("{} {}", t.case_expected_reply, long_date(t, expected_reply))
        }
        CaseStatus::InProgress => t.case_waits_for_you.to_owned(),
        CaseStatus::Answered => t.case_answered_note.to_owned(),
        CaseStatus::Closed => t.case_closed_note.to_owned(),
    }
}

#[component]
pub fn CaseRow(item: CaseItem) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let status = item.status;
    let title = case_title(&item, lang.get_untracked());
    let expect = expectation(t.get(), item.status, &item.expected_reply);
    view! {
        <li class="case-list__item">
            <a class="case-list__link" href=case_path(item.id)>{item.subject.clone()}</a>
            <span class="case-list__meta">{title}", "{item.clinic.clone()}</span>
            <span class=format!("status-tag status-tag--{}", status.code())>{move || t.get().case_status}": "{move || case_status_label(t.get(), status)}</span>
            <span class="case-list__expect">{expect}</span>
        </li>
    }
}
