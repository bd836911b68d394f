//! The start page, open and personal (DOMAIN.md §1): logged out it is the same for everyone;
//! logged in the same page begins with the citizen's overview — the next booked time, unread
//! messages, open cases with what to expect, medicines to renew — then the six errands.

mod support;

use samla_model::login::PersonaKind;
use support::logged_in;

#[tokio::test]
async fn logged_out_the_start_page_has_no_overview() {
    let app = support::app().await;
    let page = support::text(support::get(&app, "/").await).await;
    assert!(
        page.contains("href=\"/logga-in?next=/forny-recept\""),
        "{page}"
    );
    assert!(!page.contains("Din översikt") && !page.contains("Hej "));
}

#[tokio::test]
async fn logged_in_the_start_page_begins_with_the_overview_then_the_errands() {
    let (app, db, mut anna, owner) = logged_in(PersonaKind::Adult).await;
    let page = anna.page(&app, "/").await;
    assert!(page.contains("<h1>Hej Anna</h1>"), "{page}");
    let overview = page
        .find("aria-label=\"Din översikt\"")
        .expect("the overview");
    let errands = page.find("id=\"errands-heading\"").expect("the errands");
    let health = page.find("id=\"health-heading\"").unwrap();
    assert!(
        overview < errands && errands < health,
        "overview, errands, then the rest"
    );
    assert!(page.contains("Du har ingen bokad tid."));
    // Her demo cases: an answered one, and one waiting for the clinic with its date.
    let unread = samla_domain::inbox::unread(&db, &owner).await.unwrap();
    assert!(unread > 0);
    let unread_text = if unread == 1 {
        "1 oläst meddelande".to_owned()
    } else {
        format!("{unread} olästa meddelanden")
    };
    assert!(page.contains(&unread_text), "{unread_text}");
    assert!(page.contains("Pågående ärenden") && page.contains("class=\"case-list__item\""));
    assert!(
        page.contains("Förnya Levaxin 50 mikrogram tablett"),
        "due within a month"
    );
    assert!(
        page.contains("href=\"/forny-recept\""),
        "the errand goes straight there"
    );
    assert!(
        !page.contains("/logga-in?next="),
        "no errand through login again"
    );

    let clinic = support::bookable_health_centre(&db).await;
    let id = support::book_nurse_time(&db, &clinic, &owner).await;
    let page = anna.page(&app, "/").await;
    assert!(
        page.contains(&format!("href=\"/bokningar/{id}\">Besök hos sjuksköterska")),
        "{page}"
    );
    assert!(page.contains(&clinic.name));
    let log = anna.page(&app, "/installningar/vem-har-last").await;
    assert!(log.contains("Översikten på startsidan"));
}

#[tokio::test]
async fn the_15_year_old_overview_names_no_medicine() {
    let (app, _db, mut nora, _) = logged_in(PersonaKind::Teen).await;
    let page = nora.page(&app, "/").await;
    assert!(
        page.contains("<h1>Hej Nora</h1>"),
        "{}",
        &page[page.find("<main").unwrap_or(0)..]
    );
    assert!(!page.contains("Flutide") && !page.contains("Bricanyl"));
    assert!(
        !page.contains("Läkemedel att förnya"),
        "nothing is said of her medicines"
    );
}

#[tokio::test]
async fn the_overview_speaks_english_when_chosen() {
    let (app, _db, mut gunnar, _) = logged_in(PersonaKind::Elderly).await;
    gunnar
        .cookies
        .insert(samla_model::Lang::COOKIE.to_owned(), "en".to_owned());
    let page = gunnar.page(&app, "/").await;
    assert!(page.contains("<h1>Hello Gunnar</h1>"), "{page}");
    assert!(page.contains("Medicines to renew") && page.contains("Renew Enalapril 10 mg tablett"));
    assert!(!page.contains("Metformin"), "it lasts for months");
}
