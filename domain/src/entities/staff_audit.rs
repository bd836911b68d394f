//! The staff tool's audit log: every action of a member of staff — who, at which clinic,
//! what, on which case and whose data, when.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_audit")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub hsa_id: String,
    pub clinic_id: i32,
    /// `samla_domain::staff::audit::Action` code.
    pub action: String,
    pub case_id: Option<i64>,
    /// The personnummer of the citizen whose data it touched, if any.
    pub subject: Option<String>,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
