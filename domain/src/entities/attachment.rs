//! A file attached to a case message (DOMAIN.md §6). `personnummer` is the person the case is
//! about (who may read it); `message_id` is empty while the file is uploaded but not yet sent.
//! The bytes are in the object store under `object_key`. Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub case_id: Option<i64>,
    pub message_id: Option<i64>,
    pub name: String,
    /// `samla_model::attachment::FileKind` code: the MIME type judged from the content.
    pub content_type: String,
    pub size: i64,
    /// Hex SHA-256 of the bytes as stored.
    pub sha256: String,
    #[sea_orm(unique)]
    pub object_key: String,
    pub uploaded_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
