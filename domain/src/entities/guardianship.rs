//! A guardian (vårdnadshavare) and a child, as the population register has them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "guardianship")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub guardian: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub child: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
