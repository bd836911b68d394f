//! A care contact in the health record: a visit, a call or a video meeting, with who the
//! caregiver was, why, the note written and the diagnosis set (ICD-10 code and its words;
//! both empty when none was set). `at` is Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "care_contact")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub at: i64,
    /// `samla_model::records::ContactKind` code.
    pub contact_kind: String,
    pub clinic_name: String,
    pub caregiver: String,
    pub reason: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub diagnosis_code: String,
    pub diagnosis_text: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
