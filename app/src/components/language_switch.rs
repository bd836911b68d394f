//! Switches between Swedish and English. Without JavaScript the form posts and the server
//! redirects back; with it, the page changes language in place.

use leptos::form::ActionForm;
use leptos::prelude::*;

use crate::api::set_language::SetLanguage;
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let t = use_texts();
    let action = ServerAction::<SetLanguage>::new();
    Effect::new(move |_| {
        if let Some(Ok(chosen)) = action.value().get() {
            lang.set(chosen);
        }
    });
    let offered = move || lang.get().other().code();
    view! {
        <ActionForm action=action attr:class="lang-switch">
            <input type="hidden" name="lang" value=offered />
            <button class="lang-switch__button" type="submit" lang=offered>
                {move || t.get().switch_language}
            </button>
        </ActionForm>
    }
}
