//! Invitations (kallelser, DOMAIN.md §7) as the citizen answers them: book the proposed time
//! (it becomes a booking, with its confirmation) or ask for another (a case to the clinic,
//! and the time is let go); one reminder of an unanswered one. Only the person invited — or
//! a guardian acting for them — sees or answers it. The clinic's side is
//! `crate::staff::invitations`.

use samla_model::booking::VisitType;
use samla_model::case::{Answer, ProblemKind, check_reply, standard_eservices};
use samla_model::clinic::CaseType;
use samla_model::invitation::{InvitationStatus, REMIND_AFTER_DAYS};
use samla_model::notification::Notice;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::Expr,
};

use crate::booking::book::{self, Refused};
use crate::cases::{self, Writer};
use crate::entities::{invitation, prelude::*, visit_slot};
use crate::eservices::Offered;
use crate::outbox;
use crate::staff::invitations::proposed_text;

/// The most invitations one run reminds of; the next run takes the rest.
pub const BATCH: u64 = 500;

/// `owner`'s invitation `id`, if it is theirs.
pub async fn owned(
    conn: &impl ConnectionTrait,
    owner: &str,
    id: i64,
) -> Result<Option<invitation::Model>, DbErr> {
    Ok(Invitation::find_by_id(id)
        .one(conn)
        .await?
        .filter(|i| i.personnummer == owner))
}

/// The invitation whose message thread is `owner`'s case `case_id`, if any.
pub async fn of_case(
    conn: &impl ConnectionTrait,
    owner: &str,
    case_id: i64,
) -> Result<Option<invitation::Model>, DbErr> {
    Invitation::find()
        .filter(invitation::Column::CaseId.eq(case_id))
        .filter(invitation::Column::Personnummer.eq(owner))
        .one(conn)
        .await
}

/// What came of an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answered {
    /// Booked: the booking's id.
    Booked(i64),
    /// Another time was asked for: the case's id.
    ChangeAsked(i64),
    /// The booking could not be made (the time has passed, too many bookings, …).
    Refused(Refused),
    /// The text asking for another time is missing or too long.
    Text(ProblemKind),
    /// Answered before: nothing changed.
    AlreadyAnswered,
    /// No such invitation of this person's.
    NotFound,
}

/// Lets go of the time held for the invitation (a time a booking holds is left alone).
async fn release_hold(conn: &impl ConnectionTrait, slot_id: i64) -> Result<(), DbErr> {
    VisitSlot::update_many()
        .col_expr(visit_slot::Column::Taken, Expr::value(false))
        .filter(visit_slot::Column::Id.eq(slot_id))
        .filter(visit_slot::Column::BookingId.is_null())
        .exec(conn)
        .await
        .map(drop)
}

/// Marks the invitation answered, if nobody answered it first: whether this call did.
async fn mark(
    conn: &impl ConnectionTrait,
    id: i64,
    status: InvitationStatus,
    booking: Option<i64>,
    now: i64,
) -> Result<bool, DbErr> {
    let done = Invitation::update_many()
        .col_expr(invitation::Column::Status, Expr::value(status.code()))
        .col_expr(invitation::Column::AnsweredAt, Expr::value(now))
        .col_expr(invitation::Column::BookingId, Expr::value(booking))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::Status.eq(InvitationStatus::Sent.code()))
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Books the proposed time for `writer.owner`: the held time becomes their booking, in one
/// transaction (nothing changes when the booking is refused).
pub async fn accept(
    db: &DatabaseConnection,
    writer: &Writer<'_>,
    id: i64,
    now: i64,
) -> Result<Answered, DbErr> {
    let txn = db.begin().await?;
    let Some(found) = owned(&txn, writer.owner, id).await? else {
        return Ok(Answered::NotFound);
    };
    if found.status != InvitationStatus::Sent.code() {
        return Ok(Answered::AlreadyAnswered);
    }
    release_hold(&txn, found.slot_id).await?;
    let booking = match book::book(&txn, writer, found.slot_id, "", now).await? {
        Ok(booking) => booking,
        Err(refused) => return Ok(Answered::Refused(refused)),
    };
    if !mark(&txn, id, InvitationStatus::Accepted, Some(booking), now).await? {
        return Ok(Answered::AlreadyAnswered);
    }
    txn.commit().await?;
    Ok(Answered::Booked(booking))
}

/// Asks the clinic for another time, in `text`: a case to the clinic through its "Av- eller
/// omboka tid" form, naming the proposed time; the time is let go.
pub async fn ask_change(
    db: &DatabaseConnection,
    writer: &Writer<'_>,
    id: i64,
    text: &str,
    now: i64,
) -> Result<Answered, DbErr> {
    let text = match check_reply(text) {
        Ok(text) => text,
        Err(problem) => return Ok(Answered::Text(problem)),
    };
    let txn = db.begin().await?;
    let Some(found) = owned(&txn, writer.owner, id).await? else {
        return Ok(Answered::NotFound);
    };
    let Some(clinic) = Clinic::find_by_id(found.clinic_id).one(&txn).await? else {
        return Ok(Answered::NotFound);
    };
    if !mark(&txn, id, InvitationStatus::ChangeAsked, None, now).await? {
        return Ok(Answered::AlreadyAnswered);
    }
    release_hold(&txn, found.slot_id).await?;
    let form = standard_eservices(CaseType::Booking)
        .into_iter()
        .next()
        .expect("the standard booking e-service");
    let visit = VisitType::from_code(&found.visit_type).unwrap_or(VisitType::Doctor);
    let answers = [
        Answer {
            key: "tid".into(),
            value: format!(
                "Kallelse: {}",
                proposed_text(visit, &clinic.name, found.starts_at)
            ),
        },
        Answer {
            key: "onskemal".into(),
            value: text,
        },
    ];
    let offered = Offered {
        clinic_id: clinic.id,
        clinic_name: clinic.name.clone(),
        hsa_id: clinic.hsa_id.clone(),
        form,
        citizen_attachments: false,
    };
    let case = cases::start(&txn, writer, &offered, &answers, &[], now).await?;
    txn.commit().await?;
    Ok(Answered::ChangeAsked(case))
}

/// Queues one reminder of each invitation unanswered `REMIND_AFTER_DAYS` after it was sent;
/// how many.
pub async fn remind_due(db: &DatabaseConnection, now: i64) -> Result<u64, DbErr> {
    let due = Invitation::find()
        .filter(invitation::Column::Status.eq(InvitationStatus::Sent.code()))
        .filter(invitation::Column::CreatedAt.lte(now - REMIND_AFTER_DAYS * 86_400))
        .filter(invitation::Column::RemindedAt.is_null())
        .filter(invitation::Column::StartsAt.gt(now))
        .order_by_asc(invitation::Column::Id)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut reminded = 0;
    for found in due {
        let txn = db.begin().await?;
        // Marked first, with a guard: two runs at once remind of an invitation once.
        let marked = Invitation::update_many()
            .col_expr(invitation::Column::RemindedAt, Expr::value(now))
            .filter(invitation::Column::Id.eq(found.id))
            .filter(invitation::Column::RemindedAt.is_null())
            .exec(&txn)
            .await?;
        if marked.rows_affected == 1 {
            outbox::notify_person(&txn, &found.personnummer, Notice::Reminder, now).await?;
            reminded += 1;
        }
        txn.commit().await?;
    }
    Ok(reminded)
}
