//! The one header on every page, logged in or not.

use leptos::prelude::*;

use super::{language_switch::LanguageSwitch, main_nav::MainNav, search_form::SearchForm};
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    // `target="_self"` keeps the router out: the browser's own jump to `#main` moves the focus
    // there, which the router's client-side navigation would not.
    view! {
        <a class="skip-link" href="#main" target="_self">{move || t.get().skip_to_content}</a>
        <header class="site-header">
            <div class="site-header__bar">
                <a class="brand" href="/">{move || t.get().site_name}</a>
                <SearchForm lang=use_lang().get_untracked() />
                <nav class="header-links" aria-label=move || t.get().header_links_label>
                    <a class="header-links__link" href="/hitta-vard">{move || t.get().find_care}</a>
                    <a class="header-links__link header-links__link--login" href="/logga-in">
                        {move || t.get().log_in}
                    </a>
                </nav>
                <LanguageSwitch />
            </div>
            <MainNav />
        </header>
    }
}
