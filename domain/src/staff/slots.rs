//! Bookable times as the clinic manages them (DOMAIN.md §7): a receiver or administrator sees
//! a day's times of a kind of visit — free, booked, held for an invitation — publishes more
//! times on a day, and withdraws times: a free one at once; a booked one only with a message
//! to the citizen, whose booking the clinic then cancels (the message in the booking's thread,
//! one notification); one held for an invitation not while the invitation waits for an answer.

use chrono::{Days, NaiveDate};
use samla_model::booking::{BookingStatus, DAYS_AHEAD, VisitType};
use samla_model::case::{Author, ProblemKind, check_reply};
use samla_model::notification::Notice;
use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, TransactionTrait, sea_query::OnConflict,
};

use super::audit::{self, Action};
use crate::access_log::{self, Reader, RecentReads};
use crate::booking::{
    book::visit_name_sv,
    day_start,
    schedule::{ensure_days, moment},
};
use crate::entities::{booking, invitation, prelude::*, visit_slot};
use crate::swedish_date::{local_date, local_date_time};
use crate::{cases, outbox};
use samla_model::access::Resource;
use samla_model::invitation::InvitationStatus;

/// At most this many times are published at once (a day of 10-minute times is ~50).
pub const PUBLISH_MAX: u64 = 60;
/// At most this many times of one kind on one day are listed.
pub const DAY_MAX: u64 = 200;

/// Whether the member manages the clinic's times (`StaffViewer::manages_times`).
pub fn may_schedule(viewer: &StaffViewer) -> bool {
    viewer.manages_times()
}

/// A time of the day as the clinic's list shows it (who booked it is not shown there).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeState {
    Free,
    Booked,
    /// Held for an invitation that waits for the citizen's answer.
    Invited,
    /// Taken with no booking or invitation here: booked by phone or at the desk.
    Held,
}

/// The day's times of `visit` at the member's clinic, made first if nobody has looked yet.
pub async fn day(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    visit: VisitType,
    day: NaiveDate,
) -> Result<Vec<(visit_slot::Model, TimeState)>, DbErr> {
    if !may_schedule(viewer) {
        return Ok(Vec::new());
    }
    ensure_days(db, viewer.clinic_id, &[day]).await?;
    let times = VisitSlot::find()
        .filter(visit_slot::Column::ClinicId.eq(viewer.clinic_id))
        .filter(visit_slot::Column::VisitType.eq(visit.code()))
        .filter(visit_slot::Column::StartsAt.gte(day_start(day)))
        .filter(visit_slot::Column::StartsAt.lt(day_start(day + Days::new(1))))
        .order_by_asc(visit_slot::Column::StartsAt)
        .limit(DAY_MAX)
        .all(db)
        .await?;
    let held: Vec<i64> = times
        .iter()
        .filter(|s| s.taken && s.booking_id.is_none())
        .map(|s| s.id)
        .collect();
    let invited: Vec<i64> = Invitation::find()
        .filter(invitation::Column::SlotId.is_in(held))
        .filter(invitation::Column::Status.eq(InvitationStatus::Sent.code()))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.slot_id)
        .collect();
    Ok(times
        .into_iter()
        .map(|slot| {
            let state = match (slot.taken, slot.booking_id) {
                (false, _) => TimeState::Free,
                (true, Some(_)) => TimeState::Booked,
                (true, None) if invited.contains(&slot.id) => TimeState::Invited,
                (true, None) => TimeState::Held,
            };
            (slot, state)
        })
        .collect())
}

/// What is wrong with times to publish.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PublishProblem {
    /// Not a day from today to the booking horizon.
    Day,
    /// The first time is not before the last, or not on the clock.
    Hours,
    /// More than `PUBLISH_MAX` times.
    TooMany,
}

/// What came of publishing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Published {
    /// How many times are new (one already there is left as it is).
    Added(u64),
    Refused(PublishProblem),
    NotAllowed,
}

