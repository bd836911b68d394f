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
