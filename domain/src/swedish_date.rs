//! Today's date in Sweden, wherever the server runs (ages, the personas' birth dates).

use chrono::{Datelike, NaiveDate, Utc};
use chrono_tz::Europe::Stockholm;

pub fn today() -> NaiveDate {
    Utc::now().with_timezone(&Stockholm).date_naive()
}

/// Today as (year, month, day).
pub fn today_ymd() -> (i32, u32, u32) {
    let d = today();
    (d.year(), d.month(), d.day())
}
