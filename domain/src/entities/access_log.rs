//! One read of a citizen's personal data: whose (`subject`), by whom, in which role, what,
//! and when (Unix seconds). The citizen sees them under "Vem har läst mina uppgifter".

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "access_log")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub subject: String,
    /// A personnummer, or a staff member's HSA-id.
    pub actor_id: String,
    pub actor_name: String,
    /// `samla_model::access::Role` code.
    pub role: String,
    /// `samla_model::access::Resource` code.
    pub resource: String,
    pub at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
