//! Login sessions on the server (DOMAIN.md §2): a random id in the browser's cookie, only its
//! SHA-256 in the database, so every instance shares the sessions and a copy of the database
//! opens none. A session ends after `idle` without a request, after `absolute` in all, or at
//! logout; an ended session never works again. Time is passed in (Unix seconds).

use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use crate::entities::{prelude::*, session};
use crate::secrets::{hash, random_token};

/// How long a session lasts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub idle_secs: i64,
    pub absolute_secs: i64,
    /// How long before the end the page warns (and offers to stay logged in).
    pub warn_secs: i64,
}

impl Default for Limits {
    /// 15 minutes without a request, 12 hours in all, a warning 2 minutes before the end.
    fn default() -> Limits {
        Limits {
            idle_secs: 15 * 60,
            absolute_secs: 12 * 3600,
            warn_secs: 120,
        }
    }
}

/// A live session, with the name of whose it is (read in the same query: this runs on every
/// request of a logged-in citizen).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Live {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    /// When it ends unless the citizen does something.
    pub expires_at: i64,
    /// In proxy mode: the child the guardian acts for, still allowed at this lookup (§4).
    pub acting_for: Option<crate::proxy::Child>,
}

/// Opens a session for `personnummer`; the id is for the cookie only.
pub async fn open(
    db: &impl ConnectionTrait,
    personnummer: &str,
    now: i64,
) -> Result<String, DbErr> {
    let id = random_token();
    Session::insert(session::ActiveModel {
        id_hash: Set(hash(&id)),
        personnummer: Set(personnummer.to_owned()),
        created_at: Set(now),
        last_seen_at: Set(now),
        ended_at: Set(None),
        acting_for: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(id)
}

/// The live session with this id at `now`. With `activity` the request counts as use: the
/// time of the last request is written (at most every few seconds, so a busy page costs no
/// write per request) and the idle limit starts again.
pub async fn resolve(
    db: &impl ConnectionTrait,
    id: &str,
    limits: Limits,
    now: i64,
    activity: bool,
) -> Result<Option<Live>, DbErr> {
    let Some((found, Some(person))) = Session::find_by_id(hash(id))
        .find_also_related(Person)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let deadline = |last_seen: i64| {
        (last_seen + limits.idle_secs).min(found.created_at + limits.absolute_secs)
    };
    if found.ended_at.is_some() || now >= deadline(found.last_seen_at) {
        return Ok(None);
    }
    // Proxy mode holds only while the rule does (a birthday or a protection ends it).
    let acting_for = match &found.acting_for {
        Some(child) => match crate::proxy::may_act(db, &found.personnummer, child, now).await? {
            Ok(child) => Some(child),
            Err(_) => {
                crate::proxy::stop(db, id, &found.personnummer).await?;
                None
            }
        },
        None => None,
    };
    let live = |expires_at| Live {
        expires_at,
        personnummer: found.personnummer.clone(),
        given_name: person.given_name.clone(),
        family_name: person.family_name.clone(),
        acting_for: acting_for.clone(),
    };
    if !activity {
        return Ok(Some(live(deadline(found.last_seen_at))));
    }
    let throttle = (limits.idle_secs / 30).clamp(1, 30);
    if now - found.last_seen_at >= throttle {
        Session::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(now))
            .filter(session::Column::IdHash.eq(&found.id_hash))
            .exec(db)
            .await?;
    }
    Ok(Some(live(deadline(now.max(found.last_seen_at)))))
}

/// Ends the session with this id (logout). Ending an unknown or ended session does nothing.
pub async fn end(db: &impl ConnectionTrait, id: &str, now: i64) -> Result<(), DbErr> {
    Session::update_many()
        .col_expr(session::Column::EndedAt, Expr::value(now))
        .filter(session::Column::IdHash.eq(hash(id)))
        .filter(session::Column::EndedAt.is_null())
        .exec(db)
        .await
        .map(drop)
}
