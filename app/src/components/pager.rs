//! "Newer / page N / older" under a list that comes a page at a time; nothing when there is
//! only one page.

use leptos::prelude::*;

use crate::i18n::{TextOf, use_texts};

/// `href(p)` is the address of page `p`; `more` says whether there is a page after `page`.
#[component]
pub fn Pager(
    page: u64,
    more: bool,
    href: impl Fn(u64) -> String,
    newer: TextOf,
    older: TextOf,
) -> impl IntoView {
    let t = use_texts();
    let newer_href = (page > 1).then(|| href(page - 1));
    let older_href = more.then(|| href(page + 1));
    (newer_href.is_some() || older_href.is_some()).then(|| {
        view! {
            <nav class="pager" aria-label=move || t.get().fc_page>
                {newer_href.map(|h| view! { <a rel="prev" href=h>{move || newer(t.get())}</a> })}
                <span>{move || t.get().fc_page}" "{page}</span>
                {older_href.map(|h| view! { <a rel="next" href=h>{move || older(t.get())}</a> })}
            </nav>
        }
    })
}
