//! "Use my position": nearest first from where the citizen is, only when they ask (the browser
//! then asks for consent). Hidden until the page is interactive, since it needs JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use samla_model::clinic::FindCareQuery;

use super::query::url_of;
use crate::i18n::use_texts;

#[component]
pub fn LocateButton(query: FindCareQuery) -> impl IntoView {
    let t = use_texts();
    let interactive = RwSignal::new(false);
    // Effects run only in the browser, after hydration.
    Effect::new(move |_| interactive.set(true));
    let failed = RwSignal::new(false);
    let navigate = use_navigate();
    let on_click = move |_| {
        let (query, navigate) = (query.clone(), navigate.clone());
        failed.set(false);
        locate(move |position| match position {
            Some((lat, lon)) => {
                let near = FindCareQuery {
                    lat: Some(lat),
                    lon: Some(lon),
                    place: String::new(),
                    ..query
                };
                navigate(&url_of(&near, 1), Default::default());
            }
            None => failed.set(true),
        });
    };
    view! {
        <div class="field locate" hidden=move || !interactive.get()>
            <button type="button" class="button button--secondary" on:click=on_click>
                {move || t.get().fc_use_position}
            </button>
            {move || failed.get().then(|| view! { <p class="notice notice--error" role="alert">{move || t.get().fc_position_failed}</p> })}
        </div>
    }
}

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
