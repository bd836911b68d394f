//! A login under way at an OpenID Connect issuer: the state (only its hash), the browser that
//! started it (a hash of its login cookie), the nonce and PKCE verifier to check the answer
//! with, and where to go afterwards. Used once: a replayed answer finds it used.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "oidc_login")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub state_hash: String,
    pub browser_hash: String,
    pub nonce: String,
    pub pkce_verifier: String,
    pub next_path: String,
    /// Unix seconds.
    pub started_at: i64,
    pub used: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
