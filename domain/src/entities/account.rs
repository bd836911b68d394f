//! A citizen's account: created at the first login, which activates the e-services
//! (DOMAIN.md §2), with the settings only the citizen may change (§3). Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub personnummer: String,
    pub activated_at: i64,
    pub mobile: Option<String>,
    pub email: Option<String>,
    pub notify_sms: bool,
    pub notify_email: bool,
    /// Whether care-givers may see the mobile and e-mail (does not affect notifications).
    pub share_contact: bool,
    pub updated_at: i64,
    /// When the citizen last confirmed they had reviewed their settings (a youth is asked at
    /// the first login after turning 13, DOMAIN.md §4).
    pub reviewed_at: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
