//! The one search field, in the header of every page. A plain GET form that works without
//! JavaScript; with it, suggestions appear while typing.

use leptos::prelude::*;

use crate::api::search::suggest;
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn SearchForm() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let typed = RwSignal::new(String::new());
    // Browser only: the server renders an empty list, so hydration matches.
    let suggestions = LocalResource::new(move || {
        let (text, lang) = (typed.get(), lang.get());
        async move {
            if text.trim().chars().count() < 2 {
                return Vec::new();
            }
            suggest(text, lang).await.unwrap_or_default()
        }
    });
    view! {
        <form class="search" role="search" action="/sok" method="get">
            <label class="visually-hidden" for="site-search">
                {move || t.get().search_label}
            </label>
            <input
                id="site-search"
                class="search__input"
                type="search"
                name="q"
                list="site-search-suggestions"
                autocomplete="off"
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
            <datalist id="site-search-suggestions">
                {move || {
                    suggestions
                        .get()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|hit| view! { <option value=hit.title></option> })
                        .collect_view()
                }}
            </datalist>
            <button class="search__button" type="submit">
                {move || t.get().search_button}
            </button>
        </form>
    }
}
