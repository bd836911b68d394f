//! The staff's SITHS login through OpenID Connect (DOMAIN.md §7), against the small issuer of
//! `support::issuer` vouching for an HSA-id: the member gets a staff session at their clinic
//! and lands on their list; someone with no role, a bad signature and a replayed answer are
//! each refused on the staff login page, nobody logged in. The test login is off.

mod support;

use axum::Router;
use samla_model::cookies;
use support::browser::{Browser, location};
use support::issuer::{Scenario, Shared, start_issuer, to_the_issuer_and_back};
use support::words_of;

const HSA_CLAIM: &str = "employeeHsaId";
const START: &str = "/personal/logga-in/siths";

/// Samla with the SITHS issuer configured and the test logins off; the card says `hsa_id`.
async fn samla(issuer: &Shared, hsa_id: &str) -> Router {
    let url = issuer.lock().unwrap().url.clone();
    issuer
        .lock()
        .unwrap()
        .claims
        .insert(HSA_CLAIM.to_owned(), hsa_id.to_owned());
    let state = support::state_with(
        &[
            ("SAMLA_SITHS_ISSUER", &url),
            ("SAMLA_SITHS_CLIENT_ID", "samla"),
            ("SAMLA_SITHS_CLIENT_SECRET", "hemligt"),
            ("SAMLA_TEST_IDP", "0"),
        ],
        false,
    )
    .await;
    samla_server::build_router(state)
}

fn staff_session(browser: &Browser) -> bool {
    browser.cookies.contains_key(cookies::STAFF_SESSION)
}

#[tokio::test]
async fn a_member_logs_in_with_the_card_and_lands_on_their_clinics_list() {
    let issuer = start_issuer().await;
    let app = samla(&issuer, "SE2321000016-S0E1").await;
    let mut browser = Browser::default();
    let page = words_of(&browser.page(&app, "/personal/logga-in").await);
    assert!(page.contains("Logga in med SITHS-kort"), "{page}");
    assert!(
        !page.contains("Logga in som Eva Lind"),
        "no test personas: {page}"
    );
    let callback = to_the_issuer_and_back(&app, &mut browser, START).await;
    assert!(
        callback.starts_with("/personal/logga-in/siths/tillbaka?"),
        "{callback}"
    );
    let landed = browser.get(&app, &callback).await;
    assert_eq!(location(&landed), "/personal/arenden");
    assert!(staff_session(&browser));
    let list = words_of(&browser.page(&app, "/personal/arenden").await);
    assert!(list.contains("Inloggad som Eva Lind"), "{list}");
    // The same answer again opens nothing.
    let mut replaying = Browser {
        cookies: browser.cookies.clone(),
        ..Browser::default()
    };
    replaying.cookies.remove(cookies::STAFF_SESSION);
    let again = replaying.get(&app, &callback).await;
    assert_eq!(location(&again), "/personal/logga-in?fel=oidc-gammal");
    assert!(!staff_session(&replaying));
}

#[tokio::test]
async fn a_card_of_someone_without_a_role_or_a_bad_token_is_refused() {
    let issuer = start_issuer().await;
    let app = samla(&issuer, "SE2321000016-NOROLE").await;
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser, START).await;
    let answer = browser.get(&app, &callback).await;
    assert_eq!(location(&answer), "/personal/logga-in?fel=ingen-roll");
    assert!(!staff_session(&browser));
    let page = words_of(&browser.page(&app, &location(&answer)).await);
    assert!(
        page.contains("Personen har ingen roll på mottagningen"),
        "{page}"
    );

    issuer.lock().unwrap().scenario = Scenario::BadSignature;
    issuer
        .lock()
        .unwrap()
        .claims
        .insert(HSA_CLAIM.to_owned(), "SE2321000016-S0E1".into());
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser, START).await;
    let answer = browser.get(&app, &callback).await;
    assert_eq!(location(&answer), "/personal/logga-in?fel=oidc");
    assert!(!staff_session(&browser));
    let page = words_of(&browser.page(&app, &location(&answer)).await);
    assert!(
        page.contains("Inloggningen med SITHS-kort gick inte"),
        "{page}"
    );
    let list = browser.get(&app, "/personal/arenden").await;
    assert_eq!(location(&list), "/personal/logga-in", "still not logged in");
}
