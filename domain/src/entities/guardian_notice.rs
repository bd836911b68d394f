//! A guardian's own notification settings for one child (DOMAIN.md §4): to be told of new
//! messages in the child's inbox, the guardian fills in their mobile and/or e-mail under that
//! child's settings — one row per child and guardian. Kept when the child turns 13 (nothing is
//! cleared automatically); the youth may remove it.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "guardian_notice")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub child: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub guardian: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub notify_sms: bool,
    pub notify_email: bool,
    pub updated_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
