//! A clinic activated for the staff tool (DOMAIN.md §7): who activated it (an HSA-id) and when.
//! Roles at a clinic that is not activated give no access.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_clinic")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub clinic_id: i32,
    pub activated_by: String,
    pub activated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
