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
}
