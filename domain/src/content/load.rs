//! Parsing and validating the embedded content files.

use samla_model::{
    Lang,
    content::{Article, Condition, RulePage},
};
use serde::Deserialize;

use super::{Content, municipalities};
use crate::regions::REGIONS;

/// Every problem found in content/, one line each.
#[derive(Debug, thiserror::Error)]
#[error("content/ has {} problem(s):\n{}", .0.len(), .0.join("\n"))]
pub struct ContentError(pub Vec<String>);

#[derive(Deserialize)]
struct EServicesFile {
    eservice: Vec<super::EService>,
}

#[derive(Deserialize)]
struct ConditionsFile {
    condition: Vec<Condition>,
}

pub fn parse_all(files: &[(&str, &str)]) -> Result<Content, ContentError> {
    let mut problems = Vec::new();
    let mut content = Content {
        conditions: Vec::new(),
        articles: Vec::new(),
        rules: Vec::new(),
        municipalities: Vec::new(),
        eservices: Vec::new(),
    };
    for (path, text) in files {
        match path.split('/').collect::<Vec<_>>()[..] {
            ["conditions.toml"] => match toml::from_str::<ConditionsFile>(text) {
                Ok(file) => content.conditions = file.condition,
                Err(e) => problems.push(format!("{path}: {e}")),
            },
            ["eservices.toml"] => match toml::from_str::<EServicesFile>(text) {
                Ok(file) => content.eservices = file.eservice,
                Err(e) => problems.push(format!("{path}: {e}")),
            },
            ["municipalities.csv"] => match municipalities::parse(text) {
                Ok(list) => content.municipalities = list,
                Err(e) => problems.push(e),
            },
            ["articles", lang, file] => {
                if let Some(article) = parse_one::<Article>(path, text, lang, file, &mut problems) {
                    content.articles.push(Article {
                        lang: lang_of(lang),
                        ..article
                    });
                }
            }
            ["rules", lang, file] => {
                if let Some(rule) = parse_one::<RulePage>(path, text, lang, file, &mut problems) {
                    content.rules.push(RulePage {
                        lang: lang_of(lang),
                        ..rule
                    });
                }
            }
            _ => {}
        }
    }
    validate(&content, &mut problems);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(ContentError(problems))
    }
}

fn lang_of(dir: &str) -> Lang {
    Lang::from_code(dir).unwrap_or_default()
}

/// Parses one article or rules file and checks its place: language folder and slug = file name.
fn parse_one<T: for<'de> Deserialize<'de> + HasSlug>(
    path: &str,
    text: &str,
    lang: &str,
    file: &str,
    problems: &mut Vec<String>,
) -> Option<T> {
    if Lang::from_code(lang).is_none() {
        problems.push(format!("{path}: unknown language folder {lang:?}"));
        return None;
    }
    match toml::from_str::<T>(text) {
        Ok(item) => {
            if Some(item.slug()) != file.strip_suffix(".toml") {
                problems.push(format!(
                    "{path}: slug {:?} differs from the file name",
                    item.slug()
                ));
            }
            if !item
                .slug()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                problems.push(format!("{path}: slug may hold only a-z, 0-9 and -"));
            }
            Some(item)
        }
        Err(e) => {
            problems.push(format!("{path}: {e}"));
            None
        }
    }
}

trait HasSlug {
    fn slug(&self) -> &str;
}
impl HasSlug for Article {
    fn slug(&self) -> &str {
        &self.slug
    }
}
impl HasSlug for RulePage {
    fn slug(&self) -> &str {
        &self.slug
    }
}

fn validate(content: &Content, problems: &mut Vec<String>) {
    for article in &content.articles {
        let at = format!("articles/{}/{}", article.lang.code(), article.slug);
        if article.conditions.is_empty() {
            problems.push(format!("{at}: names no condition"));
        }
        for code in &article.conditions {
            if content.condition(code).is_none() {
                problems.push(format!("{at}: unknown condition {code:?}"));
            }
        }
        check_date(&at, &article.reviewed, problems);
        for (field, text) in [
            ("title", &article.title),
            ("summary", &article.summary),
            ("what_it_is", &article.what_it_is),
            ("symptoms", &article.symptoms),
            ("self_care", &article.self_care),
            ("at_the_clinic", &article.at_the_clinic),
        ] {
            if text.trim().is_empty() {
                problems.push(format!("{at}: {field} is empty"));
            }
        }
        if article.lang != Lang::Sv && content.article(&article.slug, Lang::Sv).is_none() {
            problems.push(format!("{at}: has no Swedish original"));
        }
    }
    for rule in &content.rules {
        let at = format!("rules/{}/{}", rule.lang.code(), rule.slug);
        check_date(&at, &rule.reviewed, problems);
        if rule.body.trim().is_empty() {
            problems.push(format!("{at}: body is empty"));
        }
    }
    for m in &content.municipalities {
        if !REGIONS.iter().any(|r| r.code == m.region_code) || !m.code.starts_with(&m.region_code) {
            problems.push(format!(
                "municipality {} {}: region {} does not fit",
                m.code, m.name, m.region_code
            ));
        }
    }
}

fn check_date(at: &str, date: &str, problems: &mut Vec<String>) {
    if chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_err() {
        problems.push(format!(
            "{at}: reviewed {date:?} is not a date like 2026-10-12"
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONDITIONS: &str =
        "[[condition]]\ncode = \"back_pain\"\nsv = \"Ont i ryggen\"\nen = \"Back pain\"\n";
    const ARTICLE: &str = r#"
slug = "ont-i-ryggen"
title = "Ont i ryggen"
summary = "Kort."
audience = "adults"
conditions = ["back_pain"]
keywords = ["ryggskott"]
reviewed = "2026-10-01"
what_it_is = "Text."
symptoms = "- ont"
self_care = "- rör dig"
at_the_clinic = "Undersökning."
[seek_care]
emergency = []
advice_line = ["Ring 1177."]
health_centre = []
self_care = ["Oftast."]
"#;

    #[test]
    fn a_valid_article_loads_with_its_language() {
        let files = [
            ("conditions.toml", CONDITIONS),
            ("articles/sv/ont-i-ryggen.toml", ARTICLE),
        ];
        let content = parse_all(&files).unwrap();
        assert_eq!(
            content.article("ont-i-ryggen", Lang::Sv).unwrap().title,
            "Ont i ryggen"
        );
    }

    #[test]
    fn every_problem_is_reported() {
        let wrong = ARTICLE
            .replace("\"back_pain\"]", "\"nope\"]")
            .replace("2026-10-01", "i höstas");
        let orphan = ARTICLE.replace("ont-i-ryggen", "bara-engelska");
        let files = [
            ("conditions.toml", CONDITIONS),
            ("articles/sv/annat-namn.toml", wrong.as_str()),
            ("articles/en/bara-engelska.toml", orphan.as_str()),
        ];
        let ContentError(problems) = parse_all(&files).err().unwrap();
        let all = problems.join("\n");
        assert!(all.contains("differs from the file name"), "{all}");
        assert!(all.contains("unknown condition \"nope\""), "{all}");
        assert!(all.contains("is not a date"), "{all}");
        assert!(all.contains("has no Swedish original"), "{all}");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let extra = format!("{ARTICLE}\n[extra]\nx = 1\n");
        let files = [
            ("conditions.toml", CONDITIONS),
            ("articles/sv/ont-i-ryggen.toml", extra.as_str()),
        ];
        assert!(parse_all(&files).is_err());
    }
}
