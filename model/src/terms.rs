//! Medical words in the record's notes and their plain-language explanation (issue 11): the
//! journal shows each as a disclosure at its first use in a note. Swedish only, as the notes
//! are written in Swedish; matched whole-word, ignoring case.

pub struct Term {
    pub word: &'static str,
    pub explain: &'static str,
}

pub const TERMS: &[Term] = &[
    Term {
        word: "anamnes",
        explain: "Det du själv berättar om dina besvär och din hälsa.",
    },
    Term {
        word: "status",
        explain: "Det vårdpersonalen såg och kände när de undersökte dig.",
    },
    Term {
        word: "auskultation",
        explain: "Att lyssna på hjärta och lungor med stetoskop.",
    },
    Term {
        word: "åldersadekvat",
        explain: "Som det brukar vara för barn i samma ålder.",
    },
    Term {
        word: "thyreoidea",
        explain: "Sköldkörteln, som sitter framtill på halsen och styr ämnesomsättningen.",
    },
    Term {
        word: "palperas",
        explain: "Känns på med händerna.",
    },
    Term {
        word: "referensintervallet",
        explain: "De värden som är vanliga hos friska personer.",
    },
    Term {
        word: "lumbago",
        explain: "Ryggskott: plötslig smärta i nedre delen av ryggen.",
    },
    Term {
        word: "hypertoni",
        explain: "Högt blodtryck.",
    },
    Term {
        word: "kreatinin",
        explain: "Ett ämne i blodet som visar hur väl njurarna arbetar.",
    },
    Term {
        word: "spirometri",
        explain: "Ett test där du blåser i ett rör för att mäta hur bra lungorna fungerar.",
    },
    Term {
        word: "streptokocker",
        explain: "Bakterier som kan ge halsfluss.",
    },
];

/// Where `text` uses a term: (byte start, byte end, term), each term once (its first use),
/// in order and not overlapping.
pub fn find(text: &str) -> Vec<(usize, usize, &'static Term)> {
    let lower = text.to_lowercase();
    // Lower-casing keeps byte offsets only when it keeps lengths; otherwise explain nothing.
    if lower.len() != text.len() {
        return Vec::new();
    }
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let mut found: Vec<(usize, usize, &'static Term)> = TERMS
        .iter()
        .filter_map(|term| {
            lower.match_indices(term.word).find_map(|(start, m)| {
                let end = start + m.len();
                let before = lower[..start].chars().next_back();
                let after = lower[end..].chars().next();
                (!is_word(before) && !is_word(after)).then_some((start, end, term))
            })
        })
        .collect();
    found.sort_by_key(|(start, _, _)| *start);
    found.dedup_by(|b, a| b.0 < a.1);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_term_is_found_once_as_a_whole_word_whatever_its_case() {
        let text = "Anamnes: hypertoni. Status: Hypertoni igen, kreatininet oförändrat.";
        let found: Vec<&str> = find(text).iter().map(|(s, e, _)| &text[*s..*e]).collect();
        assert_eq!(
            found,
            ["Anamnes", "hypertoni", "Status"],
            "kreatininet is another word"
        );
    }

    #[test]
    fn a_text_without_terms_gets_none() {
        assert!(find("Mår bra. Råd om motion och sömn.").is_empty());
    }
}
