//! Health information and rules pages as both sides see them (parsed from content/ on the server).

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Adults,
    Children,
    All,
}

/// Situations per level of care, most urgent level first (DOMAIN.md §10: right level of care).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeekCare {
    pub emergency: Vec<String>,
    pub advice_line: Vec<String>,
    pub health_centre: Vec<String>,
    pub self_care: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub slug: String,
    #[serde(default)]
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub audience: Audience,
    /// Condition codes; the first is the main one.
    pub conditions: Vec<String>,
    pub keywords: Vec<String>,
    /// ISO date of the last review.
    pub reviewed: String,
    pub what_it_is: String,
    pub symptoms: String,
    pub self_care: String,
    pub at_the_clinic: String,
    pub seek_care: SeekCare,
}

impl Article {
    pub fn main_condition(&self) -> &str {
        &self.conditions[0]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulePage {
    pub slug: String,
    #[serde(default)]
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub reviewed: String,
    pub body: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub code: String,
    pub sv: String,
    pub en: String,
}

impl Condition {
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// A short entry in a list of articles or rules pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentSummary {
    pub slug: String,
    /// The language the title and summary are in (may differ from the page's).
    pub lang: Lang,
    pub title: String,
    pub summary: String,
}

impl From<&Article> for ContentSummary {
    fn from(a: &Article) -> Self {
        ContentSummary {
            slug: a.slug.clone(),
            lang: a.lang,
            title: a.title.clone(),
            summary: a.summary.clone(),
        }
    }
}

impl From<&RulePage> for ContentSummary {
    fn from(r: &RulePage) -> Self {
        ContentSummary {
            slug: r.slug.clone(),
            lang: r.lang,
            title: r.title.clone(),
            summary: r.summary.clone(),
        }
    }
}

/// Everything the article page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticlePage {
    pub article: Article,
    /// Names of the article's conditions in the page's language, main condition first.
    pub condition_names: Vec<String>,
    /// False when the chosen language has no version and the Swedish original is shown.
    pub in_chosen_language: bool,
}

/// A rules page, possibly the Swedish original when the chosen language has none.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulePageView {
    pub page: RulePage,
    pub in_chosen_language: bool,
}

/// Orders Swedish words as Swedish readers expect: å, ä, ö after z, case ignored.
pub fn swedish_sort_key(text: &str) -> String {
    text.to_lowercase()
        .chars()
        .map(|c| match c {
            'å' => '{',
            'ä' | 'æ' => '|',
            'ö' | 'ø' => '}',
            'é' | 'è' => 'e',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::swedish_sort_key;

    #[test]
    fn swedish_alphabet_order() {
        let mut words = vec!["Ögon", "Astma", "Ärr", "Åksjuka", "Zink", "eksem"];
        words.sort_by_key(|w| swedish_sort_key(w));
        assert_eq!(words, ["Astma", "eksem", "Zink", "Åksjuka", "Ärr", "Ögon"]);
    }
}
