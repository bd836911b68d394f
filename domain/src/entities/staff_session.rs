//! A staff tool session: only the SHA-256 of the cookie's id, the member and the clinic they
//! work at in it. Apart from citizens' sessions, with a shorter idle limit.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    pub hsa_id: String,
    pub clinic_id: i32,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub ended_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
