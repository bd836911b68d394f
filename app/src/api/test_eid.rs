//! The simulated e-ID app of the test identity provider: scan a QR code (paste its text),
//! or be opened from the login page on the same device; then identify as a persona or a typed
//! personnummer, or cancel. Refused when the test identity provider is off (production).
//! Mistakes go back to the form with their reason and what was typed.

use leptos::prelude::*;
use samla_model::login::{LoginMethod, PersonaKind};
use serde::{Deserialize, Serialize};

/// Where the simulated app is.
pub const APP_PATH: &str = "/test-e-legitimation";
pub const IDENTIFY_PATH: &str = "/test-e-legitimation/identifiera";
pub const DONE_PATH: &str = "/test-e-legitimation/klart";

/// The longest code the app reads: a real one is about 150 characters.
#[cfg(feature = "ssr")]
const CODE_MAX: usize = 300;

/// An order open in the app, and whom it may identify as.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AppOrder {
    pub method: LoginMethod,
    pub personas: Vec<PersonaChoice>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonaChoice {
    pub kind: PersonaKind,
    pub personnummer: String,
    pub name: String,
    pub age: u32,
}

#[cfg(feature = "ssr")]
fn refuse_when_off() -> Result<(), ServerFnError> {
    if super::login::test_idp_enabled() {
        return Ok(());
    }
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    Err(ServerFnError::new(
        "Test-e-legitimationen är avstängd. / The test e-ID is off.",
    ))
}

#[cfg(feature = "ssr")]
fn app_error_code(error: samla_domain::test_idp::AppError) -> &'static str {
    use samla_domain::test_idp::AppError;
    match error {
        AppError::UnknownCode => "kod",
        AppError::OldCode => "gammal",
        AppError::Over(_) => "avslutad",
        AppError::UnknownPerson => "okand",
        AppError::TooManyFailures => "for-manga",
    }
}

#[cfg(feature = "ssr")]
fn encode(text: &str) -> String {
    samla_model::next_path::percent_encode(text, b"")
}

#[server(prefix = "/api", endpoint = "test_eid_scan")]
pub async fn test_eid_scan(code: String) -> Result<(), ServerFnError> {
    use super::request::{db, now_ms};
    refuse_when_off()?;
    let code = code.trim();
    let scanned = if code.len() > CODE_MAX {
        Err(samla_domain::test_idp::AppError::UnknownCode)
    } else {
        samla_domain::test_idp::scan(&db(), code, now_ms()).await
    };
    match scanned {
        Ok(order) => leptos_axum::redirect(&format!("{IDENTIFY_PATH}?order={}", order.order_ref)),
        Err(e) => {
            let kept: String = code.chars().take(CODE_MAX).collect();
            leptos_axum::redirect(&format!(
                "{APP_PATH}?fel={}&kod={}",
                app_error_code(e),
                encode(&kept)
            ))
        }
    }
    Ok(())
}

/// The login page on the same device starts the app with the order's auto-start token.
#[server(prefix = "/api", endpoint = "test_eid_open")]
pub async fn test_eid_open(token: String) -> Result<(), ServerFnError> {
    use super::request::{db, now_ms};
    refuse_when_off()?;
    let token: String = token.chars().take(CODE_MAX).collect();
    match samla_domain::test_idp::open_autostart(&db(), &token, now_ms()).await {
        Ok(order) => leptos_axum::redirect(&format!("{IDENTIFY_PATH}?order={}", order.order_ref)),
        Err(e) => leptos_axum::redirect(&format!("{APP_PATH}?fel={}", app_error_code(e))),
    }
    Ok(())
}

