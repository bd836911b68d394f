//! The idle warning (DOMAIN.md §2): `warn_secs` before the session would end, a modal dialog
//! asks whether to stay logged in; its button has the focus, so a keyboard or screen-reader
//! user lands on it, and Escape counts as staying. Staying is a request, which the server
//! counts as activity. At the end the page goes to "you were logged out". The server decides
//! the timeouts (they hold without JavaScript too); this is the courtesy. Before it warns it
//! asks the server how long is left, since pages opened meanwhile (in this tab through the
//! islands router, or in another tab) have moved the end. A lazy island: logged-in pages only.

use leptos::prelude::*;
use samla_model::Lang;

use crate::i18n::texts;

#[island(lazy)]
pub fn SessionTimer(lang: Lang, seconds_left: i64, warn_secs: i64) -> impl IntoView {
    let t = texts(lang);
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    #[cfg(feature = "hydrate")]
    watch::start(dialog, seconds_left, warn_secs);
    #[cfg(not(feature = "hydrate"))]
    let _ = (seconds_left, warn_secs);
    view! {
        <dialog class="idle-dialog" node_ref=dialog aria-labelledby="idle-title" aria-describedby="idle-body">
            <h2 id="idle-title">{t.idle_title}</h2>
            <p id="idle-body">{t.idle_body}</p>
            <form method="dialog">
                <button class="button" type="submit" autofocus>{t.idle_stay}</button>
            </form>
        </dialog>
    }
}

#[cfg(feature = "hydrate")]
mod watch {
    use std::time::Duration;

    use leptos::{prelude::*, task::spawn_local};

    use crate::api::session::{keep_alive, session_left};

    /// Waits until `warn_secs` before the end, then checks with the server and warns or waits
    /// again; closing the dialog (its button, or Escape) keeps the session.
    pub fn start(dialog: NodeRef<leptos::html::Dialog>, seconds_left: i64, warn_secs: i64) {
        schedule(dialog, seconds_left, warn_secs);
        Effect::new(move |_| {
            if let Some(element) = dialog.get() {
                let on_close = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                    spawn_local(async move {
                        if let Ok(left) = keep_alive().await {
                            schedule(dialog, left, warn_secs);
                        }
                    })
                });
                element.set_onclose(Some(wasm_bindgen::JsCast::unchecked_ref(on_close.as_ref())));
                on_close.forget();
            }
        });
    }

    fn schedule(dialog: NodeRef<leptos::html::Dialog>, seconds_left: i64, warn_secs: i64) {
        let wait = (seconds_left - warn_secs).max(0) as u64;
        set_timeout(
            move || {
                spawn_local(async move {
                    let left = session_left().await.unwrap_or(0);
                    if left <= 0 {
                        let _ = window().location().assign("/utloggad?orsak=tid");
                    } else if left > warn_secs + 1 {
                        schedule(dialog, left, warn_secs);
                    } else {
                        if let Some(element) = dialog.get_untracked()
                            && !element.open()
                        {
                            let _ = element.show_modal();
                        }
                        end_at(dialog, left);
                    }
                })
            },
            Duration::from_secs(wait),
        );
    }

    /// While the dialog is open: at the end, unless the citizen stayed, off to the page that
    /// says they were logged out.
    fn end_at(dialog: NodeRef<leptos::html::Dialog>, left: i64) {
        set_timeout(
            move || {
                if dialog.get_untracked().is_some_and(|d| d.open()) {
                    spawn_local(async move {
                        let left = session_left().await.unwrap_or(0);
                        if left <= 0 {
                            let _ = window().location().assign("/utloggad?orsak=tid");
                        } else {
                            end_at(dialog, left);
                        }
                    });
                }
            },
            Duration::from_secs(left.max(1) as u64),
        );
    }
}
