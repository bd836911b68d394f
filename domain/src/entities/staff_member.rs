//! A member of care staff (DOMAIN.md §7), known by their HSA-id; in real life from the HSA
//! catalogue behind a SITHS login, here seeded test personas.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_member")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub hsa_id: String,
    pub given_name: String,
    pub family_name: String,
    /// As citizens see it under a message: "Sjuksköterska", "Distriktsläkare".
    pub title: String,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
