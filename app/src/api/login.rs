//! Logging in with the test identity provider (DOMAIN.md §2): start an order, follow it,
//! collect it into a session, cancel it; and logging out. Every step is a plain form that
//! works without JavaScript (each answers with a redirect to the page that shows the
//! outcome); the login page's island calls `login_status` and `check_login` as well.

use leptos::prelude::*;
use samla_model::login::{LoginDevice, LoginMethod, LoginState};
use serde::{Deserialize, Serialize};

/// Where this browser's login stands, for the waiting page and its island.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoginOrderView {
    pub method: LoginMethod,
    pub device: LoginDevice,
    pub state: LoginState,
    /// The QR code of this second, as SVG, while it may be scanned.
    pub qr_svg: Option<String>,
    /// The same code as text (the simulated app takes it pasted).
    pub qr_code: Option<String>,
    /// On this device: the token the app is started with.
    pub auto_start_token: Option<String>,
    pub next: String,
}

/// What `check_login` gave: where the order stands, and where to go when logged in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LoginProgress {
    pub state: LoginState,
    pub next: Option<String>,
}

/// Where the waiting page is.
pub const WAIT_PATH: &str = "/logga-in/vantar";

/// Whether logins go to a real e-ID broker by OpenID Connect (the server's `oidc`), which
/// then asks for BankID or Freja eID+ itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OidcLogin(pub bool);

#[server(prefix = "/api", endpoint = "start_login")]
pub async fn start_login(
    // Not `method`: a form field of that name hides the form's own `method` from scripts.
    eid: String,
    device: String,
    next: String,
) -> Result<(), ServerFnError> {
    use super::request::{db, now_ms, set_cookie, unavailable};
    use samla_model::{cookies, next_path};
    let next = next_path::safe_next(&next).unwrap_or("/").to_owned();
    let back = next_path::login_href(&next);
    let (Some(method), Some(device)) = (
        LoginMethod::from_code(&eid),
        LoginDevice::from_code(&device),
    ) else {
        leptos_axum::redirect(&format!("{back}&fel=val"));
        return Ok(());
    };
    if use_context::<OidcLogin>().is_some_and(|on| on.0) {
        let next = next_path::percent_encode(&next, b"/");
        leptos_axum::redirect(&format!("/logga-in/oidc?next={next}"));
        return Ok(());
    }
    if !test_idp_enabled() {
        leptos_axum::redirect(&format!("{back}&fel=avstangd"));
        return Ok(());
    }
    let secret = samla_domain::secrets::random_token();
    samla_domain::test_idp::start(&db(), method, device, &secret, &next, now_ms())
        .await
        .map_err(unavailable)?;
    set_cookie(&cookies::set_secret(cookies::LOGIN, &secret, Some(600)));
    leptos_axum::redirect(WAIT_PATH);
    Ok(())
}

#[server(prefix = "/api", endpoint = "login_status")]
pub async fn login_status() -> Result<LoginOrderView, ServerFnError> {
    use super::request::{cookie, db, now_ms, unavailable};
    use samla_domain::test_idp;
    use samla_model::login::LoginFailure;
    let now = now_ms();
    let order = match cookie(samla_model::cookies::LOGIN) {
        Some(secret) => test_idp::order_of_browser(&db(), &secret)
            .await
            .map_err(unavailable)?,
        None => None,
    };
    let Some(order) = order else {
        return Ok(LoginOrderView {
            method: LoginMethod::BankId,
            device: LoginDevice::OtherDevice,
            state: LoginState::Failed(LoginFailure::NoOrder),
            qr_svg: None,
            qr_code: None,
            auto_start_token: None,
            next: "/".into(),
        });
    };
    let state = test_idp::state(&order, now);
    let device = LoginDevice::from_code(&order.device).unwrap_or(LoginDevice::OtherDevice);
    let waiting = state == LoginState::Waiting;
    let qr_code =
        (waiting && device == LoginDevice::OtherDevice).then(|| test_idp::qr_data(&order, now));
    Ok(LoginOrderView {
        method: test_idp::method(&order),
        device,
        state,
        qr_svg: qr_code.as_deref().map(super::qr_svg::qr_svg),
        qr_code,
        auto_start_token: (waiting && device == LoginDevice::ThisDevice)
            .then(|| order.auto_start_token.clone()),
        next: order.next_path,
    })
}

/// Where a login lands: where the citizen was going, or first their settings when they are to
/// review them (DOMAIN.md §4: the first login after turning 13).
#[cfg(feature = "ssr")]
pub fn landing(done: &samla_domain::accounts::LoggedIn, next: String) -> String {
    if done.review_settings {
        super::settings::SETTINGS_PATH.to_owned()
    } else {
        next
    }
}

/// Collects this browser's order: approved, it logs the browser in with a new session
/// (ending any session the browser had) and goes on to where the citizen was going.
#[server(prefix = "/api", endpoint = "check_login")]
pub async fn check_login() -> Result<LoginProgress, ServerFnError> {
    use super::request::{cookie, db, now_ms, set_cookie, unavailable};
    use samla_domain::{accounts, test_idp, test_idp::Collected};
    use samla_model::{cookies, login::LoginFailure};
    let Some(secret) = cookie(cookies::LOGIN) else {
        leptos_axum::redirect(WAIT_PATH);
        return Ok(LoginProgress {
            state: LoginState::Failed(LoginFailure::NoOrder),
            next: None,
        });
    };
    let (db, now) = (db(), now_ms());
    match test_idp::collect(&db, &secret, now)
        .await
        .map_err(unavailable)?
    {
        Collected::LoggedIn { personnummer, next } => {
            let old = cookie(cookies::SESSION);
            let done = accounts::log_in(&db, &personnummer, old.as_deref(), now / 1000)
                .await
                .map_err(unavailable)?;
            let next = landing(&done, next);
            set_cookie(&cookies::set_secret(cookies::SESSION, &done.session, None));
            set_cookie(&cookies::remove(cookies::LOGIN));
            leptos_axum::redirect(&next);
            Ok(LoginProgress {
                state: LoginState::Approved,
                next: Some(next),
            })
        }
        Collected::Not(state) => {
            leptos_axum::redirect(WAIT_PATH);
            Ok(LoginProgress { state, next: None })
        }
    }
}

#[server(prefix = "/api", endpoint = "cancel_login")]
pub async fn cancel_login() -> Result<(), ServerFnError> {
    use super::request::{cookie, db, unavailable};
    if let Some(secret) = cookie(samla_model::cookies::LOGIN) {
        samla_domain::test_idp::cancel(&db(), &secret)
            .await
            .map_err(unavailable)?;
    }
    leptos_axum::redirect(WAIT_PATH);
    Ok(())
}

/// Ends the session on the server and says so on a page.
#[server(prefix = "/api", endpoint = "logout")]
pub async fn logout() -> Result<(), ServerFnError> {
    use super::request::{cookie, db, now_ms, set_cookie, unavailable};
    use samla_model::cookies;
    if let Some(id) = cookie(cookies::SESSION) {
        samla_domain::sessions::end(&db(), &id, now_ms() / 1000)
            .await
            .map_err(unavailable)?;
    }
    set_cookie(&cookies::remove(cookies::SESSION));
    leptos_axum::redirect("/utloggad");
    Ok(())
}

/// Whether the built-in test identity provider is on (never in production).
#[cfg(feature = "ssr")]
pub fn test_idp_enabled() -> bool {
    use_context::<samla_domain::test_idp::Enabled>().is_some_and(|e| e.0)
}
