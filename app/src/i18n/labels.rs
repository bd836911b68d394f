//! Words for values: kinds of clinic, case types, weekdays, distances.

use samla_model::{
    Lang,
    clinic::{CaseType, ClinicKind, FindCareInputError},
};

use super::Texts;

/// Why the list of medicines is not shown (DOMAIN.md §4), and where to turn instead.
pub fn list_hidden_text(t: &Texts, hidden: samla_model::medicines::ListHidden) -> &'static str {
    match hidden {
        samla_model::medicines::ListHidden::UnderAge => t.medicines_hidden_under_age,
        samla_model::medicines::ListHidden::Proxy => t.medicines_hidden_proxy,
    }
}

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

/// The e-ID's name: a brand, the same in every language.
pub fn method_name(method: samla_model::login::LoginMethod) -> &'static str {
    match method {
        samla_model::login::LoginMethod::BankId => "BankID",
        samla_model::login::LoginMethod::Freja => "Freja eID+",
    }
}

/// What the login page says while an order is going, or why it ended.
pub fn login_state_text(
    t: &Texts,
    method: samla_model::login::LoginMethod,
    device: samla_model::login::LoginDevice,
    state: samla_model::login::LoginState,
) -> &'static str {
    use samla_model::login::{
        LoginDevice as D, LoginFailure as F, LoginMethod as M, LoginState as S,
    };
    match (state, method, device) {
        (S::Waiting, M::BankId, D::OtherDevice) => t.login_scan_bankid,
        (S::Waiting, M::Freja, D::OtherDevice) => t.login_scan_freja,
        (S::Waiting, _, D::ThisDevice) => t.login_open_hint,
        (S::InApp, M::BankId, _) => t.login_in_app_bankid,
        (S::InApp, M::Freja, _) => t.login_in_app_freja,
        (S::Approved, _, _) => t.login_approved,
        (S::Failed(F::Cancelled), _, _) => t.login_cancelled,
        (S::Failed(F::QrTimedOut), _, _) => t.login_qr_timed_out,
        (S::Failed(F::TimedOut), _, _) => t.login_timed_out,
        (S::Failed(F::NoOrder), _, _) => t.login_no_order,
    }
}

/// Why typed text is not a personnummer, as the citizen reads it (DOMAIN.md §2).
pub fn personnummer_error(
    t: &Texts,
    error: samla_model::personnummer::PersonnummerError,
) -> &'static str {
    use samla_model::personnummer::PersonnummerError as E;
    match error {
        E::Empty => t.pnr_empty,
        E::NotDigits => t.pnr_not_digits,
        E::CenturyMissing => t.pnr_century_missing,
        E::WrongLength => t.pnr_wrong_length,
        E::NoSuchDate => t.pnr_no_such_date,
        E::CheckDigit => t.pnr_check_digit,
    }
}

pub fn persona_label(t: &Texts, kind: samla_model::login::PersonaKind) -> &'static str {
    use samla_model::login::PersonaKind as K;
    match kind {
        K::Adult => t.persona_adult,
        K::Guardian => t.persona_guardian,
        K::Teen => t.persona_teen,
        K::Elderly => t.persona_elderly,
        K::ProtectedIdentity => t.persona_protected,
        K::NewUser => t.persona_new,
    }
}

/// Why a settings field was refused, as the citizen reads it.
pub fn settings_problem(
    t: &Texts,
    problem: samla_model::settings::SettingsProblem,
) -> &'static str {
    use samla_model::contact::{EmailError, MobileError};
    use samla_model::settings::SettingsProblem;
    match problem {
        SettingsProblem::Mobile(MobileError::NotDigits) => t.mobile_not_digits,
        SettingsProblem::Mobile(MobileError::NotSwedish) => t.mobile_not_swedish,
        SettingsProblem::Mobile(MobileError::NotMobile) => t.mobile_not_mobile,
        SettingsProblem::Mobile(MobileError::WrongLength) => t.mobile_wrong_length,
        SettingsProblem::Email(EmailError::TooLong) => t.email_too_long,
        SettingsProblem::Email(EmailError::NoAt) => t.email_no_at,
        SettingsProblem::Email(EmailError::BadLocal) => t.email_bad_local,
        SettingsProblem::Email(EmailError::BadDomain) => t.email_bad_domain,
        SettingsProblem::SmsNeedsMobile => t.sms_needs_mobile,
        SettingsProblem::EmailNeedsAddress => t.email_needs_address,
    }
}

