//! What to do now and the QR code, kept current in the browser: the QR code changes every
//! second and the order is collected every 2 seconds (as BankID asks), so the citizen is
//! logged in as soon as they approve. When the order ends otherwise, the page is loaded
//! anew and shows why. A lazy island: only this page loads its code.

use leptos::prelude::*;
use samla_model::{Lang, login::LoginState};

use crate::api::login::LoginOrderView;
use crate::i18n::{labels::login_state_text, texts};

#[island(lazy)]
pub fn LoginProgress(lang: Lang, status: LoginOrderView) -> impl IntoView {
    let t = texts(lang);
    let status = RwSignal::new(status);
    #[cfg(feature = "hydrate")]
    follow(status);
    let text = move || {
        let s = status.get();
        login_state_text(t, s.method, s.device, s.state)
    };
    let failed = move || matches!(status.get().state, LoginState::Failed(_));
    // Rendered by the server, the QR code stays as it is until the page is loaded again; the
    // page says so until this island runs (effects run only in the browser).
    let running = RwSignal::new(false);
    Effect::new(move |_| running.set(true));
    view! {
        <p class="login-status" class:notice=failed class:notice--error=failed role="status">{text}</p>
        {move || {
            let s = status.get();
            s.qr_svg.map(|svg| {
                view! {
                    <figure class="login-qr">
                        <div class="login-qr__image" role="img" aria-label=t.login_qr_label inner_html=svg></div>
                        <figcaption>
                            {t.login_code_label}" "<code class="login-qr__code">{s.qr_code.unwrap_or_default()}</code>
                        </figcaption>
                    </figure>
                    {move || (!running.get()).then(|| view! { <p class="field__hint">{t.login_qr_still}</p> })}
                }
            })
        }}
    }
}

/// Every second: the status (with the new QR code); every other second, or at once when the
/// order is approved: collect, and on to where the citizen was going once logged in.
#[cfg(feature = "hydrate")]
fn follow(status: RwSignal<LoginOrderView>) {
    use crate::api::login::{check_login, login_status};
    use leptos::task::spawn_local;
    let tick = StoredValue::new(0u32);
    let handle = set_interval_with_handle(
        move || {
            // The islands router may have taken the citizen elsewhere.
            if window().location().pathname().ok().as_deref() != Some(crate::api::login::WAIT_PATH)
            {
                return;
            }
            tick.update_value(|n| *n += 1);
            let collect_now = tick.get_value().is_multiple_of(2);
            spawn_local(async move {
                let Ok(now) = login_status().await else {
                    return;
                };
                if matches!(now.state, LoginState::Failed(_)) {
                    let _ = window().location().reload();
                    return;
                }
                let approved = now.state == LoginState::Approved;
                status.set(now);
                if (collect_now || approved)
                    && let Ok(progress) = check_login().await
                    && let Some(next) = progress.next
                {
                    let _ = window().location().assign(&next);
                }
            });
        },
        std::time::Duration::from_secs(1),
    );
    if let Ok(handle) = handle {
        on_cleanup(move || handle.clear());
    }
}
