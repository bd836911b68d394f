//! When the app stops, the site keeps working as plain HTML. The usual cause is a route's code
//! chunk that failed to load (a flaky mobile network, or a deploy between the page load and a
//! click, which removes the old chunk): the split loader then panics. The panic hook marks the
//! app as stopped, so the guard script in the page's head stops handing links and forms to
//! the dead router, and loads the page the visitor was going to from the server, once.

/// Runs in the page's head before the app: remembers where the last same-site link or history
/// step was going, and once the app has stopped, lets links and forms act without it.
pub const GUARD_SCRIPT: &str = r#"(()=>{const w=window;addEventListener("click",e=>{if(w.samlaStopped){e.stopImmediatePropagation();return}const a=e.target.closest&&e.target.closest("a[href]");if(a&&a.origin===location.origin)w.samlaTarget=a.href},true);addEventListener("submit",e=>{if(w.samlaStopped)e.stopImmediatePropagation()},true);addEventListener("popstate",()=>{w.samlaTarget=location.href},true)})()"#;

#[cfg(feature = "hydrate")]
mod browser {
    use wasm_bindgen::JsValue;

    /// The session key holding the address last loaded this way: a page whose code fails
    /// again after its full load stays as the server sent it, instead of reloading for ever.
    const RETRIED: &str = "samla-full-load";

    pub fn on_panic_load_the_page() {
        std::panic::set_hook(Box::new(|info| {
            console_error_panic_hook::hook(info);
            load_the_page();
        }));
    }

    /// The app hydrated: a later failure may retry a full load again.
    pub fn forget_retry() {
        if let Some(storage) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
            let _ = storage.remove_item(RETRIED);
        }
    }

    fn load_the_page() {
        let Some(window) = web_sys::window() else {
            return;
        };
        let _ = js_sys::Reflect::set(&window, &"samlaStopped".into(), &JsValue::TRUE);
        let location = window.location();
        let target = js_sys::Reflect::get(&window, &"samlaTarget".into())
            .ok()
            .and_then(|t| t.as_string())
            .or_else(|| location.href().ok());
        let Some(target) = target else { return };
        if let Some(storage) = window.session_storage().ok().flatten() {
            if storage.get_item(RETRIED).ok().flatten().as_deref() == Some(target.as_str()) {
                return;
            }
            let _ = storage.set_item(RETRIED, &target);
        }
        let _ = location.assign(&target);
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{forget_retry, on_panic_load_the_page};
