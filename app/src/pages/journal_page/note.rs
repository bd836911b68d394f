//! A care contact's note, with each medical word the glossary knows (`samla_model::terms`)
//! explained in place: the word is a disclosure, its explanation opens beside it (a native
//! `<details>`, so keyboard and screen readers handle it as a button that expands).

use leptos::prelude::*;
use samla_model::terms;

#[component]
pub fn Note(text: String) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end, term) in terms::find(&text) {
        parts.push(text[at..start].to_owned().into_any());
        let word = text[start..end].to_owned();
        parts.push(
            view! {
                <details class="term">
                    <summary>{word}</summary>
                    <span class="term__explain">{term.explain}</span>
                </details>
            }
            .into_any(),
        );
        at = end;
    }
    parts.push(text[at..].to_owned().into_any());
    view! { <div class="journal-note__text" lang="sv">{parts}</div> }
}
