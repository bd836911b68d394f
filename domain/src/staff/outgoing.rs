//! "Skicka ärende" (DOMAIN.md §7): a member of staff looks a citizen up by personnummer — name
//! and how they will be notified, read-only (§3), the look-up in the citizen's access log —
//! and starts a case to them with a message and files. The citizen gets it in the inbox and
//! one notification, as with any clinic message.

use samla_model::access::Resource;
use samla_model::case::{Author, CaseStatus};
use samla_model::clinic::CaseType;
use samla_model::notification::Notice;
use samla_model::outgoing::NoticeMethod;
use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, TransactionTrait};

use super::audit::{self, Action};
use crate::access_log::{self, Reader, RecentReads};
use crate::clinic_side::Files;
use crate::entities::{care_case, prelude::*};
use crate::{cases, outbox};

/// The e-service slug of a case the clinic started; such a case has no form of its own.
pub const STAFF_ESERVICE: &str = "fran-mottagningen";

/// The citizen as the member sees them before sending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
    pub method: NoticeMethod,
}

/// The citizen with personnummer `digits` (12 digits), if in the population register and the
/// member holds a case role; the look-up is in the citizen's access log and the audit log.
pub async fn recipient(
    db: &DatabaseConnection,
    recent: &RecentReads,
    viewer: &StaffViewer,
    digits: &str,
    now: i64,
) -> Result<Option<Recipient>, DbErr> {
    if !viewer.sees_cases() {
        return Ok(None);
    }
    let Some(person) = Person::find_by_id(digits).one(db).await? else {
        return Ok(None);
    };
    let account = Account::find_by_id(digits).one(db).await?.map(|a| {
        (
            a.notify_sms && a.mobile.is_some(),
            a.notify_email && a.email.is_some(),
        )
    });
    let (id, name, role) = viewer.reader(None);
    let reader = Reader { id, name, role };
    access_log::record_read(db, recent, digits, &reader, Resource::Settings, now).await?;
    let action = Action::LookUpCitizen;
    audit::record_about(
        db,
        &viewer.hsa_id,
        viewer.clinic_id,
        action,
        None,
        Some(digits),
        now,
    )
    .await?;
    Ok(Some(Recipient {
        personnummer: person.personnummer,
        given_name: person.given_name,
        family_name: person.family_name,
        method: NoticeMethod::of(account),
    }))
}

/// A case the member starts: to whom, its subject and first message (checked by
/// `samla_model::outgoing::check_outgoing`), and the member's pending files.
#[derive(Clone, Copy, Debug)]
pub struct Outgoing<'a> {
    pub personnummer: &'a str,
    pub subject: &'a str,
    pub body: &'a str,
    pub asks_reply: bool,
    pub files: &'a [i64],
}

/// Starts the case at the member's clinic: the message in the citizen's inbox, one
/// notification, the case assigned to the member when they are a handler (the answer comes
/// back to them), else left for the receivers. The case's id; None when the member holds no
/// case role or nobody has that personnummer.
pub async fn send(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    out: &Outgoing<'_>,
    now: i64,
) -> Result<Option<i64>, DbErr> {
    if !viewer.sees_cases()
        || Person::find_by_id(out.personnummer)
            .one(db)
            .await?
            .is_none()
    {
        return Ok(None);
    }
    let handler = viewer.has(StaffRole::Handler);
    let author = if handler {
        Author::Handler
    } else {
        Author::Receiver
    };
    let name = format!("{}, {}", viewer.name(), viewer.title);
    let status = if out.asks_reply {
        CaseStatus::InProgress
    } else {
        CaseStatus::Answered
    };
    let txn = db.begin().await?;
    let inserted = CareCase::insert(care_case::ActiveModel {
        personnummer: Set(out.personnummer.to_owned()),
        clinic_id: Set(viewer.clinic_id),
        clinic_name: Set(viewer.clinic_name.clone()),
        eservice: Set(STAFF_ESERVICE.to_owned()),
        case_type: Set(CaseType::Contact.code().to_owned()),
        title_sv: Set("Meddelande från mottagningen".to_owned()),
        title_en: Set("Message from the clinic".to_owned()),
        subject: Set(out.subject.to_owned()),
        status: Set(status.code().to_owned()),
        citizen_attachments: Set(false),
        expected_reply: Set(String::new()),
        started_by: Set(author.code().to_owned()),
        started_by_name: Set(name.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        closed_at: Set(None),
        assigned_to: Set(handler.then(|| viewer.hsa_id.clone())),
        assigned_name: Set(handler.then(|| viewer.name())),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    let case_id = inserted.last_insert_id;
    let message = cases::add_message(
        &txn,
        case_id,
        out.personnummer,
        viewer.clinic_id,
        author,
        &name,
        out.body,
        out.asks_reply,
        now,
    )
    .await?;
    let uploader = viewer.upload_owner();
    let files = Files {
        uploader: &uploader,
        ids: out.files,
    };
    crate::clinic_side::attach_files(&txn, files, out.personnummer, case_id, message).await?;
    outbox::notify_person(&txn, out.personnummer, Notice::NewMessage, now).await?;
    audit::on_case(
        &txn,
        viewer,
        Action::SendCase,
        case_id,
        out.personnummer,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Some(case_id))
}
