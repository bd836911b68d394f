//! The one footer on every page.

use leptos::prelude::*;

use crate::i18n::use_texts;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_texts();
    view! {
        <footer class="site-footer">
            <nav aria-label=move || t.get().footer_label>
                <ul class="site-footer__links">
                    <li><a href="/tillganglighet">{move || t.get().accessibility_title}</a></li>
                    <li><a href="/falska-sms">{move || t.get().fraud_title}</a></li>
                    <li><a href="/regler-och-rattigheter">{move || t.get().rules_title}</a></li>
                    <li><a href="/kakor">{move || t.get().cookies_title}</a></li>
                    <li><a href="/om-samla">{move || t.get().about_title}</a></li>
                </ul>
            </nav>
            <p class="site-footer__tagline">{move || t.get().site_tagline}</p>
        </footer>
    }
}
