//! The one search field, in the header of every page. A plain GET form: works without JavaScript.

use leptos::prelude::*;

use crate::i18n::use_texts;

#[component]
pub fn SearchForm() -> impl IntoView {
    let t = use_texts();
    view! {
        <form class="search" role="search" action="/sok" method="get">
            <label class="visually-hidden" for="site-search">
                {move || t.get().search_label}
            </label>
            <input id="site-search" class="search__input" type="search" name="q" autocomplete="off" />
            <button class="search__button" type="submit">
                {move || t.get().search_button}
            </button>
        </form>
    }
}
