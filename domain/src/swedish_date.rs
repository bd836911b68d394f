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

/// A moment (Unix seconds) as the date (`YYYY-MM-DD`) and time (`HH:MM`) on a Swedish clock.
pub fn local_date_time(unix_secs: i64) -> (String, String) {
    let moment = chrono::DateTime::from_timestamp(unix_secs, 0)
        .unwrap_or_default()
        .with_timezone(&Stockholm);
    (
        moment.format("%Y-%m-%d").to_string(),
        moment.format("%H:%M").to_string(),
    )
}

/// The date on a Swedish clock at a moment (Unix seconds).
pub fn local_date(unix_secs: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp(unix_secs, 0)
        .unwrap_or_default()
        .with_timezone(&Stockholm)
        .date_naive()
}

#[cfg(test)]
mod tests {
    #[test]
    fn moments_are_told_on_a_swedish_clock_summer_and_winter() {
        // 2026-12-01 12:00 UTC is 13:00 in Stockholm; 2026-07-01 12:00 UTC is 14:00.
        assert_eq!(
            super::local_date_time(1_796_126_400),
            ("2026-12-01".into(), "13:00".into())
        );
        assert_eq!(
            super::local_date_time(1_782_907_200),
            ("2026-07-01".into(), "14:00".into())
        );
    }
}
