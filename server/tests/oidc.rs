//! Login through OpenID Connect against a small issuer these tests start on a loopback port
//! (`support::issuer`): a good login, and a wrong issuer, an expired token, a bad signature and a
//! replayed state — each refused with the login page's message, nobody logged in.

mod support;

use axum::Router;
use support::browser::{Browser, location};
use support::issuer::{Scenario, Shared, start_issuer};

/// The claim the Swedish OIDC profile carries the personnummer in (Samla's default).
const PNR_CLAIM: &str = "https://id.oidc.se/claim/personalIdentityNumber";

/// Samla with the issuer configured (and the test e-ID off); the broker will vouch for Anna.
async fn samla(issuer: &Shared) -> Router {
    let url = issuer.lock().unwrap().url.clone();
    let state = support::state_with(
        &[
            ("SAMLA_OIDC_ISSUER", &url),
            ("SAMLA_OIDC_CLIENT_ID", "samla"),
            ("SAMLA_OIDC_CLIENT_SECRET", "hemligt"),
            ("SAMLA_TEST_IDP", "0"),
        ],
        false,
    )
    .await;
    let people = samla_domain::seed::personas::personas(&state.db)
        .await
        .unwrap();
    let anna = people
        .into_iter()
        .find(|p| p.name == "Anna Lindqvist")
        .unwrap();
    issuer
        .lock()
        .unwrap()
        .claims
        .insert(PNR_CLAIM.to_owned(), anna.personnummer);
    samla_server::build_router(state)
}

/// From the login page's form to the issuer and back: the callback's path.
async fn to_the_issuer_and_back(app: &Router, browser: &mut Browser) -> String {
    let start = browser
        .submit(
            app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "denna"), ("next", "/inkorg")],
        )
        .await;
    assert_eq!(start, "/logga-in/oidc?next=/inkorg");
    support::issuer::to_the_issuer_and_back(app, browser, &start).await
}

fn logged_in(browser: &Browser) -> bool {
    browser.cookies.contains_key(samla_model::cookies::SESSION)
}

#[tokio::test]
async fn a_good_login_opens_a_session_and_lands_on_the_errand() {
    let issuer = start_issuer().await;
    let app = samla(&issuer).await;
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser).await;
    let landed = browser.get(&app, &callback).await;
    assert_eq!(location(&landed), "/inkorg");
    assert!(logged_in(&browser));
    let inbox = browser.page(&app, "/inkorg").await;
    assert!(inbox.contains("Anna Lindqvist"), "the name in the header");

    // The same answer again — by the same browser or by someone who copied it — opens nothing.
    for mut replaying in [
        Browser {
            cookies: browser.cookies.clone(),
            ..Browser::default()
        },
        Browser::default(),
    ] {
        replaying.cookies.remove(samla_model::cookies::SESSION);
        let again = replaying.get(&app, &callback).await;
        assert_eq!(
            location(&again),
            "/logga-in?next=/&fel=oidc-gammal",
            "a replayed state is refused"
        );
        assert!(!logged_in(&replaying));
    }
    let login = Browser::default()
        .page(&app, "/logga-in?next=/&fel=oidc-gammal")
        .await;
    assert!(
        login.contains("Inloggningen är för gammal eller redan använd"),
        "a clear page"
    );
}

async fn refused(scenario: Scenario) {
    let issuer = start_issuer().await;
    issuer.lock().unwrap().scenario = scenario;
    let app = samla(&issuer).await;
    let mut browser = Browser::default();
    let callback = to_the_issuer_and_back(&app, &mut browser).await;
    let answer = browser.get(&app, &callback).await;
    assert_eq!(location(&answer), "/logga-in?next=/inkorg&fel=oidc");
    assert!(!logged_in(&browser), "nobody logged in");
    let page = browser.page(&app, "/logga-in?next=/inkorg&fel=oidc").await;
    assert!(
        page.contains("Inloggningen gick inte att godkänna"),
        "a clear page"
    );
    let inbox = browser.get(&app, "/inkorg").await;
    assert_eq!(
        location(&inbox),
        "/logga-in?next=/inkorg",
        "still not logged in"
    );
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused() {
    refused(Scenario::WrongIssuer).await;
}

#[tokio::test]
async fn an_expired_token_is_refused() {
    refused(Scenario::Expired).await;
}

#[tokio::test]
async fn a_token_with_a_bad_signature_is_refused() {
    refused(Scenario::BadSignature).await;
}
