//! Find care and the clinic page. Open to everyone; read-only.

use leptos::prelude::*;
use samla_model::{
    Lang,
    clinic::{ClinicDetail, FindCareQuery, FindCareResult},
};

/// Answers from the in-memory clinic index (no database work). Refused input answers 400 with
/// the catalogue's message in the chosen language.
#[server(prefix = "/api", endpoint = "find_care")]
pub async fn find_care(query: FindCareQuery, lang: Lang) -> Result<FindCareResult, ServerFnError> {
    use samla_domain::find_care::{FindCareError, SwedishNow, find_clinics};
    let catalogue = expect_context::<std::sync::Arc<samla_domain::catalogue::Catalogue>>();
    find_clinics(
        &catalogue.current().clinics,
        &query,
        lang,
        SwedishNow::current(),
    )
    .map_err(|FindCareError::Input(problem)| {
        expect_context::<leptos_axum::ResponseOptions>().set_status(http::StatusCode::BAD_REQUEST);
        let texts = crate::i18n::texts(lang);
        ServerFnError::new(crate::i18n::labels::find_care_input_error(texts, problem))
    })
}

#[server(prefix = "/api", endpoint = "clinic")]
pub async fn get_clinic(hsa_id: String, lang: Lang) -> Result<Option<ClinicDetail>, ServerFnError> {
    use samla_domain::find_care::{SwedishNow, clinic_detail};
    // No real HSA-id is longer; a longer one is simply not a clinic.
    if hsa_id.len() > 64 {
        return Ok(None);
    }
    let db = expect_context::<samla_domain::DatabaseConnection>();
    clinic_detail(&db, &hsa_id, lang, SwedishNow::current())
        .await
        .map_err(|e| {
            tracing::error!("clinic page: {e}");
            ServerFnError::new(
                "Mottagningen gick inte att visa just nu / the clinic could not be shown",
            )
        })
}
