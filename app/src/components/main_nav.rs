//! The main navigation: always visible, never behind a menu button (DOMAIN.md §1).

use leptos::prelude::*;

use super::errands::ERRANDS;
use crate::i18n::use_texts;

#[component]
pub fn MainNav() -> impl IntoView {
    let t = use_texts();
    view! {
        <nav class="main-nav" aria-label=move || t.get().main_nav_label>
            <ul class="main-nav__list">
                {ERRANDS
                    .iter()
                    .map(|errand| {
                        view! {
                            <li>
                                <a class="main-nav__link" href=errand.href_now()>
                                    {move || (errand.label)(t.get())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
