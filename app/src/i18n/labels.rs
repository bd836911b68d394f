//! Words for values: kinds of clinic, case types, weekdays, distances.

use samla_model::{
    Lang,
    clinic::{CaseType, ClinicKind, FindCareInputError},
};

use super::Texts;

pub fn kind_label(t: &Texts, kind: ClinicKind) -> &'static str {
    match kind {
        ClinicKind::HealthCentre => t.kind_health_centre,
        ClinicKind::ChildHealth => t.kind_child_health,
        ClinicKind::MaternityHealth => t.kind_maternity_health,
        ClinicKind::Specialist => t.kind_specialist,
        ClinicKind::Emergency => t.kind_emergency,
        ClinicKind::Dental => t.kind_dental,
    }
}

pub fn case_type_label(t: &Texts, case_type: CaseType) -> &'static str {
    match case_type {
        CaseType::Contact => t.clinic_contact,
        CaseType::Renewal => t.renewal,
        CaseType::Booking => t.booking,
        CaseType::Complaint => t.complaint,
    }
}

/// Why a find-care search was refused, as the citizen reads it.
pub fn find_care_input_error(t: &Texts, error: FindCareInputError) -> &'static str {
    match error {
        FindCareInputError::TextTooLong => t.fc_text_too_long,
        FindCareInputError::CodeTooLong => t.fc_code_too_long,
        FindCareInputError::BadPosition => t.fc_bad_position,
    }
}

/// Monday = 0.
pub fn weekday(t: &Texts, day: usize) -> &'static str {
    t.weekdays.split(' ').nth(day).unwrap_or_default()
}

/// "2,3 km" in Swedish, "2.3 km" in English.
pub fn distance(lang: Lang, km: f64) -> String {
    let text = format!("{km:.1} km");
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
    fn labels_in_both_languages() {
        assert_eq!(distance(Lang::Sv, 2.345), "2,3 km");
        assert_eq!(distance(Lang::En, 12.0), "12.0 km");
        assert_eq!(weekday(texts(Lang::Sv), 6), "Söndag");
        assert_eq!(
            kind_label(texts(Lang::En), ClinicKind::Dental),
            "Dental care"
        );
        assert_eq!(
            case_type_label(texts(Lang::Sv), CaseType::Complaint),
            "Synpunkter och klagomål"
        );
    }
}
