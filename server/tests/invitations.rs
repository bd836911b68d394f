//! Invitations over HTTP, as browsers without JavaScript use them: the receiver finds the
//! citizen and the clinic's free times, a mistake comes back with everything kept, and sends;
//! the citizen opens the message, books the proposed time (a booking) — or, for another, asks
//! for a different time; nobody else sees or answers it; the clinic sees how it was answered.

mod support;

use axum::http::StatusCode;
use samla_domain::entities::prelude::{Invitation, VisitSlot};
use samla_model::login::PersonaKind;
use sea_orm::EntityTrait;
use support::browser::{Browser, location};
use support::staff::{clinic_of, staff_login};
use support::{browser_of, state_with, text, words_of};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A

/// The free times a page offers (`name="tid" value=…`).
fn offered_times(html: &str) -> Vec<String> {
    html.split("name=\"tid\" value=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

/// Eva's invitation of `pnr` to the first free time eight days on; the form's last page.
async fn invite(app: &axum::Router, eva: &mut Browser, pnr: &str, visit: &str) -> String {
    let day = (chrono::Local::now().date_naive() + chrono::Days::new(8)).to_string();
    let form = [
        ("personnummer", pnr),
        ("besok", visit),
        ("fran", day.as_str()),
        ("steg", "tider"),
    ];
    let html = text(eva.post(app, "/personal/kallelser", &form).await).await;
    let times = offered_times(&html);
    assert!(!times.is_empty(), "free times: {html}");
    let send = [
        ("personnummer", pnr),
        ("besok", visit),
        ("fran", day.as_str()),
        ("tid", times[0].as_str()),
        ("text", "Dags för din årliga kontroll."),
        ("steg", "skicka"),
    ];
    let response = eva.post(app, "/personal/kallelser", &send).await;
    assert_eq!(location(&response), "/personal/kallelser?skickad=1");
    times[0].clone()
}

#[tokio::test]
async fn an_invitation_is_sent_with_its_mistakes_kept_and_booked_by_the_citizen() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, EVA).await;
    let visit = samla_domain::booking::schedule::visit_types(&db, clinic)
        .await
        .unwrap()[0];
    let app = samla_server::build_router(state);
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let page = words_of(&eva.page(&app, "/personal/kallelser").await);
    assert!(
        page.contains("Ny kallelse") && page.contains("inte skickat några"),
        "{page}"
    );

    // A mistyped personnummer: named, the digits kept; no time chosen: named, the rest kept.
    let wrong = format!("{}0", &pnr[..11]);
    let form = [
        ("personnummer", wrong.as_str()),
        ("besok", visit.code()),
        ("steg", "tider"),
    ];
    let html = text(eva.post(&app, "/personal/kallelser", &form).await).await;
    assert!(html.contains("class=\"error-summary\""), "{html}");
    assert!(html.contains(&format!("value=\"{wrong}\"")), "{html}");
    let form = [
        ("personnummer", pnr.as_str()),
        ("besok", visit.code()),
        ("text", "Välkommen på kontroll."),
        ("steg", "skicka"),
    ];
    let html = text(eva.post(&app, "/personal/kallelser", &form).await).await;
    assert!(
        words_of(&html).contains("Välj en av de lediga tiderna."),
        "{html}"
    );
    assert!(html.contains("Välkommen på kontroll.</textarea>"), "{html}");
    assert!(
        words_of(&html).contains("Anna Lindqvist"),
        "the citizen found: {html}"
    );

    let slot = invite(&app, &mut eva, &pnr, visit.code()).await;
    let list = words_of(&eva.page(&app, "/personal/kallelser?skickad=1").await);
    assert!(list.contains("Kallelsen är skickad."), "{list}");
    assert!(
        list.contains("Anna Lindqvist") && list.contains("Väntar på svar"),
        "{list}"
    );

    // Anna: the message links to the invitation, which she books.
    let inbox = anna.page(&app, "/inkorg").await;
    let message = inbox
        .split("href=\"/inkorg/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap()
        .to_owned();
    let html = anna.page(&app, &format!("/inkorg/{message}")).await;
    let invitation = html
        .split("href=\"/kallelser/")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the message links to the invitation")
        .to_owned();
    let page = format!("/kallelser/{invitation}");
    let html = words_of(&anna.page(&app, &page).await);
    assert!(
        html.contains("Dags för din årliga kontroll.") && html.contains("Boka tiden"),
        "{html}"
    );
    // Karin cannot see or answer it.
    let (mut karin, _) = browser_of(&db, PersonaKind::Guardian).await;
    assert!(words_of(&karin.page(&app, &page).await).contains("Kallelsen finns inte."));
    let refused = karin
        .post(&app, "/api/accept_invitation", &[("id", &invitation)])
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    // Anna: an empty wish is named; then she books.
    let response = anna
        .post(
            &app,
            "/api/ask_other_time",
            &[("id", &invitation), ("text", " ")],
        )
        .await;
    let back = location(&response);
    assert!(back.contains("fel=saknas"), "{back}");
    assert!(
        words_of(&anna.page(&app, &back).await)
            .contains("Skriv vilka dagar och tider som passar dig.")
    );
    let response = anna
        .post(&app, "/api/accept_invitation", &[("id", &invitation)])
        .await;
    let booking = location(&response);
    assert!(
        booking.starts_with("/bokningar/") && booking.ends_with("?bokad=1"),
        "{booking}"
    );
    let held = VisitSlot::find_by_id(slot.parse::<i64>().unwrap())
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        held.taken && held.booking_id.is_some(),
        "the proposed time is her booking's"
    );
    let html = words_of(&anna.page(&app, &booking).await);
    assert!(
        html.contains("Din tid är bokad") || html.contains("bokad"),
        "{html}"
    );
    assert!(words_of(&anna.page(&app, &page).await).contains("Du har bokat tiden."));
    let list = words_of(&eva.page(&app, "/personal/kallelser").await);
    assert!(list.contains("Bokad"), "{list}");
}

#[tokio::test]
async fn asking_for_another_time_reaches_the_clinic_as_a_case() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, EVA).await;
    let visit = samla_domain::booking::schedule::visit_types(&db, clinic)
        .await
        .unwrap()[0];
    let app = samla_server::build_router(state);
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    invite(&app, &mut eva, &pnr, visit.code()).await;
    let invitation = Invitation::find()
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .id
        .to_string();
    let wish = "Jag kan bara på eftermiddagar.";
    let response = anna
        .post(
            &app,
            "/api/ask_other_time",
            &[("id", &invitation), ("text", wish)],
        )
        .await;
    let case = location(&response);
    assert!(
        case.starts_with("/arenden/") && case.ends_with("?skickat=1"),
        "{case}"
    );
    let cases = words_of(&eva.page(&app, "/personal/arenden").await);
    assert!(cases.contains("Kallelse:"), "the clinic has it: {cases}");
    let list = words_of(&eva.page(&app, "/personal/kallelser").await);
    assert!(list.contains("Vill ha en annan tid"), "{list}");
}
