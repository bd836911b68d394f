//! Logins under way at an OpenID Connect issuer (DOMAIN.md §2): what the answer is checked
//! against. Taken once, by the browser that started it, within ten minutes: a replayed or
//! stolen answer finds nothing.

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use crate::{
    entities::{oidc_login, prelude::*},
    secrets::hash,
};

/// How long the citizen has at the issuer.
pub const VALID_SECS: i64 = 600;

/// What the answer is checked with.
#[derive(Clone, Debug, PartialEq)]
pub struct Pending {
    pub nonce: String,
    pub pkce_verifier: String,
    pub next: String,
}

pub async fn start(
    conn: &impl ConnectionTrait,
    state: &str,
    browser_secret: &str,
    pending: &Pending,
    now: i64,
) -> Result<(), DbErr> {
    // Old ones are of no use to anyone.
    OidcLogin::delete_many()
        .filter(oidc_login::Column::StartedAt.lt(now - VALID_SECS))
        .exec(conn)
        .await?;
    OidcLogin::insert(oidc_login::ActiveModel {
        state_hash: Set(hash(state)),
        browser_hash: Set(hash(browser_secret)),
        nonce: Set(pending.nonce.clone()),
        pkce_verifier: Set(pending.pkce_verifier.clone()),
        next_path: Set(pending.next.clone()),
        started_at: Set(now),
        used: Set(false),
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// The login with this state, if this browser started it, it is fresh and not used; it is
/// marked used in the same step, so two answers with one state never both get it.
pub async fn take(
    conn: &impl ConnectionTrait,
    state: &str,
    browser_secret: &str,
    now: i64,
) -> Result<Option<Pending>, DbErr> {
    let state_hash = hash(state);
    let taken = OidcLogin::update_many()
        .col_expr(oidc_login::Column::Used, Expr::value(true))
        .filter(oidc_login::Column::StateHash.eq(&state_hash))
        .filter(oidc_login::Column::BrowserHash.eq(hash(browser_secret)))
        .filter(oidc_login::Column::Used.eq(false))
        .filter(oidc_login::Column::StartedAt.gte(now - VALID_SECS))
        .exec(conn)
        .await?;
    if taken.rows_affected != 1 {
        return Ok(None);
    }
    Ok(OidcLogin::find_by_id(state_hash)
        .one(conn)
        .await?
        .map(|row| Pending {
            nonce: row.nonce,
            pkce_verifier: row.pkce_verifier,
            next: row.next_path,
        }))
}
