//! Cases as the citizen meets them (DOMAIN.md §5): started through an e-service's form, with
//! the date an answer can be expected; the thread, read by the person it is about; replies
//! until the clinic closes it. A sent case or message cannot be recalled: nothing here edits
//! or deletes one (only retention does, two years after closing).

use samla_model::case::{Answer, Author, CaseStatus, EServiceForm, FieldKind, NO, YES};
use samla_model::fold::fold;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, TransactionSession, TransactionTrait,
};

use crate::attachments::records;
use crate::entities::{care_case, case_message, prelude::*};
pub use crate::paging::Page;
use crate::{eservices::Offered, swedish_date::local_date, working_days::add_working_days};

/// Cases a page of the list shows.
pub const CASES_PER_PAGE: u64 = 25;
/// The most messages a case page shows (the newest are kept).
pub const THREAD_MAX: u64 = 200;

/// Who writes: the person the case is about, or their guardian on their behalf.
#[derive(Clone, Debug)]
pub struct Writer<'a> {
    pub owner: &'a str,
    pub author: Author,
    pub name: &'a str,
}

/// The date an answer can be expected, for a case sent at `now` to an e-service that answers
/// within `reply_days` working days.
pub fn expected_reply(now: i64, reply_days: u32) -> String {
    add_working_days(local_date(now), reply_days)
        .format("%Y-%m-%d")
        .to_string()
}

