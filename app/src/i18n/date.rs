//! Dates as a Swedish or English reader writes them: "6 oktober 2026".

use super::Texts;

/// Formats an ISO date (YYYY-MM-DD); anything else is shown as it is.
pub fn long_date(t: &Texts, iso: &str) -> String {
    let mut parts = iso.splitn(3, '-');
    let (Some(year), Some(month), Some(day)) = (parts.next(), parts.next(), parts.next()) else {
        return iso.to_owned();
    };
    let month_name = month
        .parse::<usize>()
        .ok()
        .and_then(|m| t.months.split(' ').nth(m.wrapping_sub(1)));
    match (day.parse::<u32>(), month_name) {
        (Ok(day), Some(month)) => format!("{day} {month} {year}"),
        _ => iso.to_owned(),
    }
}

/// "Tisdag 1 december 2026": for times, where the day of the week matters.
pub fn weekday_date(t: &Texts, iso: &str) -> String {
    let long = long_date(t, iso);
    match weekday_of(iso) {
        Some(day) if long != iso => format!("{} {long}", super::labels::weekday(t, day)),
        _ => long,
    }
}

/// The day of the week of an ISO date, Monday = 0 (Sakamoto's method).
fn weekday_of(iso: &str) -> Option<usize> {
    let mut parts = iso.splitn(3, '-').map(|p| p.parse::<i64>().ok());
    let (Some(Some(mut y)), Some(Some(m)), Some(Some(d))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    const OFFSETS: [i64; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    if m < 3 {
        y -= 1;
    }
    let sunday_first = (y + y / 4 - y / 100 + y / 400 + OFFSETS[(m - 1) as usize] + d) % 7;
    Some(((sunday_first + 6) % 7) as usize)
}

#[cfg(test)]
mod tests {
    use super::long_date;
    use crate::i18n::texts;
    use samla_model::Lang;

    #[test]
    fn dates_in_both_languages() {
        assert_eq!(long_date(texts(Lang::Sv), "2026-10-06"), "6 oktober 2026");
        assert_eq!(long_date(texts(Lang::En), "2026-01-31"), "31 January 2026");
        assert_eq!(long_date(texts(Lang::Sv), "2026-13-01"), "2026-13-01");
        assert_eq!(long_date(texts(Lang::Sv), "i höstas"), "i höstas");
    }

    #[test]
    fn times_say_the_day_of_the_week() {
        use super::weekday_date;
        assert_eq!(
            weekday_date(texts(Lang::Sv), "2026-12-01"),
            "Tisdag 1 december 2026"
        );
        assert_eq!(
            weekday_date(texts(Lang::En), "2027-01-03"),
            "Sunday 3 January 2027"
        );
        assert_eq!(
            weekday_date(texts(Lang::Sv), "2028-02-29"),
            "Tisdag 29 februari 2028"
        );
        assert_eq!(weekday_date(texts(Lang::Sv), "snart"), "snart");
    }
}
