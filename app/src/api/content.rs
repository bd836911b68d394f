//! Health information and rules pages. Open to everyone; read-only.

use leptos::prelude::*;
use samla_model::{
    Lang,
    content::{ArticlePage, ContentSummary, RulePageView},
};

/// An article in the chosen language, or its Swedish original; `None` when there is no such slug.
#[server(prefix = "/api", endpoint = "article")]
pub async fn get_article(slug: String, lang: Lang) -> Result<Option<ArticlePage>, ServerFnError> {
    let content = samla_domain::content::Content::get();
    Ok(content
        .article_or_swedish(&slug, lang)
        .map(|article| ArticlePage {
            condition_names: article
                .conditions
                .iter()
                .filter_map(|code| content.condition(code))
                .map(|c| c.name(lang).to_owned())
                .collect(),
            in_chosen_language: article.lang == lang,
            article: article.clone(),
        }))
}

/// Every article, A–Ö, in the chosen language where it exists.
#[server(prefix = "/api", endpoint = "articles")]
pub async fn list_articles(lang: Lang) -> Result<Vec<ContentSummary>, ServerFnError> {
    let content = samla_domain::content::Content::get();
    let mut list: Vec<ContentSummary> = content
        .articles_in(Lang::Sv)
        .map(|sv| ContentSummary::from(content.article(&sv.slug, lang).unwrap_or(sv)))
        .collect();
    list.sort_by_key(|s| samla_model::content::swedish_sort_key(&s.title));
    Ok(list)
}

#[server(prefix = "/api", endpoint = "rule")]
pub async fn get_rule(slug: String, lang: Lang) -> Result<Option<RulePageView>, ServerFnError> {
    let content = samla_domain::content::Content::get();
    let page = content
        .rule(&slug, lang)
        .or_else(|| content.rule(&slug, Lang::Sv));
    Ok(page.map(|page| RulePageView {
        in_chosen_language: page.lang == lang,
        page: page.clone(),
    }))
}

#[server(prefix = "/api", endpoint = "rules")]
pub async fn list_rules(lang: Lang) -> Result<Vec<ContentSummary>, ServerFnError> {
    let content = samla_domain::content::Content::get();
    Ok(content
        .rules_in(Lang::Sv)
        .map(|sv| ContentSummary::from(content.rule(&sv.slug, lang).unwrap_or(sv)))
        .collect())
}
