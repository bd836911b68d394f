//! Health information and rules pages, rendered by the real router.

mod support;

use axum::http::StatusCode;
use support::{app, get, get_with_cookie, text};

#[tokio::test]
async fn an_article_has_the_common_structure_and_a_booking_entry() {
    let app = app().await;
    let response = get(&app, "/artikel/ont-i-ryggen").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    for part in [
        "<h1>Ont i ryggen</h1>",
        "Vad är det?",
        "Symtom",
        "Vad kan jag göra själv?",
        "När och var ska jag söka vård?",
        "Vad händer hos vården?",
        "Senast granskad",
        "care-card--emergency",
        "Akut – ring 112",
    ] {
        assert!(html.contains(part), "missing {part}");
    }
    assert!(
        html.contains("href=\"/hitta-vard?besvar=back_pain\""),
        "Boka tid leads to clinics for back pain"
    );
    assert!(
        html.contains(
            "<link href=\"http://127.0.0.1:3000/artikel/ont-i-ryggen\" rel=\"canonical\">"
        )
    );
    assert!(html.contains("<title>Ont i ryggen – Samla</title>"));
}

#[tokio::test]
async fn english_readers_get_the_english_version_or_the_swedish_one_with_a_notice() {
    let app = app().await;
    let translated =
        text(get_with_cookie(&app, "/artikel/ont-i-ryggen", "samla_lang=en").await).await;
    assert!(translated.contains("What is it?") && translated.contains("lang=\"en\""));
    assert!(!translated.contains("This text is only available in Swedish."));

    let swedish_only =
        text(get_with_cookie(&app, "/artikel/tandvark", "samla_lang=en").await).await;
    assert!(swedish_only.contains("This text is only available in Swedish."));
    let article_tag = &swedish_only[swedish_only.find("<article").unwrap()..];
    let article_tag = &article_tag[..article_tag.find('>').unwrap()];
    assert!(
        article_tag.contains("lang=\"sv\""),
        "the Swedish text is marked as Swedish: {article_tag}"
    );
    assert!(
        swedish_only.contains("What is it?"),
        "headings follow the chosen language"
    );
}

#[tokio::test]
async fn unknown_articles_and_rules_are_404_inside_the_site() {
    let app = app().await;
    for path in ["/artikel/finns-inte", "/regler-och-rattigheter/finns-inte"] {
        let response = get(&app, path).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
        assert!(text(response).await.contains("Sidan finns inte"));
    }
}

#[tokio::test]
async fn the_health_advice_index_lists_every_article_a_to_o() {
    let html = text(get(&app().await, "/halsa").await).await;
    let count = html.matches("class=\"summary-list__link\"").count();
    assert!(count >= 40, "{count} articles listed");
    let (a, o) = (
        html.find(">Akne<").unwrap(),
        html.find(">Ögoninflammation<").unwrap(),
    );
    assert!(a < o, "Swedish alphabetical order puts Ö last");
}

#[tokio::test]
async fn rules_and_rights_pages_render_in_both_languages() {
    let app = app().await;
    let index = text(get(&app, "/regler-och-rattigheter").await).await;
    assert!(index.matches("class=\"summary-list__link\"").count() >= 7);
    let page = text(get(&app, "/regler-och-rattigheter/klagomal-och-patientnamnden").await).await;
    assert!(page.contains("Patientnämnden"));
    let english = text(
        get_with_cookie(
            &app,
            "/regler-och-rattigheter/vardgarantin",
            "samla_lang=en",
        )
        .await,
    )
    .await;
    assert!(english.contains("lang=\"en\"") && english.contains("Rules and rights"));
}

#[tokio::test]
async fn the_cookie_page_names_the_only_cookie() {
    let html = text(get(&app().await, "/kakor").await).await;
    assert!(html.contains("<h1>Kakor</h1>") && html.contains("samla_lang"));
}

#[tokio::test]
async fn the_sitemap_lists_articles_rules_and_every_clinic() {
    let app = app().await;
    let response = get(&app, "/sitemap.xml").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(support::header_of(&response, "content-type").starts_with("application/xml"));
    let xml = text(response).await;
    assert!(
        xml.starts_with("<?xml")
            && xml.contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
    );
    let articles = xml.matches("<loc>http://127.0.0.1:3000/artikel/").count();
    assert!(articles >= 40, "{articles} articles");
    assert!(xml.contains("<loc>http://127.0.0.1:3000/artikel/ont-i-ryggen</loc><lastmod>"));
    assert!(xml.matches("/regler-och-rattigheter/").count() >= 7);
    let clinics = xml
        .matches("<loc>http://127.0.0.1:3000/mottagning/")
        .count();
    assert!(clinics >= 600, "{clinics} clinics");
    let hsa = &xml[xml.find("/mottagning/").unwrap() + 12..];
    let hsa = &hsa[..hsa.find('<').unwrap()];
    assert_eq!(
        get(&app, &format!("/mottagning/{hsa}")).await.status(),
        StatusCode::OK,
        "listed pages exist"
    );
}

#[tokio::test]
async fn robots_keep_the_personal_part_out_and_point_at_the_sitemap() {
    let robots = text(get(&app().await, "/robots.txt").await).await;
    for line in [
        "Disallow: /api/",
        "Disallow: /inkorg",
        "Disallow: /logga-in",
        "Sitemap: http://127.0.0.1:3000/sitemap.xml",
    ] {
        assert!(robots.lines().any(|l| l == line), "missing {line}");
    }
}

#[tokio::test]
async fn search_is_server_rendered_and_grouped() {
    let app = app().await;
    let html = text(get(&app, "/sok?q=ont+i+ryggen").await).await;
    let first_article = &html[html.find("href=\"/artikel/").expect("an article is found")..];
    assert!(
        first_article.starts_with("href=\"/artikel/ont-i-ryggen\""),
        "{}",
        &first_article[..40]
    );
    assert!(html.contains("<h2>Råd om hälsa</h2>"));
    assert!(html.contains("href=\"/hitta-vard?besvar=back_pain\""));
    let empty = text(get(&app, "/sok").await).await;
    assert!(empty.contains("Skriv vad du söker efter"));
    let long = format!("/sok?q={}", "a".repeat(5000));
    assert_eq!(
        get(&app, &long).await.status(),
        StatusCode::OK,
        "overlong input is cut, not an error"
    );
}
