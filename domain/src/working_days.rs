//! Working days in Sweden, for the date a citizen can expect an answer: Monday to Friday, not
//! the public holidays (allmänna helgdagar, lag 1989:253) nor the eves that workplaces close
//! on like holidays (midsommarafton, julafton, nyårsafton).

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// Easter Sunday (the anonymous Gregorian algorithm).
fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("a date")
}

/// Whether `date` is a public holiday or an eve that counts as one.
pub fn is_holiday(date: NaiveDate) -> bool {
    let (month, day) = (date.month(), date.day());
    let fixed = matches!(
        (month, day),
        (1, 1) | (1, 6) | (5, 1) | (6, 6) | (12, 24) | (12, 25) | (12, 26) | (12, 31)
    );
    let easter = easter_sunday(date.year());
    let from_easter = (date - easter).num_days();
    // Långfredagen, påskdagen, annandag påsk, Kristi himmelsfärd, pingstdagen.
    let moving = matches!(from_easter, -2 | 0 | 1 | 39 | 49);
    let weekday = date.weekday();
    // Midsommarafton: the Friday 19–25 June; midsommardagen the Saturday after.
    let midsummer = month == 6
        && ((weekday == Weekday::Fri && (19..=25).contains(&day))
            || (weekday == Weekday::Sat && (20..=26).contains(&day)));
    // Alla helgons dag: the Saturday 31 October – 6 November.
    let all_saints =
        weekday == Weekday::Sat && ((month == 10 && day == 31) || (month == 11 && day <= 6));
    fixed || moving || midsummer || all_saints
}

pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !is_holiday(date)
}

/// The `n`th working day after `from` (the day a case was sent does not count).
pub fn add_working_days(from: NaiveDate, n: u32) -> NaiveDate {
    let mut date = from;
    let mut left = n;
    while left > 0 {
        date = date + Days::new(1);
        if is_working_day(date) {
            left -= 1;
        }
    }
    date
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_falls_on_the_known_sundays() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
    }

    #[test]
    fn the_swedish_holidays_of_2026() {
        for (m, day) in [
            (1, 1),
            (1, 6),
            (4, 3),
            (4, 5),
            (4, 6),
            (5, 1),
            (5, 14),
            (5, 24),
            (6, 6),
            (6, 19),
            (6, 20),
            (10, 31),
            (12, 24),
            (12, 25),
            (12, 26),
            (12, 31),
        ] {
            assert!(is_holiday(d(2026, m, day)), "2026-{m}-{day}");
        }
        for (m, day) in [
            (4, 2),
            (4, 7),
            (6, 18),
            (6, 22),
            (11, 2),
            (12, 23),
            (12, 30),
        ] {
            assert!(!is_holiday(d(2026, m, day)), "2026-{m}-{day}");
        }
        // 2025: Alla helgons dag on 1 November, midsommarafton on 20 June.
        assert!(is_holiday(d(2025, 11, 1)) && is_holiday(d(2025, 6, 20)));
        assert!(!is_holiday(d(2025, 6, 27)));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Tuesday 1 December 2026 + 3 → Friday 4 December.
        assert_eq!(add_working_days(d(2026, 12, 1), 3), d(2026, 12, 4));
        // Friday + 1 → Monday.
        assert_eq!(add_working_days(d(2026, 12, 4), 1), d(2026, 12, 7));
        // Sent on a Saturday: the first working day is Monday.
        assert_eq!(add_working_days(d(2026, 12, 5), 1), d(2026, 12, 7));
        // Over Christmas and New Year: 23 Dec 2026 (Wed) + 2 → 29 Dec (Tue), + 4 → 4 Jan 2027.
        assert_eq!(add_working_days(d(2026, 12, 23), 2), d(2026, 12, 29));
        assert_eq!(add_working_days(d(2026, 12, 23), 4), d(2027, 1, 4));
        // Over Easter 2026: Thursday 2 April + 1 → Tuesday 7 April.
        assert_eq!(add_working_days(d(2026, 4, 2), 1), d(2026, 4, 7));
        assert_eq!(add_working_days(d(2026, 4, 2), 0), d(2026, 4, 2));
    }
}
