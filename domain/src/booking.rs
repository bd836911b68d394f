//! Booking (issue 11): clinics publish times by kind of visit (`schedule`), citizens see a
//! week of free times (`times`) and book, rebook and cancel (`book`); their bookings
//! (`mine`).

pub mod book;
pub mod mine;
pub mod schedule;
pub mod times;

use chrono::{NaiveDate, TimeZone};

/// A day on the Swedish calendar.
pub type Day = NaiveDate;
use chrono_tz::Europe::Stockholm;

/// The e-service slug of a booking's thread of messages (a closed case of its own), so case
/// lists can leave these out: they are shown as bookings.
pub const THREAD_ESERVICE: &str = "boka-tid";

/// Midnight at the start of `day` on a Swedish clock, as Unix seconds.
pub fn day_start(day: NaiveDate) -> i64 {
    Stockholm
        .from_local_datetime(&day.and_hms_opt(0, 0, 0).expect("midnight"))
        .earliest()
        .map_or(0, |m| m.timestamp())
}

use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use crate::entities::{clinic, prelude::*, visit_slot};

/// The clinic `hsa_id`, if it takes bookings here.
pub async fn bookable_clinic(
    conn: &impl ConnectionTrait,
    hsa_id: &str,
) -> Result<Option<clinic::Model>, DbErr> {
    if hsa_id.len() > 64 {
        return Ok(None);
    }
    Clinic::find()
        .filter(clinic::Column::HsaId.eq(hsa_id))
        .filter(clinic::Column::OnlineBooking.eq(true))
        .one(conn)
        .await
}

/// The time `slot_id` and its clinic, if the clinic takes bookings (taken or not).
pub async fn slot_at(
    conn: &impl ConnectionTrait,
    slot_id: i64,
) -> Result<Option<(visit_slot::Model, clinic::Model)>, DbErr> {
    let Some(slot) = VisitSlot::find_by_id(slot_id).one(conn).await? else {
        return Ok(None);
    };
    let clinic = Clinic::find_by_id(slot.clinic_id).one(conn).await?;
    Ok(clinic.filter(|c| c.online_booking).map(|c| (slot, c)))
}

/// The clinic a booking is at (its address and phone number now).
pub async fn clinic_of(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
) -> Result<Option<clinic::Model>, DbErr> {
    Clinic::find_by_id(clinic_id).one(conn).await
}

/// A day as a page's address gives it (`YYYY-MM-DD`), if it is one.
pub fn parse_day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d").ok()
}
