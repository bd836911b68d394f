//! The e-services a clinic offers citizens: the standard ones for each kind of case it takes
//! (`samla_model::case::standard_eservices`), and the local ones it defined itself.

use samla_model::case::{EServiceForm, FIELDS_MAX, standard_eservices};
use samla_model::clinic::CaseType;
use sea_orm::{ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

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

/// Every e-service the clinic with `hsa_id` offers, standard ones first.
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
    let local = LocalEService::find()
        .filter(local_eservice::Column::ClinicId.eq(found.id))
        .all(conn)
        .await?;
    forms.extend(
        local
            .iter()
            .filter_map(|row| serde_json::from_str::<EServiceForm>(&row.form).ok())
            .filter(|form| !form.fields.is_empty() && form.fields.len() <= FIELDS_MAX),
    );
    Ok(forms
        .into_iter()
        .map(|form| Offered {
            clinic_id: found.id,
            clinic_name: found.name.clone(),
            hsa_id: found.hsa_id.clone(),
            citizen_attachments: attachments(form.case_type),
            form,
        })
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

/// Adds a local e-service to a clinic (the staff tool's, later; the demo's and tests' now).
pub async fn add_local(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
    form: &EServiceForm,
) -> Result<(), DbErr> {
    LocalEService::insert(local_eservice::ActiveModel {
        clinic_id: Set(clinic_id),
        slug: Set(form.slug.clone()),
        form: Set(serde_json::to_string(form).expect("a form serialises")),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}