/// Publishes times of `visit` on `day` from minute `first` (after midnight) to `last`, one
/// visit's length apart, each ending by `last`.
pub async fn publish(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    visit: VisitType,
    day: NaiveDate,
    (first, last): (u32, u32),
    now: i64,
) -> Result<Published, DbErr> {
    if !may_schedule(viewer) {
        return Ok(Published::NotAllowed);
    }
    let today = local_date(now);
    if day < today || day >= today + Days::new(u64::from(DAYS_AHEAD)) {
        return Ok(Published::Refused(PublishProblem::Day));
    }
    let length = visit.minutes();
    if first >= last || last > 24 * 60 {
        return Ok(Published::Refused(PublishProblem::Hours));
    }
    let starts: Vec<u32> = (first..last)
        .step_by(length as usize)
        .filter(|m| m + length <= last)
        .collect();
    if starts.is_empty() {
        return Ok(Published::Refused(PublishProblem::Hours));
    }
    if starts.len() as u64 > PUBLISH_MAX {
        return Ok(Published::Refused(PublishProblem::TooMany));
    }
    // The day's regular times first, so they are not made again over these later.
    ensure_days(db, viewer.clinic_id, &[day]).await?;
    let rows: Vec<visit_slot::ActiveModel> = starts
        .into_iter()
        .filter_map(|m| moment(day, m as i32))
        .filter(|starts_at| *starts_at > now)
        .map(|starts_at| visit_slot::ActiveModel {
            clinic_id: Set(viewer.clinic_id),
            visit_type: Set(visit.code().to_owned()),
            starts_at: Set(starts_at),
            minutes: Set(length as i32),
            taken: Set(false),
            booking_id: Set(None),
            ..Default::default()
        })
        .collect();
    let txn = db.begin().await?;
    let added = if rows.is_empty() {
        0
    } else {
        VisitSlot::insert_many(rows)
            .on_conflict(
                OnConflict::columns([
                    visit_slot::Column::ClinicId,
                    visit_slot::Column::VisitType,
                    visit_slot::Column::StartsAt,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?
    };
    audit::record(
        &txn,
        &viewer.hsa_id,
        viewer.clinic_id,
        Action::PublishTimes,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Published::Added(added))
}

/// A booked time of the clinic's and whose booking it is, for the member about to withdraw
/// it; the read is in the citizen's access log.
pub async fn booked(
    db: &DatabaseConnection,
    recent: &RecentReads,
    viewer: &StaffViewer,
    slot_id: i64,
    now: i64,
) -> Result<Option<(visit_slot::Model, String)>, DbErr> {
    if !may_schedule(viewer) {
        return Ok(None);
    }
    let Some(slot) = VisitSlot::find_by_id(slot_id)
        .one(db)
        .await?
        .filter(|s| s.clinic_id == viewer.clinic_id)
    else {
        return Ok(None);
    };
    let Some(booking) = slot.booking_id else {
        return Ok(None);
    };
    let Some(found) = Booking::find_by_id(booking)
        .one(db)
        .await?
        .filter(|b| b.status == BookingStatus::Booked.code())
    else {
        return Ok(None);
    };
    let (id, name, role) = viewer.reader(None);
    let reader = Reader { id, name, role };
    access_log::record_read(
        db,
        recent,
        &found.personnummer,
        &reader,
        Resource::Bookings,
        now,
    )
    .await?;
    let name = Person::find_by_id(found.personnummer.clone())
        .one(db)
        .await?
        .map(|p| format!("{} {}", p.given_name, p.family_name))
        .unwrap_or_default();
    Ok(Some((slot, name)))
}

/// What came of withdrawing a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Withdrawn {
    Done,
    /// A booked time: withdrawn only with a message to the citizen.
    NeedsMessage,
    /// The message is too long.
    Text(ProblemKind),
    /// Held for an invitation (or booked elsewhere): not withdrawn here.
    Held,
    /// Not the clinic's, past, gone, or not the member's to manage.
    NotFound,
}

/// Withdraws the clinic's time `slot_id`; a booked one with `message` to the citizen, whose
/// booking is cancelled by the clinic.
pub async fn withdraw(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    slot_id: i64,
    message: &str,
    now: i64,
) -> Result<Withdrawn, DbErr> {
    if !may_schedule(viewer) {
        return Ok(Withdrawn::NotFound);
    }
    let txn = db.begin().await?;
    let Some(slot) = VisitSlot::find_by_id(slot_id)
        .one(&txn)
        .await?
        .filter(|s| s.clinic_id == viewer.clinic_id && s.starts_at > now)
    else {
        return Ok(Withdrawn::NotFound);
    };
    let Some(booking_id) = slot.booking_id.filter(|_| slot.taken) else {
        if slot.taken {
            return Ok(Withdrawn::Held);
        }
        // Free: gone at once, unless someone booked it this moment.
        let gone = VisitSlot::delete_many()
            .filter(visit_slot::Column::Id.eq(slot.id))
            .filter(visit_slot::Column::Taken.eq(false))
            .exec(&txn)
            .await?;
        if gone.rows_affected != 1 {
            return Ok(Withdrawn::NeedsMessage);
        }
        audit::record(
            &txn,
            &viewer.hsa_id,
            viewer.clinic_id,
            Action::WithdrawTime,
            now,
        )
        .await?;
        txn.commit().await?;
        return Ok(Withdrawn::Done);
    };
    let message = match check_reply(message) {
        Ok(message) => message,
        Err(ProblemKind::Missing) => return Ok(Withdrawn::NeedsMessage),
        Err(problem) => return Ok(Withdrawn::Text(problem)),
    };
    let Some(found) = Booking::find_by_id(booking_id).one(&txn).await? else {
        return Ok(Withdrawn::NotFound);
    };
    Booking::update(booking::ActiveModel {
        id: Set(found.id),
        status: Set(BookingStatus::Cancelled.code().to_owned()),
        cancelled_at: Set(Some(now)),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(&txn)
    .await?;
    VisitSlot::delete_by_id(slot.id).exec(&txn).await?;
    let visit = VisitType::from_code(&slot.visit_type).unwrap_or(VisitType::Doctor);
    let (day, time) = local_date_time(slot.starts_at);
    let body = format!(
        "Mottagningen har avbokat din tid.\n{}, {}\n{day} kl. {time}\n\n{message}",
        visit_name_sv(visit),
        found.clinic_name
    );
    let author = if viewer.has(StaffRole::Handler) {
        Author::Handler
    } else {
        Author::Receiver
    };
    let name = format!("{}, {}", viewer.name(), viewer.title);
    cases::add_message(
        &txn,
        found.case_id,
        &found.personnummer,
        found.clinic_id,
        author,
        &name,
        &body,
        false,
        now,
    )
    .await?;
    outbox::notify_person(&txn, &found.personnummer, Notice::NewMessage, now).await?;
    audit::on_case(
        &txn,
        viewer,
        Action::WithdrawTime,
        found.case_id,
        &found.personnummer,
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(Withdrawn::Done)
}
