//! Booking, rebooking and cancelling (issue 11). A time is taken by one conditional update
//! (`taken = false` → `true`), inside the transaction that writes the booking, so of any
//! number of people trying one time at once exactly one gets it, on either engine; the
//! others are told it was just taken. Each change is a message in the booking's thread in
//! the inbox, with its notification.

use samla_model::booking::{
    BOOK_LEAD_SECS, BookingStatus, NOTE_MAX, UPCOMING_MAX, VisitType, change_open,
};
use samla_model::case::{Author, CaseStatus};
use samla_model::notification::Notice;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, TransactionSession, TransactionTrait, sea_query::Expr,
};

use crate::cases::{Writer, add_message};
use crate::entities::{booking, care_case, prelude::*, visit_slot};
use crate::outbox;
use crate::swedish_date::local_date_time;

/// Why a booking, a rebooking or a cancellation was not made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Someone else took the time first (or it is no longer bookable).
    Taken,
    /// The time is in the past or too close to book.
    TooLate,
    /// Within 24 hours of the visit: call the clinic (its number).
    CallClinic(String),
    /// The person already holds the most upcoming bookings allowed.
    TooMany,
    /// The note to the clinic is longer than allowed.
    NoteTooLong,
    /// No such time, or no such booking of this person's: never told apart from another's.
    NotFound,
    /// The booking is already cancelled.
    Cancelled,
}

/// The confirmation's text in the thread: what, where, when.
fn confirmation(visit: VisitType, clinic: &str, starts_at: i64, what: &str) -> String {
    let (day, time) = local_date_time(starts_at);
    format!(
        "{what}\n{}, {clinic}\n{day} kl. {time}",
        visit_name_sv(visit)
    )
}

/// The visit's name in the inbox thread, which is written once, in Swedish (as every
/// message a clinic writes).
pub fn visit_name_sv(visit: VisitType) -> &'static str {
    match visit {
        VisitType::Doctor => "Besök hos läkare",
        VisitType::Nurse => "Besök hos sjuksköterska",
        VisitType::Vaccination => "Vaccination",
        VisitType::Sampling => "Provtagning",
        VisitType::Midwife => "Besök hos barnmorska",
        VisitType::Dentist => "Besök hos tandläkare",
        VisitType::DentalHygienist => "Besök hos tandhygienist",
    }
}

/// Takes `slot` for `booking_id` if nobody holds it: whether this call got it.
async fn take(
    conn: &impl ConnectionTrait,
    slot: i64,
    booking_id: i64,
    earliest: i64,
) -> Result<bool, DbErr> {
    let taken = VisitSlot::update_many()
        .col_expr(visit_slot::Column::Taken, Expr::value(true))
        .col_expr(visit_slot::Column::BookingId, Expr::value(booking_id))
        .filter(visit_slot::Column::Id.eq(slot))
        .filter(visit_slot::Column::Taken.eq(false))
        .filter(visit_slot::Column::StartsAt.gte(earliest))
        .exec(conn)
        .await?;
    Ok(taken.rows_affected == 1)
}

/// Frees `slot` if `booking_id` holds it.
async fn release(conn: &impl ConnectionTrait, slot: i64, booking_id: i64) -> Result<(), DbErr> {
    VisitSlot::update_many()
        .col_expr(visit_slot::Column::Taken, Expr::value(false))
        .col_expr(visit_slot::Column::BookingId, Expr::value(None::<i64>))
        .filter(visit_slot::Column::Id.eq(slot))
        .filter(visit_slot::Column::BookingId.eq(booking_id))
        .exec(conn)
        .await?;
    Ok(())
}

/// The clinic's phone number, for "call us" once digital changes have closed.
async fn clinic_phone(conn: &impl ConnectionTrait, clinic_id: i32) -> Result<String, DbErr> {
    Ok(Clinic::find_by_id(clinic_id)
        .one(conn)
        .await?
        .map(|c| c.phone)
        .unwrap_or_default())
}

