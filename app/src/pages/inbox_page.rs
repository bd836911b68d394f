//! `/inkorg` — the inbox: messages from care and the citizen's cases (issue 10 fills it).
//! Personal: without a session it goes through login and comes back here.

use leptos::prelude::*;

use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::use_texts;

#[component]
pub fn InboxPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    view! {
        <PageMeta title=move || t.get().inbox description=move || t.get().inbox_lead canonical="/inkorg" />
        {viewer.map(|_| view! {
            <h1>{move || t.get().inbox}</h1>
            <p class="lead">{move || t.get().inbox_lead}</p>
            <p>{move || t.get().inbox_empty}</p>
        })}
    }
}
