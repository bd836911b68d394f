//! Upcoming and past events on a real database (SQLite here; PostgreSQL too when the test
//! command starts one): one flow, newest first, paged without skipping or repeating an entry,
//! filtered by kind, and only the person's own.

mod support;

use std::collections::HashSet;

use samla_domain::entities::{
    booking, care_case, care_contact, case_message, lab_result, prelude::*, vaccination,
};
use samla_domain::seed::personas::HISTORY_YEARS;
use samla_domain::timeline::{self, Event};
use samla_model::booking::BookingStatus;
use samla_model::login::PersonaKind;
use samla_model::timeline::{Cursor, EventKind, PAST_PER_PAGE};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter,
};
use support::{persona, seeded};

const NOW: i64 = support::CASES_NOW;
const DAY: i64 = 86_400;

/// Every past entry of `owner`'s flow of `kinds`, page by page; and the number of pages.
async fn walk(db: &impl ConnectionTrait, owner: &str, kinds: &[EventKind]) -> (Vec<Event>, usize) {
    let (mut all, mut pages, mut fore) = (Vec::new(), 0, None::<Cursor>);
    loop {
        let page = timeline::flow(db, owner, kinds, fore, NOW).await.unwrap();
        assert!(page.past.len() as u64 <= PAST_PER_PAGE);
        if fore.is_some() {
            assert!(
                page.upcoming.is_empty(),
                "upcoming is on the first page only"
            );
        }
        pages += 1;
        all.extend(page.past);
        match page.older {
            Some(next) => fore = Some(next),
            None => return (all, pages),
        }
        assert!(pages < 1_000, "the cursor moves on");
    }
}

fn assert_newest_first_once(events: &[Event]) {
    for pair in events.windows(2) {
        assert!(
            (pair[0].at, pair[0].kind, pair[0].id) > (pair[1].at, pair[1].kind, pair[1].id),
            "{pair:?}"
        );
    }
    let seen: HashSet<_> = events.iter().map(|e| (e.kind, e.id)).collect();
    assert_eq!(seen.len(), events.len(), "no entry twice");
}

#[tokio::test]
async fn the_flow_holds_every_past_entry_of_the_years_once_newest_first() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let (events, pages) = walk(&db, &anna, &[]).await;
    assert!(pages > 1, "years of history take more than one page");
    assert_newest_first_once(&events);
    let count = |kind| events.iter().filter(|e| e.kind == kind).count() as u64;
    let contacts = CareContact::find()
        .filter(samla_domain::entities::care_contact::Column::Personnummer.eq(&anna))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(count(EventKind::Visit), contacts);
    let labs = LabResult::find()
        .filter(lab_result::Column::Personnummer.eq(&anna))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(count(EventKind::LabResult), labs);
    let clinic_messages = CaseMessage::find()
        .filter(case_message::Column::Personnummer.eq(&anna))
        .filter(case_message::Column::FromClinic.eq(true))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(count(EventKind::Message), clinic_messages);
    let cases = CareCase::find()
        .filter(care_case::Column::Personnummer.eq(&anna))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(count(EventKind::Case), cases);
    for kind in [
        EventKind::Visit,
        EventKind::LabResult,
        EventKind::Medicine,
        EventKind::Certificate,
        EventKind::Vaccination,
        EventKind::Case,
        EventKind::Message,
    ] {
        assert!(count(kind) > 0, "Anna's flow has {kind:?}");
    }
    let oldest = events.last().unwrap().at;
    assert!(
        NOW - oldest > i64::from(HISTORY_YEARS - 1) * 365 * DAY,
        "several years back"
    );
    assert!(
        events.iter().all(|e| e.at <= NOW),
        "nothing in the future among the past"
    );
    let message = events
        .iter()
        .find(|e| e.kind == EventKind::Message)
        .unwrap();
    assert!(
        !message.title.is_empty() && !message.clinic.is_empty(),
        "a message is named by its case: {message:?}"
    );
}

