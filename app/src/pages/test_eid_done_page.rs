//! `/test-e-legitimation/klart` — the simulated app on another device is done: go back to
//! the login page on the computer (it logs in by itself, or with "Check and continue").

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::components::page_meta::PageMeta;
use crate::i18n::use_texts;

#[component]
pub fn TestEidDonePage() -> impl IntoView {
    let t = use_texts();
    let cancelled = use_query_map().get_untracked().get("avbrutet").is_some();
    let text = move || {
        if cancelled {
            t.get().sim_cancelled
        } else {
            t.get().sim_done
        }
    };
    view! {
        <PageMeta title=move || t.get().sim_title description=text canonical="/test-e-legitimation/klart" />
        <h1>{move || t.get().sim_title}</h1>
        <p class="notice" role="status">{text}</p>
    }
}
