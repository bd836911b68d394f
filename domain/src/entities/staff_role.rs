//! A role of a member of staff at a clinic (`samla_model::staff::StaffRole` code), and who
//! granted it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_role")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hsa_id: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub clinic_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub role: String,
    pub granted_by: String,
    pub granted_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
