//! What a server function knows of the request it answers: cookies, who is logged in, the
//! clock; and the one authorization guard every personal server function goes through.

use leptos::prelude::*;
use samla_model::login::Viewer;

/// The value of cookie `name` on the request.
pub fn cookie(name: &str) -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    parts
        .headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|header| samla_model::cookies::value(header, name).map(str::to_owned))
        .filter(|v| !v.is_empty())
}

/// Adds a `Set-Cookie` to the answer.
pub fn set_cookie(value: &str) {
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::HeaderValue::from_str(value),
    ) {
        response.append_header(http::header::SET_COOKIE, value);
    }
}

/// Who is logged in on this request (the server's session middleware decided), if anyone.
pub fn viewer() -> Option<Viewer> {
    use_context::<Viewer>()
}

/// The guard: the logged-in citizen, or an error that says to log in (401).
pub fn require_viewer() -> Result<Viewer, ServerFnError> {
    viewer().ok_or_else(|| {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::UNAUTHORIZED);
        }
        ServerFnError::new("Logga in först. / Log in first.")
    })
}

/// Records in the access log that `viewer` read their own `resource`, or in proxy mode that
/// the guardian read the child's (a repeat within the minute is not recorded again).
pub async fn log_own_read(
    viewer: &Viewer,
    resource: samla_model::access::Resource,
) -> Result<(), ServerFnError> {
    use samla_domain::access_log::{self, Reader, RecentReads};
    let reader = Reader::of(viewer);
    let recent = use_context::<std::sync::Arc<RecentReads>>().unwrap_or_default();
    let now = now_ms() / 1000;
    access_log::record_read(&db(), &recent, &viewer.personnummer, &reader, resource, now)
        .await
        .map_err(failed)
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

pub fn db() -> samla_domain::DatabaseConnection {
    expect_context::<samla_domain::DatabaseConnection>()
}

/// Logs a database failure and answers with a message the citizen can read.
pub fn unavailable(e: impl std::fmt::Display) -> ServerFnError {
    tracing::error!("login: {e}");
    ServerFnError::new(
        "Det går inte att logga in just nu. Försök igen senare. / You cannot log in right now.",
    )
}

/// Logs a database failure and answers with a message the citizen can read (personal pages).
pub fn failed(e: impl std::fmt::Display) -> ServerFnError {
    tracing::error!("personal data: {e}");
    ServerFnError::new(
        "Det går inte att visa eller spara dina uppgifter just nu. Försök igen senare. / Your details cannot be shown or saved right now.",
    )
}
