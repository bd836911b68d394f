//! A list of linked titles with summaries (articles, rules pages).

use leptos::prelude::*;
use samla_model::content::ContentSummary;

#[component]
pub fn SummaryList(items: Vec<ContentSummary>, base: &'static str) -> impl IntoView {
    view! {
        <ul class="summary-list">
            {items
                .into_iter()
                .map(|item| {
                    view! {
                        <li class="summary-list__item" lang=item.lang.code()>
                            <a class="summary-list__link" href=format!("{base}/{}", item.slug)>{item.title}</a>
                            <p>{item.summary}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
