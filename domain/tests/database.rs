//! The database path (migrate, seed, query) on a real engine: SQLite in memory by default,
//! PostgreSQL when `SAMLA_TEST_POSTGRES_URL` names a server (the test command starts one).

use std::sync::atomic::{AtomicU32, Ordering};

use samla_domain::db::{connect_and_migrate, is_ready};
use samla_domain::entities::{clinic, prelude::*, region};
use samla_domain::migration::Migrator;
use samla_domain::regions::ClinicKind;
use samla_domain::seed::{CLINICS_PER_REGION, seed_demo};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, ModelTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use sea_orm_migration::MigratorTrait;

/// A fresh, migrated, empty database for one test.
async fn fresh_db() -> DatabaseConnection {
    match std::env::var("SAMLA_TEST_POSTGRES_URL") {
        Ok(admin_url) => fresh_postgres(&admin_url).await,
        Err(_) => connect_and_migrate("sqlite::memory:")
            .await
            .expect("sqlite"),
    }
}

/// Creates a uniquely named database on the server so tests may run in parallel.
async fn fresh_postgres(admin_url: &str) -> DatabaseConnection {
    static NEXT: AtomicU32 = AtomicU32::new(0);
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
    connect_and_migrate(&format!("{base}/{name}"))
        .await
        .expect("postgres")
}

fn engine() -> &'static str {
    if std::env::var("SAMLA_TEST_POSTGRES_URL").is_ok() {
        "postgres"
    } else {
        "sqlite"
    }
}

#[tokio::test]
async fn migrations_create_the_schema_and_roll_back_cleanly() {
    let db = fresh_db().await;
    assert!(is_ready(&db).await);
    assert_eq!(Region::find().count(&db).await.unwrap(), 0);

    Migrator::down(&db, None).await.unwrap();
    assert!(
        Region::find().count(&db).await.is_err(),
        "table should be gone on {}",
        engine()
    );

    Migrator::up(&db, None).await.unwrap();
    assert_eq!(Clinic::find().count(&db).await.unwrap(), 0);
}

#[tokio::test]
async fn seeding_fills_all_regions_and_scales() {
    let db = fresh_db().await;
    let report = seed_demo(&db, 2).await.unwrap();
    assert!(report.wrote);
    assert_eq!(report.regions, 21);
    assert_eq!(report.clinics, 21 * 2 * u64::from(CLINICS_PER_REGION));
    assert_eq!(Clinic::find().count(&db).await.unwrap(), report.clinics);

    // Every region got its share, and every kind of clinic occurs.
    for r in Region::find().all(&db).await.unwrap() {
        let n = Clinic::find()
            .filter(clinic::Column::RegionId.eq(r.id))
            .count(&db)
            .await
            .unwrap();
        assert_eq!(n, 2 * u64::from(CLINICS_PER_REGION), "region {}", r.name);
    }
    for kind in ClinicKind::ALL {
        let n = Clinic::find()
            .filter(clinic::Column::Kind.eq(kind.code()))
            .count(&db)
            .await
            .unwrap();
        assert!(n > 0, "no clinic of kind {}", kind.code());
    }
}

#[tokio::test]
async fn seeding_twice_writes_nothing_the_second_time() {
    let db = fresh_db().await;
    let first = seed_demo(&db, 1).await.unwrap();
    let second = seed_demo(&db, 1).await.unwrap();
    assert!(first.wrote && !second.wrote);
    assert_eq!(second.clinics, first.clinics);
    assert_eq!(Clinic::find().count(&db).await.unwrap(), first.clinics);
}

#[tokio::test]
async fn seeding_is_deterministic_across_databases() {
    let (a, b) = (fresh_db().await, fresh_db().await);
    seed_demo(&a, 1).await.unwrap();
    seed_demo(&b, 1).await.unwrap();
    let names = |db: DatabaseConnection| async move {
        Clinic::find()
            .order_by_asc(clinic::Column::HsaId)
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|c| (c.hsa_id, c.name, c.municipality))
            .collect::<Vec<_>>()
    };
    assert_eq!(names(a).await, names(b).await);
}

#[tokio::test]
async fn clinics_are_found_through_their_region() {
    let db = fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    let gotland = Region::find()
        .filter(region::Column::Code.eq("09"))
        .one(&db)
        .await
        .unwrap()
        .expect("Gotland is a region");
    let clinics = gotland.find_related(Clinic).all(&db).await.unwrap();
    assert_eq!(clinics.len() as u32, CLINICS_PER_REGION);
    assert!(clinics.iter().all(|c| c.municipality == "Gotland"));
    assert!(clinics.iter().all(|c| c.hsa_id.starts_with("SE232100009-")));
}

#[tokio::test]
async fn hsa_ids_are_unique_in_the_schema() {
    let db = fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    let existing = Clinic::find().one(&db).await.unwrap().unwrap();
    let duplicate = clinic::ActiveModel {
        hsa_id: sea_orm::Set(existing.hsa_id.clone()),
        name: sea_orm::Set("Kopia".into()),
        kind: sea_orm::Set(existing.kind.clone()),
        region_id: sea_orm::Set(existing.region_id),
        municipality: sea_orm::Set(existing.municipality.clone()),
        ..Default::default()
    };
    assert!(Clinic::insert(duplicate).exec(&db).await.is_err());
}
