//! `/test-e-legitimation` — the simulated e-ID app's start: scan a QR code by pasting the code
//! shown under it on the login page. Only while the test identity provider is on.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use crate::api::test_eid::TestEidScan;
use crate::components::{error_summary::ErrorSummary, page_meta::PageMeta};
use crate::i18n::{Texts, use_texts};
use crate::pages::not_found_page::NotFoundPage;

/// The app's messages for the `?fel=` codes of `api::test_eid`.
pub fn app_error_text(t: &Texts, code: &str) -> &'static str {
    match code {
        "gammal" => t.sim_old_code,
        "avslutad" => t.sim_over,
        "okand" => t.sim_unknown_person,
        "for-manga" => t.sim_too_many,
        _ => t.sim_unknown_code,
    }
}

#[component]
pub fn TestEidPage() -> impl IntoView {
    if !super::login_page::test_idp_on() {
        return view! { <NotFoundPage /> }.into_any();
    }
    let t = use_texts();
    let query = use_query_map().get_untracked();
    let problems: Vec<_> = query
        .get("fel")
        .map(|code| ("sim-code", app_error_text(t.get(), &code)))
        .into_iter()
        .collect();
    let invalid = (!problems.is_empty()).then_some("true");
    view! {
        <PageMeta title=move || t.get().sim_title description=move || t.get().sim_lead canonical="/test-e-legitimation" />
        <h1>{move || t.get().sim_title}</h1>
        <ErrorSummary problems />
        <p class="lead">{move || t.get().sim_lead}</p>
        <form class="login-form" method="post" action=TestEidScan::url()>
            <div class="field field--wide">
                <label for="sim-code">{move || t.get().sim_code_label}</label>
                <input id="sim-code" name="code" type="text" autocomplete="off" spellcheck="false"
                    value=query.get("kod").unwrap_or_default() aria-invalid=invalid />
            </div>
            <button class="button" type="submit">{move || t.get().sim_scan}</button>
        </form>
    }
    .into_any()
}
