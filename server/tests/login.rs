//! Logging in with the test e-ID, without JavaScript, through the whole router: the form, the
//! QR code, the simulated app on "another device", the session, logout; and what is refused.

mod support;

use axum::{Router, http::StatusCode};
use support::browser::{Browser, location};
use support::{app, app_with, header_of, qr_code, text};

/// The personnummer of the persona whose label starts with `name`.
fn persona(identify_page: &str, name: &str) -> String {
    let label = identify_page
        .find(&format!(">{name},"))
        .expect("persona listed");
    let before = &identify_page[..label];
    let value = before.rfind("value=\"").unwrap() + 7;
    before[value..value + 12].to_owned()
}

/// Logs `browser` in as persona `name` on "another device"; the login's last redirect.
async fn log_in(app: &Router, browser: &mut Browser, name: &str, next: &str) -> String {
    let to = browser
        .submit(
            app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "annan"), ("next", next)],
        )
        .await;
    assert_eq!(to, "/logga-in/vantar");
    let code = qr_code(&browser.page(app, "/logga-in/vantar").await);
    let mut phone = Browser::default();
    let identify = phone
        .submit(app, "/api/test_eid_scan", &[("code", &code)])
        .await;
    assert!(
        identify.starts_with("/test-e-legitimation/identifiera?order="),
        "{identify}"
    );
    let order = identify.split("order=").nth(1).unwrap().to_owned();
    let who = persona(&phone.page(app, &identify).await, name);
    let done = phone
        .submit(
            app,
            "/api/test_eid_approve",
            &[("order", &order), ("person", &who), ("personnummer", "")],
        )
        .await;
    assert_eq!(done, "/test-e-legitimation/klart");
    browser.submit(app, "/api/check_login", &[]).await
}

#[tokio::test]
async fn a_citizen_logs_in_on_another_device_and_lands_on_the_errand() {
    let app = app().await;
    let mut browser = Browser::default();
    let to_login = browser.get(&app, "/inkorg").await;
    assert_eq!(to_login.status(), StatusCode::FOUND);
    assert_eq!(location(&to_login), "/logga-in?next=/inkorg");
    let login = browser.page(&app, "/logga-in?next=/inkorg").await;
    assert!(login.contains(r#"name="next" value="/inkorg""#));

    browser
        .submit(
            &app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "annan"), ("next", "/inkorg")],
        )
        .await;
    let waiting = browser.page(&app, "/logga-in/vantar").await;
    assert!(
        waiting.contains("Skanna QR-kod") && waiting.contains("<svg"),
        "QR code shown"
    );
    // Asking before approval keeps the citizen on the waiting page, logged out.
    assert_eq!(
        browser.submit(&app, "/api/check_login", &[]).await,
        "/logga-in/vantar"
    );
    assert!(!browser.cookies.contains_key("__Host-samla-session"));

    let mut browser = Browser::default();
    let landed = log_in(&app, &mut browser, "Anna Lindqvist", "/inkorg").await;
    assert_eq!(landed, "/inkorg");
    assert!(
        !browser.cookies.contains_key("__Host-samla-login"),
        "the login cookie is gone"
    );
    let inbox = browser.get(&app, "/inkorg").await;
    assert_eq!(inbox.status(), StatusCode::OK);
    assert_eq!(header_of(&inbox, "cache-control"), "no-store");
    // The bundle is not personal: it keeps its own caching for a logged-in browser too.
    let css = browser.get(&app, "/pkg/samla.css").await;
    assert_eq!(
        header_of(&css, "cache-control"),
        "no-cache",
        "as for anyone (unhashed here)"
    );
    let html = text(inbox).await;
    assert!(
        html.contains("Anna Lindqvist") && html.contains("Logga ut"),
        "name and logout in the header"
    );
}

#[tokio::test]
async fn the_session_id_is_new_at_login_and_ends_at_logout() {
    let app = app().await;
    let mut browser = Browser::default();
    // A session id planted before login (session fixation) is never the one logged in.
    browser.cookies.insert(
        "__Host-samla-session".into(),
        "planted-by-someone-else".into(),
    );
    log_in(&app, &mut browser, "Gunnar Holm", "/inkorg").await;
    let session = browser.cookies["__Host-samla-session"].clone();
    assert_ne!(session, "planted-by-someone-else");
    let mut attacker = Browser::default();
    attacker.cookies.insert(
        "__Host-samla-session".into(),
        "planted-by-someone-else".into(),
    );
    assert_eq!(
        attacker.get(&app, "/inkorg").await.status(),
        StatusCode::FOUND
    );

    // Logging in again (as someone else) ends the first session.
    log_in(&app, &mut browser, "Sara Ek", "/inkorg").await;
    let mut old = Browser::default();
    old.cookies.insert("__Host-samla-session".into(), session);
    assert_eq!(old.get(&app, "/inkorg").await.status(), StatusCode::FOUND);

    let current = browser.cookies["__Host-samla-session"].clone();
    assert_eq!(browser.submit(&app, "/api/logout", &[]).await, "/utloggad");
    assert!(!browser.cookies.contains_key("__Host-samla-session"));
    let out = browser.get(&app, "/utloggad").await;
    assert_eq!(header_of(&out, "cache-control"), "no-store");
    assert!(text(out).await.contains("Du är utloggad"));
    // The id copied before logout opens nothing.
    let mut copy = Browser::default();
    copy.cookies.insert("__Host-samla-session".into(), current);
    assert_eq!(
        location(&copy.get(&app, "/inkorg").await),
        "/logga-in?next=/inkorg"
    );
}

