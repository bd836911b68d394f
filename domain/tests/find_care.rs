//! Find care on seeded demo data: complaints, places, filters, distance and pages.

mod support;

use samla_domain::find_care::{ClinicIndex, SwedishNow, clinic_detail, find_clinics};
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
    let index = ClinicIndex::build(db).await.unwrap();
    find_clinics(&index, &query, Lang::Sv, WEDNESDAY_NOON).unwrap()
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
    let index = ClinicIndex::build(&db).await.unwrap();
    let night = find_clinics(&index, &query, Lang::Sv, SUNDAY_NIGHT).unwrap();
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

/// The index answers exactly what the straightforward search over the database answers
/// (`support/reference_find_care.rs`), for every shape of query citizens send.
#[tokio::test]
async fn the_index_answers_what_the_reference_search_answers() {
    let db = seeded().await;
    let index = ClinicIndex::build(&db).await.unwrap();
    let q = |q: &str| FindCareQuery {
        q: q.into(),
        ..Default::default()
    };
    let mut queries = vec![
        FindCareQuery::default(),
        q("ont i ryggen"),
        q("Kalmar"),
        q("vardcentralen lund"),
        q("folktandvården norra"),
        q("storgatan"),
        q("ingen sådan mottagning"),
        q("umea"),
        FindCareQuery {
            place: "Kalmar".into(),
            ..Default::default()
        },
        FindCareQuery {
            place: "Atlantis".into(),
            q: "tand".into(),
            ..Default::default()
        },
        FindCareQuery {
            place: "Umeå".into(),
            kind: "dental".into(),
            ..Default::default()
        },
        FindCareQuery {
            lat: Some(63.8258),
            lon: Some(20.263),
            ..Default::default()
        },
        FindCareQuery {
            condition: "back_pain".into(),
            place: "Malmö".into(),
            ..Default::default()
        },
        FindCareQuery {
            region: "12".into(),
            open_now: true,
            ..Default::default()
        },
        FindCareQuery {
            region: "99".into(),
            ..Default::default()
        },
        FindCareQuery {
            kind: "emergency".into(),
            online_booking: true,
            ..Default::default()
        },
        FindCareQuery {
            online_booking: true,
            open_now: true,
            place: "Luleå".into(),
            ..Default::default()
        },
        // Every filter at once.
        FindCareQuery {
            q: "ont i ryggen".into(),
            place: "Göteborg".into(),
            region: "14".into(),
            kind: "health_centre".into(),
            open_now: true,
            online_booking: true,
            ..Default::default()
        },
    ];
    // Deep pages, nearest first and A–Ö, up to past the last.
    for page in [2, 7, 30, 66, 9999] {
        queries.push(FindCareQuery {
            page,
            ..Default::default()
        });
        queries.push(FindCareQuery {
            place: "Kiruna".into(),
            page,
            ..Default::default()
        });
    }
    for now in [WEDNESDAY_NOON, SUNDAY_NIGHT] {
        for query in &queries {
            let expected =
                support::reference_find_care::find_clinics(&db, query, Lang::Sv, now).await;
            let got = find_clinics(&index, query, Lang::Sv, now).unwrap();
            assert_eq!(got, expected, "{query:?} at {now:?}");
        }
    }
    // The sample is not trivially empty.
    let all = find_clinics(&index, &FindCareQuery::default(), Lang::Sv, WEDNESDAY_NOON).unwrap();
    assert!(all.total > 1000 && all.pages > 60);
}

/// Two instances on one database (PostgreSQL in the test command's second run): an edit made
/// through one is found by its new name through both, once each has checked the version.
#[tokio::test]
async fn an_edit_reaches_the_indexes_of_every_instance() {
    use samla_domain::catalogue::Catalogue;
    use samla_domain::clinic_edit::{ClinicEdit, ClinicEditError, edit_clinic};

    let url = support::fresh_shared_db_url().await;
    let one = samla_domain::db::connect_and_migrate(&url).await.unwrap();
    seed_demo(&one, 1).await.unwrap();
    let other = samla_domain::db::connect_and_migrate(&url).await.unwrap();
    let (cat_one, cat_other) = (
        Catalogue::load(&one).await.unwrap(),
        Catalogue::load(&other).await.unwrap(),
    );
    let named = |cat: &Catalogue, text: &str| {
        let found = find_clinics(
            &cat.current().clinics,
            &FindCareQuery {
                q: text.into(),
                ..Default::default()
            },
            Lang::Sv,
            WEDNESDAY_NOON,
        )
        .unwrap();
        let searched = cat.current().search.search(text, Lang::Sv).unwrap();
        (
            found.hits.into_iter().map(|c| c.hsa_id).collect::<Vec<_>>(),
            searched
                .clinics
                .into_iter()
                .map(|c| c.href)
                .collect::<Vec<_>>(),
        )
    };
    let first = find_clinics(
        &cat_one.current().clinics,
        &FindCareQuery::default(),
        Lang::Sv,
        WEDNESDAY_NOON,
    )
    .unwrap()
    .hits[0]
        .hsa_id
        .clone();
    let href = format!("/mottagning/{first}");
    let finds_it = |(found, searched): (Vec<String>, Vec<String>)| {
        (found.contains(&first), searched.contains(&href))
    };
    assert_eq!(
        finds_it(named(&cat_one, "Mottagning Kastanjen")),
        (false, false)
    );

    let edit = |name: &str, postal_code: &str| ClinicEdit {
        name: name.into(),
        street: "Allén 1".into(),
        postal_code: postal_code.into(),
        city: "Ystad".into(),
    };
    // Refused edits change nothing.
    assert_eq!(
        edit_clinic(&one, "SE-NO-SUCH", edit("Mottagning Kastanjen", "27131")).await,
        Err(ClinicEditError::UnknownClinic)
    );
    assert_eq!(
        edit_clinic(&one, &first, edit("Mottagning Kastanjen", "2713")).await,
        Err(ClinicEditError::PostalCode)
    );
    assert_eq!(
        edit_clinic(&one, &first, edit(" ", "27131")).await,
        Err(ClinicEditError::Empty("name"))
    );
    assert!(!cat_one.refresh(&one).await.unwrap(), "nothing changed");

    edit_clinic(&one, &first, edit("Mottagning Kastanjen", "27131"))
        .await
        .unwrap();
    // Until an instance checks, it answers from the indexes it has.
    assert_eq!(
        finds_it(named(&cat_other, "Mottagning Kastanjen")),
        (false, false)
    );
    for (cat, db) in [(&cat_one, &one), (&cat_other, &other)] {
        assert!(cat.refresh(db).await.unwrap(), "the version changed");
        let (found, searched) = named(cat, "Mottagning Kastanjen");
        assert_eq!(found, vec![first.clone()]);
        assert_eq!(searched.first(), Some(&href));
        assert!(!cat.refresh(db).await.unwrap(), "and is now current");
    }
}
