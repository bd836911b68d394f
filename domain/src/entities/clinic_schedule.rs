//! A clinic's published week for one kind of visit: on `weekdays` (ISO numbers, "12345" =
//! Monday to Friday), a time every `slot_minutes` from `first_minute` to before
//! `last_minute` (minutes after midnight, Swedish time).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "clinic_schedule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub clinic_id: i32,
    /// `samla_model::booking::VisitType` code.
    pub visit_type: String,
    pub weekdays: String,
    pub first_minute: i32,
    pub last_minute: i32,
    pub slot_minutes: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
