//! Samla's user interface and server functions, compiled twice: with `ssr` into the server,
//! with `hydrate` into the browser's WebAssembly. The browser gets only the islands
//! (`#[island]`): the pages themselves are HTML from the server.
#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod components;
pub mod i18n;
mod navigation_guard;
pub mod pages;
pub mod staff;

pub use app::{App, shell};

/// The browser entry point, called by Leptos's islands script once the wasm has loaded.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    use leptos::prelude::*;

    console_error_panic_hook::set_once();
    // From now on the islands router may hydrate the islands of a page it brings in
    // (see `navigation_guard`).
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("data-wasm", "");
    }
    leptos::mount::hydrate_islands();
    // The script hydrates the page's islands right after this returns, in one go (microtasks);
    // a timer queued now fires after them. Lets tests (and curious people) tell an interactive
    // page from a server-rendered one.
    set_timeout(
        || {
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("data-hydrated", "true");
            }
        },
        std::time::Duration::ZERO,
    );
}