/// The order as the app shows it, with the personas to choose from.
#[server(prefix = "/api", endpoint = "test_eid_order")]
pub async fn test_eid_order(order: String) -> Result<Option<AppOrder>, ServerFnError> {
    use super::request::{db, now_ms, unavailable};
    use samla_domain::{seed::personas, test_idp};
    refuse_when_off()?;
    let db = db();
    let order: String = order.chars().take(CODE_MAX).collect();
    let Some(found) = test_idp::order_by_ref(&db, &order)
        .await
        .map_err(unavailable)?
    else {
        return Ok(None);
    };
    if test_idp::state(&found, now_ms()) != samla_model::login::LoginState::InApp {
        return Ok(None);
    }
    let (year, month, day) = samla_domain::swedish_date::today_ymd();
    let personas = personas::personas(&db)
        .await
        .map_err(unavailable)?
        .into_iter()
        .map(|p| PersonaChoice {
            age: samla_model::personnummer::Personnummer::parse(&p.personnummer)
                .map_or(0, |n| n.age_on(year, month, day)),
            kind: p.kind,
            personnummer: p.personnummer,
            name: p.name,
        })
        .collect();
    Ok(Some(AppOrder {
        method: test_idp::method(&found),
        personas,
    }))
}

/// Identifies as the chosen persona (`person` is a personnummer) or, with `person` = `annat`,
/// as the typed `personnummer`.
#[server(prefix = "/api", endpoint = "test_eid_approve")]
pub async fn test_eid_approve(
    order: String,
    person: String,
    personnummer: String,
) -> Result<(), ServerFnError> {
    use super::request::{db, now_ms};
    use samla_model::personnummer::Personnummer;
    refuse_when_off()?;
    let order: String = order.chars().take(CODE_MAX).collect();
    let typed: String = personnummer.chars().take(40).collect();
    let back = |fel: &str| {
        format!(
            "{IDENTIFY_PATH}?order={}&fel={fel}&personnummer={}",
            encode(&order),
            encode(&typed)
        )
    };
    let chosen = if person == "annat" {
        typed.as_str()
    } else {
        person.as_str()
    };
    let who = match Personnummer::parse(chosen) {
        Ok(who) => who,
        Err(e) => {
            leptos_axum::redirect(&back(e.code()));
            return Ok(());
        }
    };
    let db = db();
    match samla_domain::test_idp::approve(&db, &order, &who, now_ms()).await {
        Ok(()) => leptos_axum::redirect(&after_app(&db, &order, false).await),
        Err(e) => leptos_axum::redirect(&back(app_error_code(e))),
    }
    Ok(())
}

/// Cancelling in the app, from the identify form (whose chosen person is then known: a
/// failed login for them) or without one.
#[server(prefix = "/api", endpoint = "test_eid_decline")]
pub async fn test_eid_decline(
    order: String,
    person: Option<String>,
    personnummer: Option<String>,
) -> Result<(), ServerFnError> {
    use super::request::{db, now_ms};
    use samla_model::personnummer::Personnummer;
    refuse_when_off()?;
    let order: String = order.chars().take(CODE_MAX).collect();
    let chosen = match person.as_deref() {
        Some("annat") => personnummer.unwrap_or_default(),
        other => other.unwrap_or_default().to_owned(),
    };
    let who = Personnummer::parse(&chosen.chars().take(40).collect::<String>()).ok();
    let db = db();
    match samla_domain::test_idp::decline(&db, &order, who.as_ref(), now_ms()).await {
        Ok(()) => leptos_axum::redirect(&after_app(&db, &order, true).await),
        Err(e) => leptos_axum::redirect(&format!("{APP_PATH}?fel={}", app_error_code(e))),
    }
    Ok(())
}

/// Where the app sends the person afterwards: started on this device, back to the login page
/// (as the real app returns to the browser); on another device, a page that says to go back.
#[cfg(feature = "ssr")]
async fn after_app(db: &samla_domain::DatabaseConnection, order: &str, cancelled: bool) -> String {
    let this_device = samla_domain::test_idp::order_by_ref(db, order)
        .await
        .ok()
        .flatten()
        .is_some_and(|o| o.device == samla_model::login::LoginDevice::ThisDevice.code());
    match (this_device, cancelled) {
        (true, _) => super::login::WAIT_PATH.to_owned(),
        (false, false) => DONE_PATH.to_owned(),
        (false, true) => format!("{DONE_PATH}?avbrutet=1"),
    }
}
