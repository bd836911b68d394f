//! Which people of the demo population register the test identity provider offers in its
//! persona picker, and as what kind of person.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "test_persona")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub personnummer: String,
    /// A `PersonaKind` code.
    pub kind: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
