//! The session's clock, for the idle warning: how long is left, and staying logged in.

use leptos::prelude::*;

/// The path of `session_left`: asking it is not activity, so the session middleware does
/// not count it as such (the warning's own question must not keep the session alive).
pub const SESSION_LEFT_PATH: &str = "/api/session_left";

/// Seconds left of the session (0 when it has ended), without counting as activity.
#[server(prefix = "/api", endpoint = "session_left")]
pub async fn session_left() -> Result<i64, ServerFnError> {
    Ok(super::request::viewer().map_or(0, |v| seconds_left(v.expires_at)))
}

/// "Stay logged in": the request itself is activity; answers the seconds now left.
#[server(prefix = "/api", endpoint = "keep_alive")]
pub async fn keep_alive() -> Result<i64, ServerFnError> {
    let viewer = super::request::require_viewer()?;
    Ok(seconds_left(viewer.expires_at))
}

#[cfg(feature = "ssr")]
pub fn seconds_left(expires_at: i64) -> i64 {
    (expires_at - super::request::now_ms() / 1000).max(0)
}
