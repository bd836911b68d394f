//! The server functions of the clinic's own e-services (DOMAIN.md §7): the administrator's
//! list, one e-service to edit, and publishing or withdrawing one (a plain form answered with
//! a redirect). Saving a draft is a form route of the server's (`server/src/staff_forms.rs`),
//! which shows the editor again with what was typed when something is wrong.

use leptos::prelude::*;
use samla_model::local_eservice::{DraftProblem, EServiceDraft};
use serde::{Deserialize, Serialize};

pub const ESERVICES_PATH: &str = "/personal/e-tjanster";
pub const NEW_ESERVICE_PATH: &str = "/personal/e-tjanster/ny";

pub fn eservice_path(id: i32) -> String {
    format!("{ESERVICES_PATH}/{id}")
}

/// One of the clinic's local e-services in the administrator's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalEServiceItem {
    pub id: i32,
    pub title: String,
    pub fields: usize,
    pub reply_days: u32,
    pub published: bool,
    pub updated_by: String,
    pub updated: String,
    /// Where citizens start it (once published).
    pub citizen_href: String,
}

/// A local e-service to edit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalEServiceView {
    pub id: i32,
    pub draft: EServiceDraft,
    pub published: bool,
    pub citizen_href: String,
}

/// The editor shown again with its mistakes; put on the request by the form route.
#[derive(Clone, Debug, PartialEq)]
pub struct EServiceSubmission {
    pub draft: EServiceDraft,
    pub problems: Vec<DraftProblem>,
}

#[cfg(feature = "ssr")]
mod on_server {
    pub fn citizen_href(viewer: &samla_model::staff::StaffViewer, slug: &str) -> String {
        crate::api::cases::new_case_href(&viewer.clinic_hsa_id, slug)
    }
}

/// The clinic's local e-services, for its administrator (nothing for anyone else).
#[server(prefix = "/api", endpoint = "staff_eservices")]
pub async fn staff_eservices() -> Result<Vec<LocalEServiceItem>, ServerFnError> {
    use super::api::on_server::{failed, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let found = samla_domain::staff::eservices::list(&db(), &viewer)
        .await
        .map_err(failed)?;
    Ok(found
        .into_iter()
        .map(|local| LocalEServiceItem {
            id: local.id,
            citizen_href: on_server::citizen_href(&viewer, &local.form.slug),
            title: local.form.title_sv,
            fields: local.form.fields.len(),
            reply_days: local.form.reply_days,
            published: local.published,
            updated_by: local.updated_by,
            updated: samla_domain::swedish_date::local_date_time(local.updated_at).0,
        })
        .collect())
}

/// The clinic's local e-service `id`, for its administrator.
#[server(prefix = "/api", endpoint = "staff_eservice")]
pub async fn staff_eservice(id: i32) -> Result<Option<LocalEServiceView>, ServerFnError> {
    use super::api::on_server::{failed, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let found = samla_domain::staff::eservices::find(&db(), &viewer, id)
        .await
        .map_err(failed)?;
    Ok(found.map(|local| LocalEServiceView {
        id: local.id,
        citizen_href: on_server::citizen_href(&viewer, &local.form.slug),
        draft: EServiceDraft::of(&local.form),
        published: local.published,
    }))
}

/// Publishes (`publicera` = "ja") or withdraws the e-service; back to it.
#[server(prefix = "/api", endpoint = "staff_publish_eservice")]
pub async fn staff_publish_eservice(id: i32, publicera: String) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    use samla_domain::staff::eservices::Saved;
    let viewer = require_staff()?;
    let publish = publicera == "ja";
    let done = samla_domain::staff::eservices::publish(&db(), &viewer, id, publish, now())
        .await
        .map_err(failed)?;
    match done {
        Saved::Done(_) => {
            let said = if publish {
                "publicerad"
            } else {
                "avpublicerad"
            };
            leptos_axum::redirect(&format!("{}?{said}=1", eservice_path(id)));
            Ok(())
        }
        Saved::Refused(_) | Saved::NotFound => {
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::NOT_FOUND);
            }
            Err(ServerFnError::new(
                "E-tjänsten finns inte. / No such e-service.",
            ))
        }
    }
}
