//! Title, description and canonical link of a page.

use leptos::{prelude::*, text_prop::TextProp};
use leptos_meta::{Link, Meta, Title};

/// Texts are `TextProp`s (reference-counted, not arena signals): the head tags outlive the
/// page's reactive owner when a page re-renders, e.g. after a language switch.
#[component]
pub fn PageMeta(
    #[prop(into)] title: TextProp,
    #[prop(into)] description: TextProp,
    /// The page's own path; absent for pages that should not be indexed (404).
    #[prop(optional, into)]
    canonical: Option<String>,
) -> impl IntoView {
    view! {
        <Title text=title />
        <Meta name="description" content=description />
        {canonical.map(|path| view! { <Link rel="canonical" href=path /> })}
    }
}
