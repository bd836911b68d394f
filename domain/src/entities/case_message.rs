//! One message in a case's thread. Messages from the clinic are the inbox; `read_at` is the
//! read receipt the clinic sees. `body_folded` is the body folded for searching
//! (`samla_model::fold`). Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "case_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub case_id: i64,
    /// The person the case is about (the inbox it lands in).
    pub personnummer: String,
    pub clinic_id: i32,
    pub from_clinic: bool,
    /// `samla_model::case::Author` code.
    pub author: String,
    pub author_name: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    #[sea_orm(column_type = "Text")]
    pub body_folded: String,
    pub asks_reply: bool,
    pub created_at: i64,
    pub read_at: Option<i64>,
    pub reminded_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
