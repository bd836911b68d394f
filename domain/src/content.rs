//! The site's texts (articles, rules pages, conditions) and reference places (municipalities),
//! embedded from content/ at build time and validated once at start-up.

mod load;
mod municipalities;

use std::sync::OnceLock;

pub use load::ContentError;
pub use municipalities::Municipality;
use samla_model::{
    Lang,
    content::{Article, Condition, RulePage},
};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/content_files.rs"));
}

pub struct Content {
    pub conditions: Vec<Condition>,
    /// Swedish and English articles; every English one has a Swedish original.
    pub articles: Vec<Article>,
    pub rules: Vec<RulePage>,
    pub municipalities: Vec<Municipality>,
    pub eservices: Vec<EService>,
}

/// An e-service as search finds it (content/eservices.toml).
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EService {
    pub path: String,
    pub sv: String,
    pub en: String,
    pub sv_summary: String,
    pub en_summary: String,
    pub keywords: Vec<String>,
}

static CONTENT: OnceLock<Content> = OnceLock::new();

impl Content {
    /// Parses and validates the embedded files, reporting every problem found.
    pub fn load() -> Result<Content, ContentError> {
        load::parse_all(embedded::FILES)
    }

    /// Loads and validates once, for start-up: invalid content stops the server with every
    /// problem listed.
    pub fn init() -> Result<&'static Content, ContentError> {
        if let Some(content) = CONTENT.get() {
            return Ok(content);
        }
        let content = Content::load()?;
        Ok(CONTENT.get_or_init(|| content))
    }

    /// The validated content, loaded on first use. Start-up calls [`Content::load`] first so
    /// that invalid content stops the server with a message instead of a panic here.
    pub fn get() -> &'static Content {
        CONTENT.get_or_init(|| Content::load().expect("content/ is valid (checked by tests)"))
    }

    pub fn article(&self, slug: &str, lang: Lang) -> Option<&Article> {
        self.articles
            .iter()
            .find(|a| a.slug == slug && a.lang == lang)
    }

    /// The article in the chosen language, else the Swedish original.
    pub fn article_or_swedish(&self, slug: &str, lang: Lang) -> Option<&Article> {
        self.article(slug, lang)
            .or_else(|| self.article(slug, Lang::Sv))
    }

    pub fn articles_in(&self, lang: Lang) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(move |a| a.lang == lang)
    }

    pub fn rule(&self, slug: &str, lang: Lang) -> Option<&RulePage> {
        self.rules.iter().find(|r| r.slug == slug && r.lang == lang)
    }

    pub fn rules_in(&self, lang: Lang) -> impl Iterator<Item = &RulePage> {
        self.rules.iter().filter(move |r| r.lang == lang)
    }

    pub fn condition(&self, code: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.code == code)
    }
}
