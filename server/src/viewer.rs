//! Who is asking: the session cookie's live session becomes a `Viewer` in the request's
//! extensions (for the pages and the server functions' guard); no cookie or an ended session
//! is nobody. Personal answers (any request with a session cookie, the personal part, the
//! login pages, the API) carry `Cache-Control: no-store`, so after logout on a shared
//! computer the back button shows nothing personal.

use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use samla_model::{cookies, login::Viewer, next_path::needs_login};

use crate::AppState;

pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let session_id = request
        .headers()
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| cookies::value(h, cookies::SESSION).map(str::to_owned))
        .filter(|id| !id.is_empty());
    let personal = session_id.is_some() || is_personal_path(request.uri().path());
    // The idle warning's question about the session is not activity.
    let activity = request.uri().path() != samla_app::api::session::SESSION_LEFT_PATH;
    if let Some(id) = session_id
        && let Some(viewer) = viewer_of(&state, &id, activity).await
    {
        request.extensions_mut().insert(viewer);
    }
    let mut response = next.run(request).await;
    if personal {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

fn is_personal_path(path: &str) -> bool {
    needs_login(path)
        || ["/logga-in", "/test-e-legitimation", "/utloggad", "/api/"]
            .iter()
            .any(|p| path.starts_with(p))
}

async fn viewer_of(state: &AppState, id: &str, activity: bool) -> Option<Viewer> {
    let now = unix_now();
    let live = samla_domain::sessions::resolve(&state.db, id, state.config.session, now, activity)
        .await
        .inspect_err(|e| tracing::error!("session lookup: {e}"))
        .ok()??;
    Some(Viewer {
        personnummer: live.personnummer,
        given_name: live.given_name,
        family_name: live.family_name,
        expires_at: live.expires_at,
        warn_secs: state.config.session.warn_secs,
    })
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
