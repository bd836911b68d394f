//! The real content/ folder: valid, and as large as the portal promises.

use samla_domain::content::Content;
use samla_domain::regions::REGIONS;
use samla_model::Lang;

fn content() -> Content {
    Content::load().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn at_least_forty_swedish_and_ten_english_articles() {
    let c = content();
    assert!(
        c.articles_in(Lang::Sv).count() >= 40,
        "{}",
        c.articles_in(Lang::Sv).count()
    );
    assert!(c.articles_in(Lang::En).count() >= 10);
}

#[test]
fn every_article_tells_when_and_where_to_seek_care() {
    for a in &content().articles {
        let s = &a.seek_care;
        let situations =
            s.emergency.len() + s.advice_line.len() + s.health_centre.len() + s.self_care.len();
        assert!(
            situations >= 3,
            "{} ({}) has {situations} care-level situations",
            a.slug,
            a.lang.code()
        );
    }
}

#[test]
fn serious_complaints_say_when_to_call_112() {
    let c = content();
    for slug in ["brostsmarta", "feber-hos-barn", "falsk-krupp", "brannskada"] {
        let article = c
            .article(slug, Lang::Sv)
            .unwrap_or_else(|| panic!("{slug} exists"));
        assert!(
            !article.seek_care.emergency.is_empty(),
            "{slug} lacks emergency signs"
        );
    }
}

#[test]
fn rules_pages_exist_in_both_languages() {
    let c = content();
    let sv: Vec<_> = c.rules_in(Lang::Sv).map(|r| r.slug.clone()).collect();
    assert!(sv.len() >= 7);
    for slug in &sv {
        assert!(
            c.rule(slug, Lang::En).is_some(),
            "{slug} has no English version"
        );
    }
}

#[test]
fn all_290_municipalities_in_all_21_regions() {
    let c = content();
    assert_eq!(c.municipalities.len(), 290);
    for region in &REGIONS {
        assert!(
            c.municipalities
                .iter()
                .any(|m| m.region_code == region.code),
            "{}",
            region.name
        );
    }
    let kiruna = c
        .municipalities
        .iter()
        .find(|m| m.name == "Kiruna")
        .unwrap();
    let malmo = c.municipalities.iter().find(|m| m.name == "Malmö").unwrap();
    assert!(kiruna.lat > 67.0 && malmo.lat < 56.0);
}