#[tokio::test]
async fn entries_at_the_same_second_are_neither_skipped_nor_repeated_across_pages() {
    let db = seeded().await;
    let owner = "191212121212";
    let rows: Vec<_> = (0..70)
        .map(|n| lab_result::ActiveModel {
            personnummer: Set(owner.into()),
            at: Set(NOW - DAY),
            analysis: Set("crp".into()),
            value: Set(f64::from(n)),
            unit: Set("mg/l".into()),
            ref_low: Set(0.0),
            ref_high: Set(5.0),
            clinic_name: Set("Vårdcentralen".into()),
            ..Default::default()
        })
        .collect();
    LabResult::insert_many(rows)
        .exec_without_returning(&db)
        .await
        .unwrap();
    let shots: Vec<_> = (0..10)
        .map(|_| vaccination::ActiveModel {
            personnummer: Set(owner.into()),
            at: Set(NOW - DAY),
            vaccine: Set("Vaxigrip Tetra".into()),
            against: Set("Säsongsinfluensa".into()),
            dose: Set("Årlig dos".into()),
            clinic_name: Set("Vårdcentralen".into()),
            ..Default::default()
        })
        .collect();
    Vaccination::insert_many(shots)
        .exec_without_returning(&db)
        .await
        .unwrap();
    let calls: Vec<_> = (0..10)
        .map(|_| care_contact::ActiveModel {
            personnummer: Set(owner.into()),
            at: Set(NOW - DAY),
            contact_kind: Set("telefon".into()),
            clinic_name: Set("Vårdcentralen".into()),
            caregiver: Set("Maria Sjöberg, sjuksköterska".into()),
            reason: Set("Provsvar".into()),
            note: Set(String::new()),
            diagnosis_code: Set(String::new()),
            diagnosis_text: Set(String::new()),
            ..Default::default()
        })
        .collect();
    CareContact::insert_many(calls)
        .exec_without_returning(&db)
        .await
        .unwrap();
    // Vaccinations, lab results, then care contacts: page two starts inside the lab results,
    // with kinds on either side of the cursor's at the same second.
    let (events, pages) = walk(&db, owner, &[]).await;
    assert_eq!(events.len(), 90);
    assert_eq!(pages, 3);
    assert_newest_first_once(&events);
    let (labs, _) = walk(&db, owner, &[EventKind::LabResult]).await;
    assert_eq!(labs.len(), 70);
    assert!(labs.iter().all(|e| e.kind == EventKind::LabResult));
    let low = labs
        .iter()
        .filter(|e| {
            e.value
                .is_some_and(|(v, r)| v <= 5.0 && r == samla_model::records::Range::Within)
        })
        .count();
    assert_eq!(low, 6, "values 0 to 5 lie within the range");
}

#[tokio::test]
async fn upcoming_bookings_come_first_soonest_first_and_the_filter_keeps_one_kind() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    for (n, starts) in [(1, NOW + 9 * DAY), (2, NOW + 2 * DAY), (3, NOW - 3 * DAY)] {
        Booking::insert(booking::ActiveModel {
            personnummer: Set(anna.clone()),
            clinic_id: Set(1),
            clinic_name: Set("Vårdcentralen Test".into()),
            visit_type: Set("doctor".into()),
            slot_id: Set(n),
            starts_at: Set(starts),
            minutes: Set(30),
            status: Set(BookingStatus::Booked.code().into()),
            note: Set(String::new()),
            case_id: Set(0),
            started_by: Set("invanare".into()),
            started_by_name: Set("Anna Lindqvist".into()),
            created_at: Set(NOW - 10 * DAY),
            updated_at: Set(NOW - 10 * DAY),
            cancelled_at: Set(None),
            ..Default::default()
        })
        .exec_without_returning(&db)
        .await
        .unwrap();
    }
    let first = timeline::flow(&db, &anna, &[], None, NOW).await.unwrap();
    let starts: Vec<i64> = first.upcoming.iter().map(|e| e.at).collect();
    assert_eq!(starts, vec![NOW + 2 * DAY, NOW + 9 * DAY]);
    let (bookings, _) = walk(&db, &anna, &[EventKind::Booking]).await;
    assert_eq!(
        bookings.iter().map(|e| e.at).collect::<Vec<_>>(),
        vec![NOW - 3 * DAY],
        "a past booking is past"
    );
    let only_labs = timeline::flow(&db, &anna, &[EventKind::LabResult], None, NOW)
        .await
        .unwrap();
    assert!(
        only_labs.upcoming.is_empty(),
        "bookings are filtered out too"
    );
    assert!(
        !only_labs.past.is_empty()
            && only_labs
                .past
                .iter()
                .all(|e| e.kind == EventKind::LabResult)
    );
}

#[tokio::test]
async fn a_persons_flow_holds_nothing_of_anyone_else() {
    let db: DatabaseConnection = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let ali = persona(&db, PersonaKind::NewUser).await;
    let nobody = timeline::flow(&db, &ali, &[], None, NOW).await.unwrap();
    assert!(nobody.upcoming.is_empty() && nobody.past.is_empty() && nobody.older.is_none());
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let (his, _) = walk(&db, &gunnar, &[]).await;
    let (hers, _) = walk(&db, &anna, &[]).await;
    let hers: HashSet<_> = hers.iter().map(|e| (e.kind, e.id)).collect();
    assert!(!his.is_empty());
    assert!(his.iter().all(|e| !hers.contains(&(e.kind, e.id))));
    assert!(
        his.iter()
            .any(|e| e.kind == EventKind::Medicine && e.title.starts_with("Metformin"))
    );
}
