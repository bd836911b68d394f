//! The database path (migrate, seed, query) on a real engine: SQLite in memory by default,
//! PostgreSQL when `SAMLA_TEST_POSTGRES_URL` names a server (the test command starts one).

mod support;

use samla_domain::db::is_ready;
use samla_domain::entities::{clinic, clinic_condition, prelude::*, region};
use samla_domain::migration::Migrator;
use samla_domain::seed::seed_demo;
use samla_model::clinic::ClinicKind;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, ModelTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use sea_orm_migration::MigratorTrait;
use support::{engine, fresh_db, fresh_shared_db_url};

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
async fn seeding_fills_every_region_and_municipality_and_scales() {
    let db = fresh_db().await;
    let one = seed_demo(&db, 1).await.unwrap();
    assert!(one.wrote);
    assert_eq!((one.regions, one.municipalities), (21, 290));
    assert!(one.clinics >= 600, "{} clinics", one.clinics);
    assert_eq!(Clinic::find().count(&db).await.unwrap(), one.clinics);
    for r in Region::find().all(&db).await.unwrap() {
        let n = Clinic::find()
            .filter(clinic::Column::RegionId.eq(r.id))
            .count(&db)
            .await
            .unwrap();
        assert!(n >= 5, "region {} has {n} clinics", r.name);
    }
    for kind in ClinicKind::ALL {
        let n = Clinic::find()
            .filter(clinic::Column::Kind.eq(kind.code()))
            .count(&db)
            .await
            .unwrap();
        assert!(n > 0, "no clinic of kind {}", kind.code());
    }
    let bigger = fresh_db().await;
    let three = seed_demo(&bigger, 3).await.unwrap();
    assert!(
        three.clinics >= 3 * one.clinics - 150,
        "{} vs {}",
        three.clinics,
        one.clinics
    );
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
async fn a_seed_that_fails_halfway_leaves_an_empty_database() {
    let db = fresh_db().await;
    // The last table the seed writes is gone: regions, municipalities and clinics are written
    // first, then the seed fails.
    db.execute_unprepared("DROP TABLE clinic_case_type")
        .await
        .unwrap();
    assert!(seed_demo(&db, 1).await.is_err());
    assert_eq!(Region::find().count(&db).await.unwrap(), 0, "{}", engine());
    assert_eq!(Municipality::find().count(&db).await.unwrap(), 0);
    assert_eq!(Clinic::find().count(&db).await.unwrap(), 0);
}

#[tokio::test]
async fn instances_starting_together_migrate_and_seed_once() {
    let url = fresh_shared_db_url().await;
    // Several instances share a database only on PostgreSQL; a SQLite file belongs to one
    // instance, so there the schema exists first and only the seeding runs side by side.
    if engine() == "sqlite" {
        samla_domain::db::connect_and_migrate(&url).await.unwrap();
    }
    let start = || async {
        let db = samla_domain::db::connect_and_migrate(&url).await.unwrap();
        (db.clone(), seed_demo(&db, 1).await)
    };
    let ((a, ra), (b, rb)) = tokio::join!(start(), start());
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert!(ra.wrote != rb.wrote, "exactly one writes on {}", engine());
    assert_eq!(ra.clinics, rb.clinics);
    assert_eq!(Region::find().count(&a).await.unwrap(), 21);
    assert_eq!(Clinic::find().count(&b).await.unwrap(), ra.clinics);
}

#[tokio::test]
async fn seeding_is_deterministic_across_databases() {
    let (a, b) = (fresh_db().await, fresh_db().await);
    seed_demo(&a, 1).await.unwrap();
    seed_demo(&b, 1).await.unwrap();
    let rows = |db: DatabaseConnection| async move {
        Clinic::find()
            .order_by_asc(clinic::Column::HsaId)
            .all(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|c| {
                format!(
                    "{} {} {} {} {}",
                    c.hsa_id, c.name, c.street, c.phone, c.opening_hours
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(a).await, rows(b).await);
}

#[tokio::test]
async fn clinics_carry_their_conditions_and_case_types() {
    let db = fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    let dental = Clinic::find()
        .filter(clinic::Column::Kind.eq("dental"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let treats: Vec<String> = dental
        .find_related(ClinicCondition)
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.condition_code)
        .collect();
    assert_eq!(treats, ["toothache"]);
    let back_pain = ClinicCondition::find()
        .filter(clinic_condition::Column::ConditionCode.eq("back_pain"))
        .count(&db)
        .await
        .unwrap();
    assert!(back_pain > 100, "{back_pain} clinics treat back pain");
    let emergency = Clinic::find()
        .filter(clinic::Column::Kind.eq("emergency"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(!emergency.online_booking);
    let types = emergency
        .find_related(ClinicCaseType)
        .all(&db)
        .await
        .unwrap();
    assert!(
        types.iter().all(|t| t.case_type == "complaint"),
        "an emergency department only takes complaints"
    );
}

#[tokio::test]
async fn gotland_clinics_are_on_gotland() {
    let db = fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    let gotland = Region::find()
        .filter(region::Column::Code.eq("09"))
        .one(&db)
        .await
        .unwrap()
        .expect("region 09");
    let clinics = gotland.find_related(Clinic).all(&db).await.unwrap();
    assert!(!clinics.is_empty());
    for c in &clinics {
        assert_eq!(c.municipality_code, "0980");
        assert!(c.hsa_id.starts_with("SE232100009-"));
        assert!(
            (57.0..58.2).contains(&c.lat) && (18.0..19.4).contains(&c.lon),
            "{} at {},{}",
            c.name,
            c.lat,
            c.lon
        );
    }
}

#[tokio::test]
async fn hsa_ids_are_unique_in_the_schema() {
    let db = fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    let existing = Clinic::find().one(&db).await.unwrap().unwrap();
    let mut duplicate: clinic::ActiveModel = existing.into();
    duplicate.id = sea_orm::NotSet;
    duplicate.name = sea_orm::Set("Kopia".into());
    assert!(Clinic::insert(duplicate).exec(&db).await.is_err());
}
