//! The catalogues follow `docs/GLOSSARY.md`: the agreed terms, and none of the words to avoid.

use super::{Texts, en::EN, sv::SV};

/// Words the glossary says never to use in Swedish, anywhere in a text.
const AVOID_ANYWHERE: [&str; 9] = [
    "dina meddelanden",
    "förfrågan",
    "historik",
    "patientjournal",
    "enhet",
    "klagomålsärende",
    "profil",
    "notis",
    "fullmakt",
];
/// Words the glossary forbids as a section name, action or button: a text that is only this word.
const AVOID_AS_NAME: [&str; 5] = [
    "meddelanden",
    "tidbokning",
    "receptförnyelse",
    "vårdguiden",
    "inloggning",
];

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn swedish_catalogue_uses_no_word_the_glossary_avoids() {
    for (key, text) in SV.entries() {
        let lower = text.to_lowercase();
        let found = words(text);
        for avoid in AVOID_ANYWHERE {
            let hit = if avoid.contains(' ') {
                lower.contains(avoid)
            } else {
                found.iter().any(|w| w == avoid)
            };
            assert!(!hit, "{key} uses {avoid:?}: {text}");
        }
        for avoid in AVOID_AS_NAME {
            assert_ne!(lower.trim(), avoid, "{key} names a section {avoid:?}");
        }
    }
}

#[test]
fn the_glossary_terms_are_used_in_both_languages() {
    let terms = |t: &Texts| {
        [
            t.inbox,
            t.booking,
            t.renewal,
            t.timeline,
            t.certificates,
            t.seek_care,
            t.find_care,
            t.log_in,
        ]
    };
    assert_eq!(
        terms(&SV),
        [
            "Inkorg",
            "Boka tid",
            "Förnya recept",
            "Kommande och tidigare händelser",
            "Intyg",
            "Söka vård",
            "Hitta vård",
            "Logga in"
        ]
    );
    assert_eq!(
        terms(&EN),
        [
            "Inbox",
            "Book an appointment",
            "Renew prescription",
            "Upcoming and past events",
            "Certificates",
            "Seek care",
            "Find care",
            "Log in"
        ]
    );
}

#[test]
fn no_text_is_left_empty_or_untranslated() {
    let (sv, en) = (SV.entries(), EN.entries());
    assert_eq!(sv.len(), en.len());
    for ((key, s), (_, e)) in sv.iter().zip(&en) {
        assert!(
            !s.trim().is_empty() && !e.trim().is_empty(),
            "{key} is empty"
        );
        // Only the product name, the fixed Swedish SMS text and words spelt the same in both
        // languages may be equal.
        if s == e {
            assert!(
                matches!(
                    *key,
                    "site_name"
                        | "fraud_sms_text"
                        | "fc_region_label"
                        | "case_status"
                        | "booking_status"
                        | "visit_vaccination"
                        | "event_vaccination"
                ),
                "{key} is not translated"
            );
        }
    }
}

#[test]
fn the_too_long_message_names_the_limit_the_gate_applies() {
    let limit = samla_model::clinic::FIND_CARE_TEXT_MAX.to_string();
    for t in [&SV, &EN] {
        assert!(
            t.fc_text_too_long.contains(&limit),
            "{}",
            t.fc_text_too_long
        );
    }
}
