//! Cases (ärenden) and their messages (DOMAIN.md §5): the states a case goes through, who wrote
//! a message, and the e-services a citizen starts a case with. An e-service's form is data —
//! a list of fields — so a clinic can define a local e-service besides the standard ones.

use serde::{Deserialize, Serialize};

use crate::clinic::CaseType;

/// The longest text a citizen may write in one message or form field of the kind `Text`.
pub const MESSAGE_MAX: usize = 5_000;
/// The longest one-line answer.
pub const LINE_MAX: usize = 200;
/// The most fields an e-service's form may have.
pub const FIELDS_MAX: usize = 12;
/// Cases and their files are deleted this many years after the case closed (§5, §6).
pub const RETENTION_YEARS: i32 = 2;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseStatus {
    /// Sent by the citizen, not yet opened by the clinic.
    Sent,
    Received,
    InProgress,
    Answered,
    Closed,
}

/// Who wrote a message in a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Author {
    Citizen,
    /// A guardian, on the child's behalf (§4).
    Guardian,
    /// Ärendemottagare.
    Receiver,
    /// Ärendehanterare.
    Handler,
}

impl Author {
    pub fn is_staff(self) -> bool {
        matches!(self, Author::Receiver | Author::Handler)
    }
}

codes!(CaseStatus,
    CaseStatus::Sent => "skickat",
    CaseStatus::Received => "mottaget",
    CaseStatus::InProgress => "pagar",
    CaseStatus::Answered => "besvarat",
    CaseStatus::Closed => "avslutat",
);
codes!(Author,
    Author::Citizen => "invanare",
    Author::Guardian => "vardnadshavare",
    Author::Receiver => "arendemottagare",
    Author::Handler => "arendehanterare",
);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FieldKind {
    /// One line.
    Line,
    /// Free text, several lines.
    Text,
    /// One of the field's `options`.
    Choice,
    /// A day, `YYYY-MM-DD`.
    Date,
    /// "ja" or "nej".
    YesNo,
}

codes!(FieldKind,
    FieldKind::Line => "rad",
    FieldKind::Text => "text",
    FieldKind::Choice => "val",
    FieldKind::Date => "datum",
    FieldKind::YesNo => "ja-nej",
);

impl FieldKind {
    pub const ALL: [FieldKind; 5] = [
        FieldKind::Line,
        FieldKind::Text,
        FieldKind::Choice,
        FieldKind::Date,
        FieldKind::YesNo,
    ];
}

/// The answers of a yes/no field as posted.
pub const YES: &str = "ja";
pub const NO: &str = "nej";

/// One field of an e-service's form, worded in both languages.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormField {
    /// The form field's name: lower case letters and `-`.
    pub key: String,
    pub label_sv: String,
    pub label_en: String,
    pub hint_sv: String,
    pub hint_en: String,
    pub kind: FieldKind,
    pub required: bool,
    /// The choices of a `Choice` field, in order; empty for other kinds.
    #[serde(default)]
    pub options: Vec<String>,
}

impl FormField {
    pub fn max_len(&self) -> usize {
        match self.kind {
            FieldKind::Text => MESSAGE_MAX,
            _ => LINE_MAX,
        }
    }

    /// What is wrong with a non-empty, trimmed answer of this field's kind, if anything.
    fn problem_with(&self, value: &str) -> Option<ProblemKind> {
        if value.chars().count() > self.max_len() {
            return Some(ProblemKind::TooLong);
        }
        match self.kind {
            FieldKind::Text => None,
            _ if value.contains(['\n', '\r']) => Some(ProblemKind::OneLine),
            FieldKind::Line => None,
            FieldKind::Choice => {
                (!self.options.iter().any(|o| o == value)).then_some(ProblemKind::NotAChoice)
            }
            FieldKind::YesNo => (value != YES && value != NO).then_some(ProblemKind::NotAChoice),
            FieldKind::Date => (!is_date(value)).then_some(ProblemKind::NotADate),
        }
    }

    pub fn label(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Sv => &self.label_sv,
            crate::Lang::En => &self.label_en,
        }
    }

    pub fn hint(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Sv => &self.hint_sv,
            crate::Lang::En => &self.hint_en,
        }
    }
}

