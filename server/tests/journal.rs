//! The journal through the whole router, as a browser without JavaScript sees it: care
//! contacts with their notes (medical words explained in place) a page at a time, lab results
//! by analysis with a chart and a table, vaccinations; only the reader's own; in the access log.

mod support;

use axum::http::StatusCode;
use samla_model::login::PersonaKind;
use support::logged_in;

#[tokio::test]
async fn the_journal_shows_notes_with_explained_words_lab_charts_and_vaccinations() {
    let (app, _db, mut gunnar, _) = logged_in(PersonaKind::Elderly).await;
    let page = gunnar.page(&app, "/journalen").await;
    assert!(page.contains("<h1>Journalen</h1>"), "{page}");
    assert_eq!(
        page.matches("<li class=\"journal-note\">").count(),
        20,
        "one page of contacts"
    );
    assert!(
        page.contains("<details class=\"term\"><summary>Hypertoni</summary><span class=\"term__explain\">Högt blodtryck.</span></details>"),
        "the word explained where it is used"
    );
    let hba1c = &page[page.find("id=\"lab-hba1c\"").expect("his HbA1c")..];
    let hba1c = &hba1c[..hba1c.find("</article>").unwrap()];
    assert!(
        hba1c.contains("HbA1c (långtidssocker)")
            && hba1c.contains("de senaste två till tre månaderna")
    );
    assert!(hba1c.contains("<svg class=\"lab-chart\"") && hba1c.contains("role=\"img\""));
    assert!(
        hba1c.contains("aria-label=\"HbA1c (långtidssocker): "),
        "a text alternative"
    );
    let points = hba1c.matches("<circle").count();
    let rows = hba1c.matches("<tr").count() - 1;
    assert!(
        points > 1 && points == rows,
        "a point and a table row per result: {points} {rows}"
    );
    assert!(
        hba1c.contains("Referensintervall: 27–42 mmol/mol"),
        "{hba1c}"
    );
    assert!(page.contains("Vaxigrip Tetra"), "vaccinations");
    let older = page
        .split("rel=\"next\" href=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("older contacts")
        .to_owned();
    assert_eq!(older, "/journalen?sida=2");
    let second = gunnar.page(&app, &older).await;
    assert!(second.contains("Nyare vårdkontakter"));
    assert!(second.contains("<li class=\"journal-note\">"));
    let log = gunnar.page(&app, "/installningar/vem-har-last").await;
    assert!(log.contains("Journalen"), "the read is logged");
}

#[tokio::test]
async fn another_citizen_sees_their_own_journal_and_nobody_is_sent_to_log_in() {
    let (app, db, _gunnar, _) = logged_in(PersonaKind::Elderly).await;
    let (mut karin, _) = support::browser_of(&db, PersonaKind::Guardian).await;
    let hers = karin.page(&app, "/journalen").await;
    assert!(!hers.contains("Hypertoni") && !hers.contains("HbA1c"));
    assert!(
        hers.contains("<li class=\"journal-note\">"),
        "her own visits"
    );
    let nobody = support::get(&app, "/journalen").await;
    assert_eq!(nobody.status(), StatusCode::FOUND);
    assert_eq!(
        support::header_of(&nobody, "location"),
        "/logga-in?next=/journalen"
    );
}

#[tokio::test]
async fn the_events_flow_leads_to_the_journal() {
    let (app, _db, mut gunnar, _) = logged_in(PersonaKind::Elderly).await;
    let labs = gunnar.page(&app, "/handelser?visa=provsvar").await;
    assert!(labs.contains("href=\"/journalen#lab-"), "{labs}");
    let visits = gunnar.page(&app, "/handelser?visa=vardkontakter").await;
    assert!(visits.contains("href=\"/journalen#journal-contacts\""));
}
