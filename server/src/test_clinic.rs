//! The test clinic: until the staff tool exists (issue 12), demos, usability tests and the
//! browser tests answer cases as the clinic through `POST /testmottagning/svar`. Only where
//! the test identity provider is on — never in production, which refuses it.

use axum::{
    Router,
    extract::{Form, State},
    http::StatusCode,
    response::{IntoResponse, Response},
    routing::post,
};
use samla_domain::clinic_side::{self, Sent, Staff};
use samla_model::case::{Author, check_reply};
use serde::Deserialize;

use crate::{AppState, notifier::unix_now};

pub const PATH: &str = "/testmottagning/svar";

pub fn routes(state: &AppState) -> Router<AppState> {
    if state.config.test_idp {
        Router::new().route(PATH, post(answer))
    } else {
        Router::new()
    }
}

#[derive(Deserialize)]
pub struct Posted {
    arende: i64,
    #[serde(default)]
    text: String,
    /// `ja`: a counter question, which asks the citizen to answer.
    fraga: Option<String>,
    /// `ja`: close the case after the message.
    stang: Option<String>,
}

async fn answer(State(state): State<AppState>, Form(posted): Form<Posted>) -> Response {
    let Ok(text) = check_reply(&posted.text) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            "text saknas eller är för lång",
        )
            .into_response();
    };
    let staff = Staff {
        role: Author::Handler,
        name: "Testmottagningen, sjuksköterska",
    };
    let now = unix_now();
    let asks = posted.fraga.as_deref() == Some("ja");
    match clinic_side::write(&state.db, posted.arende, &staff, &text, asks, now).await {
        Ok(Sent::Message(id)) => {
            if posted.stang.as_deref() == Some("ja")
                && let Err(e) = clinic_side::close(&state.db, posted.arende, now).await
            {
                tracing::error!("test clinic: {e}");
            }
            (StatusCode::CREATED, id.to_string()).into_response()
        }
        Ok(Sent::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Ok(Sent::Closed) => StatusCode::CONFLICT.into_response(),
        Err(e) => {
            tracing::error!("test clinic: {e}");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
