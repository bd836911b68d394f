//! A person in the population register (folkbokföringen); the demo keeps a copy of its own.
//! Name and address come from here and are never edited in the portal (DOMAIN.md §2).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "person")]
pub struct Model {
    /// The 12 digits.
    #[sea_orm(primary_key, auto_increment = false)]
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// Skyddade personuppgifter: the address is never shown, proxy is impossible (§4).
    pub protected_identity: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
