//! Booking (issue 11): clinics publish times by kind of visit (`schedule`), citizens see a
//! week of free times (`times`) and book, rebook and cancel (`book`); their bookings
//! (`mine`).

pub mod book;
pub mod mine;
pub mod schedule;
pub mod times;

use chrono::{NaiveDate, TimeZone};
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
