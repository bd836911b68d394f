//! Find care on seeded demo data: complaints, places, filters, distance and pages.

mod support;

use samla_domain::find_care::{SwedishNow, clinic_detail, find_clinics};
use samla_domain::seed::seed_demo;
use samla_model::{
    Lang,
    clinic::{ClinicKind, FindCareQuery, FindCareResult},
};
use sea_orm::DatabaseConnection;

const WEDNESDAY_NOON: SwedishNow = SwedishNow {
    weekday: 2,
    minute: 12 * 60,
};
const SUNDAY_NIGHT: SwedishNow = SwedishNow {
    weekday: 6,
    minute: 3 * 60,
};

async fn seeded() -> DatabaseConnection {
    let db = support::fresh_db().await;
    seed_demo(&db, 1).await.unwrap();
    db
}

async fn find(db: &DatabaseConnection, query: FindCareQuery) -> FindCareResult {
    find_clinics(db, &query, Lang::Sv, WEDNESDAY_NOON)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_condition_lists_only_clinics_that_treat_it() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            condition: "back_pain".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(result.condition_name.as_deref(), Some("Ont i ryggen"));
    assert!(result.total > 100);
    assert!(
        result
            .hits
            .iter()
            .all(|c| c.kind != ClinicKind::Dental && c.kind != ClinicKind::MaternityHealth)
    );
    for hit in &result.hits {
        let detail = clinic_detail(&db, &hit.hsa_id, Lang::Sv, WEDNESDAY_NOON)
            .await
            .unwrap()
            .unwrap();
        assert!(
            detail.conditions.iter().any(|c| c == "Ont i ryggen"),
            "{} does not treat back pain",
            hit.name
        );
    }
}

#[tokio::test]
async fn typed_complaints_and_their_everyday_words_find_the_condition() {
    let db = seeded().await;
    for typed in [
        "ont i ryggen",
        "Ryggskott",
        "back pain",
        "tandvärk",
        "tandvark",
    ] {
        let result = find(
            &db,
            FindCareQuery {
                q: typed.into(),
                ..Default::default()
            },
        )
        .await;
        assert!(
            result.condition_name.is_some(),
            "{typed:?} was not understood as a complaint"
        );
        assert!(result.total > 0, "{typed:?}");
    }
}

#[tokio::test]
async fn a_typed_place_sorts_nearest_first_even_without_dots() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            place: "malmo".into(),
            condition: "back_pain".into(),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(result.sorted_from.as_deref(), Some("Malmö"));
    let distances: Vec<f64> = result.hits.iter().map(|c| c.distance_km.unwrap()).collect();
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "{distances:?}");
    assert!(
        distances[0] < 10.0,
        "the nearest is in Malmö: {}",
        distances[0]
    );
}

#[tokio::test]
async fn a_place_typed_in_the_search_field_lists_that_municipality() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            q: "Umea".into(),
            ..Default::default()
        },
    )
    .await;
    assert!(result.total > 0);
    assert!(result.hits.iter().all(|c| c.city == "Umeå"));
}

#[tokio::test]
async fn an_unknown_place_is_said_and_nothing_else_is_lost() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            place: "Atlantis".into(),
            kind: "dental".into(),
            ..Default::default()
        },
    )
    .await;
    assert!(result.unknown_place && result.sorted_from.is_none());
    assert!(result.total > 0 && result.hits.iter().all(|c| c.kind == ClinicKind::Dental));
}

#[tokio::test]
async fn filters_combine() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            region: "09".into(),
            online_booking: true,
            ..Default::default()
        },
    )
    .await;
    assert!(result.total > 0);
    for hit in &result.hits {
        assert!(hit.online_booking);
        let detail = clinic_detail(&db, &hit.hsa_id, Lang::Sv, WEDNESDAY_NOON)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(detail.region, "Region Gotland");
    }
}

#[tokio::test]
async fn open_now_follows_swedish_time() {
    let db = seeded().await;
    let query = FindCareQuery {
        open_now: true,
        ..Default::default()
    };
    let night = find_clinics(&db, &query, Lang::Sv, SUNDAY_NIGHT)
        .await
        .unwrap();
    assert!(
        night.total >= 21,
        "every region has an emergency department open at night"
    );
    assert!(
        night
            .hits
            .iter()
            .all(|c| c.kind == ClinicKind::Emergency && c.open_now)
    );
    let noon = find(&db, query).await;
    assert!(noon.total > night.total * 10);
}

#[tokio::test]
async fn words_match_names_and_pages_do_not_overlap() {
    let db = seeded().await;
    let result = find(
        &db,
        FindCareQuery {
            q: "vardcentralen lund".into(),
            ..Default::default()
        },
    )
    .await;
    assert!(
        result.total > 0
            && result
                .hits
                .iter()
                .all(|c| c.name.starts_with("Vårdcentralen Lund"))
    );
    let all = find(&db, FindCareQuery::default()).await;
    assert!(all.pages > 2);
    let second = find(
        &db,
        FindCareQuery {
            page: 2,
            ..Default::default()
        },
    )
    .await;
    assert!(second.hits.iter().all(|hit| !all.hits.contains(hit)));
    let beyond = find(
        &db,
        FindCareQuery {
            page: 9999,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(beyond.page, all.pages);
}

#[tokio::test]
async fn a_clinic_page_knows_hours_case_types_and_unknown_ids() {
    let db = seeded().await;
    let first = &find(
        &db,
        FindCareQuery {
            kind: "health_centre".into(),
            ..Default::default()
        },
    )
    .await
    .hits[0];
    let detail = clinic_detail(&db, &first.hsa_id, Lang::En, WEDNESDAY_NOON)
        .await
        .unwrap()
        .unwrap();
    assert!(detail.hours.is_open(2, 12 * 60));
    assert!(
        detail.conditions.iter().any(|c| c == "Back pain"),
        "condition names follow the language"
    );
    assert!(!detail.attachments.is_empty());
    assert!(
        clinic_detail(&db, "SE0000000000-0000", Lang::Sv, WEDNESDAY_NOON)
            .await
            .unwrap()
            .is_none()
    );
}
