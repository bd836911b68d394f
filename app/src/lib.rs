//! Samla's user interface and server functions, compiled twice: with `ssr` into the server,
//! with `hydrate` into the browser's WebAssembly.
#![recursion_limit = "256"]

pub mod api;
mod app;
pub mod components;
pub mod i18n;
mod lazy_pages;
mod page_load_fallback;
pub mod pages;
mod route_chunks;

pub use app::{App, shell};

/// The browser entry point: takes over the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    page_load_fallback::on_panic_load_the_page();
    // Lazy routes: the page's chunk loads before its part of the page is hydrated (what
    // `hydrate_lazy` does, plus marking the page hydrated once it is).
    let _ = any_spawner::Executor::init_wasm_bindgen();
    leptos::task::spawn_local(async {
        leptos::mount::hydrate_from_async(leptos::prelude::document().body().unwrap(), App)
            .await
            .forget();
        // Lets tests (and curious people) tell a hydrated page from a server-rendered one.
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
        page_load_fallback::forget_retry();
    });
}
