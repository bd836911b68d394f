//! `/installningar` and "Vem har läst mina uppgifter" over HTTP, as a browser without
//! JavaScript uses them: the guard, the form's mistakes shown with everything typed kept,
//! saving with its notification, and the access log.

mod support;

use axum::http::StatusCode;
use samla_domain::{DatabaseConnection, entities::outbox};
use samla_model::login::PersonaKind;
use support::browser::{Browser, location};
use support::{header_of, logged_in, text};

async fn outbox_rows(db: &DatabaseConnection, personnummer: &str) -> Vec<outbox::Model> {
    samla_domain::outbox::latest_of(db, personnummer, 100)
        .await
        .unwrap()
}

const GOOD: [(&str, &str); 4] = [
    ("mobile", "070-123 45 67"),
    ("email", ""),
    ("notify_sms", "ja"),
    ("share_contact", "nej"),
];

#[tokio::test]
async fn settings_need_a_login_and_saving_without_one_changes_nothing() {
    let (app, db, _, pnr) = logged_in(PersonaKind::Adult).await;
    let mut stranger = Browser::default();
    for page in ["/installningar", "/installningar/vem-har-last", "/inkorg"] {
        let response = stranger.get(&app, page).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{page}");
        assert_eq!(location(&response), format!("/logga-in?next={page}"));
    }
    let before = outbox_rows(&db, &pnr).await.len();
    let response = stranger.post(&app, "/installningar", &GOOD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/logga-in?next=/installningar");
    assert_eq!(outbox_rows(&db, &pnr).await.len(), before);
    let api = stranger.post(&app, "/api/my_settings", &[]).await;
    assert_eq!(api.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_page_shows_the_register_and_records_the_read() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Adult).await;
    let response = browser.get(&app, "/installningar").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(header_of(&response, "cache-control").contains("no-store"));
    let html = text(response).await;
    assert!(
        html.contains("Anna Lindqvist"),
        "the name from the register"
    );
    assert!(
        html.contains("folkbokföringen hos Skatteverket"),
        "where it comes from"
    );
    assert!(html.contains("name=\"mobile\""));
    let log = samla_domain::access_log::page(&db, &pnr, 1).await.unwrap();
    assert_eq!(log.entries.len(), 1);
    assert_eq!(log.entries[0].role, samla_model::access::Role::Citizen);
    assert_eq!(
        log.entries[0].resource,
        samla_model::access::Resource::Settings
    );
    let page = browser.page(&app, "/installningar/vem-har-last").await;
    assert!(
        page.contains("Du själv") && page.contains("Inställningar och kontaktuppgifter"),
        "{page}"
    );
}

#[tokio::test]
async fn mistakes_come_back_with_their_messages_and_what_was_typed() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Adult).await;
    let before = outbox_rows(&db, &pnr).await.len();
    let saved_before = samla_domain::settings::load(&db, &pnr).await.unwrap();
    let response = browser
        .post(
            &app,
            "/installningar",
            &[
                ("mobile", "08-123 45 67"),
                ("email", "anna@exempel"),
                ("notify_email", "ja"),
                ("share_contact", "ja"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(html.contains("class=\"error-summary\""));
    assert!(
        html.contains("href=\"#settings-mobile\"") && html.contains("href=\"#settings-email\"")
    );
    assert!(html.contains("Det är inget mobilnummer"), "{html}");
    assert!(html.contains("Kontrollera delen efter @"));
    assert!(
        html.contains("value=\"08-123 45 67\"") && html.contains("value=\"anna@exempel\""),
        "typed values kept"
    );
    assert!(
        html.contains("id=\"settings-share-yes\" name=\"share_contact\" value=\"ja\" checked"),
        "choices kept"
    );
    assert_eq!(
        samla_domain::settings::load(&db, &pnr).await.unwrap(),
        saved_before,
        "nothing saved"
    );
    assert_eq!(outbox_rows(&db, &pnr).await.len(), before, "nothing sent");
}

#[tokio::test]
async fn good_choices_are_saved_normalised_and_told_once() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Adult).await;
    // Start from nothing, so the one change below is told to the new number only.
    let none = [("mobile", ""), ("email", ""), ("share_contact", "nej")];
    assert_eq!(
        browser.post(&app, "/installningar", &none).await.status(),
        StatusCode::SEE_OTHER
    );
    let before = outbox_rows(&db, &pnr).await.len();
    let response = browser.post(&app, "/installningar", &GOOD).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&response), "/installningar?sparat=1");
    let html = browser.page(&app, "/installningar?sparat=1").await;
    assert!(html.contains("Dina inställningar är sparade."));
    assert!(html.contains("value=\"+46701234567\""), "normalised");
    let rows = outbox_rows(&db, &pnr).await;
    assert_eq!(rows.len(), before + 1);
    let sms = rows.last().unwrap();
    assert_eq!(
        (
            sms.personnummer.as_str(),
            sms.channel.as_str(),
            sms.address.as_str()
        ),
        (pnr.as_str(), "sms", "+46701234567")
    );
    assert!(!sms.body.contains("http"));
}

#[tokio::test]
async fn a_form_from_another_site_is_refused() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Adult).await;
    let before = outbox_rows(&db, &pnr).await.len();
    browser.origin = "https://evil.example";
    let response = browser.post(&app, "/installningar", &GOOD).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(outbox_rows(&db, &pnr).await.len(), before);
}
