//! Booking through the whole router without JavaScript: a clinic's kinds of visit, a week of
//! times, the summary, booking, the booking's page, the page that asks before cancelling,
//! cancelling; what another citizen can do to it (nothing); a time taken meanwhile.

mod support;

use samla_model::login::PersonaKind;
use support::browser::location;
use support::{browser_of, logged_in};

/// The first `href="{prefix}…"` on `page`, entities decoded.
fn first_link(page: &str, prefix: &str) -> String {
    let start = page
        .find(&format!("href=\"{}", prefix.replace('&', "&amp;")))
        .unwrap_or_else(|| panic!("a link to {prefix} in {page}"))
        + 6;
    page[start..]
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
}

#[tokio::test]
async fn a_citizen_books_and_cancels_without_javascript_and_nobody_else_can() {
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let clinic = support::bookable_health_centre(&db).await;

    let visits = anna
        .page(&app, &format!("/boka-tid?mottagning={}", clinic.hsa_id))
        .await;
    assert!(visits.contains("Vad gäller besöket?"), "{visits}");
    let week_href = first_link(&visits, "/boka-tid?mottagning=");
    assert!(week_href.contains("&besok=doctor"), "{week_href}");
    let week = anna.page(&app, &week_href).await;
    assert!(
        week.contains("Välj tid") && week.contains("Senare tider"),
        "{week}"
    );
    // Next week's first time: more than 24 hours ahead, so it can be cancelled here.
    let next_week = anna
        .page(&app, &first_link(&week, &format!("{week_href}&vecka=")))
        .await;
    assert!(next_week.contains("Tidigare tider"), "{next_week}");
    let confirm_href = first_link(&next_week, "/boka-tid/bekrafta?tid=");
    let slot = confirm_href.split("tid=").nth(1).unwrap().to_owned();
    let summary = anna.page(&app, &confirm_href).await;
    assert!(summary.contains("Kontrollera och boka") && summary.contains("Boka tiden"));
    assert!(summary.contains(&clinic.name));

    let booked = anna
        .submit(
            &app,
            "/api/book_time",
            &[("slot", &slot), ("note", "Ont i ryggen")],
        )
        .await;
    assert!(booked.ends_with("?bokad=1"), "{booked}");
    let id = booked
        .trim_start_matches("/bokningar/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let page = anna.page(&app, &booked).await;
    assert!(page.contains("Din tid är bokad"), "{page}");
    assert!(page.contains("Ont i ryggen") && page.contains("Avboka"));
    // Listed on /boka-tid.
    let start = anna.page(&app, "/boka-tid").await;
    assert!(
        start.contains(&format!("href=\"/bokningar/{id}\"")),
        "{start}"
    );

    // Karin: not her booking to see or cancel; the time is taken for her, her note kept.
    let (mut karin, _) = browser_of(&db, PersonaKind::Elderly).await;
    let theirs = karin.page(&app, &format!("/bokningar/{id}")).await;
    assert!(theirs.contains("Bokningen finns inte") && !theirs.contains("Ont i ryggen"));
    let refused = karin
        .submit(&app, "/api/cancel_booking", &[("booking", &id)])
        .await;
    assert_eq!(refused, format!("/bokningar/{id}?fel=finns-inte"));
    let late = karin
        .submit(
            &app,
            "/api/book_time",
            &[("slot", &slot), ("note", "Mitt knä")],
        )
        .await;
    assert!(late.contains("fel=upptagen"), "{late}");
    let again = karin.page(&app, &late).await;
    assert!(again.contains("Någon annan hann boka tiden"), "{again}");
    assert!(again.contains(">Mitt knä</textarea>"), "{again}");
    assert!(!again.contains("Boka tiden</button>"));

    // Anna cancels: asked first, then done, and the time is free again.
    let ask = anna.page(&app, &format!("/bokningar/{id}/avboka")).await;
    assert!(ask.contains("Vill du avboka tiden?") && ask.contains("Nej, behåll tiden"));
    let done = anna
        .submit(&app, "/api/cancel_booking", &[("booking", &id)])
        .await;
    assert_eq!(done, format!("/bokningar/{id}?avbokad=1"));
    let page = anna.page(&app, &done).await;
    assert!(page.contains("Tiden är avbokad") && page.contains("Avbokad"));
    assert!(!page.contains(">Avboka</a>"));
    let free = karin.page(&app, &confirm_href).await;
    assert!(free.contains("Boka tiden</button>"), "{free}");
}

#[tokio::test]
async fn booking_pages_go_through_login_and_come_back() {
    let (app, _, _, _) = logged_in(PersonaKind::Adult).await;
    let mut nobody = support::browser::Browser::default();
    for path in [
        "/boka-tid?mottagning=SE1",
        "/bokningar/1",
        "/bokningar/1/avboka",
    ] {
        let response = nobody.get(&app, path).await;
        assert_eq!(
            location(&response),
            samla_model::next_path::login_href(path),
            "{path}"
        );
    }
}