/// An e-service a clinic offers: what the citizen fills in and how soon the clinic answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EServiceForm {
    pub slug: String,
    pub case_type: CaseType,
    pub title_sv: String,
    pub title_en: String,
    /// Working days until the citizen can expect an answer.
    pub reply_days: u32,
    pub fields: Vec<FormField>,
    /// Whether citizens may attach files, where the e-service says so itself (a local one);
    /// else the clinic's rule for its kind of case.
    #[serde(default)]
    pub attachments: Option<bool>,
}

impl EServiceForm {
    pub fn title(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Sv => &self.title_sv,
            crate::Lang::En => &self.title_en,
        }
    }

    /// Checks posted answers against the form: every field's answer, trimmed, in the form's
    /// order, or what is wrong with each field.
    pub fn check(&self, posted: &[(String, String)]) -> Result<Vec<Answer>, Vec<FieldProblem>> {
        let mut answers = Vec::with_capacity(self.fields.len());
        let mut problems = Vec::new();
        for field in &self.fields {
            let value = posted
                .iter()
                .find(|(key, _)| *key == field.key)
                .map(|(_, value)| value.trim())
                .unwrap_or("");
            let problem = if value.is_empty() {
                field.required.then_some(ProblemKind::Missing)
            } else {
                field.problem_with(value)
            };
            if let Some(kind) = problem {
                problems.push(FieldProblem::new(field, kind));
            } else {
                answers.push(Answer {
                    key: field.key.clone(),
                    value: value.to_owned(),
                });
            }
        }
        if problems.is_empty() {
            Ok(answers)
        } else {
            Err(problems)
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    pub key: String,
    pub value: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ProblemKind {
    Missing,
    TooLong,
    /// A line break in a one-line answer.
    OneLine,
    /// Not one of the field's choices (or neither yes nor no).
    NotAChoice,
    /// Not a real day written `YYYY-MM-DD`.
    NotADate,
}

/// Whether `text` is a real day written `YYYY-MM-DD` (years 1900–2199).
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = &text[range];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..2200).contains(&year) && (1..=days).contains(&day)
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldProblem {
    pub key: String,
    pub kind: ProblemKind,
}

impl FieldProblem {
    fn new(field: &FormField, kind: ProblemKind) -> FieldProblem {
        FieldProblem {
            key: field.key.clone(),
            kind,
        }
    }
}

/// Checks a reply the citizen writes in a case's thread.
pub fn check_reply(text: &str) -> Result<String, ProblemKind> {
    let text = text.trim();
    if text.is_empty() {
        Err(ProblemKind::Missing)
    } else if text.chars().count() > MESSAGE_MAX {
        Err(ProblemKind::TooLong)
    } else {
        Ok(text.to_owned())
    }
}

fn field(
    key: &str,
    sv: (&str, &str),
    en: (&str, &str),
    kind: FieldKind,
    required: bool,
) -> FormField {
    FormField {
        key: key.to_owned(),
        label_sv: sv.0.to_owned(),
        hint_sv: sv.1.to_owned(),
        label_en: en.0.to_owned(),
        hint_en: en.1.to_owned(),
        kind,
        required,
        options: Vec::new(),
    }
}

/// The standard e-services, which every clinic that takes a kind of case offers. Their
/// wording follows 1177's forms.
pub fn standard_eservices(case_type: CaseType) -> Vec<EServiceForm> {
    let subject = || {
        field(
            "rubrik",
            ("Rubrik", "Skriv kort vad det gäller."),
            ("Subject", "Say briefly what it is about."),
            FieldKind::Line,
            true,
        )
    };
    let service = |slug: &str, sv: &str, en: &str, reply_days, fields| EServiceForm {
        slug: slug.to_owned(),
        case_type,
        title_sv: sv.to_owned(),
        title_en: en.to_owned(),
        reply_days,
        fields,
        attachments: None,
    };
    match case_type {
        CaseType::Contact => vec![
            service(
                "kontakta",
                "Kontakta mottagningen",
                "Contact the clinic",
                3,
                vec![
                    subject(),
                    field(
                        "meddelande",
                        (
                            "Ditt meddelande",
                            "Skriv inte om något är akut. Ring 112 vid livsfara, annars 1177.",
                        ),
                        (
                            "Your message",
                            "Do not write about anything urgent. Call 112 if life is at risk, otherwise 1177.",
                        ),
                        FieldKind::Text,
                        true,
                    ),
                ],
            ),
            service(
                "fraga-sjukskoterska",
                "Fråga en sjuksköterska",
                "Ask a nurse",
                2,
                vec![
                    field(
                        "besvar",
                        (
                            "Vilka besvär har du?",
                            "Beskriv dina besvär, hur länge du har haft dem och om de har blivit värre.",
                        ),
                        (
                            "What are your symptoms?",
                            "Describe your symptoms, how long you have had them and whether they have got worse.",
                        ),
                        FieldKind::Text,
                        true,
                    ),
                    field(
                        "fraga",
                        ("Vad vill du fråga?", ""),
                        ("What do you want to ask?", ""),
                        FieldKind::Text,
                        true,
                    ),
                ],
            ),
        ],
        CaseType::Renewal => vec![service(
            "fornya-recept",
            "Förnya recept",
            "Renew prescription",
            5,
            vec![
                field(
                    "lakemedel",
                    (
                        "Vilket läkemedel vill du förnya?",
                        "Skriv namn och styrka, till exempel Levaxin 50 mikrogram.",
                    ),
                    (
                        "Which medicine do you want to renew?",
                        "Write name and strength, for example Levaxin 50 micrograms.",
                    ),
                    FieldKind::Line,
                    true,
                ),
                field(
                    "ovrigt",
                    (
                        "Något mer mottagningen behöver veta?",
                        "Till exempel om du har fått biverkningar.",
                    ),
                    (
                        "Anything else the clinic should know?",
                        "For example if you have had side effects.",
                    ),
                    FieldKind::Text,
                    false,
                ),
            ],
        )],
        CaseType::Booking => vec![service(
            "av-eller-omboka",
            "Av- eller omboka tid",
            "Cancel or rebook an appointment",
            2,
            vec![
                field(
                    "tid",
                    (
                        "Vilken tid gäller det?",
                        "Skriv dag och klockslag för tiden du har.",
                    ),
                    (
                        "Which appointment is it about?",
                        "Write the day and time of the appointment you have.",
                    ),
                    FieldKind::Line,
                    true,
                ),
                field(
                    "onskemal",
                    (
                        "Vill du avboka eller få en ny tid?",
                        "Skriv när det passar dig om du vill ha en ny tid.",
                    ),
                    (
                        "Do you want to cancel or get a new time?",
                        "Write when it suits you if you want a new time.",
                    ),
                    FieldKind::Text,
                    true,
                ),
            ],
        )],
        // Complaints have a form of their own (§8).
        CaseType::Complaint => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posted(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn answers_are_trimmed_and_in_the_forms_order() {
        let form = &standard_eservices(CaseType::Contact)[0];
        let answers = form
            .check(&posted(&[("meddelande", " Hej \n"), ("rubrik", "Fråga")]))
            .unwrap();
        assert_eq!(answers[0].key, "rubrik");
        assert_eq!(answers[0].value, "Fråga");
        assert_eq!(answers[1].value, "Hej");
    }

    #[test]
    fn each_field_gets_its_own_problem() {
        let form = &standard_eservices(CaseType::Contact)[0];
        let long = "x".repeat(LINE_MAX + 1);
        let problems = form
            .check(&posted(&[("rubrik", &long), ("meddelande", "   ")]))
            .unwrap_err();
        assert_eq!(
            problems,
            vec![
                FieldProblem {
                    key: "rubrik".into(),
                    kind: ProblemKind::TooLong
                },
                FieldProblem {
                    key: "meddelande".into(),
                    kind: ProblemKind::Missing
                },
            ]
        );
        let two_lines = form.check(&posted(&[("rubrik", "a\nb"), ("meddelande", "x")]));
        assert_eq!(two_lines.unwrap_err()[0].kind, ProblemKind::OneLine);
    }

    #[test]
    fn an_optional_field_may_be_empty_but_not_too_long() {
        let form = &standard_eservices(CaseType::Renewal)[0];
        assert!(form.check(&posted(&[("lakemedel", "Levaxin")])).is_ok());
        let long = "y".repeat(MESSAGE_MAX + 1);
        let problems = form
            .check(&posted(&[("lakemedel", "Levaxin"), ("ovrigt", &long)]))
            .unwrap_err();
        assert_eq!(problems[0].key, "ovrigt");
    }

    fn one_field(kind: FieldKind, options: &[&str]) -> EServiceForm {
        let mut field = field("f", ("F", ""), ("F", ""), kind, true);
        field.options = options.iter().map(|o| o.to_string()).collect();
        EServiceForm {
            slug: "lokal".into(),
            case_type: CaseType::Contact,
            title_sv: "Lokal".into(),
            title_en: "Local".into(),
            reply_days: 3,
            fields: vec![field],
            attachments: Some(false),
        }
    }

    fn problem(form: &EServiceForm, value: &str) -> Option<ProblemKind> {
        form.check(&posted(&[("f", value)]))
            .err()
            .map(|p| p[0].kind)
    }

    #[test]
    fn a_choice_takes_only_its_options_and_yes_no_only_yes_or_no() {
        let choice = one_field(FieldKind::Choice, &["Förmiddag", "Eftermiddag"]);
        assert_eq!(problem(&choice, " Förmiddag "), None);
        assert_eq!(problem(&choice, "Kväll"), Some(ProblemKind::NotAChoice));
        assert_eq!(problem(&choice, ""), Some(ProblemKind::Missing));
        let yes_no = one_field(FieldKind::YesNo, &[]);
        assert_eq!(problem(&yes_no, "ja"), None);
        assert_eq!(problem(&yes_no, "nej"), None);
        assert_eq!(problem(&yes_no, "kanske"), Some(ProblemKind::NotAChoice));
    }

    #[test]
    fn a_date_is_a_real_day() {
        let date = one_field(FieldKind::Date, &[]);
        assert_eq!(problem(&date, "2027-02-28"), None);
        assert_eq!(problem(&date, "2028-02-29"), None);
        for wrong in [
            "2027-02-29",
            "2027-13-01",
            "2027-1-01",
            "idag",
            "2027-04-31",
            "0000-01-01",
        ] {
            assert_eq!(
                problem(&date, wrong),
                Some(ProblemKind::NotADate),
                "{wrong}"
            );
        }
        assert_eq!(problem(&date, "2027-02-28\nx"), Some(ProblemKind::OneLine));
    }

    #[test]
    fn a_reply_must_say_something_and_not_too_much() {
        assert_eq!(check_reply("  "), Err(ProblemKind::Missing));
        assert_eq!(
            check_reply(&"z".repeat(MESSAGE_MAX + 1)),
            Err(ProblemKind::TooLong)
        );
        assert_eq!(check_reply(" Tack! "), Ok("Tack!".to_owned()));
    }

    #[test]
    fn every_standard_form_is_well_formed_and_codes_round_trip() {
        for case_type in CaseType::ALL {
            for form in standard_eservices(case_type) {
                assert!(!form.fields.is_empty() && form.fields.len() <= FIELDS_MAX);
                assert!(form.reply_days > 0);
                for f in &form.fields {
                    assert!(f.key.chars().all(|c| c.is_ascii_lowercase() || c == '-'));
                }
            }
        }
        for s in [
            CaseStatus::Sent,
            CaseStatus::Received,
            CaseStatus::InProgress,
            CaseStatus::Answered,
            CaseStatus::Closed,
        ] {
            assert_eq!(CaseStatus::from_code(s.code()), Some(s));
        }
        for a in [
            Author::Citizen,
            Author::Guardian,
            Author::Receiver,
            Author::Handler,
        ] {
            assert_eq!(Author::from_code(a.code()), Some(a));
        }
    }
}
