//! Who is asking: the session cookie's live session becomes a `Viewer` in the request's
//! extensions (for the pages and the server functions' guard); no cookie or an ended session
//! is nobody. Personal answers (any request with a session cookie, the personal part, the
//! login pages, the API) carry `Cache-Control: no-store`, so after logout on a shared
//! computer the back button shows nothing personal. A session seen in the last moment is
//! taken from `session_cache` instead of the database.

use axum::{
    extract::{Request, State},
    http::{HeaderValue, header},
    middleware::Next,
    response::Response,
};
use samla_model::{cookies, login::Viewer, next_path::needs_login, proxy::ActingGuardian};

use crate::AppState;

pub async fn identify(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    // The bundle and the other files are the same for everyone: no session to look up, and
    // they keep their long cache lifetime (a logged-in citizen's browser caches them too).
    if is_static_path(request.uri().path()) {
        return next.run(request).await;
    }
    let staff_path = is_staff_path(request.uri().path());
    if staff_path {
        identify_staff(&state, &mut request).await;
    }
    let session_id = cookie(request.headers(), cookies::SESSION);
    let personal = staff_path || session_id.is_some() || is_personal_path(request.uri().path());
    // The idle warning's question about the session is not activity.
    let activity = request.uri().path() != samla_app::api::session::SESSION_LEFT_PATH;
    if let Some(id) = session_id {
        // Logging out or in ends this id: never answer it from the cache again.
        let ending = ENDING_PATHS.contains(&request.uri().path());
        if ending {
            state.sessions.forget(&id);
        }
        let viewer = match state.sessions.get(&id) {
            Some(viewer) => Some(viewer),
            None => {
                let viewer = viewer_of(&state, &id, activity).await;
                // A lookup that did not count as activity is not remembered: the next
                // request ("stay logged in", a second later) must write its activity.
                if let (Some(viewer), false, true) = (&viewer, ending, activity) {
                    state.sessions.put(&id, viewer);
                }
                viewer
            }
        };
        if let Some(viewer) = viewer {
            request.extensions_mut().insert(viewer);
        }
    }
    let mut response = next.run(request).await;
    if personal {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The value of cookie `name` on a request, if it has a non-empty one.
pub fn cookie(headers: &axum::http::HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|h| cookies::value(h, name).map(str::to_owned))
        .filter(|v| !v.is_empty())
}

/// Where the browser's session ends (logout, or a new login replacing it) or changes whom it
/// acts for (proxy mode): never answered from the cache.
const ENDING_PATHS: [&str; 5] = [
    "/api/logout",
    "/api/check_login",
    "/api/act_for_child",
    "/api/stop_acting",
    crate::oidc::CALLBACK_PATH,
];

/// The staff tool's pages, form routes and server functions: the only requests a staff
/// session is looked up for, so it never serves a citizen's page.
fn is_staff_path(path: &str) -> bool {
    samla_app::staff::is_staff_path(path) || path.starts_with("/api/staff_")
}

/// The staff session's member, put on the request; none for a missing or ended session. Not
/// cached: a role taken away ends the access at the next request.
async fn identify_staff(state: &AppState, request: &mut Request) {
    let Some(id) = cookie(request.headers(), cookies::STAFF_SESSION) else {
        return;
    };
    let activity = request.uri().path() != "/api/staff_log_out";
    let found = samla_domain::staff::sessions::resolve(&state.db, &id, unix_now(), activity)
        .await
        .inspect_err(|e| tracing::error!("staff session lookup: {e}"))
        .ok()
        .flatten();
    if let Some(staff) = found {
        request.extensions_mut().insert(staff);
    }
}

fn is_static_path(path: &str) -> bool {
    path.starts_with("/pkg/") || ["/favicon.svg", "/healthz", "/robots.txt"].contains(&path)
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
    // In proxy mode the pages show the child's data; the guardian is who acts.
    Some(match live.acting_for {
        Some(child) => Viewer {
            personnummer: child.personnummer,
            given_name: child.given_name,
            family_name: child.family_name,
            expires_at: live.expires_at,
            warn_secs: state.config.session.warn_secs,
            guardian: Some(ActingGuardian {
                personnummer: live.personnummer,
                given_name: live.given_name,
                family_name: live.family_name,
            }),
        },
        None => Viewer {
            personnummer: live.personnummer,
            given_name: live.given_name,
            family_name: live.family_name,
            expires_at: live.expires_at,
            warn_secs: state.config.session.warn_secs,
            guardian: None,
        },
    })
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
