//! A login session, kept on the server so every instance shares it. Only a SHA-256 of the
//! session id is stored: a copy of the database opens no session. Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "session")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id_hash: String,
    pub personnummer: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    /// Set at logout; an ended session never works again.
    pub ended_at: Option<i64>,
    /// In proxy mode (ombud, DOMAIN.md §4): the child the guardian acts for. Checked again on
    /// every lookup, so a child who turns 13 or a new protection ends it at once.
    pub acting_for: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::person::Entity",
        from = "Column::Personnummer",
        to = "super::person::Column::Personnummer"
    )]
    Person,
}

impl Related<super::person::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Person.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
