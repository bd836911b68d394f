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
        <Title text=move || site_title(&title.get()) />
        <Meta name="description" content=description />
        {canonical.map(|path| view! { <Link rel="canonical" href=absolute(&path) /> })}
    }
}

/// The document title of a page: its own title, then the site's name. Each page's `Title` sets
/// the whole text: a site-wide `Title formatter` would empty the tab's title while a lazy
/// route's code loads during hydration (it sets the title from a page title not yet there).
pub fn site_title(page: &str) -> String {
    format!("{page} – Samla")
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
