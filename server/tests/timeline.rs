//! Upcoming and past events through the whole router, as a browser without JavaScript sees
//! them: the flow by month with its kinds, paging to older entries and back, the filter, a
//! booked time at the top, login first for nobody, the read in the access log, English.

mod support;

use samla_model::login::PersonaKind;
use support::browser::location;
use support::logged_in;

/// The `href` of the link whose text is `text` on `page`, entities decoded.
fn link_to(page: &str, text: &str) -> String {
    let end = page
        .find(&format!(">{text}</a>"))
        .unwrap_or_else(|| panic!("a link {text} in {page}"));
    let start = page[..end].rfind("href=\"").unwrap() + 6;
    page[start..end]
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
}

fn entries(page: &str) -> usize {
    page.matches("<li class=\"event ").count()
}

#[tokio::test]
async fn the_flow_shows_years_by_month_pages_back_and_filters_by_kind() {
    let (app, _db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let first = anna.page(&app, "/handelser").await;
    assert!(
        first.contains("<h1>Kommande och tidigare händelser</h1>"),
        "{first}"
    );
    assert!(
        first.contains("Du har inga bokade tider."),
        "no booking yet: {first}"
    );
    assert!(first.contains("<h3 class=\"event-month\">"));
    assert_eq!(entries(&first), 30, "one page of past entries");
    for kind in ["Ärende", "Meddelande", "Intyg", "Vaccination"] {
        assert!(
            first.contains(&format!("<span class=\"event__kind\">{kind}</span>")),
            "{kind}"
        );
    }
    assert!(
        first.contains("Provsvar efter blodprov"),
        "her case, by its subject"
    );
    assert!(first.contains("href=\"/arenden/") && first.contains("href=\"/inkorg/"));
    assert!(
        first.contains("aria-current=\"page\""),
        "the filter marks Allt"
    );

    let older = link_to(&first, "Äldre händelser");
    assert!(older.starts_with("/handelser?fore="), "{older}");
    let second = anna.page(&app, &older).await;
    assert!(
        !second.contains("id=\"events-upcoming\""),
        "upcoming is on the first page only"
    );
    assert!(second.contains("Till de senaste händelserna"));
    assert!(
        !second.contains("Provsvar efter blodprov"),
        "no entry on two pages"
    );
    assert!(entries(&second) > 0);

    let labs = anna.page(&app, "/handelser?visa=provsvar").await;
    assert!(entries(&labs) > 0);
    assert_eq!(
        labs.matches("<span class=\"event__kind\">Provsvar</span>")
            .count(),
        entries(&labs),
        "only lab results"
    );
    assert!(labs.contains("TSH (sköldkörtelhormon)") && labs.contains("mIE/l"));
    assert!(labs.contains("referensintervallet"));
    assert!(
        !labs.contains("Levaxin 50"),
        "no medicines among lab results"
    );
    assert!(
        !labs.contains("Äldre händelser"),
        "six years of her lab results fit one page"
    );

    let medicines = anna.page(&app, "/handelser?visa=lakemedel").await;
    assert!(
        medicines.contains("Levaxin 50 mikrogram tablett")
            && medicines.contains("1 tablett på morgonen")
    );
}

#[tokio::test]
async fn a_booked_time_comes_first_and_links_to_the_booking() {
    let (app, db, mut anna, owner) = logged_in(PersonaKind::Adult).await;
    let clinic = support::bookable_health_centre(&db).await;
    let id = support::book_nurse_time(&db, &clinic, &owner).await;
    let page = anna.page(&app, "/handelser").await;
    let upcoming = &page
        [page.find("id=\"events-upcoming\"").unwrap()..page.find("id=\"events-past\"").unwrap()];
    assert!(
        upcoming.contains(&format!(
            "href=\"/bokningar/{id}\">Besök hos sjuksköterska</a>"
        )),
        "{upcoming}"
    );
    assert!(upcoming.contains(&clinic.name) && upcoming.contains("Bokad"));
    assert!(!page.contains("Du har inga bokade tider."));
    let no_bookings = anna.page(&app, "/handelser?visa=intyg").await;
    assert!(
        !no_bookings.contains("id=\"events-upcoming\""),
        "the filter leaves bookings out"
    );
}

#[tokio::test]
async fn nobody_is_sent_to_login_the_read_is_logged_and_english_is_english() {
    let (app, _db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let mut nobody = support::browser::Browser::default();
    let response = nobody.get(&app, "/handelser?visa=provsvar").await;
    let to = location(&response);
    assert_eq!(to, "/logga-in?next=/handelser%3Fvisa%3Dprovsvar");

    anna.page(&app, "/handelser").await;
    let log = anna.page(&app, "/installningar/vem-har-last").await;
    assert!(log.contains("Kommande och tidigare händelser"), "{log}");

    anna.cookies
        .insert(samla_model::Lang::COOKIE.to_owned(), "en".to_owned());
    let english = anna.page(&app, "/handelser").await;
    assert!(english.contains("<h1>Upcoming and past events</h1>"));
    assert!(
        english.contains("<span class=\"event__kind\">Case</span>")
            && english.contains("Older events")
    );
    let labs = anna.page(&app, "/handelser?visa=provsvar").await;
    assert!(labs.contains("TSH (thyroid-stimulating hormone)") && labs.contains("reference range"));
}