#[tokio::test]
async fn the_app_explains_a_wrong_code_and_a_mistyped_personnummer_keeping_what_was_typed() {
    let app = app().await;
    let mut phone = Browser::default();
    let back = phone
        .submit(&app, "/api/test_eid_scan", &[("code", "bankid.abc.1.def")])
        .await;
    assert_eq!(back, "/test-e-legitimation?fel=kod&kod=bankid.abc.1.def");
    let page = phone.page(&app, &back).await;
    assert!(page.contains("Koden finns inte") && page.contains(r#"value="bankid.abc.1.def""#));

    let mut browser = Browser::default();
    browser
        .submit(
            &app,
            "/api/start_login",
            &[("eid", "freja"), ("device", "annan"), ("next", "/")],
        )
        .await;
    let code = qr_code(&browser.page(&app, "/logga-in/vantar").await);
    let identify = phone
        .submit(&app, "/api/test_eid_scan", &[("code", &code)])
        .await;
    let order = identify.split("order=").nth(1).unwrap().to_owned();
    for (typed, reason) in [
        ("850412-2386", "med århundradet först"),
        ("19850412-2387", "den sista räknas fram"),
        ("19851312-2386", "inget datum"),
        ("1985O412-2386", "bara innehålla siffror"),
    ] {
        let back = phone
            .submit(
                &app,
                "/api/test_eid_approve",
                &[
                    ("order", &order),
                    ("person", "annat"),
                    ("personnummer", typed),
                ],
            )
            .await;
        let page = phone.page(&app, &back).await;
        assert!(page.contains(reason), "{typed}: {reason}");
        assert!(
            page.contains(&format!(r#"value="{typed}""#)),
            "{typed} kept"
        );
        assert!(page.contains("Freja eID+"), "Freja's own wording");
    }
    // A valid number of nobody in the register.
    let back = phone
        .submit(
            &app,
            "/api/test_eid_approve",
            &[
                ("order", &order),
                ("person", "annat"),
                ("personnummer", "19121212-1212"),
            ],
        )
        .await;
    assert!(
        phone
            .page(&app, &back)
            .await
            .contains("testfolkbokföringen")
    );
}

#[tokio::test]
async fn a_login_cancelled_on_the_page_says_so_and_logs_nobody_in() {
    let app = app().await;
    let mut browser = Browser::default();
    browser
        .submit(
            &app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "denna"), ("next", "/intyg")],
        )
        .await;
    let waiting = browser.page(&app, "/logga-in/vantar").await;
    assert!(
        waiting.contains("Öppna BankID-appen") && !waiting.contains("<svg"),
        "this device: no QR code"
    );
    assert_eq!(
        browser.submit(&app, "/api/cancel_login", &[]).await,
        "/logga-in/vantar"
    );
    let page = browser.page(&app, "/logga-in/vantar").await;
    assert!(
        page.contains("Åtgärden avbröts") && page.contains("/logga-in?next=/intyg"),
        "try again keeps the errand"
    );
    assert_eq!(
        browser.submit(&app, "/api/check_login", &[]).await,
        "/logga-in/vantar"
    );
    assert!(!browser.cookies.contains_key("__Host-samla-session"));
}

#[tokio::test]
async fn login_refuses_a_destination_on_another_site() {
    let app = app().await;
    let mut browser = Browser::default();
    browser
        .submit(
            &app,
            "/api/start_login",
            &[
                ("eid", "bankid"),
                ("device", "annan"),
                ("next", "https://evil.example/"),
            ],
        )
        .await;
    assert_eq!(
        log_in(
            &app,
            &mut Browser::default(),
            "Anna Lindqvist",
            "//evil.example"
        )
        .await,
        "/"
    );
    let bad = browser
        .submit(
            &app,
            "/api/start_login",
            &[
                ("eid", "smartcard"),
                ("device", "annan"),
                ("next", "/inkorg"),
            ],
        )
        .await;
    assert_eq!(bad, "/logga-in?next=/inkorg&fel=val");
    assert!(
        browser
            .page(&app, &bad)
            .await
            .contains("Välj vilken e-legitimation")
    );
}

#[tokio::test]
async fn production_has_no_test_identity_provider() {
    let app = app_with(
        &[
            ("SAMLA_PRODUCTION", "1"),
            ("SAMLA_PUBLIC_ORIGIN", "https://samla.example"),
            // Nothing listens here: the login cannot reach the broker.
            ("SAMLA_OIDC_ISSUER", "http://127.0.0.1:9"),
            ("SAMLA_OIDC_CLIENT_ID", "samla"),
        ],
        false,
    )
    .await;
    let mut browser = Browser {
        origin: "https://samla.example",
        ..Browser::default()
    };
    assert_eq!(
        browser.get(&app, "/test-e-legitimation").await.status(),
        StatusCode::NOT_FOUND
    );
    let refused = browser
        .post(&app, "/api/test_eid_scan", &[("code", "bankid.a.0.b")])
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let login = browser.page(&app, "/logga-in").await;
    assert!(!login.contains("testmiljö"));
    let to = browser
        .submit(
            &app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "annan"), ("next", "/inkorg")],
        )
        .await;
    assert_eq!(
        to, "/logga-in/oidc?next=/inkorg",
        "to the e-ID broker, not the test e-ID"
    );
    let unreachable = browser.get(&app, &to).await;
    let back = location(&unreachable);
    assert_eq!(back, "/logga-in?next=/inkorg&fel=oidc-nere");
    assert!(
        browser
            .page(&app, &back)
            .await
            .contains("Det går inte att logga in just nu")
    );
}

