//! A clinic's own e-service as its administrator writes it in the staff tool (DOMAIN.md §7):
//! the draft as posted, its checks, and the form citizens fill in that it becomes. The clinic
//! writes in Swedish; its words are shown in both languages.

use serde::{Deserialize, Serialize};

use crate::case::{EServiceForm, FIELDS_MAX, FieldKind, FormField};
use crate::clinic::CaseType;

pub const TITLE_MAX: usize = 80;
pub const LABEL_MAX: usize = 120;
pub const HINT_MAX: usize = 300;
/// A choice field offers 2 to `OPTIONS_MAX` options of at most `OPTION_MAX` characters.
pub const OPTIONS_MAX: usize = 10;
pub const OPTION_MAX: usize = 80;
pub const REPLY_DAYS_MAX: u32 = 30;
/// A clinic keeps at most this many local e-services.
pub const LOCAL_ESERVICES_MAX: u64 = 50;

/// One field as the administrator wrote it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldDraft {
    pub label: String,
    pub hint: String,
    /// A `FieldKind` code.
    pub kind: String,
    pub required: bool,
    /// A choice field's options, one per line.
    pub options: String,
}

impl FieldDraft {
    /// A row left as the empty "new field" row: nothing written in it.
    pub fn is_blank(&self) -> bool {
        self.label.trim().is_empty()
            && self.hint.trim().is_empty()
            && self.options.trim().is_empty()
    }

    /// The options, trimmed, empty lines left out.
    pub fn option_list(&self) -> Vec<String> {
        self.options
            .lines()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn of(field: &FormField) -> FieldDraft {
        FieldDraft {
            label: field.label_sv.clone(),
            hint: field.hint_sv.clone(),
            kind: field.kind.code().to_owned(),
            required: field.required,
            options: field.options.join("\n"),
        }
    }
}

/// A local e-service as the administrator wrote it; its fields without blank rows.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EServiceDraft {
    pub title: String,
    /// Working days until an answer, as typed.
    pub reply_days: String,
    pub attachments: bool,
    pub fields: Vec<FieldDraft>,
}

impl EServiceDraft {
    /// The draft a saved form is edited from.
    pub fn of(form: &EServiceForm) -> EServiceDraft {
        EServiceDraft {
            title: form.title_sv.clone(),
            reply_days: form.reply_days.to_string(),
            attachments: form.attachments.unwrap_or(false),
            fields: form.fields.iter().map(FieldDraft::of).collect(),
        }
    }
}

/// What is wrong with a draft; a field's problems carry its place (0-based) in `fields`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftProblem {
    TitleMissing,
    TitleTooLong,
    /// Not a whole number of working days from 1 to `REPLY_DAYS_MAX`.
    ReplyDays,
    NoFields,
    TooManyFields,
    LabelMissing(usize),
    LabelTooLong(usize),
    HintTooLong(usize),
    KindUnknown(usize),
    /// A choice with fewer than two options.
    TooFewOptions(usize),
    TooManyOptions(usize),
    OptionTooLong(usize),
}

/// One line: every run of white space is one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks a draft and makes the form citizens will fill in, its address `slug`.
pub fn check_draft(draft: &EServiceDraft, slug: &str) -> Result<EServiceForm, Vec<DraftProblem>> {
    let mut problems = Vec::new();
    let title = one_line(&draft.title);
    if title.is_empty() {
        problems.push(DraftProblem::TitleMissing);
    } else if title.chars().count() > TITLE_MAX {
        problems.push(DraftProblem::TitleTooLong);
    }
    let reply_days = draft
        .reply_days
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|d| (1..=REPLY_DAYS_MAX).contains(d));
    if reply_days.is_none() {
        problems.push(DraftProblem::ReplyDays);
    }
    if draft.fields.is_empty() {
        problems.push(DraftProblem::NoFields);
    } else if draft.fields.len() > FIELDS_MAX {
        problems.push(DraftProblem::TooManyFields);
    }
    let mut fields = Vec::new();
    for (at, posted) in draft.fields.iter().enumerate().take(FIELDS_MAX) {
        let label = one_line(&posted.label);
        let hint = posted.hint.trim().to_owned();
        if label.is_empty() {
            problems.push(DraftProblem::LabelMissing(at));
        } else if label.chars().count() > LABEL_MAX {
            problems.push(DraftProblem::LabelTooLong(at));
        }
        if hint.chars().count() > HINT_MAX {
            problems.push(DraftProblem::HintTooLong(at));
        }
        let Some(kind) = FieldKind::from_code(&posted.kind) else {
            problems.push(DraftProblem::KindUnknown(at));
            continue;
        };
        let mut options = Vec::new();
        if kind == FieldKind::Choice {
            for option in posted.option_list() {
                if !options.contains(&option) {
                    options.push(option);
                }
            }
            if options.len() < 2 {
                problems.push(DraftProblem::TooFewOptions(at));
            } else if options.len() > OPTIONS_MAX {
                problems.push(DraftProblem::TooManyOptions(at));
            }
            if options.iter().any(|o| o.chars().count() > OPTION_MAX) {
                problems.push(DraftProblem::OptionTooLong(at));
            }
        }
        fields.push(FormField {
            key: format!("falt-{}", at + 1),
            label_en: label.clone(),
            label_sv: label,
            hint_en: hint.clone(),
            hint_sv: hint,
            kind,
            required: posted.required,
            options,
        });
    }
    match reply_days {
        Some(reply_days) if problems.is_empty() => Ok(EServiceForm {
            slug: slug.to_owned(),
            case_type: CaseType::Contact,
            title_en: title.clone(),
            title_sv: title,
            reply_days,
            fields,
            attachments: Some(draft.attachments),
        }),
        _ => Err(problems),
    }
}

