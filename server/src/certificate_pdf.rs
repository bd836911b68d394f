//! `GET /intyg/{id}/pdf`: a citizen's own certificate as a PDF, made when asked for
//! (`samla_domain::certificates::pdf`) off the async workers, as a download named after the
//! certificate. Another's certificate or none: the same 404. Each read is in the access log.

use axum::{
    body::Body,
    extract::{Path, State},
    http::{HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use samla_app::i18n::{date::long_date, texts};
use samla_domain::certificates::{self, pdf};
use samla_model::access::Resource;
use samla_model::{Lang, login::Viewer};

use crate::AppState;
use crate::attachment_routes::content_disposition;

pub const PATH: &str = "/intyg/{id}/pdf";

pub async fn get(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    viewer: Option<axum::Extension<Viewer>>,
) -> Response {
    let Some(axum::Extension(viewer)) = viewer else {
        return StatusCode::UNAUTHORIZED.into_response();
    };
    let found = match certificates::one(&state.db, &viewer.personnummer, id).await {
        Ok(Some(found)) => found,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return unavailable(e),
    };
    if let Err(e) = crate::own_read::record(&state, &viewer, Resource::Certificates).await {
        return unavailable(e);
    }
    // The certificate is issued in Swedish, so its dates are too.
    let sv = texts(Lang::Sv);
    let date = |at: i64| {
        long_date(
            sv,
            &samla_domain::swedish_date::local_date(at)
                .format("%Y-%m-%d")
                .to_string(),
        )
    };
    let issued = date(found.at);
    let valid_until = found.valid_until.map(date);
    let person = viewer.name();
    let personnummer = samla_model::personnummer::Personnummer::parse(&viewer.personnummer)
        .map(|p| p.display())
        .unwrap_or_else(|_| viewer.personnummer.clone());
    let title = found.title.clone();
    let made = tokio::task::spawn_blocking(move || {
        pdf::render(&pdf::Content {
            title: &found.title,
            person: &person,
            personnummer: &personnummer,
            issued: &issued,
            valid_until: valid_until.as_deref(),
            body: &found.body,
            issuer: &found.issuer,
            clinic: &found.clinic_name,
        })
    })
    .await;
    let bytes = match made {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => return unavailable(format!("certificate pdf: {}", e.0)),
        Err(e) => return unavailable(e),
    };
    let mut response = Response::new(Body::from(bytes));
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(value) = HeaderValue::from_str(&content_disposition(true, &format!("{title}.pdf"))) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    response
}

fn unavailable(e: impl std::fmt::Display) -> Response {
    tracing::error!("certificate: {e}");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "Intyget går inte att hämta just nu. Försök igen senare.",
    )
        .into_response()
}
