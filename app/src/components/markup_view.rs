//! Renders content markup (paragraphs, bullets, subheadings) as semantic HTML.

use leptos::prelude::*;
use samla_model::markup::{Block, parse};

#[component]
pub fn MarkupView(text: String) -> impl IntoView {
    parse(&text)
        .into_iter()
        .map(|block| match block {
            Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
            Block::Paragraph(text) => view! { <p>{text}</p> }.into_any(),
            Block::Bullets(items) => view! {
                <ul>{items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}
