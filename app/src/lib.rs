//! Samla's user interface and server functions, compiled twice: with `ssr` into the server,
//! with `hydrate` into the browser's WebAssembly.

pub mod api;
mod app;
pub mod components;
pub mod i18n;
pub mod pages;

pub use app::{App, shell};

/// The browser entry point: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
    // Lets tests (and curious people) tell a hydrated page from a server-rendered one.
    if let Some(root) = leptos::prelude::document().document_element() {
        let _ = root.set_attribute("data-hydrated", "true");
    }
}
