//! A notification waiting to be sent, or sent (DOMAIN.md §3). Written in the same transaction
//! as the event it tells of; the worker claims due rows, sends them with the row's idempotency
//! key, and marks them sent or due again later. Times are Unix seconds.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// Given to the SMS gateway and as the e-mail's Message-ID, so a retry after a crash
    /// between sending and marking is recognised as the same notification.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub personnummer: String,
    /// `sms`, `email` or `brev` (`samla_model::notification::Channel`).
    pub channel: String,
    pub address: String,
    pub notice: String,
    pub subject: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// `queued`, `sent` or `failed` (given up after the last retry).
    pub status: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    /// While a worker sends it; another worker takes it only after this.
    pub claimed_until: Option<i64>,
    pub sent_at: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
