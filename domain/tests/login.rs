//! The test identity provider, sessions, first-login activation and the personas, on a real
//! database (SQLite here; PostgreSQL too when the test command starts one).

mod support;

use chrono::NaiveDate;
use samla_domain::entities::{login_order, prelude::*};
use samla_domain::test_idp::{self, AppError, Collected};
use samla_domain::{accounts, secrets, seed::personas, sessions};
use samla_model::login::{LoginDevice, LoginFailure, LoginMethod, LoginState, PersonaKind};
use samla_model::personnummer::Personnummer;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use support::fresh_db;

const T0: i64 = 1_796_000_000_000;
const TODAY: (i32, u32, u32) = (2026, 12, 1);

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).unwrap()
}

async fn db_with_personas() -> sea_orm::DatabaseConnection {
    let db = fresh_db().await;
    personas::seed_personas(&db, today(), T0 / 1000)
        .await
        .unwrap();
    db
}

async fn persona(db: &sea_orm::DatabaseConnection, kind: PersonaKind) -> Personnummer {
    let all = personas::personas(db).await.unwrap();
    let p = all.iter().find(|p| p.kind == kind).expect("persona");
    Personnummer::parse(&p.personnummer).unwrap()
}

async fn order(db: &sea_orm::DatabaseConnection, browser: &str) -> login_order::Model {
    test_idp::order_of_browser(db, browser)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn personas_have_their_ages_valid_numbers_and_the_guardian_her_children() {
    let db = db_with_personas().await;
    let all = personas::personas(&db).await.unwrap();
    assert_eq!(
        all.iter().map(|p| p.kind).collect::<Vec<_>>(),
        PersonaKind::ALL.to_vec()
    );
    let age = |kind| {
        let p = all.iter().find(|p| p.kind == kind).unwrap();
        Personnummer::parse(&p.personnummer)
            .expect("a valid personnummer")
            .age_on(TODAY.0, TODAY.1, TODAY.2)
    };
    assert_eq!(age(PersonaKind::Teen), 15);
    assert_eq!(age(PersonaKind::Elderly), 85);
    let guardian = persona(&db, PersonaKind::Guardian).await;
    let children = Guardianship::find()
        .filter(samla_domain::entities::guardianship::Column::Guardian.eq(guardian.digits()))
        .all(&db)
        .await
        .unwrap();
    let mut ages_and_protection = Vec::new();
    for c in children {
        let child = Person::find_by_id(c.child.clone())
            .one(&db)
            .await
            .unwrap()
            .unwrap();
        let age = Personnummer::parse(&c.child)
            .unwrap()
            .age_on(TODAY.0, TODAY.1, TODAY.2);
        ages_and_protection.push((age, child.protected_identity));
    }
    ages_and_protection.sort();
    assert_eq!(
        ages_and_protection,
        vec![(6, false), (10, true), (13, false)]
    );
    // Seeding again changes nothing.
    personas::seed_personas(&db, today(), T0 / 1000)
        .await
        .unwrap();
    assert_eq!(Person::find().count(&db).await.unwrap(), 9);
}

#[tokio::test]
async fn the_qr_code_changes_every_second_and_only_the_current_one_scans() {
    let db = db_with_personas().await;
    let browser = secrets::random_token();
    test_idp::start(
        &db,
        LoginMethod::BankId,
        LoginDevice::OtherDevice,
        &browser,
        "/inkorg",
        T0,
    )
    .await
    .unwrap();
    let o = order(&db, &browser).await;
    let codes: Vec<String> = (0..3)
        .map(|s| test_idp::qr_data(&o, T0 + s * 1000))
        .collect();
    assert!(codes[0].starts_with(&format!("bankid.{}.0.", o.qr_start_token)));
    assert!(codes[1].contains(".1.") && codes[0] != codes[1] && codes[1] != codes[2]);
    assert!(
        !codes[0].contains(&o.qr_start_secret),
        "the secret never leaves the server"
    );

    // A forged code (right token and time, wrong HMAC) and a photo of an old code are refused.
    let forged = format!("bankid.{}.2.{}", o.qr_start_token, "0".repeat(64));
    assert_eq!(
        test_idp::scan(&db, &forged, T0 + 2000).await.unwrap_err(),
        AppError::UnknownCode
    );
    assert_eq!(
        test_idp::scan(&db, &codes[0], T0 + 9000).await.unwrap_err(),
        AppError::OldCode
    );
    assert_eq!(test_idp::state(&o, T0 + 9000), LoginState::Waiting);

    let scanned = test_idp::scan(&db, &codes[2], T0 + 2500).await.unwrap();
    assert_eq!(test_idp::state(&scanned, T0 + 3000), LoginState::InApp);
}

#[tokio::test]
async fn an_approved_order_logs_in_its_own_browser_once() {
    let db = db_with_personas().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let (browser, stranger) = (secrets::random_token(), secrets::random_token());
    let started = test_idp::start(
        &db,
        LoginMethod::Freja,
        LoginDevice::ThisDevice,
        &browser,
        "/intyg",
        T0,
    )
    .await
    .unwrap();
    assert_eq!(
        test_idp::collect(&db, &browser, T0 + 1000).await.unwrap(),
        Collected::Not(LoginState::Waiting)
    );
    // Approving before the app has the order is not possible.
    assert_eq!(
        test_idp::approve(&db, &started.order_ref, &anna, T0 + 1000)
            .await
            .unwrap_err(),
        AppError::UnknownCode
    );
    test_idp::open_autostart(&db, &started.auto_start_token, T0 + 2000)
        .await
        .unwrap();
    test_idp::approve(&db, &started.order_ref, &anna, T0 + 5000)
        .await
        .unwrap();

    // Another browser that knows nothing but the order reference gets nothing.
    assert_eq!(
        test_idp::collect(&db, &stranger, T0 + 6000).await.unwrap(),
        Collected::Not(LoginState::Failed(LoginFailure::NoOrder))
    );
    assert_eq!(
        test_idp::collect(&db, &browser, T0 + 6000).await.unwrap(),
        Collected::LoggedIn {
            personnummer: anna.digits().to_owned(),
            next: "/intyg".into()
        }
    );
    assert_eq!(
        test_idp::collect(&db, &browser, T0 + 7000).await.unwrap(),
        Collected::Not(LoginState::Failed(LoginFailure::NoOrder)),
        "an order is collected once"
    );
}

#[tokio::test]
async fn cancel_and_the_time_limits_end_an_order() {
    let db = db_with_personas().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let start = |browser: String, device| {
        let db = db.clone();
        async move {
            test_idp::start(&db, LoginMethod::BankId, device, &browser, "/", T0)
                .await
                .unwrap()
        }
    };
    // Not scanned within 30 s.
    let qr = secrets::random_token();
    start(qr.clone(), LoginDevice::OtherDevice).await;
    assert_eq!(
        test_idp::state(&order(&db, &qr).await, T0 + 29_000),
        LoginState::Waiting
    );
    assert_eq!(
        test_idp::collect(&db, &qr, T0 + 30_000).await.unwrap(),
        Collected::Not(LoginState::Failed(LoginFailure::QrTimedOut))
    );
    // Opened in the app but not approved within 3 minutes.
    let slow = secrets::random_token();
    let started = start(slow.clone(), LoginDevice::ThisDevice).await;
    test_idp::open_autostart(&db, &started.auto_start_token, T0 + 1000)
        .await
        .unwrap();
    assert_eq!(
        test_idp::approve(&db, &started.order_ref, &anna, T0 + 180_000)
            .await
            .unwrap_err(),
        AppError::Over(LoginState::Failed(LoginFailure::TimedOut))
    );
    // Cancelled in the app.
    let no = secrets::random_token();
    let started = start(no.clone(), LoginDevice::ThisDevice).await;
    test_idp::open_autostart(&db, &started.auto_start_token, T0 + 1000)
        .await
        .unwrap();
    test_idp::decline(&db, &started.order_ref, None, T0 + 2000)
        .await
        .unwrap();
    assert_eq!(
        test_idp::collect(&db, &no, T0 + 3000).await.unwrap(),
        Collected::Not(LoginState::Failed(LoginFailure::Cancelled))
    );
    assert!(
        test_idp::approve(&db, &started.order_ref, &anna, T0 + 3000)
            .await
            .is_err()
    );
    // Cancelled on the page.
    let page = secrets::random_token();
    start(page.clone(), LoginDevice::OtherDevice).await;
    test_idp::cancel(&db, &page).await.unwrap();
    assert_eq!(
        test_idp::collect(&db, &page, T0 + 1000).await.unwrap(),
        Collected::Not(LoginState::Failed(LoginFailure::Cancelled))
    );
}

#[tokio::test]
async fn only_people_in_the_register_can_be_approved() {
    let db = db_with_personas().await;
    let browser = secrets::random_token();
    let started = test_idp::start(
        &db,
        LoginMethod::BankId,
        LoginDevice::ThisDevice,
        &browser,
        "/",
        T0,
    )
    .await
    .unwrap();
    test_idp::open_autostart(&db, &started.auto_start_token, T0)
        .await
        .unwrap();
    let stranger = Personnummer::parse("19121212-1212").unwrap();
    assert_eq!(
        test_idp::approve(&db, &started.order_ref, &stranger, T0 + 1000)
            .await
            .unwrap_err(),
        AppError::UnknownPerson
    );
}

#[tokio::test]
async fn sessions_end_when_idle_at_their_limit_and_at_logout() {
    let db = db_with_personas().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let anna = anna.digits();
    let limits = sessions::Limits {
        idle_secs: 900,
        absolute_secs: 3600,
        warn_secs: 120,
    };
    let now = T0 / 1000;
    let id = sessions::open(&db, anna, now).await.unwrap();
    // Only the hash is stored.
    let stored = Session::find().one(&db).await.unwrap().unwrap();
    assert_eq!(stored.id_hash, secrets::hash(&id));
    assert_ne!(stored.id_hash, id);

    let live = sessions::resolve(&db, &id, limits, now + 600, true)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(live.personnummer, anna);
    assert_eq!(
        (live.given_name.as_str(), live.family_name.as_str()),
        ("Anna", "Lindqvist")
    );
    assert_eq!(live.expires_at, now + 600 + 900);
    // Kept alive by use, every 14 minutes, up to the absolute limit.
    for step in 1..=3 {
        let seen = now + 600 + step * 840;
        let live = sessions::resolve(&db, &id, limits, seen, true)
            .await
            .unwrap();
        assert_eq!(live.unwrap().expires_at, (seen + 900).min(now + 3600));
    }
    assert!(
        sessions::resolve(&db, &id, limits, now + 3600, true)
            .await
            .unwrap()
            .is_none()
    );

    let idle = sessions::open(&db, anna, now).await.unwrap();
    assert!(
        sessions::resolve(&db, &idle, limits, now + 900, true)
            .await
            .unwrap()
            .is_none()
    );

    let out = sessions::open(&db, anna, now).await.unwrap();
    sessions::end(&db, &out, now + 10).await.unwrap();
    assert!(
        sessions::resolve(&db, &out, limits, now + 11, true)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        sessions::resolve(&db, "not a session", limits, now, true)
            .await
            .unwrap()
            .is_none()
    );

    // Asking how long is left is not activity: the idle limit is not moved.
    let asked = sessions::open(&db, anna, now).await.unwrap();
    let peek = sessions::resolve(&db, &asked, limits, now + 800, false)
        .await
        .unwrap();
    assert_eq!(peek.unwrap().expires_at, now + 900);
    assert!(
        sessions::resolve(&db, &asked, limits, now + 900, true)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_first_login_activates_the_account_with_one_consent() {
    let db = db_with_personas().await;
    let ali = persona(&db, PersonaKind::NewUser).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    assert!(
        Account::find_by_id(ali.digits())
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        accounts::activate_on_login(&db, ali.digits(), 100)
            .await
            .unwrap()
    );
    assert!(
        !accounts::activate_on_login(&db, ali.digits(), 200)
            .await
            .unwrap()
    );
    assert!(
        !accounts::activate_on_login(&db, anna.digits(), 200)
            .await
            .unwrap(),
        "Anna has used the portal"
    );
    let consents = Consent::find().all(&db).await.unwrap();
    assert_eq!(consents.len(), 1);
    assert_eq!(consents[0].personnummer, ali.digits());
    assert_eq!(consents[0].text_version, accounts::CONSENT_TEXT_VERSION);
    assert_eq!(consents[0].given_at, 100);
}

#[tokio::test]
async fn failed_logins_per_personnummer_are_limited_for_a_while() {
    use samla_domain::login_limits::{MAX_FAILURES, WINDOW_SECS};
    let db = db_with_personas().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let karin = persona(&db, PersonaKind::Guardian).await;
    let opened = async |at: i64| {
        let order = test_idp::start(
            &db,
            LoginMethod::BankId,
            LoginDevice::ThisDevice,
            &secrets::random_token(),
            "/",
            at,
        )
        .await
        .unwrap();
        test_idp::open_autostart(&db, &order.auto_start_token, at)
            .await
            .unwrap();
        order.order_ref
    };
    // Anna stops in the app, again and again.
    for i in 0..MAX_FAILURES as i64 {
        let order = opened(T0 + i * 1000).await;
        test_idp::decline(&db, &order, Some(&anna), T0 + i * 1000 + 500)
            .await
            .unwrap();
    }
    let order = opened(T0 + 10_000).await;
    assert_eq!(
        test_idp::approve(&db, &order, &anna, T0 + 10_500)
            .await
            .unwrap_err(),
        AppError::TooManyFailures
    );
    // Counted per personnummer: Karin is not affected.
    test_idp::approve(&db, &order, &karin, T0 + 10_600)
        .await
        .unwrap();
    // After the window, Anna may log in again.
    let later = T0 + (WINDOW_SECS + 10) * 1000;
    let order = opened(later).await;
    test_idp::approve(&db, &order, &anna, later + 100)
        .await
        .unwrap();

    // A personnummer the register does not know counts too.
    let nobody = Personnummer::parse("19121212-1212").unwrap();
    for i in 0..MAX_FAILURES as i64 {
        let order = opened(later + i).await;
        assert_eq!(
            test_idp::approve(&db, &order, &nobody, later + i * 10)
                .await
                .unwrap_err(),
            AppError::UnknownPerson
        );
    }
    let order = opened(later + 100).await;
    assert_eq!(
        test_idp::approve(&db, &order, &nobody, later + 200)
            .await
            .unwrap_err(),
        AppError::TooManyFailures
    );
}
