//! An order of the test identity provider, as a BankID relying-party order (API v6): started
//! by a browser (bound to it by a hash of a cookie), scanned or started in the e-ID app,
//! approved or cancelled there, collected once into a session. Times are Unix milliseconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "login_order")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub order_ref: String,
    /// `bankid` or `freja`.
    pub method: String,
    /// `this` (this device) or `other` (another device, by QR code).
    pub device: String,
    pub auto_start_token: String,
    pub qr_start_token: String,
    /// Never leaves the server: the QR code's HMAC key.
    pub qr_start_secret: String,
    pub browser_hash: String,
    pub next_path: String,
    pub started_at: i64,
    pub scanned_at: Option<i64>,
    /// `pending`, `complete`, `cancelled`, `start_failed` or `expired`.
    pub status: String,
    pub personnummer: Option<String>,
    pub collected: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
