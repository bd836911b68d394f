//! The clinic's bookable times in the staff tool (DOMAIN.md §7) on a real database (SQLite
//! here; PostgreSQL too when the test command starts one): a receiver lists a day's times,
//! publishes more and withdraws them — a booked one only with a message, which cancels the
//! booking and reaches the citizen; one held for an invitation not at all; nobody without the
//! role or at another clinic touches them.

mod support;

use chrono::Days;
use samla_domain::booking::{book, schedule::visit_types};
use samla_domain::cases::Writer;
use samla_domain::entities::prelude::*;
use samla_domain::staff::slots::{self, PublishProblem, Published, TimeState, Withdrawn};
use samla_model::booking::{BookingStatus, VisitType};
use samla_model::case::{Author, ProblemKind};
use samla_model::login::PersonaKind;
use sea_orm::{DatabaseConnection, EntityTrait};
use support::staff::{logged_in, staffed};
use support::{CASES_NOW as NOW, persona};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const JOHAN: &str = "SE2321000016-S0J2"; // handler at clinic A
const PER: &str = "SE2321000016-S1P4"; // receiver at clinic B

fn in_days(n: u64) -> chrono::NaiveDate {
    samla_domain::swedish_date::local_date(NOW) + Days::new(n)
}

/// A working day some days on (the seeded weeks have times Monday to Friday).
fn working_day() -> chrono::NaiveDate {
    (8..20)
        .map(in_days)
        .find(|d| samla_domain::working_days::is_working_day(*d))
        .unwrap()
}

async fn first_visit(db: &DatabaseConnection, clinic: i32) -> VisitType {
    visit_types(db, clinic).await.unwrap()[0]
}

