//! Booking (DOMAIN.md §1, issue 11): the kinds of visit a clinic publishes times for, and the
//! rules of booking, rebooking and cancelling that the server enforces.

use serde::{Deserialize, Serialize};

/// A kind of visit a clinic takes bookings for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VisitType {
    Doctor,
    Nurse,
    Vaccination,
    Sampling,
    Midwife,
    Dentist,
    DentalHygienist,
}

codes!(VisitType,
    VisitType::Doctor => "doctor",
    VisitType::Nurse => "nurse",
    VisitType::Vaccination => "vaccination",
    VisitType::Sampling => "sampling",
    VisitType::Midwife => "midwife",
    VisitType::Dentist => "dentist",
    VisitType::DentalHygienist => "dental_hygienist",
);

impl VisitType {
    pub const ALL: [VisitType; 7] = [
        VisitType::Doctor,
        VisitType::Nurse,
        VisitType::Vaccination,
        VisitType::Sampling,
        VisitType::Midwife,
        VisitType::Dentist,
        VisitType::DentalHygienist,
    ];

    /// How long one visit of this kind is, in minutes.
    pub fn minutes(self) -> u32 {
        match self {
            VisitType::Doctor | VisitType::Midwife | VisitType::Dentist => 30,
            VisitType::Nurse | VisitType::DentalHygienist => 20,
            VisitType::Vaccination | VisitType::Sampling => 10,
        }
    }
}

/// A booking is booked until it is cancelled; a rebooking keeps the booking and moves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingStatus {
    Booked,
    Cancelled,
}

codes!(BookingStatus,
    BookingStatus::Booked => "booked",
    BookingStatus::Cancelled => "cancelled",
);

/// Cancelling or rebooking digitally closes this long before the visit; after that the
/// clinic's phone number is shown instead.
pub const CHANGE_CLOSES_SECS: i64 = 24 * 3600;
/// The earliest bookable time is this far from now, so the clinic sees the booking in time.
pub const BOOK_LEAD_SECS: i64 = 3600;
/// How far ahead times are published.
pub const DAYS_AHEAD: u32 = 56;
/// Days of times one page shows.
pub const DAYS_PER_PAGE: u32 = 7;
/// Most upcoming bookings one person may hold, so nobody can take a clinic's every time.
pub const UPCOMING_MAX: u64 = 10;
/// Longest message to the clinic with a booking ("what is it about").
pub const NOTE_MAX: usize = 500;

/// Whether a booking starting at `starts_at` may still be cancelled or rebooked at `now`.
pub fn change_open(starts_at: i64, now: i64) -> bool {
    starts_at - now >= CHANGE_CLOSES_SECS
}

/// A time of day written `HH:MM` (or `H:MM`, `HH.MM`) as minutes after midnight; 24:00 is the
/// day's end.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (hours, minutes) = text.trim().split_once([':', '.'])?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || minutes.len() != 2 || !digits(minutes) {
        return None;
    }
    let (h, m): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clock_time_is_minutes_after_midnight() {
        assert_eq!(parse_clock("08:30"), Some(510));
        assert_eq!(parse_clock(" 8.05 "), Some(485));
        assert_eq!(parse_clock("24:00"), Some(1440));
        for wrong in ["24:01", "8", "08:60", "8:5", "ab:cd", "", "-1:00"] {
            assert_eq!(parse_clock(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn codes_go_both_ways() {
        for kind in VisitType::ALL {
            assert_eq!(VisitType::from_code(kind.code()), Some(kind));
        }
        assert_eq!(VisitType::from_code("surgery"), None);
    }

    #[test]
    fn changing_closes_24_hours_before() {
        let visit = 1_800_000_000;
        assert!(change_open(visit, visit - 24 * 3600));
        assert!(!change_open(visit, visit - 24 * 3600 + 1));
        assert!(!change_open(visit, visit + 60));
    }
}
