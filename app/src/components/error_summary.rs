//! The error summary at the top of a form: what is wrong, each line a link to its field.

use leptos::prelude::*;

use crate::i18n::use_texts;

/// (field id, message) pairs, from catalogue texts or from texts made for one form.
pub struct Problems(Vec<(String, String)>);

impl From<Vec<(&'static str, &'static str)>> for Problems {
    fn from(problems: Vec<(&'static str, &'static str)>) -> Problems {
        Problems(
            problems
                .into_iter()
                .map(|(f, m)| (f.to_owned(), m.to_owned()))
                .collect(),
        )
    }
}

impl From<Vec<(String, String)>> for Problems {
    fn from(problems: Vec<(String, String)>) -> Problems {
        Problems(problems)
    }
}

/// Nothing is shown when there are no problems.
#[component]
pub fn ErrorSummary(#[prop(into)] problems: Problems) -> impl IntoView {
    let t = use_texts();
    let problems = problems.0;
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
