//! Retention (DOMAIN.md §5, §6): a case and everything in it is deleted two years after the
//! case closed. Run by a scheduled job; the clock is passed in, so tests can move it.

use chrono::{DateTime, Months};
use samla_model::case::RETENTION_YEARS;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect, TransactionTrait,
};

use crate::attachments::records;
use crate::entities::{care_case, case_message, prelude::*};
use crate::file_store::FileStore;

/// The most cases one batch deletes.
pub const BATCH: u64 = 500;

/// Cases closed at or before this moment are due for deletion at `now`.
pub fn cutoff(now: i64) -> i64 {
    DateTime::from_timestamp(now, 0)
        .and_then(|moment| moment.checked_sub_months(Months::new(12 * RETENTION_YEARS as u32)))
        .map_or(i64::MIN, |moment| moment.timestamp())
}

/// Deletes one batch of due cases with their messages and files; the deleted cases' ids.
/// The files' objects go first: if anything fails after that, the rows are still due and the
/// next run finishes the work, so no object outlives its case.
pub async fn purge_batch(
    db: &DatabaseConnection,
    store: &FileStore,
    now: i64,
) -> Result<Vec<i64>, crate::attachments::Error> {
    let ids: Vec<i64> = CareCase::find()
        .select_only()
        .column(care_case::Column::Id)
        .filter(care_case::Column::ClosedAt.lte(cutoff(now)))
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(ids);
    }
    records::purge_cases(db, store, &ids).await?;
    let txn = db.begin().await?;
    CaseMessage::delete_many()
        .filter(case_message::Column::CaseId.is_in(ids.clone()))
        .exec(&txn)
        .await?;
    CareCase::delete_many()
        .filter(care_case::Column::Id.is_in(ids.clone()))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(ids)
}