pub fn case_status_label(t: &Texts, status: samla_model::case::CaseStatus) -> &'static str {
    use samla_model::case::CaseStatus;
    match status {
        CaseStatus::Sent => t.status_sent,
        CaseStatus::Received => t.status_received,
        CaseStatus::InProgress => t.status_in_progress,
        CaseStatus::Answered => t.status_answered,
        CaseStatus::Closed => t.status_closed,
    }
}

pub fn author_label(t: &Texts, author: samla_model::case::Author) -> &'static str {
    use samla_model::case::Author;
    match author {
        Author::Citizen => t.author_citizen,
        Author::Guardian => t.author_guardian,
        Author::Receiver => t.author_receiver,
        Author::Handler => t.author_handler,
    }
}

pub fn case_problem(t: &Texts, problem: samla_model::case::ProblemKind) -> &'static str {
    use samla_model::case::ProblemKind;
    match problem {
        ProblemKind::Missing => t.problem_missing,
        ProblemKind::TooLong => t.problem_too_long,
        ProblemKind::OneLine => t.problem_one_line,
        ProblemKind::NotAChoice => t.problem_not_a_choice,
        ProblemKind::NotADate => t.problem_not_a_date,
    }
}

/// Why a file was not taken, as the citizen reads it.
pub fn refusal_text(t: &Texts, why: samla_model::attachment::Refusal) -> &'static str {
    use samla_model::attachment::Refusal;
    match why {
        Refusal::TooLarge => t.refusal_too_large,
        Refusal::WrongType => t.refusal_wrong_type,
        Refusal::Unreadable => t.refusal_unreadable,
        Refusal::ActivePdf => t.refusal_active_pdf,
        Refusal::Empty => t.refusal_empty,
        Refusal::TooMany => t.refusal_too_many,
        Refusal::NotAllowed => t.case_no_attachments,
    }
}

pub fn role_label(t: &Texts, role: samla_model::access::Role) -> &'static str {
    use samla_model::access::Role;
    match role {
        Role::Citizen => t.role_citizen,
        Role::Guardian => t.role_guardian,
        Role::Staff => t.role_staff,
        Role::CaseReceiver => t.role_case_receiver,
        Role::CaseHandler => t.role_case_handler,
    }
}

pub fn resource_label(t: &Texts, resource: samla_model::access::Resource) -> &'static str {
    use samla_model::access::Resource;
    match resource {
        Resource::Settings => t.resource_settings,
        Resource::Messages => t.resource_messages,
        Resource::Cases => t.resource_cases,
        Resource::Attachments => t.resource_attachments,
        Resource::Bookings => t.resource_bookings,
        Resource::Journal => t.resource_journal,
        Resource::Events => t.resource_events,
        Resource::Medicines => t.resource_medicines,
        Resource::Certificates => t.certificates,
        Resource::Overview => t.resource_overview,
    }
}

pub fn visit_label(t: &Texts, visit: samla_model::booking::VisitType) -> &'static str {
    use samla_model::booking::VisitType;
    match visit {
        VisitType::Doctor => t.visit_doctor,
        VisitType::Nurse => t.visit_nurse,
        VisitType::Vaccination => t.visit_vaccination,
        VisitType::Sampling => t.visit_sampling,
        VisitType::Midwife => t.visit_midwife,
        VisitType::Dentist => t.visit_dentist,
        VisitType::DentalHygienist => t.visit_dental_hygienist,
    }
}

pub fn booking_problem(t: &Texts, problem: crate::api::booking::BookingProblem) -> &'static str {
    use crate::api::booking::BookingProblem;
    match problem {
        BookingProblem::Taken => t.booking_problem_taken,
        BookingProblem::TooLate => t.booking_problem_too_late,
        BookingProblem::CallClinic => t.booking_problem_call,
        BookingProblem::TooMany => t.booking_problem_too_many,
        BookingProblem::NoteTooLong => t.booking_problem_note,
        BookingProblem::NotFound => t.booking_problem_not_found,
        BookingProblem::Cancelled => t.booking_problem_cancelled,
    }
}

pub fn booking_status_label(
    t: &Texts,
    status: samla_model::booking::BookingStatus,
) -> &'static str {
    match status {
        samla_model::booking::BookingStatus::Booked => t.booking_status_booked,
        samla_model::booking::BookingStatus::Cancelled => t.booking_status_cancelled,
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