/// The first message of a case: each question and its answer.
pub fn answers_text(form: &EServiceForm, answers: &[Answer]) -> String {
    form.fields
        .iter()
        .filter_map(|field| {
            let answer = answers.iter().find(|a| a.key == field.key)?;
            let value = match (field.kind, answer.value.as_str()) {
                (FieldKind::YesNo, YES) => "Ja",
                (FieldKind::YesNo, NO) => "Nej",
                (_, value) => value,
            };
            (!value.is_empty()).then(|| format!("{}\n{value}", field.label_sv))
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// At most `CITIZEN_FILES_MAX` of a citizen's files go with one message.
fn citizen_files(files: &[i64]) -> &[i64] {
    &files[..files.len().min(samla_model::attachment::CITIZEN_FILES_MAX)]
}

/// Starts a case with the checked `answers` and the writer's pending `files` (ignored where
/// the e-service takes none; the form route says so first); its id.
pub async fn start(
    db: &impl TransactionTrait,
    writer: &Writer<'_>,
    offered: &Offered,
    answers: &[Answer],
    files: &[i64],
    now: i64,
) -> Result<i64, DbErr> {
    let form = &offered.form;
    // The first one-line answer names the case in lists; else the e-service's title.
    let subject = form
        .fields
        .iter()
        .filter(|f| f.kind == samla_model::case::FieldKind::Line)
        .find_map(|f| {
            answers
                .iter()
                .find(|a| a.key == f.key && !a.value.is_empty())
        })
        .map(|a| a.value.clone())
        .unwrap_or_else(|| form.title_sv.clone());
    let txn = db.begin().await?;
    let inserted = CareCase::insert(care_case::ActiveModel {
        personnummer: Set(writer.owner.to_owned()),
        clinic_id: Set(offered.clinic_id),
        clinic_name: Set(offered.clinic_name.clone()),
        eservice: Set(form.slug.clone()),
        case_type: Set(form.case_type.code().to_owned()),
        title_sv: Set(form.title_sv.clone()),
        title_en: Set(form.title_en.clone()),
        subject: Set(subject),
        status: Set(CaseStatus::Sent.code().to_owned()),
        citizen_attachments: Set(offered.citizen_attachments),
        expected_reply: Set(expected_reply(now, form.reply_days)),
        started_by: Set(writer.author.code().to_owned()),
        started_by_name: Set(writer.name.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        closed_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let case_id = inserted.last_insert_id;
    let body = answers_text(form, answers);
    let message = add_message(
        &txn,
        case_id,
        writer.owner,
        offered.clinic_id,
        writer.author,
        writer.name,
        &body,
        false,
        now,
    )
    .await?;
    if offered.citizen_attachments {
        records::attach(
            &txn,
            writer.owner,
            writer.owner,
            citizen_files(files),
            case_id,
            message,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(case_id)
}

/// Writes one message into a case's thread.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn add_message(
    conn: &impl ConnectionTrait,
    case_id: i64,
    owner: &str,
    clinic_id: i32,
    author: Author,
    name: &str,
    body: &str,
    asks_reply: bool,
    now: i64,
) -> Result<i64, DbErr> {
    let inserted = CaseMessage::insert(case_message::ActiveModel {
        case_id: Set(case_id),
        personnummer: Set(owner.to_owned()),
        clinic_id: Set(clinic_id),
        from_clinic: Set(author.is_staff()),
        author: Set(author.code().to_owned()),
        author_name: Set(name.to_owned()),
        body: Set(body.to_owned()),
        body_folded: Set(fold(body)),
        asks_reply: Set(asks_reply),
        created_at: Set(now),
        read_at: Set(None),
        reminded_at: Set(None),
        ..Default::default()
    })
    .exec(conn)
    .await?;
    Ok(inserted.last_insert_id)
}

/// What came of a reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replied {
    Sent,
    /// No such case of this person's: never told apart from someone else's case.
    NotFound,
    Closed,
}

/// The citizen (or guardian) replies in the thread, with their pending `files` where the case
/// takes them; the case waits for the clinic again, with a new expected date.
pub async fn reply(
    db: &DatabaseConnection,
    writer: &Writer<'_>,
    case_id: i64,
    body: &str,
    files: &[i64],
    now: i64,
) -> Result<Replied, DbErr> {
    let txn = db.begin().await?;
    let Some(case) = owned(&txn, writer.owner, case_id).await? else {
        return Ok(Replied::NotFound);
    };
    if case.status == CaseStatus::Closed.code() {
        return Ok(Replied::Closed);
    }
    let message = add_message(
        &txn,
        case.id,
        writer.owner,
        case.clinic_id,
        writer.author,
        writer.name,
        body,
        false,
        now,
    )
    .await?;
    if case.citizen_attachments {
        records::attach(
            &txn,
            writer.owner,
            writer.owner,
            citizen_files(files),
            case.id,
            message,
        )
        .await?;
    }
    let reply_days = crate::eservices::find_by_id(&txn, case.clinic_id, &case.eservice)
        .await?
        .map_or(3, |o| o.form.reply_days);
    CareCase::update(care_case::ActiveModel {
        id: Set(case.id),
        status: Set(CaseStatus::Sent.code().to_owned()),
        expected_reply: Set(expected_reply(now, reply_days)),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    txn.commit().await?;
    Ok(Replied::Sent)
}

/// `case_id`, if it is `owner`'s.
pub async fn owned(
    conn: &impl ConnectionTrait,
    owner: &str,
    case_id: i64,
) -> Result<Option<care_case::Model>, DbErr> {
    Ok(CareCase::find_by_id(case_id)
        .one(conn)
        .await?
        .filter(|case| case.personnummer == owner))
}

/// A case with its thread, oldest message first.
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    pub case: care_case::Model,
    pub messages: Vec<case_message::Model>,
}

/// The case `case_id` with its thread, if it is `owner`'s.
pub async fn thread(
    conn: &impl ConnectionTrait,
    owner: &str,
    case_id: i64,
) -> Result<Option<Thread>, DbErr> {
    let Some(case) = owned(conn, owner, case_id).await? else {
        return Ok(None);
    };
    let mut messages = CaseMessage::find()
        .filter(case_message::Column::CaseId.eq(case.id))
        .order_by_desc(case_message::Column::Id)
        .limit(THREAD_MAX)
        .all(conn)
        .await?;
    messages.reverse();
    Ok(Some(Thread { case, messages }))
}

/// `owner`'s cases that are not closed, the latest changed first: at most `max`, and whether
/// there are more.
pub async fn open_cases(
    conn: &impl ConnectionTrait,
    owner: &str,
    max: u64,
) -> Result<(Vec<care_case::Model>, bool), DbErr> {
    let mut found = CareCase::find()
        .filter(care_case::Column::Personnummer.eq(owner))
        .filter(care_case::Column::Eservice.ne(crate::booking::THREAD_ESERVICE))
        .filter(care_case::Column::Status.ne(CaseStatus::Closed.code()))
        .order_by_desc(care_case::Column::UpdatedAt)
        .order_by_desc(care_case::Column::Id)
        .limit(max + 1)
        .all(conn)
        .await?;
    let more = found.len() as u64 > max;
    found.truncate(max as usize);
    Ok((found, more))
}

/// Page `page` (from 1, at most `samla_model::access::MAX_PAGE`) of `owner`'s cases, the
/// latest changed first.
pub async fn list(
    conn: &impl ConnectionTrait,
    owner: &str,
    page: u64,
) -> Result<Page<care_case::Model>, DbErr> {
    let select = CareCase::find()
        .filter(care_case::Column::Personnummer.eq(owner))
        // A booking's messages are shown with the booking, not as a case.
        .filter(care_case::Column::Eservice.ne(crate::booking::THREAD_ESERVICE))
        .order_by_desc(care_case::Column::UpdatedAt)
        .order_by_desc(care_case::Column::Id);
    crate::paging::fetch(conn, select, page, CASES_PER_PAGE).await
}
