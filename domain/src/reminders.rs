//! Reminders (DOMAIN.md §3): a citizen who has not opened a message that asks for an answer
//! gets one reminder notification, `after_days` days after it was sent.

use samla_model::notification::Notice;
use sea_orm::{
    ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait, sea_query::Expr,
};

use crate::entities::{case_message, prelude::*};
use crate::outbox;

/// The most messages one run reminds of; the next run takes the rest.
pub const BATCH: u64 = 500;

/// Queues the due reminders; how many messages were reminded of.
pub async fn queue_due(db: &DatabaseConnection, now: i64, after_days: u32) -> Result<u64, DbErr> {
    let due_before = now - i64::from(after_days) * 86_400;
    let due = CaseMessage::find()
        .filter(case_message::Column::FromClinic.eq(true))
        .filter(case_message::Column::AsksReply.eq(true))
        .filter(case_message::Column::ReadAt.is_null())
        .filter(case_message::Column::RemindedAt.is_null())
        .filter(case_message::Column::CreatedAt.lte(due_before))
        .order_by_asc(case_message::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut reminded = 0;
    for message in due {
        let txn = db.begin().await?;
        // Marked first, with a guard: two runs at once remind of a message once.
        let marked = CaseMessage::update_many()
            .col_expr(case_message::Column::RemindedAt, Expr::value(now))
            .filter(case_message::Column::Id.eq(message.id))
            .filter(case_message::Column::RemindedAt.is_null())
            .exec(&txn)
            .await?;
        if marked.rows_affected == 1 {
            outbox::notify_person(&txn, &message.personnummer, Notice::Reminder, now).await?;
            reminded += 1;
        }
        txn.commit().await?;
    }
    Ok(reminded)
}
