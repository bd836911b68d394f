//! An e-service a clinic defined itself, besides the standard ones: its form as JSON
//! (`samla_model::case::EServiceForm`), and whether citizens see it yet.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "local_e_service")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub clinic_id: i32,
    pub slug: String,
    #[sea_orm(column_type = "Text")]
    pub form: String,
    /// Only a published one is offered to citizens.
    pub published: bool,
    pub updated_by: String,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