#[tokio::test]
async fn a_receiver_lists_publishes_and_withdraws_free_times() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let visit = first_visit(&db, eva.clinic_id).await;
    let day = working_day();
    let before = slots::day(&db, &eva, visit, day).await.unwrap();
    assert!(!before.is_empty() && before.iter().all(|(_, s)| *s == TimeState::Free));
    // Evening times, each a visit long, ending by 19:00.
    let evening = (17 * 60, 19 * 60);
    let Published::Added(added) = slots::publish(&db, &eva, visit, day, evening, NOW)
        .await
        .unwrap()
    else {
        panic!("published");
    };
    assert_eq!(added, u64::from(120 / visit.minutes()));
    let after = slots::day(&db, &eva, visit, day).await.unwrap();
    assert_eq!(after.len() as u64, before.len() as u64 + added);
    let last = samla_domain::swedish_date::local_date_time(after.last().unwrap().0.starts_at).1;
    assert!(
        last.as_str() < "19:00" && last.as_str() >= "18:00",
        "{last}"
    );
    // Again: nothing new.
    assert_eq!(
        slots::publish(&db, &eva, visit, day, evening, NOW)
            .await
            .unwrap(),
        Published::Added(0)
    );
    // Mistakes.
    let refused = |p| Published::Refused(p);
    assert_eq!(
        slots::publish(&db, &eva, visit, in_days(0) - Days::new(1), evening, NOW)
            .await
            .unwrap(),
        refused(PublishProblem::Day)
    );
    assert_eq!(
        slots::publish(&db, &eva, visit, in_days(80), evening, NOW)
            .await
            .unwrap(),
        refused(PublishProblem::Day)
    );
    assert_eq!(
        slots::publish(&db, &eva, visit, day, (600, 600), NOW)
            .await
            .unwrap(),
        refused(PublishProblem::Hours)
    );
    let shortest = VisitType::ALL
        .into_iter()
        .min_by_key(|v| v.minutes())
        .unwrap();
    assert!(24 * 60 / shortest.minutes() > 60);
    assert_eq!(
        slots::publish(&db, &eva, shortest, day, (0, 24 * 60), NOW)
            .await
            .unwrap(),
        refused(PublishProblem::TooMany)
    );
    // A free time withdrawn is gone.
    let free = after[0].0.id;
    assert_eq!(
        slots::withdraw(&db, &eva, free, "", NOW).await.unwrap(),
        Withdrawn::Done
    );
    let left = slots::day(&db, &eva, visit, day).await.unwrap();
    assert!(!left.iter().any(|(s, _)| s.id == free));
    assert!(
        VisitSlot::find_by_id(free)
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_booked_time_is_withdrawn_only_with_a_message_that_cancels_the_booking() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let visit = first_visit(&db, eva.clinic_id).await;
    let day = working_day();
    let times = slots::day(&db, &eva, visit, day).await.unwrap();
    let (time, held) = (times[0].0.id, times[1].0.id);
    let writer = Writer {
        owner: &anna,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    };
    let booking = book::book(&db, &writer, time, "", NOW)
        .await
        .unwrap()
        .unwrap();
    let states = slots::day(&db, &eva, visit, day).await.unwrap();
    assert_eq!(states[0].1, TimeState::Booked);
    assert_eq!(
        slots::withdraw(&db, &eva, time, "  ", NOW).await.unwrap(),
        Withdrawn::NeedsMessage
    );
    let long = "x".repeat(samla_model::case::MESSAGE_MAX + 1);
    assert_eq!(
        slots::withdraw(&db, &eva, time, &long, NOW).await.unwrap(),
        Withdrawn::Text(ProblemKind::TooLong)
    );
    let recent = samla_domain::access_log::RecentReads::default();
    let (_, whose) = slots::booked(&db, &recent, &eva, time, NOW)
        .await
        .unwrap()
        .expect("booked");
    assert_eq!(whose, "Anna Lindqvist");
    let log = samla_domain::access_log::page(&db, &anna, 1).await.unwrap();
    assert!(
        log.entries
            .iter()
            .any(|e| e.reader_name.starts_with("Eva Lind")),
        "the read is in her log"
    );
    let words = "Läkaren är sjuk. Ring oss så bokar vi en ny tid.";
    assert_eq!(
        slots::withdraw(&db, &eva, time, words, NOW).await.unwrap(),
        Withdrawn::Done
    );
    let cancelled = Booking::find_by_id(booking)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(cancelled.status, BookingStatus::Cancelled.code());
    let thread = samla_domain::cases::thread(&db, &anna, cancelled.case_id)
        .await
        .unwrap()
        .unwrap();
    let last = thread.messages.last().unwrap();
    assert!(
        last.body.starts_with("Mottagningen har avbokat din tid.") && last.body.contains(words)
    );
    assert!(
        VisitSlot::find_by_id(time)
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    // Held for an invitation: not withdrawn.
    samla_domain::staff::invitations::send(&db, &eva, &anna, held, "Välkommen", NOW)
        .await
        .unwrap();
    assert_eq!(
        slots::withdraw(&db, &eva, held, "Nej", NOW).await.unwrap(),
        Withdrawn::Held
    );
    let states = slots::day(&db, &eva, visit, day).await.unwrap();
    let state = states
        .iter()
        .find(|(s, _)| s.id == held)
        .map(|(_, s)| s.clone());
    assert_eq!(
        state,
        Some(TimeState::Invited),
        "shown as held for the invitation"
    );
}

#[tokio::test]
async fn only_the_clinics_receivers_and_administrators_manage_its_times() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let johan = logged_in(&db, JOHAN).await;
    let per = logged_in(&db, PER).await;
    let visit = first_visit(&db, eva.clinic_id).await;
    let day = working_day();
    let time = slots::day(&db, &eva, visit, day).await.unwrap()[0].0.id;
    assert!(
        slots::day(&db, &johan, visit, day)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        slots::publish(&db, &johan, visit, day, (1020, 1080), NOW)
            .await
            .unwrap(),
        Published::NotAllowed
    );
    assert_eq!(
        slots::withdraw(&db, &johan, time, "", NOW).await.unwrap(),
        Withdrawn::NotFound
    );
    assert_eq!(
        slots::withdraw(&db, &per, time, "", NOW).await.unwrap(),
        Withdrawn::NotFound
    );
    assert!(
        VisitSlot::find_by_id(time)
            .one(&db)
            .await
            .unwrap()
            .is_some(),
        "still there"
    );
}
