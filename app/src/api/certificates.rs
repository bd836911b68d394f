//! Certificates (`/intyg`, issue 11): the logged-in citizen's certificates, one as a page, and
//! its PDF (made on the server: `server/src/certificate_pdf.rs`).

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const CERTIFICATES_PATH: &str = "/intyg";

pub fn certificate_path(id: i64) -> String {
    format!("{CERTIFICATES_PATH}/{id}")
}

/// The certificate's PDF, served by the server itself (not a page).
pub fn certificate_pdf_path(id: i64) -> String {
    format!("{CERTIFICATES_PATH}/{id}/pdf")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CertificateItem {
    pub id: i64,
    /// As issued, in Swedish.
    pub title: String,
    pub body: String,
    /// `YYYY-MM-DD`, Swedish time.
    pub issued: String,
    pub valid_until: Option<String>,
    pub issuer: String,
    pub clinic: String,
}

/// The logged-in citizen's certificates, newest first.
#[server(prefix = "/api", endpoint = "my_certificates")]
pub async fn my_certificates() -> Result<Vec<CertificateItem>, ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    let viewer = require_viewer()?;
    let found = samla_domain::certificates::mine(&db(), &viewer.personnummer, now_ms() / 1000)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, samla_model::access::Resource::Certificates).await?;
    Ok(found.into_iter().map(on_server::item).collect())
}

/// One of the logged-in citizen's certificates; `None` for another's or none.
#[server(prefix = "/api", endpoint = "my_certificate")]
pub async fn my_certificate(id: i64) -> Result<Option<CertificateItem>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let found = samla_domain::certificates::one(&db(), &viewer.personnummer, id)
        .await
        .map_err(failed)?;
    if found.is_some() {
        super::request::log_own_read(&viewer, samla_model::access::Resource::Certificates).await?;
    }
    Ok(found.map(on_server::item))
}

#[cfg(feature = "ssr")]
pub mod on_server {
    use super::CertificateItem;

    pub fn item(c: samla_domain::entities::certificate::Model) -> CertificateItem {
        let date = |at: i64| {
            samla_domain::swedish_date::local_date(at)
                .format("%Y-%m-%d")
                .to_string()
        };
        CertificateItem {
            id: c.id,
            issued: date(c.at),
            valid_until: c.valid_until.map(date),
            title: c.title,
            body: c.body,
            issuer: c.issuer,
            clinic: c.clinic_name,
        }
    }
}
