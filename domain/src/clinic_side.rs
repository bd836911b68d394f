//! The clinic's side of a case, until the staff tool exists (issue 12): receive, answer, ask a
//! counter question, close. Tests and the demo drive the dialogue with these; the staff tool
//! will call them after its own checks of who may. A message to the citizen queues its
//! notification in the same transaction (§3).

use samla_model::attachment::STAFF_FILES_MAX;
use samla_model::case::{Author, CaseStatus};
use samla_model::notification::Notice;
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};

use crate::entities::{care_case, prelude::*};
use crate::{cases, outbox};

/// A member of staff, as the citizen sees them in the thread.
#[derive(Clone, Debug)]
pub struct Staff<'a> {
    pub role: Author,
    pub name: &'a str,
}

/// The files a clinic message carries: `uploader`'s pending files `ids` (at most
/// `STAFF_FILES_MAX` are taken). Once sent they are the citizen's to read.
#[derive(Clone, Copy, Debug)]
pub struct Files<'a> {
    pub uploader: &'a str,
    pub ids: &'a [i64],
}

impl Files<'_> {
    pub const NONE: Files<'static> = Files {
        uploader: "",
        ids: &[],
    };
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sent {
    /// The new message's id.
    Message(i64),
    NotFound,
    Closed,
}

async fn set_status(
    conn: &impl sea_orm::ConnectionTrait,
    case_id: i64,
    status: CaseStatus,
    closed_at: Option<i64>,
    now: i64,
) -> Result<(), DbErr> {
    CareCase::update(care_case::ActiveModel {
        id: Set(case_id),
        status: Set(status.code().to_owned()),
        closed_at: Set(closed_at),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(())
}

/// The clinic has opened a sent case.
pub async fn receive(db: &DatabaseConnection, case_id: i64, now: i64) -> Result<bool, DbErr> {
    match CareCase::find_by_id(case_id).one(db).await? {
        Some(case) if case.status == CaseStatus::Sent.code() => {
            set_status(db, case_id, CaseStatus::Received, None, now).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The clinic writes to the citizen: an answer, or — with `asks_reply` — a counter question,
/// which leaves the case in progress until the citizen answers.
pub async fn write(
    db: &DatabaseConnection,
    case_id: i64,
    staff: &Staff<'_>,
    body: &str,
    asks_reply: bool,
    now: i64,
) -> Result<Sent, DbErr> {
    write_with_files(db, case_id, staff, body, asks_reply, Files::NONE, now).await
}

/// As `write`, with files already checked and pending under their uploader (a member of
/// staff, or the test clinic).
pub async fn write_with_files(
    db: &DatabaseConnection,
    case_id: i64,
    staff: &Staff<'_>,
    body: &str,
    asks_reply: bool,
    files: Files<'_>,
    now: i64,
) -> Result<Sent, DbErr> {
    let txn = db.begin().await?;
    let Some(case) = CareCase::find_by_id(case_id).one(&txn).await? else {
        return Ok(Sent::NotFound);
    };
    if case.status == CaseStatus::Closed.code() {
        return Ok(Sent::Closed);
    }
    let id = cases::add_message(
        &txn,
        case.id,
        &case.personnummer,
        case.clinic_id,
        staff.role,
        staff.name,
        body,
        asks_reply,
        now,
    )
    .await?;
    attach_files(&txn, files, &case.personnummer, case.id, id).await?;
    let status = if asks_reply {
        CaseStatus::InProgress
    } else {
        CaseStatus::Answered
    };
    set_status(&txn, case.id, status, None, now).await?;
    outbox::notify_person(&txn, &case.personnummer, Notice::NewMessage, now).await?;
    txn.commit().await?;
    Ok(Sent::Message(id))
}

/// Attaches `files` (at most `STAFF_FILES_MAX`) to the clinic's message `message_id` in the
/// case about `person`, who then owns them.
pub async fn attach_files(
    conn: &impl sea_orm::ConnectionTrait,
    files: Files<'_>,
    person: &str,
    case_id: i64,
    message_id: i64,
) -> Result<u64, DbErr> {
    let ids: Vec<i64> = files.ids.iter().copied().take(STAFF_FILES_MAX).collect();
    crate::attachments::records::attach(conn, files.uploader, person, &ids, case_id, message_id)
        .await
}

/// The clinic closes the case: no more replies; retention counts from now.
pub async fn close(db: &DatabaseConnection, case_id: i64, now: i64) -> Result<bool, DbErr> {
    match CareCase::find_by_id(case_id).one(db).await? {
        Some(case) if case.status != CaseStatus::Closed.code() => {
            set_status(db, case_id, CaseStatus::Closed, Some(now), now).await?;
            Ok(true)
        }
        _ => Ok(false),
    }
}
