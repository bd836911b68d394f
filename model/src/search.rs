//! One search over articles, rules pages, e-services and clinics.

use serde::{Deserialize, Serialize};

use crate::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HitKind {
    Article,
    Rule,
    EService,
    Clinic,
}

impl HitKind {
    pub fn code(self) -> &'static str {
        match self {
            HitKind::Article => "article",
            HitKind::Rule => "rule",
            HitKind::EService => "eservice",
            HitKind::Clinic => "clinic",
        }
    }

    pub fn from_code(code: &str) -> Option<HitKind> {
        [
            HitKind::Article,
            HitKind::Rule,
            HitKind::EService,
            HitKind::Clinic,
        ]
        .into_iter()
        .find(|k| k.code() == code)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub kind: HitKind,
    pub title: String,
    pub summary: String,
    pub href: String,
    /// The language of title and summary.
    pub lang: Lang,
}

/// Results grouped by kind, best first within each group.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchResults {
    pub articles: Vec<SearchHit>,
    pub rules: Vec<SearchHit>,
    pub eservices: Vec<SearchHit>,
    pub clinics: Vec<SearchHit>,
    /// When the words name a complaint: its code and name, for "find care for …".
    pub condition: Option<(String, String)>,
}

impl SearchResults {
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
            && self.rules.is_empty()
            && self.eservices.is_empty()
            && self.clinics.is_empty()
    }
}
