//! A vaccination given: the vaccine, what it protects against and which dose it was.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "vaccination")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub personnummer: String,
    pub at: i64,
    pub vaccine: String,
    pub against: String,
    pub dose: String,
    pub clinic_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
