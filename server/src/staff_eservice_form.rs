//! `POST /personal/e-tjanster/{id|ny}` — an administrator saves one of the clinic's own
//! e-services (DOMAIN.md §7). The editor's rows are read in order (at most one more than a
//! form may have); rows ticked for removal and rows left blank are left out, so the numbers
//! of the fields shown again match the mistakes'. With a mistake the editor is shown again
//! with everything typed.

use axum::{
    extract::{Form, Path, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
};
use samla_app::staff::api::STAFF_LOGIN_PATH;
use samla_app::staff::eservice_api::{EServiceSubmission, NEW_ESERVICE_PATH, eservice_path};
use samla_domain::staff::eservices::{self, Saved};
use samla_model::case::FIELDS_MAX;
use samla_model::local_eservice::{
    EServiceDraft, FieldDraft, HINT_MAX, LABEL_MAX, OPTION_MAX, OPTIONS_MAX, TITLE_MAX,
};
use samla_model::staff::StaffViewer;

use crate::{AppState, notifier::unix_now, rerender::render_with, security::csp::RequestNonce};

pub const PATH: &str = "/personal/e-tjanster/{id}";

/// The posted draft: every text cut a little over its limit, so a mistake can be shown
/// with what was typed but a huge post is not kept.
fn draft_of(posted: &[(String, String)]) -> EServiceDraft {
    let field = |name: &str, max: usize| -> String {
        posted
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.chars().take(max + 100).collect())
            .unwrap_or_default()
    };
    let ticked = |name: &str| field(name, 3) == "ja";
    let fields = (1..=FIELDS_MAX + 1)
        .filter(|n| !ticked(&format!("falt-{n}-ta-bort")))
        .map(|n| FieldDraft {
            label: field(&format!("falt-{n}-etikett"), LABEL_MAX),
            hint: field(&format!("falt-{n}-hjalp"), HINT_MAX),
            kind: field(&format!("falt-{n}-typ"), 10),
            required: ticked(&format!("falt-{n}-kravs")),
            options: field(
                &format!("falt-{n}-val"),
                (OPTION_MAX + 1) * (OPTIONS_MAX + 1),
            ),
        })
        .filter(|f| !f.is_blank())
        .collect();
    EServiceDraft {
        title: field("titel", TITLE_MAX),
        reply_days: field("svarsdagar", 5),
        attachments: ticked("bilagor"),
        fields,
    }
}

pub async fn save(
    State(state): State<AppState>,
    Path(id): Path<String>,
    viewer: Option<axum::Extension<StaffViewer>>,
    nonce: Option<axum::Extension<RequestNonce>>,
    headers: HeaderMap,
    Form(posted): Form<Vec<(String, String)>>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return Redirect::to(STAFF_LOGIN_PATH).into_response();
    };
    let id = match id.as_str() {
        "ny" => None,
        number => match number.parse::<i32>() {
            Ok(id) => Some(id),
            Err(_) => return StatusCode::NOT_FOUND.into_response(),
        },
    };
    let draft = draft_of(&posted);
    match eservices::save(&state.db, &viewer, id, &draft, unix_now()).await {
        Ok(Saved::Done(saved)) => {
            Redirect::to(&format!("{}?sparad=1", eservice_path(saved))).into_response()
        }
        Ok(Saved::Refused(problems)) => {
            let page = id.map_or_else(|| NEW_ESERVICE_PATH.to_owned(), eservice_path);
            let nonce = nonce.map(|axum::Extension(n)| n);
            let submission = EServiceSubmission { draft, problems };
            render_with(state, headers, viewer, nonce, &page, submission).await
        }
        Ok(Saved::NotFound) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!("staff e-service: {e}");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn removed_and_blank_rows_are_left_out_and_texts_are_capped() {
        let long = "x".repeat(10_000);
        let draft = draft_of(&pairs(&[
            ("titel", &long),
            ("svarsdagar", "5"),
            ("bilagor", "ja"),
            ("falt-1-etikett", "Första"),
            ("falt-1-typ", "rad"),
            ("falt-1-kravs", "ja"),
            ("falt-2-etikett", "Borttagen"),
            ("falt-2-ta-bort", "ja"),
            ("falt-3-etikett", ""),
            ("falt-3-typ", "rad"),
            ("falt-4-etikett", "Val"),
            ("falt-4-typ", "val"),
            ("falt-4-val", "A\nB"),
        ]));
        assert_eq!(draft.title.chars().count(), TITLE_MAX + 100);
        assert!(draft.attachments);
        let labels: Vec<&str> = draft.fields.iter().map(|f| f.label.as_str()).collect();
        assert_eq!(labels, ["Första", "Val"]);
        assert!(draft.fields[0].required && !draft.fields[1].required);
        assert_eq!(draft.fields[1].options, "A\nB");
    }
}
