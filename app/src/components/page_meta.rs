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
        {canonical.map(|path| view! { <Link rel="canonical" href=absolute(&path) /> })}
    }
}

/// The origin citizens reach the site at (`https://samla.example`), provided by the server.
#[derive(Clone, Debug)]
pub struct SiteOrigin(pub String);

/// Canonical links must be absolute. The server knows the public origin; the browser its own.
fn absolute(path: &str) -> String {
    #[cfg(feature = "ssr")]
    let origin = use_context::<SiteOrigin>().map(|o| o.0);
    #[cfg(not(feature = "ssr"))]
    let origin = window().location().origin().ok();
    format!("{}{path}", origin.unwrap_or_default())
}
