//! The e-services a clinic offers citizens: the standard ones for each kind of case it takes
//! (`samla_model::case::standard_eservices`), and the local ones it defined itself.

use samla_model::case::{EServiceForm, FIELDS_MAX, standard_eservices};
use samla_model::clinic::CaseType;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{clinic, clinic_case_type, local_eservice, prelude::*};

/// An e-service at one clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Offered {
    pub clinic_id: i32,
    pub clinic_name: String,
    pub hsa_id: String,
    pub form: EServiceForm,
    /// Whether citizens may attach files in this kind of case (§6), said before they write.
    pub citizen_attachments: bool,
}

/// Every e-service the clinic with `hsa_id` offers, standard ones first, then its published
/// local ones.
pub async fn offered(conn: &impl ConnectionTrait, hsa_id: &str) -> Result<Vec<Offered>, DbErr> {
    let Some(found) = Clinic::find()
        .filter(clinic::Column::HsaId.eq(hsa_id))
        .one(conn)
        .await?
    else {
        return Ok(Vec::new());
    };
    let kinds = ClinicCaseType::find()
        .filter(clinic_case_type::Column::ClinicId.eq(found.id))
        .all(conn)
        .await?;
    let attachments = |case_type: CaseType| {
        kinds
            .iter()
            .any(|k| k.case_type == case_type.code() && k.citizen_attachments)
    };
    let mut forms: Vec<EServiceForm> = kinds
        .iter()
        .filter_map(|k| CaseType::from_code(&k.case_type))
        .flat_map(standard_eservices)
        .collect();
    forms.extend(published_local(conn, found.id).await?);
    Ok(forms
        .into_iter()
        .map(|form| Offered {
            clinic_id: found.id,
            clinic_name: found.name.clone(),
            hsa_id: found.hsa_id.clone(),
            citizen_attachments: form
                .attachments
                .unwrap_or_else(|| attachments(form.case_type)),
            form,
        })
        .collect())
}

/// The clinic's published local e-services, oldest first; a form that does not read back
/// whole is left out.
pub async fn published_local(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
) -> Result<Vec<EServiceForm>, DbErr> {
    Ok(LocalEService::find()
        .filter(local_eservice::Column::ClinicId.eq(clinic_id))
        .filter(local_eservice::Column::Published.eq(true))
        .order_by_asc(local_eservice::Column::Id)
        .all(conn)
        .await?
        .iter()
        .filter_map(|row| serde_json::from_str::<EServiceForm>(&row.form).ok())
        .filter(|form| !form.fields.is_empty() && form.fields.len() <= FIELDS_MAX)
        .collect())
}

/// The e-service `slug` at the clinic with `hsa_id`, if it offers it.
pub async fn find(
    conn: &impl ConnectionTrait,
    hsa_id: &str,
    slug: &str,
) -> Result<Option<Offered>, DbErr> {
    Ok(offered(conn, hsa_id)
        .await?
        .into_iter()
        .find(|o| o.form.slug == slug))
}

/// The e-service `slug` at the clinic with id `clinic_id`.
pub async fn find_by_id(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
    slug: &str,
) -> Result<Option<Offered>, DbErr> {
    match Clinic::find_by_id(clinic_id).one(conn).await? {
        Some(found) => find(conn, &found.hsa_id, slug).await,
        None => Ok(None),
    }
}

/// Adds a published local e-service to a clinic (the demo's and tests'; the staff tool's
/// administrators write theirs with `staff::eservices`).
pub async fn add_local(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
    form: &EServiceForm,
) -> Result<(), DbErr> {
    LocalEService::insert(local_eservice::ActiveModel {
        clinic_id: Set(clinic_id),
        slug: Set(form.slug.clone()),
        form: Set(serde_json::to_string(form).expect("a form serialises")),
        published: Set(true),
        updated_by: Set(String::new()),
        updated_at: Set(0),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
