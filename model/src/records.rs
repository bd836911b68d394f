//! The health record's kinds (DOMAIN.md §1, issue 11): care contacts, lab analyses with their
//! names and a plain-language explanation in both languages, and kinds of certificate. The
//! values themselves are in the database; what they mean lives here, once.

use serde::{Deserialize, Serialize};

/// How a care contact took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContactKind {
    Visit,
    Phone,
    Video,
}

codes!(ContactKind,
    ContactKind::Visit => "besok",
    ContactKind::Phone => "telefon",
    ContactKind::Video => "video",
);

/// A lab analysis the record knows how to explain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Analysis {
    pub code: &'static str,
    pub name_sv: &'static str,
    pub name_en: &'static str,
    pub unit: &'static str,
    /// The reference range most labs use for adults.
    pub low: f64,
    pub high: f64,
    pub explain_sv: &'static str,
    pub explain_en: &'static str,
}

pub const ANALYSES: [Analysis; 6] = [
    Analysis {
        code: "tsh",
        name_sv: "TSH (sköldkörtelhormon)",
        name_en: "TSH (thyroid-stimulating hormone)",
        unit: "mIE/l",
        low: 0.4,
        high: 4.0,
        explain_sv: "TSH styr sköldkörteln. Ett högt värde kan betyda att sköldkörteln arbetar för långsamt, ett lågt att den arbetar för snabbt.",
        explain_en: "TSH controls the thyroid gland. A high value can mean the thyroid works too slowly, a low value that it works too fast.",
    },
    Analysis {
        code: "hb",
        name_sv: "Hb (blodvärde)",
        name_en: "Hb (haemoglobin)",
        unit: "g/l",
        low: 117.0,
        high: 153.0,
        explain_sv: "Hemoglobin bär syre i blodet. Ett lågt värde kallas blodbrist och kan göra dig trött.",
        explain_en: "Haemoglobin carries oxygen in the blood. A low value is called anaemia and can make you tired.",
    },
    Analysis {
        code: "hba1c",
        name_sv: "HbA1c (långtidssocker)",
        name_en: "HbA1c (long-term blood sugar)",
        unit: "mmol/mol",
        low: 27.0,
        high: 42.0,
        explain_sv: "HbA1c visar hur högt blodsockret har varit i genomsnitt de senaste två till tre månaderna.",
        explain_en: "HbA1c shows how high your blood sugar has been on average over the last two to three months.",
    },
    Analysis {
        code: "glukos",
        name_sv: "P-Glukos (blodsocker)",
        name_en: "P-Glucose (blood sugar)",
        unit: "mmol/l",
        low: 4.0,
        high: 6.0,
        explain_sv: "Blodsockret när provet togs. Det påverkas av när du åt senast.",
        explain_en: "Your blood sugar when the sample was taken. It depends on when you last ate.",
    },
    Analysis {
        code: "kreatinin",
        name_sv: "Kreatinin (njurfunktion)",
        name_en: "Creatinine (kidney function)",
        unit: "µmol/l",
        low: 45.0,
        high: 90.0,
        explain_sv: "Kreatinin är en restprodukt från musklerna som njurarna rensar bort. Ett högt värde kan betyda att njurarna arbetar sämre.",
        explain_en: "Creatinine is a waste product from the muscles that the kidneys clear. A high value can mean the kidneys work less well.",
    },
    Analysis {
        code: "crp",
        name_sv: "CRP (inflammation)",
        name_en: "CRP (inflammation)",
        unit: "mg/l",
        low: 0.0,
        high: 5.0,
        explain_sv: "CRP stiger vid infektion eller inflammation i kroppen, oftast mest vid bakterieinfektioner.",
        explain_en: "CRP rises with an infection or inflammation in the body, most often with bacterial infections.",
    },
];

pub fn analysis(code: &str) -> Option<&'static Analysis> {
    ANALYSES.iter().find(|a| a.code == code)
}

/// Where a value lies against its reference range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Range {
    Below,
    Within,
    Above,
}

pub fn range_of(value: f64, low: f64, high: f64) -> Range {
    if value < low {
        Range::Below
    } else if value > high {
        Range::Above
    } else {
        Range::Within
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_analysis_is_found_by_its_code_and_has_a_range() {
        for a in ANALYSES {
            assert_eq!(analysis(a.code), Some(&a));
            assert!(a.low < a.high, "{}", a.code);
            assert!(!a.explain_sv.is_empty() && !a.explain_en.is_empty());
        }
        assert_eq!(analysis("okand"), None);
    }

    #[test]
    fn range_edges_count_as_within() {
        assert_eq!(range_of(0.39, 0.4, 4.0), Range::Below);
        assert_eq!(range_of(0.4, 0.4, 4.0), Range::Within);
        assert_eq!(range_of(4.0, 0.4, 4.0), Range::Within);
        assert_eq!(range_of(4.01, 0.4, 4.0), Range::Above);
    }
}
