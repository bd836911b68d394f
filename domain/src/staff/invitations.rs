//! Invitations (kallelser, DOMAIN.md §7) as the clinic sends them: a member with a case role
//! proposes one of the clinic's free times to a citizen with a message. The time is held for
//! the invitation by the same conditional update a booking takes it with, so it is never
//! offered to two; the message arrives in the citizen's inbox with one notification. The
//! citizen's side is `crate::invitations`.

use samla_model::booking::{BOOK_LEAD_SECS, VisitType};
use samla_model::case::{Author, CaseStatus};
use samla_model::clinic::CaseType;
use samla_model::invitation::{InvitationProblem, InvitationStatus, LIST_MAX, check_text};
use samla_model::notification::Notice;
use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};

use super::audit::{self, Action};
use crate::access_log::{self, Reader, RecentReads};
use crate::booking::{THREAD_ESERVICE, book::visit_name_sv};
use crate::entities::{care_case, invitation, person, prelude::*, visit_slot};
use crate::swedish_date::local_date_time;
use crate::{cases, outbox};
use samla_model::access::Resource;

/// What came of sending.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sent {
    /// The invitation's id.
    Done(i64),
    Refused(InvitationProblem),
    /// The member holds no case role, or nobody has that personnummer.
    NotFound,
}

/// The citizen's inbox words for the proposed time.
pub fn proposed_text(visit: VisitType, clinic: &str, starts_at: i64) -> String {
    let (day, time) = local_date_time(starts_at);
    format!("{}, {clinic}, {day} kl. {time}", visit_name_sv(visit))
}

/// Sends an invitation to `personnummer` for the clinic's free time `slot_id`, with `text`.
pub async fn send(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    personnummer: &str,
    slot_id: i64,
    text: &str,
    now: i64,
) -> Result<Sent, DbErr> {
    if !viewer.sees_cases() || Person::find_by_id(personnummer).one(db).await?.is_none() {
        return Ok(Sent::NotFound);
    }
    let text = match check_text(text) {
        Ok(text) => text,
        Err(problem) => return Ok(Sent::Refused(problem)),
    };
    let txn = db.begin().await?;
    let Some(slot) = VisitSlot::find_by_id(slot_id)
        .one(&txn)
        .await?
        .filter(|s| s.clinic_id == viewer.clinic_id && s.starts_at >= now + BOOK_LEAD_SECS)
    else {
        return Ok(Sent::Refused(InvitationProblem::NoTime));
    };
    let Some(visit) = VisitType::from_code(&slot.visit_type) else {
        return Ok(Sent::Refused(InvitationProblem::NoTime));
    };
    // Held: taken with no booking, so nobody books it while the citizen decides.
    let held = VisitSlot::update_many()
        .col_expr(visit_slot::Column::Taken, Expr::value(true))
        .filter(visit_slot::Column::Id.eq(slot.id))
        .filter(visit_slot::Column::Taken.eq(false))
        .exec(&txn)
        .await?;
    if held.rows_affected != 1 {
        return Ok(Sent::Refused(InvitationProblem::Taken));
    }
    let author = if viewer.has(StaffRole::Handler) {
        Author::Handler
    } else {
        Author::Receiver
    };
    let name = format!("{}, {}", viewer.name(), viewer.title);
    let proposed = proposed_text(visit, &viewer.clinic_name, slot.starts_at);
    let case_id = CareCase::insert(care_case::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        clinic_id: Set(viewer.clinic_id),
        clinic_name: Set(viewer.clinic_name.clone()),
        // A thread like a booking's: shown in the inbox, not as a case to answer.
        eservice: Set(THREAD_ESERVICE.to_owned()),
        case_type: Set(CaseType::Booking.code().to_owned()),
        title_sv: Set("Kallelse".to_owned()),
        title_en: Set("Invitation".to_owned()),
        subject: Set(format!("Kallelse: {proposed}")),
        status: Set(CaseStatus::Closed.code().to_owned()),
        citizen_attachments: Set(false),
        expected_reply: Set(String::new()),
        started_by: Set(author.code().to_owned()),
        started_by_name: Set(name.clone()),
        created_at: Set(now),
        updated_at: Set(now),
        closed_at: Set(Some(now)),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    let body = format!(
        "{text}\n\nFöreslagen tid: {proposed}.\n\nBoka tiden eller be om en annan tid från kallelsen."
    );
    cases::add_message(
        &txn,
        case_id,
        personnummer,
        viewer.clinic_id,
        author,
        &name,
        &body,
        false,
        now,
    )
    .await?;
    let id = Invitation::insert(invitation::ActiveModel {
        personnummer: Set(personnummer.to_owned()),
        clinic_id: Set(viewer.clinic_id),
        slot_id: Set(slot.id),
        visit_type: Set(visit.code().to_owned()),
        starts_at: Set(slot.starts_at),
        case_id: Set(case_id),
        status: Set(InvitationStatus::Sent.code().to_owned()),
        sent_by: Set(viewer.hsa_id.clone()),
        sent_by_name: Set(viewer.name()),
        created_at: Set(now),
        answered_at: Set(None),
        reminded_at: Set(None),
        booking_id: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    outbox::notify_person(&txn, personnummer, Notice::NewMessage, now).await?;
    audit::on_case(
        &txn,
        viewer,
        Action::SendInvitation,
        case_id,
        personnummer,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Sent::Done(id))
}

/// One of the clinic's invitations and the citizen's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub invitation: invitation::Model,
    pub citizen: String,
}

/// The clinic's newest invitations, for a member with a case role (none for others); each
/// citizen listed is in their access log (once a minute per member, as every read is).
pub async fn list(
    db: &DatabaseConnection,
    recent: &RecentReads,
    viewer: &StaffViewer,
    now: i64,
) -> Result<Vec<Listed>, DbErr> {
    if !viewer.sees_cases() {
        return Ok(Vec::new());
    }
    let found = Invitation::find()
        .filter(invitation::Column::ClinicId.eq(viewer.clinic_id))
        .order_by_desc(invitation::Column::Id)
        .limit(LIST_MAX)
        .all(db)
        .await?;
    let people: Vec<String> = found.iter().map(|i| i.personnummer.clone()).collect();
    let names: Vec<person::Model> = Person::find()
        .filter(person::Column::Personnummer.is_in(people))
        .all(db)
        .await?;
    audit::record(
        db,
        &viewer.hsa_id,
        viewer.clinic_id,
        Action::ListInvitations,
        now,
    )
    .await?;
    let (id, name, role) = viewer.reader(None);
    let reader = Reader { id, name, role };
    for person in &names {
        access_log::record_read(
            db,
            recent,
            &person.personnummer,
            &reader,
            Resource::Bookings,
            now,
        )
        .await?;
    }
    Ok(found
        .into_iter()
        .map(|invitation| {
            let citizen = names
                .iter()
                .find(|p| p.personnummer == invitation.personnummer)
                .map(|p| format!("{} {}", p.given_name, p.family_name))
                .unwrap_or_default();
            Listed {
                invitation,
                citizen,
            }
        })
        .collect())
}
