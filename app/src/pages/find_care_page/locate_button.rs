//! "Use my position": nearest first from where the citizen is, only when they ask (the browser
//! then asks for consent). An island, split into a chunk of its own (`lazy`): only this page
//! loads it. Hidden until it is hydrated, since it needs JavaScript.

use leptos::prelude::*;
use samla_model::Lang;

use crate::i18n::texts;

/// Submits the search form it sits in with the position instead of the place, so the search
/// keeps what the citizen has chosen in the form and goes through the same (client-side)
/// navigation as the form's own button.
#[island(lazy)]
pub fn LocateButton(lang: Lang) -> impl IntoView {
    let t = texts(lang);
    let interactive = RwSignal::new(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| interactive.set(true));
    let failed = RwSignal::new(false);
    let button = NodeRef::<leptos::html::Button>::new();
    let on_click = move |_| {
        failed.set(false);
        let Some(button) = button.get_untracked() else {
            return;
        };
        locate(move |position| match position {
            Some((lat, lon)) => submit_with_position(&button, lat, lon),
            None => failed.set(true),
        });
    };
    view! {
        <div class="field locate" hidden=move || !interactive.get()>
            <button type="button" class="button button--secondary" node_ref=button on:click=on_click>
                {t.fc_use_position}
            </button>
            {move || failed.get().then(|| view! { <p class="notice notice--error" role="alert">{t.fc_position_failed}</p> })}
        </div>
    }
}

#[cfg(feature = "hydrate")]
fn submit_with_position(button: &web_sys::HtmlButtonElement, lat: f64, lon: f64) {
    use wasm_bindgen::JsCast;

    let Some(form) = button.form() else { return };
    let document = document();
    if let Some(place) = form
        .query_selector("[name=plats]")
        .ok()
        .flatten()
        .and_then(|el| el.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        place.set_value("");
    }
    let mut added = Vec::new();
    for (name, value) in [("lat", lat), ("lon", lon)] {
        let Ok(input) = document.create_element("input") else {
            return;
        };
        let _ = input.set_attribute("type", "hidden");
        let _ = input.set_attribute("name", name);
        let _ = input.set_attribute("value", &value.to_string());
        let _ = form.append_child(&input);
        added.push(input);
    }
    let _ = form.request_submit();
    // The router has read the form (synchronously, in the submit event). The page it patches
    // in must match the server's page node for node, so the form loses the inputs again.
    for input in added {
        input.remove();
    }
}

#[cfg(not(feature = "hydrate"))]
fn submit_with_position(_button: &leptos::web_sys::HtmlButtonElement, _lat: f64, _lon: f64) {}

/// Asks the browser for its position once; `done` gets `None` when refused or unavailable.
#[cfg(feature = "hydrate")]
fn locate(done: impl FnOnce(Option<(f64, f64)>) + 'static) {
    use std::{cell::RefCell, rc::Rc};
    use wasm_bindgen::{JsCast, closure::Closure};

    let done = Rc::new(RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |position: Option<(f64, f64)>| {
            if let Some(done) = done.borrow_mut().take() {
                done(position);
            }
        }
    };
    let Ok(geolocation) = window().navigator().geolocation() else {
        return finish(None);
    };
    let ok = {
        let finish = finish.clone();
        Closure::once(move |position: web_sys::Position| {
            let coords = position.coords();
            finish(Some((coords.latitude(), coords.longitude())));
        })
    };
    let err = {
        let finish = finish.clone();
        Closure::once(move |_: web_sys::PositionError| finish(None))
    };
    if geolocation
        .get_current_position_with_error_callback(
            ok.as_ref().unchecked_ref(),
            Some(err.as_ref().unchecked_ref()),
        )
        .is_err()
    {
        finish(None);
    }
    // One-shot callbacks owned by the browser until it answers.
    ok.forget();
    err.forget();
}

#[cfg(not(feature = "hydrate"))]
fn locate(_done: impl FnOnce(Option<(f64, f64)>) + 'static) {}
