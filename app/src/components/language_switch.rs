//! Switches between Swedish and English: a form that posts the choice; the server remembers it
//! in a cookie and sends the visitor back to the page they were on. Always a full page load
//! (`data-full-load`, see `navigation_guard`): every text changes, the islands' too.

use leptos::{prelude::*, server_fn::ServerFn};

use crate::api::set_language::SetLanguage;
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let t = use_texts();
    let offered = use_lang().get_untracked().other().code();
    view! {
        <form class="lang-switch" method="post" action=SetLanguage::url() data-full-load="">
            <input type="hidden" name="lang" value=offered />
            <button class="lang-switch__button" type="submit" lang=offered>
                {t.get().switch_language}
            </button>
        </form>
    }
}
