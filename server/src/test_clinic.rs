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
use sea_orm::EntityTrait;
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
    /// `pdf`: attach the clinic's sample PDF ("Provsvar.pdf").
    bilaga: Option<String>,
}

/// Who the test clinic's files are pending under until its message is written.
const UPLOADER: &str = "testmottagningen";

/// The sample PDF as a pending file of the test clinic's, for the message about to be written.
async fn sample_file(state: &AppState, case_id: i64, now: i64) -> Result<Vec<i64>, String> {
    use samla_domain::attachments::{records, sample::sample_pdf};
    let case = samla_domain::entities::prelude::CareCase::find_by_id(case_id)
        .one(&state.db)
        .await
        .map_err(|e| e.to_string())?;
    if case.is_none() {
        return Ok(Vec::new());
    }
    let bytes = sample_pdf("Provsvar från Testmottagningen");
    let row = records::store_clinic_file(
        &state.db,
        &state.files,
        UPLOADER,
        "Provsvar.pdf",
        samla_model::attachment::FileKind::Pdf,
        bytes,
        now,
    )
    .await
    .map_err(|e| e.to_string())?;
    Ok(vec![row.id])
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
    let files = if posted.bilaga.as_deref() == Some("pdf") {
        match sample_file(&state, posted.arende, now).await {
            Ok(files) => files,
            Err(e) => {
                tracing::error!("test clinic: {e}");
                return StatusCode::SERVICE_UNAVAILABLE.into_response();
            }
        }
    } else {
        Vec::new()
    };
    let files = clinic_side::Files {
        uploader: UPLOADER,
        ids: &files,
    };
    match clinic_side::write_with_files(&state.db, posted.arende, &staff, &text, asks, files, now)
        .await
    {
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
