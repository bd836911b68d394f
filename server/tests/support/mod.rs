//! Shared helpers for the in-process router tests.
#![allow(dead_code)]

pub mod browser;
pub mod issuer;
pub mod sinks;
pub mod staff;

use std::sync::Arc;

use axum::{
    Router,
    body::{Body, to_bytes},
    http::{Request, Response, header},
};
use leptos::config::LeptosOptions;
use samla_server::{AppState, Config, build_router};
use tower::ServiceExt;

/// A router over a fresh, migrated in-memory database and a temporary site root.
pub async fn app_with(env: &[(&str, &str)], hash_files: bool) -> Router {
    build_router(state_with(env, hash_files).await)
}

/// The state the router gets: configuration from `env`, a seeded in-memory database, the
/// catalogue's indexes and the Leptos options.
static NEXT_DATA_DIR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub async fn state_with(env: &[(&str, &str)], hash_files: bool) -> AppState {
    // Uploads and files in a directory of this state's own, unless the test names one.
    let data_dir = std::env::temp_dir().join(format!(
        "samla-test-data-{}-{}",
        std::process::id(),
        NEXT_DATA_DIR.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    let data_dir = data_dir.to_string_lossy().into_owned();
    let config = Config::from_lookup(|name| {
        env.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
            .or_else(|| (name == "SAMLA_DATA_DIR").then(|| data_dir.clone()))
    })
    .unwrap();
    let site_root = std::env::temp_dir().join(format!("samla-site-{}", std::process::id()));
    std::fs::create_dir_all(site_root.join("pkg")).unwrap();
    std::fs::write(site_root.join("pkg/samla.css"), "body { color: black }").unwrap();
    std::fs::write(
        site_root.join("favicon.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    // An in-memory database of its own, unless the test names one (several instances).
    let url = env
        .iter()
        .find(|(k, _)| *k == "DATABASE_URL")
        .map_or("sqlite::memory:", |(_, v)| v);
    let db = samla_domain::db::connect_and_migrate(url).await.unwrap();
    samla_domain::seed::seed_demo(&db, 1).await.unwrap();
    // As on a real start: the personas' cases and health records lie behind today.
    samla_domain::seed::personas::seed_personas(
        &db,
        samla_domain::swedish_date::today(),
        samla_server::notifier::unix_now(),
    )
    .await
    .unwrap();
    samla_domain::seed::staff::seed_staff(&db, samla_server::notifier::unix_now())
        .await
        .unwrap();
    let catalogue = Arc::new(samla_domain::catalogue::Catalogue::load(&db).await.unwrap());
    let leptos_options = LeptosOptions::builder()
        .output_name("samla")
        .site_root(site_root.to_string_lossy().as_ref())
        .hash_files(hash_files)
        .build();
    AppState {
        leptos_options,
        db,
        catalogue,
        work_queue: samla_server::work_queue::WorkQueue::new(config.max_in_flight),
        oidc: samla_server::state::oidc(&config).unwrap(),
        siths: samla_server::state::siths(&config).unwrap(),
        sessions: samla_server::session_cache::SessionCache::new(config.session_cache),
        reads: Default::default(),
        files: samla_server::state::file_store(&config).unwrap(),
        config: Arc::new(config),
    }
}

/// A router and its database, and a browser logged in as `kind` (a session opened as the
/// login does: the login itself is tested in `login.rs`).
pub async fn logged_in(
    kind: samla_model::login::PersonaKind,
) -> (
    Router,
    samla_domain::DatabaseConnection,
    browser::Browser,
    String,
) {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (browser, personnummer) = browser_of(&db, kind).await;
    (samla_server::build_router(state), db, browser, personnummer)
}

/// A browser with a session of persona `kind` on `db`, and the persona's personnummer.
pub async fn browser_of(
    db: &samla_domain::DatabaseConnection,
    kind: samla_model::login::PersonaKind,
) -> (browser::Browser, String) {
    let people = samla_domain::seed::personas::personas(db).await.unwrap();
    let person = people.into_iter().find(|p| p.kind == kind).unwrap();
    let now = samla_server::notifier::unix_now();
    let id = samla_domain::sessions::open(db, &person.personnummer, now)
        .await
        .unwrap();
    let mut browser = browser::Browser::default();
    browser
        .cookies
        .insert(samla_model::cookies::SESSION.to_owned(), id);
    (browser, person.personnummer)
}

/// The first health centre that takes bookings here (the booking tests' clinic).
pub async fn bookable_health_centre(
    db: &samla_domain::DatabaseConnection,
) -> samla_domain::entities::clinic::Model {
    use samla_domain::entities::{clinic, prelude::Clinic};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(true))
        .filter(clinic::Column::Kind.eq("health_centre"))
        .order_by_asc(clinic::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("a health centre that takes bookings")
}

/// Books `owner` (Anna Lindqvist) a nurse's time at `clinic` a week or more ahead, as the
/// booking flow does; the booking's id.
pub async fn book_nurse_time(
    db: &samla_domain::DatabaseConnection,
    clinic: &samla_domain::entities::clinic::Model,
    owner: &str,
) -> i64 {
    use samla_domain::booking::{book, times};
    let now = samla_server::notifier::unix_now();
    let week = times::free_week(
        db,
        clinic.id,
        samla_model::booking::VisitType::Nurse,
        None,
        now + 8 * 86_400,
    )
    .await
    .unwrap();
    let slot = week
        .days
        .iter()
        .flat_map(|(_, t)| t)
        .next()
        .expect("a free time")
        .slot_id;
    let writer = samla_domain::cases::Writer {
        owner,
        author: samla_model::case::Author::Citizen,
        name: "Anna Lindqvist",
    };
    book::book(db, &writer, slot, "", now)
        .await
        .unwrap()
        .expect("booked")
}

/// A clinic with the "kontakta" e-service, by HSA-id.
pub async fn contact_clinic(db: &samla_domain::DatabaseConnection) -> String {
    use samla_domain::entities::prelude::Clinic;
    use sea_orm::EntityTrait;
    for clinic in Clinic::find().all(db).await.unwrap() {
        if samla_domain::eservices::find(db, &clinic.hsa_id, "kontakta")
            .await
            .unwrap()
            .is_some()
        {
            return clinic.hsa_id;
        }
    }
    panic!("no clinic takes contact cases")
}

/// What a page says, as a reader hears it: the body without scripts and tags, white space
/// folded (server rendering puts markers between text parts, which this drops).
pub fn words_of(html: &str) -> String {
    let body = html.split_once("<body").map_or(html, |(_, b)| b);
    let mut out = String::with_capacity(body.len() / 2);
    let mut rest = body;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        out.push(' ');
        let tag = &rest[start..];
        let end = if tag.starts_with("<script") {
            tag.find("</script>")
                .map_or(tag.len(), |e| e + "</script>".len())
        } else {
            tag.find('>').map_or(tag.len(), |e| e + 1)
        };
        rest = &tag[end..];
    }
    out.push_str(rest);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The QR code's text on the waiting page.
pub fn qr_code(html: &str) -> String {
    let start = html.find("bankid.").expect("a QR code on the page");
    html[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit() || *c == '.' || c.is_ascii_alphabetic())
        .collect()
}

/// Logs `browser` in through the whole test e-ID flow ("another device") as the person with
/// `personnummer`, typed rather than picked; the login's last redirect.
pub async fn log_in_typed(
    app: &Router,
    browser: &mut browser::Browser,
    personnummer: &str,
    next: &str,
) -> String {
    browser
        .submit(
            app,
            "/api/start_login",
            &[("eid", "bankid"), ("device", "annan"), ("next", next)],
        )
        .await;
    let code = qr_code(&browser.page(app, "/logga-in/vantar").await);
    let mut phone = browser::Browser::default();
    let identify = phone
        .submit(app, "/api/test_eid_scan", &[("code", &code)])
        .await;
    let order = identify
        .split("order=")
        .nth(1)
        .expect("an order")
        .to_owned();
    let done = phone
        .submit(
            app,
            "/api/test_eid_approve",
            &[
                ("order", &order),
                ("person", "annat"),
                ("personnummer", personnummer),
            ],
        )
        .await;
    assert_eq!(done, "/test-e-legitimation/klart");
    browser.submit(app, "/api/check_login", &[]).await
}

pub async fn app() -> Router {
    app_with(&[], false).await
}

pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone().oneshot(request).await.unwrap()
}

pub async fn get(app: &Router, path: &str) -> Response<Body> {
    send(
        app,
        Request::get(path)
            .header(header::HOST, "127.0.0.1:3000")
            .body(Body::empty())
            .unwrap(),
    )
    .await
}

pub async fn get_with_cookie(app: &Router, path: &str, cookie: &str) -> Response<Body> {
    let request = Request::get(path)
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::COOKIE, cookie);
    send(app, request.body(Body::empty()).unwrap()).await
}

pub async fn text(response: Response<Body>) -> String {
    String::from_utf8(
        to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap()
            .to_vec(),
    )
    .unwrap()
}

pub fn header_of<'a>(response: &'a Response<Body>, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .map(|v| v.to_str().unwrap())
        .unwrap_or("")
}
