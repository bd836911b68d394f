//! `/soka-vard` — seek care: where to turn, by how urgent it is (right level of care at once),
//! and the ways on: find a clinic, or read the health advice.

use leptos::prelude::*;

use super::text_page::TextPage;
use crate::i18n::use_texts;

#[component]
pub fn SeekCarePage() -> impl IntoView {
    let t = use_texts();
    view! {
        <TextPage title=|t| t.seek_care body=|t| t.seek_care_body canonical="/soka-vard" />
        <nav class="link-list" aria-labelledby="seek-care-where">
            <h2 id="seek-care-where">{move || t.get().seek_care_where}</h2>
            <ul>
                <li><a href="/hitta-vard">{move || t.get().find_care}</a></li>
                <li><a href="/halsa">{move || t.get().health_advice_title}</a></li>
            </ul>
        </nav>
    }
}
