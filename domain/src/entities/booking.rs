//! A booked visit. `personnummer` is the person the visit is for; `started_by` says whether
//! they or a guardian booked it. The time is copied from the slot it holds (`slot_id`) and
//! moves with it on rebooking. `case_id` is the thread of messages about it in the inbox.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "booking")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub clinic_id: i32,
    pub clinic_name: String,
    /// `samla_model::booking::VisitType` code.
    pub visit_type: String,
    pub slot_id: i64,
    pub starts_at: i64,
    pub minutes: i32,
    /// `samla_model::booking::BookingStatus` code.
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub note: String,
    pub case_id: i64,
    /// `samla_model::case::Author` code.
    pub started_by: String,
    pub started_by_name: String,
    pub created_at: i64,
    pub updated_at: i64,
    pub cancelled_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
