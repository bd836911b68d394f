//! The one search on the real content and seeded clinics.

mod support;

use samla_domain::{search::SearchIndex, seed::seed_demo};
use samla_model::Lang;

async fn index() -> SearchIndex {
    let db = support::fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    SearchIndex::build(&db).await.unwrap()
}

fn first_article(index: &SearchIndex, text: &str, lang: Lang) -> String {
    let results = index.search(text, lang).unwrap();
    results
        .articles
        .first()
        .map(|h| h.title.clone())
        .unwrap_or_else(|| panic!("no article for {text:?}"))
}

#[tokio::test]
async fn swedish_phrasings_find_the_back_pain_article_first() {
    let index = index().await;
    for text in [
        "ont i ryggen",
        "ryggen",
        "Ont i ryggen",
        "ryggont",
        "ryggskott",
        "ont i rygg",
    ] {
        assert_eq!(
            first_article(&index, text, Lang::Sv),
            "Ont i ryggen",
            "{text:?}"
        );
    }
}

#[tokio::test]
async fn typos_and_missing_dots_still_find_the_page() {
    let index = index().await;
    assert_eq!(first_article(&index, "förkylnig", Lang::Sv), "Förkylning");
    assert_eq!(first_article(&index, "forkylning", Lang::Sv), "Förkylning");
    assert_eq!(
        first_article(&index, "urinvagsinfektion", Lang::Sv),
        "Urinvägsinfektion"
    );
    assert_eq!(first_article(&index, "migrän", Lang::Sv), "Migrän");
}

#[tokio::test]
async fn english_readers_get_english_texts_where_they_exist() {
    let index = index().await;
    assert_eq!(first_article(&index, "back pain", Lang::En), "Back pain");
    let results = index.search("tandvärk", Lang::En).unwrap();
    let hit = &results.articles[0];
    assert_eq!(
        (hit.title.as_str(), hit.lang),
        ("Tandvärk", Lang::Sv),
        "Swedish-only texts still come up"
    );
}

#[tokio::test]
async fn e_services_rules_and_clinics_are_found_too() {
    let index = index().await;
    let recept = index.search("recept", Lang::Sv).unwrap();
    // A personal e-service is reached through login, landing on it.
    assert_eq!(recept.eservices[0].href, "/logga-in?next=/forny-recept");
    let complaint = index.search("klaga på vården", Lang::Sv).unwrap();
    assert!(
        complaint
            .rules
            .iter()
            .any(|h| h.href.ends_with("klagomal-och-patientnamnden"))
    );
    let lund = index.search("vårdcentralen lund", Lang::Sv).unwrap();
    assert!(
        lund.clinics[0].title.starts_with("Vårdcentralen Lund"),
        "{:?}",
        lund.clinics[0]
    );
    let dentist = index.search("tandläkare umea", Lang::Sv).unwrap();
    assert!(
        dentist.clinics[0].title.starts_with("Folktandvården Umeå"),
        "{:?}",
        dentist.clinics[0]
    );
}

#[tokio::test]
async fn a_complaint_offers_find_care_for_it() {
    let index = index().await;
    let results = index.search("ont i ryggen", Lang::Sv).unwrap();
    assert_eq!(
        results.condition,
        Some(("back_pain".into(), "Ont i ryggen".into()))
    );
}

#[tokio::test]
async fn suggestions_complete_the_word_being_typed() {
    let index = index().await;
    let titles: Vec<String> = index
        .suggest("förky", Lang::Sv, 6)
        .unwrap()
        .into_iter()
        .map(|h| h.title)
        .collect();
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Förkylning"),
        "{titles:?}"
    );
    assert!(index.suggest("   ", Lang::Sv, 6).unwrap().is_empty());
    assert!(index.search("", Lang::Sv).unwrap().is_empty());
}
