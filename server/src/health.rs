//! `GET /healthz`: ready when the database answers.

use axum::{Json, extract::State, http::StatusCode, response::IntoResponse};
use serde::Serialize;

use crate::AppState;

#[derive(Serialize)]
struct Health {
    status: &'static str,
    database: &'static str,
}

pub async fn healthz(State(state): State<AppState>) -> impl IntoResponse {
    if samla_domain::db::is_ready(&state.db).await {
        (
            StatusCode::OK,
            Json(Health {
                status: "ok",
                database: "ok",
            }),
        )
    } else {
        (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(Health {
                status: "unavailable",
                database: "unreachable",
            }),
        )
    }
}
