//! Staff tool sessions: as citizens' (`crate::sessions`: a random id in a cookie of its own,
//! only its SHA-256 stored) but with the staff limits, and bound to the clinic the member
//! works at. Every lookup reads the roles again, so a role taken away ends the access at the
//! next request.

use samla_model::staff::{STAFF_ABSOLUTE_SECS, STAFF_IDLE_SECS, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use super::members;
use crate::entities::{prelude::*, staff_session};
use crate::secrets::{hash, random_token};

/// Opens a session for `hsa_id` at `clinic_id` if they hold a role there; the id is for the
/// cookie only.
pub async fn open(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    now: i64,
) -> Result<Option<String>, DbErr> {
    let Some(member) = members::find(db, hsa_id).await? else {
        return Ok(None);
    };
    if !member.clinics.iter().any(|c| c.id == clinic_id) {
        return Ok(None);
    }
    let id = random_token();
    StaffSession::insert(staff_session::ActiveModel {
        id_hash: Set(hash(&id)),
        hsa_id: Set(hsa_id.to_owned()),
        clinic_id: Set(clinic_id),
        created_at: Set(now),
        last_seen_at: Set(now),
        ended_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    super::audit::record(
        db,
        hsa_id,
        clinic_id,
        super::audit::Action::LogIn,
        None,
        now,
    )
    .await?;
    Ok(Some(id))
}

/// The member behind a live session at `now`, with their roles at its clinic; `activity`
/// counts the request as use (the idle limit starts again).
pub async fn resolve(
    db: &impl ConnectionTrait,
    id: &str,
    now: i64,
    activity: bool,
) -> Result<Option<StaffViewer>, DbErr> {
    let Some(found) = StaffSession::find_by_id(hash(id)).one(db).await? else {
        return Ok(None);
    };
    let deadline =
        |last_seen: i64| (last_seen + STAFF_IDLE_SECS).min(found.created_at + STAFF_ABSOLUTE_SECS);
    if found.ended_at.is_some() || now >= deadline(found.last_seen_at) {
        return Ok(None);
    }
    let Some(member) = members::find(db, &found.hsa_id).await? else {
        return Ok(None);
    };
    let Some(clinic) = member.clinics.into_iter().find(|c| c.id == found.clinic_id) else {
        return Ok(None);
    };
    let mut seen = found.last_seen_at;
    if activity && now - found.last_seen_at >= 5 {
        StaffSession::update_many()
            .col_expr(staff_session::Column::LastSeenAt, Expr::value(now))
            .filter(staff_session::Column::IdHash.eq(&found.id_hash))
            .exec(db)
            .await?;
        seen = now;
    }
    Ok(Some(StaffViewer {
        hsa_id: member.hsa_id,
        given_name: member.given_name,
        family_name: member.family_name,
        title: member.title,
        clinic_id: clinic.id,
        clinic_hsa_id: clinic.hsa_id,
        clinic_name: clinic.name,
        roles: clinic.roles,
        expires_at: deadline(if activity { now } else { seen }),
    }))
}

/// Ends the session (logout); an unknown or ended one stays as it is.
pub async fn end(db: &impl ConnectionTrait, id: &str, now: i64) -> Result<(), DbErr> {
    StaffSession::update_many()
        .col_expr(staff_session::Column::EndedAt, Expr::value(now))
        .filter(staff_session::Column::IdHash.eq(hash(id)))
        .filter(staff_session::Column::EndedAt.is_null())
        .exec(db)
        .await
        .map(drop)
}