#[tokio::test]
async fn login_attempts_from_one_address_are_limited() {
    let app = support::app_with(
        &[
            ("SAMLA_LOGIN_BURST", "3"),
            ("SAMLA_LOGIN_REFILL_SECS", "60"),
        ],
        false,
    )
    .await;
    let mut browser = Browser::default();
    let form = [("eid", "bankid"), ("device", "annan"), ("next", "/inkorg")];
    for _ in 0..3 {
        assert_eq!(
            browser.submit(&app, "/api/start_login", &form).await,
            "/logga-in/vantar"
        );
    }
    // The fourth from the same address: the login page says why, and when to try again.
    let refused = browser.post(&app, "/api/start_login", &form).await;
    assert_eq!(location(&refused), "/logga-in?fel=for-manga");
    assert_eq!(refused.headers()["retry-after"], "60");
    let page = browser.page(&app, "/logga-in?fel=for-manga").await;
    assert!(page.contains("För många inloggningsförsök"), "{page}");
    // The simulated app's steps draw from the same bucket; open pages do not.
    let scan = browser
        .post(&app, "/api/test_eid_scan", &[("code", "bankid.x.0.y")])
        .await;
    assert_eq!(location(&scan), "/logga-in?fel=for-manga");
    assert_eq!(browser.get(&app, "/").await.status(), StatusCode::OK);
}

/// Asks a session-clock server function as the idle warning's script does; its number.
async fn seconds_from(app: &Router, browser: &Browser, path: &str) -> i64 {
    let request = axum::http::Request::post(path)
        .header(axum::http::header::HOST, "127.0.0.1:3000")
        .header(axum::http::header::ORIGIN, "http://127.0.0.1:3000")
        .header(axum::http::header::ACCEPT, "application/json")
        .header(axum::http::header::COOKIE, browser.cookies_header())
        .body(axum::body::Body::empty())
        .unwrap();
    let response = support::send(app, request).await;
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    text(response).await.trim().parse().unwrap()
}

#[tokio::test]
async fn staying_logged_in_right_after_the_warning_asked_moves_the_end() {
    // Sessions end 30 s after the last request; this instance remembers a session for a
    // minute, so the question and the answer below meet the same remembered session.
    let state = support::state_with(
        &[
            ("SAMLA_SESSION_IDLE_SECS", "30"),
            ("SAMLA_SESSION_CACHE_MS", "60000"),
        ],
        false,
    )
    .await;
    let db = state.db.clone();
    let app = samla_server::build_router(state);
    let people = samla_domain::seed::personas::personas(&db).await.unwrap();
    let now = samla_server::notifier::unix_now();
    // The last request was 20 s ago: 10 s are left.
    let id = samla_domain::sessions::open(&db, &people[0].personnummer, now - 20)
        .await
        .unwrap();
    let mut browser = Browser::default();
    browser
        .cookies
        .insert(samla_model::cookies::SESSION.to_owned(), id);

    let left = seconds_from(&app, &browser, "/api/session_left").await;
    assert!((8..=10).contains(&left), "{left}");
    // "Fortsätt vara inloggad" at once: the session has its whole idle time again.
    let stayed = seconds_from(&app, &browser, "/api/keep_alive").await;
    assert!(stayed >= 28, "staying left {stayed} s");
    let after = seconds_from(&app, &browser, "/api/session_left").await;
    assert!(after >= 28, "{after}");
}
