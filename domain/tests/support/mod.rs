//! A fresh database per test: SQLite in memory, or a new database on the PostgreSQL server
//! named by `SAMLA_TEST_POSTGRES_URL` (the test command starts one).
#![allow(dead_code)]

pub mod reference_find_care;
pub mod staff;

use std::sync::atomic::{AtomicU32, Ordering};

use samla_domain::db::connect_and_migrate;
use sea_orm::{ConnectionTrait, DatabaseConnection};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A fresh, migrated, empty database for one test.
pub async fn fresh_db() -> DatabaseConnection {
    match std::env::var("SAMLA_TEST_POSTGRES_URL") {
        Ok(admin_url) => connect_and_migrate(&fresh_postgres(&admin_url).await)
            .await
            .expect("postgres"),
        Err(_) => connect_and_migrate("sqlite::memory:")
            .await
            .expect("sqlite"),
    }
}

/// The address of a fresh, empty database that several connections (several "instances")
/// can open: a new PostgreSQL database, or a new SQLite file.
pub async fn fresh_shared_db_url() -> String {
    match std::env::var("SAMLA_TEST_POSTGRES_URL") {
        Ok(admin_url) => fresh_postgres(&admin_url).await,
        Err(_) => {
            let dir = std::env::temp_dir().join("samla-domain-tests");
            std::fs::create_dir_all(&dir).unwrap();
            let file = dir.join(format!(
                "shared_{}_{}.sqlite",
                std::process::id(),
                NEXT.fetch_add(1, Ordering::SeqCst)
            ));
            let _ = std::fs::remove_file(&file);
            format!("sqlite://{}?mode=rwc", file.display())
        }
    }
}

/// Creates a uniquely named database on the server so tests may run in parallel; its URL.
async fn fresh_postgres(admin_url: &str) -> String {
    let name = format!(
        "samla_test_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    let admin = sea_orm::Database::connect(admin_url)
        .await
        .expect("postgres admin");
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}"))
        .await
        .unwrap();
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let (base, _) = admin_url.rsplit_once('/').expect("url has a database name");
    format!("{base}/{name}")
}

pub fn engine() -> &'static str {
    if std::env::var("SAMLA_TEST_POSTGRES_URL").is_ok() {
        "postgres"
    } else {
        "sqlite"
    }
}

/// A fresh, empty file store: a prefix of its own in the S3 bucket named by
/// `SAMLA_TEST_S3_URL` (the test command starts one), else a new temporary directory.
pub fn temp_store() -> samla_domain::file_store::FileStore {
    let unique = format!(
        "{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    match std::env::var("SAMLA_TEST_S3_URL") {
        Ok(url) => samla_domain::file_store::FileStore::s3(&format!("{url}/test-{unique}"))
            .expect("S3 file store"),
        Err(_) => {
            let dir = std::env::temp_dir().join(format!("samla-domain-files-{unique}"));
            samla_domain::file_store::FileStore::local(&dir).expect("file store")
        }
    }
}

/// Tuesday 1 December 2026, 10:00 Swedish time: the clock of the case tests.
pub const CASES_NOW: i64 = 1_796_115_600;

/// A fresh database with the demo data and the test personas, as on 1 December 2026.
pub async fn seeded() -> DatabaseConnection {
    let db = fresh_db().await;
    samla_domain::seed::seed_demo(&db, 1).await.unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    samla_domain::seed::personas::seed_personas(&db, today, CASES_NOW)
        .await
        .unwrap();
    db
}

/// The personnummer of the persona of `kind`.
pub async fn persona(db: &DatabaseConnection, kind: samla_model::login::PersonaKind) -> String {
    samla_domain::seed::personas::personas(db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.kind == kind)
        .unwrap()
        .personnummer
}
