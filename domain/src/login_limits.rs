//! Failed logins per personnummer (DOMAIN.md §2), counted in the database so the limit holds
//! across instances: after `MAX_FAILURES` within `WINDOW_SECS`, that personnummer cannot log
//! in until the oldest of them is older than the window. A failure is a login the person
//! stopped in the e-ID app, or an attempt with a personnummer the register does not know.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
};

use crate::entities::{login_failure, prelude::*};

pub const MAX_FAILURES: u64 = 5;
pub const WINDOW_SECS: i64 = 15 * 60;

pub async fn record_failure(
    conn: &impl ConnectionTrait,
    personnummer: &str,
    now: i64,
) -> Result<(), DbErr> {
    // Old ones count for nothing: cleared as new ones come, so the table stays small.
    LoginFailure::delete_many()
        .filter(login_failure::Column::At.lt(now - WINDOW_SECS))
        .exec(conn)
        .await?;
    LoginFailure::insert(login_failure::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Whether `personnummer` has used up its failures for now.
pub async fn blocked(
    conn: &impl ConnectionTrait,
    personnummer: &str,
    now: i64,
) -> Result<bool, DbErr> {
    let recent = LoginFailure::find()
        .filter(login_failure::Column::Personnummer.eq(personnummer))
        .filter(login_failure::Column::At.gte(now - WINDOW_SECS))
        .count(conn)
        .await?;
    Ok(recent >= MAX_FAILURES)
}
