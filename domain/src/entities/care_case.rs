//! A case (ärende) between a citizen and a clinic (DOMAIN.md §5). `personnummer` is the person
//! the case is about; `started_by` says whether they or a guardian started it. The clinic's
//! name and the e-service's title are kept as they were when it was sent. Times are Unix
//! seconds; `expected_reply` is a `YYYY-MM-DD` date.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "care_case")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub clinic_id: i32,
    pub clinic_name: String,
    /// The e-service's slug.
    pub eservice: String,
    /// `samla_model::clinic::CaseType` code.
    pub case_type: String,
    pub title_sv: String,
    pub title_en: String,
    pub subject: String,
    /// `samla_model::case::CaseStatus` code.
    pub status: String,
    pub citizen_attachments: bool,
    pub expected_reply: String,
    /// `samla_model::case::Author` code.
    pub started_by: String,
    pub started_by_name: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub closed_at: Option<i64>,
    /// The handler the case is assigned to (an HSA-id), and their name as shown to staff.
    pub assigned_to: Option<String>,
    pub assigned_name: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