/// The clinic's message about a booking (`what` happened, and the time `starts_at`), in its
/// thread, and its notification.
async fn tell(
    conn: &impl ConnectionTrait,
    booking: &booking::Model,
    what: &str,
    starts_at: i64,
    now: i64,
) -> Result<(), DbErr> {
    let visit = VisitType::from_code(&booking.visit_type).unwrap_or(VisitType::Doctor);
    let body = confirmation(visit, &booking.clinic_name, starts_at, what);
    add_message(
        conn,
        booking.case_id,
        &booking.personnummer,
        booking.clinic_id,
        Author::Receiver,
        &booking.clinic_name,
        &body,
        false,
        now,
    )
    .await?;
    outbox::notify_person(conn, &booking.personnummer, Notice::NewMessage, now).await?;
    Ok(())
}

/// Books `slot_id` for `writer.owner`, with a `note` to the clinic; the booking's id. `db`
/// may be a transaction of the caller's (an invitation's answer), which then decides.
pub async fn book(
    db: &impl TransactionTrait,
    writer: &Writer<'_>,
    slot_id: i64,
    note: &str,
    now: i64,
) -> Result<Result<i64, Refused>, DbErr> {
    let note = note.trim();
    if note.chars().count() > NOTE_MAX {
        return Ok(Err(Refused::NoteTooLong));
    }
    let txn = db.begin().await?;
    let Some(slot) = VisitSlot::find_by_id(slot_id).one(&txn).await? else {
        return Ok(Err(Refused::NotFound));
    };
    let Some(visit) = VisitType::from_code(&slot.visit_type) else {
        return Ok(Err(Refused::NotFound));
    };
    let Some(clinic) = Clinic::find_by_id(slot.clinic_id).one(&txn).await? else {
        return Ok(Err(Refused::NotFound));
    };
    if !clinic.online_booking {
        return Ok(Err(Refused::NotFound));
    }
    if slot.starts_at < now + BOOK_LEAD_SECS {
        return Ok(Err(Refused::TooLate));
    }
    if slot.taken {
        return Ok(Err(Refused::Taken));
    }
    let upcoming = Booking::find()
        .filter(booking::Column::Personnummer.eq(writer.owner))
        .filter(booking::Column::Status.eq(BookingStatus::Booked.code()))
        .filter(booking::Column::StartsAt.gt(now))
        .count(&txn)
        .await?;
    if upcoming >= UPCOMING_MAX {
        return Ok(Err(Refused::TooMany));
    }
    let (day, time) = local_date_time(slot.starts_at);
    let case = CareCase::insert(care_case::ActiveModel {
        personnummer: Set(writer.owner.to_owned()),
        clinic_id: Set(clinic.id),
        clinic_name: Set(clinic.name.clone()),
        eservice: Set(super::THREAD_ESERVICE.to_owned()),
        case_type: Set(samla_model::clinic::CaseType::Booking.code().to_owned()),
        title_sv: Set("Bokad tid".to_owned()),
        title_en: Set("Booked appointment".to_owned()),
        subject: Set(format!("{} {day} kl. {time}", visit_name_sv(visit))),
        // Nothing to answer: questions about the booking go through the clinic's e-services.
        status: Set(CaseStatus::Closed.code().to_owned()),
        citizen_attachments: Set(false),
        expected_reply: Set(String::new()),
        started_by: Set(writer.author.code().to_owned()),
        started_by_name: Set(writer.name.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        // Kept as long as any closed case (retention counts from here).
        closed_at: Set(Some(now)),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    let id = Booking::insert(booking::ActiveModel {
        personnummer: Set(writer.owner.to_owned()),
        clinic_id: Set(clinic.id),
        clinic_name: Set(clinic.name.clone()),
        visit_type: Set(visit.code().to_owned()),
        slot_id: Set(slot.id),
        starts_at: Set(slot.starts_at),
        minutes: Set(slot.minutes),
        status: Set(BookingStatus::Booked.code().to_owned()),
        note: Set(note.to_owned()),
        case_id: Set(case),
        started_by: Set(writer.author.code().to_owned()),
        started_by_name: Set(writer.name.to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        cancelled_at: Set(None),
        ..Default::default()
    })
    .exec(&txn)
    .await?
    .last_insert_id;
    if !take(&txn, slot.id, id, now + BOOK_LEAD_SECS).await? {
        // Someone else's booking took it between our read and now: nothing of ours stays.
        txn.rollback().await?;
        return Ok(Err(Refused::Taken));
    }
    let booked = Booking::find_by_id(id)
        .one(&txn)
        .await?
        .expect("just written");
    tell(&txn, &booked, "Din tid är bokad.", slot.starts_at, now).await?;
    txn.commit().await?;
    Ok(Ok(id))
}

/// `owner`'s booking `id`, if it is theirs.
pub async fn owned(
    conn: &impl ConnectionTrait,
    owner: &str,
    id: i64,
) -> Result<Option<booking::Model>, DbErr> {
    Ok(Booking::find_by_id(id)
        .one(conn)
        .await?
        .filter(|b| b.personnummer == owner))
}

/// Checks that `owner`'s booking `id` can still be changed digitally at `now`.
async fn changeable(
    conn: &impl ConnectionTrait,
    owner: &str,
    id: i64,
    now: i64,
) -> Result<Result<booking::Model, Refused>, DbErr> {
    let Some(found) = owned(conn, owner, id).await? else {
        return Ok(Err(Refused::NotFound));
    };
    if found.status == BookingStatus::Cancelled.code() {
        return Ok(Err(Refused::Cancelled));
    }
    if !change_open(found.starts_at, now) {
        return Ok(Err(Refused::CallClinic(
            clinic_phone(conn, found.clinic_id).await?,
        )));
    }
    Ok(Ok(found))
}

/// Moves `owner`'s booking `id` to `slot_id` (the same clinic and kind of visit): the new
/// time is taken before the old one is let go, so a failed move leaves the booking as it was.
pub async fn rebook(
    db: &DatabaseConnection,
    owner: &str,
    id: i64,
    slot_id: i64,
    now: i64,
) -> Result<Result<(), Refused>, DbErr> {
    let txn = db.begin().await?;
    let found = match changeable(&txn, owner, id, now).await? {
        Ok(found) => found,
        Err(refused) => return Ok(Err(refused)),
    };
    let Some(slot) = VisitSlot::find_by_id(slot_id)
        .one(&txn)
        .await?
        .filter(|s| s.clinic_id == found.clinic_id && s.visit_type == found.visit_type)
    else {
        return Ok(Err(Refused::NotFound));
    };
    if slot.starts_at < now + BOOK_LEAD_SECS {
        return Ok(Err(Refused::TooLate));
    }
    if !take(&txn, slot.id, found.id, now + BOOK_LEAD_SECS).await? {
        txn.rollback().await?;
        return Ok(Err(Refused::Taken));
    }
    release(&txn, found.slot_id, found.id).await?;
    Booking::update(booking::ActiveModel {
        id: Set(found.id),
        slot_id: Set(slot.id),
        starts_at: Set(slot.starts_at),
        minutes: Set(slot.minutes),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    tell(&txn, &found, "Din tid är ombokad.", slot.starts_at, now).await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// Cancels `owner`'s booking `id`; the time is free for others at once.
pub async fn cancel(
    db: &DatabaseConnection,
    owner: &str,
    id: i64,
    now: i64,
) -> Result<Result<(), Refused>, DbErr> {
    let txn = db.begin().await?;
    let found = match changeable(&txn, owner, id, now).await? {
        Ok(found) => found,
        Err(refused) => return Ok(Err(refused)),
    };
    release(&txn, found.slot_id, found.id).await?;
    Booking::update(booking::ActiveModel {
        id: Set(found.id),
        status: Set(BookingStatus::Cancelled.code().to_owned()),
        cancelled_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    tell(&txn, &found, "Din tid är avbokad.", found.starts_at, now).await?;
    txn.commit().await?;
    Ok(Ok(()))
}
