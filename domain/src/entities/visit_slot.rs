//! One bookable time. `taken` with no `booking_id` is a time someone booked elsewhere (by
//! phone, at the desk); with one, the booking here that holds it. Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "visit_slot")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub clinic_id: i32,
    /// `samla_model::booking::VisitType` code.
    pub visit_type: String,
    pub starts_at: i64,
    pub minutes: i32,
    pub taken: bool,
    pub booking_id: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
