//! The access log (DOMAIN.md §3): every read of a citizen's personal data is recorded — who,
//! in which role, what, when — and the citizen reads it page by page, newest first. Reading the
//! log itself is not recorded (it would only ever show the citizen reading it).

use samla_model::access::{PAGE_SIZE, Resource, Role};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
};

use crate::entities::{access_log, prelude::*};

/// Who read.
#[derive(Clone, Debug, PartialEq)]
pub struct Reader {
    /// A personnummer, or a staff member's HSA-id.
    pub id: String,
    pub name: String,
    pub role: Role,
}

impl Reader {
    /// The logged-in reader behind `viewer`: the citizen, or the guardian acting for a child.
    pub fn of(viewer: &samla_model::login::Viewer) -> Reader {
        let (id, name, role) = viewer.reader();
        Reader { id, name, role }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub reader_name: String,
    pub role: Role,
    pub resource: Resource,
    pub at: i64,
}

/// One page of the log, and whether there are older reads.
#[derive(Clone, Debug, PartialEq)]
pub struct LogPage {
    pub entries: Vec<Entry>,
    pub more: bool,
}

/// A repeat of the same read (reader, role, whose data, what kind) within this long is not
/// recorded again: the log tells the minute, and a citizen paging through their own inbox
/// would otherwise write a row per page, each one a database write on the request's path.
pub const REPEAT_SECS: i64 = 60;
/// The most reads remembered; past it the memory starts over.
const REMEMBERED_MAX: usize = 10_000;

type ReadKey = (String, String, Role, Resource);

/// The reads this instance recorded in the last `REPEAT_SECS` (one per application state, so
/// two databases never share it).
#[derive(Default)]
pub struct RecentReads {
    seen: std::sync::Mutex<std::collections::HashMap<ReadKey, i64>>,
}

impl RecentReads {
    /// Whether a read at `now` is to be recorded, remembering it if so.
    fn take(&self, key: &ReadKey, now: i64) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.get(key).is_some_and(|at| now - at < REPEAT_SECS) {
            return false;
        }
        if seen.len() >= REMEMBERED_MAX {
            seen.retain(|_, at| now - *at < REPEAT_SECS);
            if seen.len() >= REMEMBERED_MAX {
                seen.clear();
            }
        }
        seen.insert(key.clone(), now);
        true
    }

    fn forget(&self, key: &ReadKey) {
        self.seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }
}

/// Records a read of `subject`'s data unless the same read was recorded in the last
/// `REPEAT_SECS`.
pub async fn record_read(
    conn: &impl ConnectionTrait,
    recent: &RecentReads,
    subject: &str,
    reader: &Reader,
    resource: Resource,
    now: i64,
) -> Result<(), DbErr> {
    let key = (subject.to_owned(), reader.id.clone(), reader.role, resource);
    if !recent.take(&key, now) {
        return Ok(());
    }
    let recorded = record(conn, subject, reader, resource, now).await;
    if recorded.is_err() {
        recent.forget(&key);
    }
    recorded
}

pub async fn record(
    conn: &impl ConnectionTrait,
    subject: &str,
    reader: &Reader,
    resource: Resource,
    now: i64,
) -> Result<(), DbErr> {
    AccessLog::insert(access_log::ActiveModel {
        subject: Set(subject.to_owned()),
        actor_id: Set(reader.id.clone()),
        actor_name: Set(reader.name.clone()),
        role: Set(reader.role.code().to_owned()),
        resource: Set(resource.code().to_owned()),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

/// Page `page` (from 1; capped at `MAX_PAGE`) of the reads of `subject`'s data.
pub async fn page(conn: &impl ConnectionTrait, subject: &str, page: u64) -> Result<LogPage, DbErr> {
    let select = AccessLog::find()
        .filter(access_log::Column::Subject.eq(subject))
        .order_by_desc(access_log::Column::Id);
    let found = crate::paging::fetch(conn, select, page, PAGE_SIZE).await?;
    Ok(LogPage {
        more: found.more,
        entries: found
            .items
            .into_iter()
            .map(|row| Entry {
                reader_name: row.actor_name,
                role: Role::from_code(&row.role).unwrap_or(Role::Staff),
                resource: Resource::from_code(&row.resource).unwrap_or(Resource::Settings),
                at: row.at,
            })
            .collect(),
    })
}
