//! The staff's login with a SITHS card (DOMAIN.md §7), through an OpenID Connect issuer as the
//! citizens' e-ID is (`crate::oidc`: authorization code with PKCE, state and nonce, the ID
//! token checked). `GET /personal/logga-in/siths` sends the browser to the issuer; its answer
//! comes back to `GET /personal/logga-in/siths/tillbaka`, where the member named by the
//! HSA-id claim gets a staff session at their first clinic activated for the tool. Any
//! refusal goes back to the staff login page with its message, nobody logged in.

use axum::{
    extract::{Query, State},
    http::HeaderMap,
    response::{IntoResponse, Redirect, Response},
};
use samla_app::staff::api::{STAFF_LOGIN_PATH, STAFF_PATH, landing};
use samla_model::{cookies, staff::valid_hsa_id};

use crate::AppState;
use crate::oidc::{CallbackQuery, Refusal, authorize, refuse_to, verified};

pub const START_PATH: &str = "/personal/logga-in/siths";
pub const CALLBACK_PATH: &str = "/personal/logga-in/siths/tillbaka";
/// The staff login page's word for "the card's holder holds no role at an activated clinic".
pub const NO_ROLE: &str = "ingen-roll";

fn refuse(code: &str, why: Refusal, detail: &str) -> Response {
    refuse_to(&format!("{STAFF_LOGIN_PATH}?fel={code}"), why, detail)
}

pub async fn start(State(state): State<AppState>) -> Response {
    let Some(siths) = state.siths.clone() else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    authorize(&state, &siths, STAFF_PATH.to_owned())
        .await
        .unwrap_or_else(|e| refuse(Refusal::Unreachable.code(), Refusal::Unreachable, &e))
}

pub async fn callback(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(query): Query<CallbackQuery>,
) -> Response {
    let Some(siths) = state.siths.clone() else {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    };
    let found = match verified(&state, &siths, &headers, query).await {
        Ok(found) => found,
        Err((_, why, detail)) => return refuse(why.code(), why, &detail),
    };
    let Some(hsa_id) = found.claim.filter(|id| valid_hsa_id(id)) else {
        return refuse(
            Refusal::Refused.code(),
            Refusal::Refused,
            "no valid HSA-id claim",
        );
    };
    let db = &state.db;
    let now = crate::notifier::unix_now();
    let member = match samla_domain::staff::members::find(db, &hsa_id).await {
        Ok(member) => member,
        Err(e) => {
            return refuse(
                Refusal::Unreachable.code(),
                Refusal::Unreachable,
                &e.to_string(),
            );
        }
    };
    let Some(clinic) = member.and_then(|m| m.clinics.into_iter().next()) else {
        return refuse(NO_ROLE, Refusal::Refused, "no role at an activated clinic");
    };
    let session = match samla_domain::staff::sessions::open(db, &hsa_id, clinic.id, now).await {
        Ok(Some(session)) => session,
        Ok(None) => return refuse(NO_ROLE, Refusal::Refused, "no role at the clinic"),
        Err(e) => {
            return refuse(
                Refusal::Unreachable.code(),
                Refusal::Unreachable,
                &e.to_string(),
            );
        }
    };
    let mut response = Redirect::to(landing(&clinic.roles)).into_response();
    for set in [
        cookies::set_secret(cookies::STAFF_SESSION, &session, None),
        cookies::remove(cookies::LOGIN),
    ] {
        response.headers_mut().append(
            axum::http::header::SET_COOKIE,
            set.parse().expect("a cookie header"),
        );
    }
    response
}