/// The address of an e-service titled `title`: folded to a–z, 0–9 and `-`, at most 40
/// characters ("e-tjanst" when nothing is left).
pub fn slug_of(title: &str) -> String {
    let folded = crate::fold::fold(title);
    let mut slug = String::new();
    for c in folded.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 40 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "e-tjanst".to_owned()
    } else {
        slug.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(label: &str, kind: FieldKind, options: &str) -> FieldDraft {
        FieldDraft {
            label: label.into(),
            hint: String::new(),
            kind: kind.code().into(),
            required: true,
            options: options.into(),
        }
    }

    fn draft(fields: Vec<FieldDraft>) -> EServiceDraft {
        EServiceDraft {
            title: "  Anmälan  till   vaccination ".into(),
            reply_days: "5".into(),
            attachments: true,
            fields,
        }
    }

    #[test]
    fn a_good_draft_becomes_a_form_of_its_own_words() {
        let form = check_draft(
            &draft(vec![
                field(
                    "Vilken vaccination?",
                    FieldKind::Choice,
                    "Influensa\n\n Covid-19 \nInfluensa",
                ),
                field("Föreslå en dag", FieldKind::Date, ""),
                field("Är du gravid?", FieldKind::YesNo, "ignored"),
            ]),
            "vaccination",
        )
        .unwrap();
        assert_eq!(form.title_sv, "Anmälan till vaccination");
        assert_eq!(form.reply_days, 5);
        assert_eq!(form.attachments, Some(true));
        assert_eq!(form.fields[0].options, vec!["Influensa", "Covid-19"]);
        assert_eq!(form.fields[1].key, "falt-2");
        assert!(form.fields[2].options.is_empty());
        assert_eq!(
            EServiceDraft::of(&form).fields[0].options,
            "Influensa\nCovid-19"
        );
    }

    #[test]
    fn each_mistake_is_named_with_its_field() {
        let mut bad = draft(vec![
            field("", FieldKind::Line, ""),
            field("Tid", FieldKind::Choice, "Bara en"),
            FieldDraft {
                kind: "bild".into(),
                ..field("Bild", FieldKind::Line, "")
            },
            field(
                &"x".repeat(LABEL_MAX + 1),
                FieldKind::Choice,
                &"o\n".repeat(2).replace('o', &"y".repeat(OPTION_MAX + 1)),
            ),
        ]);
        bad.title = " ".into();
        bad.reply_days = "0".into();
        let problems = check_draft(&bad, "x").unwrap_err();
        assert_eq!(
            problems,
            vec![
                DraftProblem::TitleMissing,
                DraftProblem::ReplyDays,
                DraftProblem::LabelMissing(0),
                DraftProblem::TooFewOptions(1),
                DraftProblem::KindUnknown(2),
                DraftProblem::LabelTooLong(3),
                DraftProblem::TooFewOptions(3),
                DraftProblem::OptionTooLong(3),
            ]
        );
        for days in ["31", "tre", "-1", ""] {
            let wrong = EServiceDraft {
                reply_days: days.into(),
                ..draft(vec![field("A", FieldKind::Line, "")])
            };
            assert_eq!(
                check_draft(&wrong, "x").unwrap_err(),
                vec![DraftProblem::ReplyDays]
            );
        }
        assert_eq!(
            check_draft(&draft(vec![]), "x").unwrap_err(),
            vec![DraftProblem::NoFields]
        );
        let many = draft(vec![field("A", FieldKind::Line, ""); FIELDS_MAX + 1]);
        assert_eq!(
            check_draft(&many, "x").unwrap_err(),
            vec![DraftProblem::TooManyFields]
        );
        let options = (0..=OPTIONS_MAX)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        let long = draft(vec![field("A", FieldKind::Choice, &options)]);
        assert_eq!(
            check_draft(&long, "x").unwrap_err(),
            vec![DraftProblem::TooManyOptions(0)]
        );
    }

    #[test]
    fn a_slug_is_the_folded_title() {
        assert_eq!(
            slug_of("Anmälan till vaccination!"),
            "anmalan-till-vaccination"
        );
        assert_eq!(slug_of("  ??  "), "e-tjanst");
        assert!(slug_of(&"å".repeat(100)).len() <= 40);
        assert!(FieldDraft::default().is_blank());
    }
}
