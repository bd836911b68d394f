//! The error summary at the top of a form: what is wrong, each line a link to its field.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// `problems` are (field id, message); nothing is shown when there are none.
#[component]
pub fn ErrorSummary(problems: Vec<(&'static str, &'static str)>) -> impl IntoView {
    let t = use_texts();
    (!problems.is_empty()).then(|| {
        view! {
            // `target="_self"` keeps the islands router out: the browser itself jumps to the field
            // and gives it the focus.
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
                <h2 id="error-summary-title">{move || t.get().error_summary_title}</h2>
                <ul>
                    {problems
                        .into_iter()
                        .map(|(field, message)| view! { <li><a href=format!("#{field}") target="_self">{message}</a></li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
