//! Words for the events flow and the health record: kinds of entry (one and many), how a care
//! contact took place, where a lab value lies, and numbers with the language's decimal mark.

use samla_model::Lang;
use samla_model::records::{ContactKind, Range};
use samla_model::timeline::EventKind;

use super::Texts;

/// One entry's kind: "Provsvar".
pub fn event_kind_label(t: &Texts, kind: EventKind) -> &'static str {
    match kind {
        EventKind::Booking => t.event_booking,
        EventKind::Visit => t.event_visit,
        EventKind::Case => t.event_case,
        EventKind::Message => t.event_message,
        EventKind::Medicine => t.event_medicine,
        EventKind::LabResult => t.event_lab,
        EventKind::Certificate => t.event_certificate,
        EventKind::Vaccination => t.event_vaccination,
    }
}

/// The filter's name for all entries of a kind: "Vaccinationer".
pub fn event_filter_label(t: &Texts, kind: EventKind) -> &'static str {
    match kind {
        EventKind::Booking => t.events_show_booking,
        EventKind::Visit => t.events_show_visit,
        EventKind::Case => t.events_show_case,
        EventKind::Message => t.events_show_message,
        EventKind::Medicine => t.events_show_medicine,
        EventKind::LabResult => t.events_show_lab,
        EventKind::Certificate => t.events_show_certificate,
        EventKind::Vaccination => t.events_show_vaccination,
    }
}

pub fn contact_label(t: &Texts, kind: ContactKind) -> &'static str {
    match kind {
        ContactKind::Visit => t.contact_visit,
        ContactKind::Phone => t.contact_phone,
        ContactKind::Video => t.contact_video,
    }
}

pub fn range_label(t: &Texts, range: Range) -> &'static str {
    match range {
        Range::Below => t.range_below,
        Range::Within => t.range_within,
        Range::Above => t.range_above,
    }
}

/// A measured value as written in the language: "2,3" in Swedish, "2.3" in English; no
/// decimals for whole numbers.
pub fn decimal(lang: Lang, value: f64) -> String {
    let text = if value.fract() == 0.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match lang {
        Lang::Sv => text.replace('.', ","),
        Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts;

    #[test]
    fn every_kind_has_a_word_and_values_use_the_languages_decimal_mark() {
        for lang in [Lang::Sv, Lang::En] {
            let t = texts(lang);
            let mut seen = std::collections::HashSet::new();
            for kind in EventKind::ALL {
                assert!(
                    seen.insert(event_filter_label(t, kind)),
                    "{kind:?} named twice"
                );
                assert!(!event_kind_label(t, kind).is_empty());
            }
        }
        assert_eq!(decimal(Lang::Sv, 2.3), "2,3");
        assert_eq!(decimal(Lang::En, 2.3), "2.3");
        assert_eq!(decimal(Lang::Sv, 132.0), "132");
    }
}
