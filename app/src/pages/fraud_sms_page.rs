//! `/falska-sms` — genuine notifications never contain links (DOMAIN.md §3).

use leptos::prelude::*;

use super::text_page::TextPage;
use crate::i18n::use_texts;

#[component]
pub fn FraudSmsPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <TextPage title=|t| t.fraud_title body=|t| t.fraud_body canonical="/falska-sms" />
        <figure class="sms-example">
            <blockquote lang="sv">{move || t.get().fraud_sms_text}</blockquote>
            <figcaption>{move || t.get().fraud_sms_caption}</figcaption>
        </figure>
    }
}
