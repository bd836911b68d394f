//! Certificates (intyg, issue 11): the ones issued to a person, newest first, one of them,
//! and that one as a PDF (`pdf.rs`). Only the person's own: another's is never told apart
//! from one that does not exist.

pub mod pdf;

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::entities::{certificate, prelude::*};

/// The most certificates the list shows (a person has a few a year at most).
pub const LIST_MAX: u64 = 100;

/// `owner`'s certificates issued up to `now`, newest first.
pub async fn mine(
    conn: &impl ConnectionTrait,
    owner: &str,
    now: i64,
) -> Result<Vec<certificate::Model>, DbErr> {
    Certificate::find()
        .filter(certificate::Column::Personnummer.eq(owner))
        .filter(certificate::Column::At.lte(now))
        .order_by_desc(certificate::Column::At)
        .order_by_desc(certificate::Column::Id)
        .limit(LIST_MAX)
        .all(conn)
        .await
}

/// `owner`'s certificate `id`, if it is theirs.
pub async fn one(
    conn: &impl ConnectionTrait,
    owner: &str,
    id: i64,
) -> Result<Option<certificate::Model>, DbErr> {
    Certificate::find_by_id(id)
        .filter(certificate::Column::Personnummer.eq(owner))
        .one(conn)
        .await
}
