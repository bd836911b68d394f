//! The one search field, in the header of every page. A plain GET form that works without
//! JavaScript; with it (an island), suggestions appear while typing.

use leptos::prelude::*;
use samla_model::Lang;

use crate::api::search::suggest;
use crate::i18n::texts;

/// `lang`: the page's language. An island has no context from the page around it: it is
/// hydrated on its own, from its props.
#[island]
pub fn SearchForm(lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let typed = RwSignal::new(String::new());
    // Browser only: the server renders an empty list, so hydration matches.
    let suggestions = LocalResource::new(move || {
        let text = typed.get();
        async move {
            if text.trim().chars().count() < 2 {
                return Vec::new();
            }
            suggest(text, lang).await.unwrap_or_default()
        }
    });
    view! {
        <form class="search" role="search" action="/sok" method="get">
            <label class="visually-hidden" for="site-search">{t.search_label}</label>
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
            <button class="search__button" type="submit">{t.search_button}</button>
        </form>
    }
}
