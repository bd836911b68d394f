//! "Open now" is judged in Swedish time, wherever the server runs.

use chrono::{Datelike, Timelike, Utc};
use chrono_tz::Europe::Stockholm;

/// A moment in Swedish local time: weekday (0 = Monday) and minute after midnight.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwedishNow {
    pub weekday: usize,
    pub minute: u16,
}

impl SwedishNow {
    pub fn current() -> SwedishNow {
        let local = Utc::now().with_timezone(&Stockholm);
        SwedishNow {
            weekday: local.weekday().num_days_from_monday() as usize,
            minute: (local.hour() * 60 + local.minute()) as u16,
        }
    }
}
