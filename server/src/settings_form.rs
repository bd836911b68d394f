//! `POST /installningar`: the settings form, as a plain form post that works without
//! JavaScript (with it, the islands router posts it the same way and patches the page). The
//! form is checked here (`samla_model::settings`); good choices are saved — with the
//! notifications they cause, in one transaction — and answered with a redirect to the page
//! saying "saved"; mistakes render the page again with the error summary and everything
//! typed kept, never putting contact details in an address.

use axum::{
    extract::{Form, State},
    http::StatusCode,
    response::{IntoResponse, Redirect, Response},
};
use samla_app::api::settings::{SETTINGS_PATH, SettingsSubmission};
use samla_domain::settings::{self, Saved};
use samla_model::{
    login::Viewer,
    settings::{ContactChoices, SettingsForm},
};
use serde::Deserialize;

use crate::{AppState, security::csp::RequestNonce};

/// The fields as posted: a checkbox is absent when not ticked.
#[derive(Deserialize)]
pub struct Posted {
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    email: String,
    notify_sms: Option<String>,
    notify_email: Option<String>,
    share_contact: Option<String>,
}

impl Posted {
    fn form(self) -> SettingsForm {
        // Longer than any field allows: cut, so a huge post costs nothing more to show again.
        let cut = |s: String, max: usize| s.chars().take(max + 1).collect::<String>();
        SettingsForm {
            mobile: cut(self.mobile, samla_model::contact::MOBILE_MAX),
            email: cut(self.email, samla_model::contact::EMAIL_MAX),
            notify_sms: self.notify_sms.is_some(),
            notify_email: self.notify_email.is_some(),
            share_contact: self.share_contact.as_deref() == Some("ja"),
        }
    }
}

/// Saves the citizen's own settings (which counts as having reviewed them), or in proxy mode
/// the guardian's own contact details for this child's notifications (DOMAIN.md §4).
async fn save(
    state: &AppState,
    viewer: &Viewer,
    choices: &ContactChoices,
    now: i64,
) -> Result<Saved, samla_domain::DbErr> {
    match &viewer.guardian {
        Some(guardian) => {
            samla_domain::guardian_notices::save(
                &state.db,
                &viewer.personnummer,
                &guardian.personnummer,
                choices,
                now,
            )
            .await?;
            Ok(Saved::Changed { notifications: 0 })
        }
        None => {
            let saved = settings::save(&state.db, &viewer.personnummer, choices, now).await?;
            samla_domain::accounts::mark_reviewed(&state.db, &viewer.personnummer, now).await?;
            Ok(saved)
        }
    }
}

pub async fn post(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: axum::http::HeaderMap,
    Form(posted): Form<Posted>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(&samla_model::next_path::login_href(SETTINGS_PATH)).into_response();
    };
    let form = posted.form();
    let problems = match form.check() {
        Ok(choices) => {
            let now = crate::notifier::unix_now();
            return match save(&state, &viewer, &choices, now).await {
                Ok(Saved::Changed { .. } | Saved::Unchanged) => {
                    Redirect::to(&format!("{SETTINGS_PATH}?sparat=1")).into_response()
                }
                Ok(Saved::NoAccount) => StatusCode::FORBIDDEN.into_response(),
                Err(e) => {
                    tracing::error!("settings: {e}");
                    StatusCode::SERVICE_UNAVAILABLE.into_response()
                }
            };
        }
        Err(problems) => problems,
    };
    let nonce = nonce.map(|axum::Extension(n)| n);
    let submission = SettingsSubmission { form, problems };
    crate::rerender::render_with(state, headers, viewer, nonce, SETTINGS_PATH, submission).await
}
