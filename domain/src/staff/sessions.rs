//! Staff tool sessions: as citizens' (`crate::sessions`: a random id in a cookie of its own,
//! only its SHA-256 stored) but with the staff limits, and bound to the clinic the member
//! works at. Every lookup reads the roles again, so a role taken away ends the access at the
//! next request.

use samla_model::staff::{STAFF_ABSOLUTE_SECS, STAFF_IDLE_SECS, StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use super::members;
use crate::entities::{prelude::*, staff_session};
use crate::raw_sql::RawSql;
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
    super::audit::record(db, hsa_id, clinic_id, super::audit::Action::LogIn, now).await?;
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
    // One statement: the session, its member, the clinic (only if activated) and the member's
    // roles there, a row per role; no row when any of them is missing.
    let mut sql = RawSql::new(db.get_database_backend());
    let text = format!(
        "SELECT s.id_hash, s.created_at, s.last_seen_at, s.ended_at, m.hsa_id, m.given_name, \
         m.family_name, m.title, c.id AS clinic_id, c.hsa_id AS clinic_hsa_id, \
         c.name AS clinic_name, r.role \
         FROM staff_session s \
         JOIN staff_member m ON m.hsa_id = s.hsa_id \
         JOIN staff_clinic a ON a.clinic_id = s.clinic_id \
         JOIN clinic c ON c.id = s.clinic_id \
         JOIN staff_role r ON r.hsa_id = s.hsa_id AND r.clinic_id = s.clinic_id \
         WHERE s.id_hash = {}",
        sql.bind(hash(id))
    );
    let rows = db.query_all_raw(sql.statement(text)).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let created_at: i64 = first.try_get("", "created_at")?;
    let last_seen_at: i64 = first.try_get("", "last_seen_at")?;
    let ended_at: Option<i64> = first.try_get("", "ended_at")?;
    let deadline =
        |last_seen: i64| (last_seen + STAFF_IDLE_SECS).min(created_at + STAFF_ABSOLUTE_SECS);
    if ended_at.is_some() || now >= deadline(last_seen_at) {
        return Ok(None);
    }
    let mut roles = Vec::new();
    for row in &rows {
        let code: String = row.try_get("", "role")?;
        roles.extend(StaffRole::from_code(&code));
    }
    roles.sort();
    roles.dedup();
    if roles.is_empty() {
        return Ok(None);
    }
    let mut seen = last_seen_at;
    if activity && now - last_seen_at >= 5 {
        let id_hash: String = first.try_get("", "id_hash")?;
        StaffSession::update_many()
            .col_expr(staff_session::Column::LastSeenAt, Expr::value(now))
            .filter(staff_session::Column::IdHash.eq(id_hash))
            .exec(db)
            .await?;
        seen = now;
    }
    let text = |column| first.try_get::<String>("", column);
    Ok(Some(StaffViewer {
        hsa_id: text("hsa_id")?,
        given_name: text("given_name")?,
        family_name: text("family_name")?,
        title: text("title")?,
        clinic_id: first.try_get("", "clinic_id")?,
        clinic_hsa_id: text("clinic_hsa_id")?,
        clinic_name: text("clinic_name")?,
        roles,
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
