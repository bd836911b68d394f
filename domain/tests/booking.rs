//! Booking on a real database (SQLite here; PostgreSQL too when the test command starts
//! one): the times a clinic publishes, booking, the race for one time, rebooking,
//! cancelling and the 24-hour rule, and who may touch a booking.

mod support;

use samla_domain::booking::book::{self, Refused};
use samla_domain::booking::{mine, schedule, times};
use samla_domain::cases::Writer;
use samla_domain::entities::{booking, care_case, case_message, clinic, prelude::*};
use samla_model::booking::{BookingStatus, NOTE_MAX, UPCOMING_MAX, VisitType};
use samla_model::case::Author;
use samla_model::login::PersonaKind;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use support::{persona, seeded};

/// Tuesday 1 December 2026, 10:00 Swedish time.
const NOW: i64 = support::CASES_NOW;
const HOUR: i64 = 3_600;
const DAY: i64 = 86_400;

fn citizen(owner: &str) -> Writer<'_> {
    Writer {
        owner,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    }
}

/// The first health centre that books online.
async fn health_centre(db: &DatabaseConnection) -> clinic::Model {
    Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(true))
        .filter(clinic::Column::Kind.eq("health_centre"))
        .order_by_asc(clinic::Column::Id)
        .one(db)
        .await
        .unwrap()
        .expect("a health centre that books online")
}

/// The free doctor's times of the week from `NOW` at `clinic`.
async fn doctor_times(
    db: &DatabaseConnection,
    clinic: &clinic::Model,
    now: i64,
) -> Vec<times::FreeTime> {
    times::free_week(db, clinic.id, VisitType::Doctor, None, now)
        .await
        .unwrap()
        .days
        .into_iter()
        .flat_map(|(_, times)| times)
        .collect()
}

#[tokio::test]
async fn every_clinic_that_books_online_publishes_times_and_no_other_does() {
    let db = seeded().await;
    let online = Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(true))
        .filter(clinic::Column::Kind.ne("emergency"))
        .all(&db)
        .await
        .unwrap();
    assert!(online.len() > 100, "{}", online.len());
    for clinic in &online {
        assert!(
            !schedule::visit_types(&db, clinic.id)
                .await
                .unwrap()
                .is_empty(),
            "{} publishes no times",
            clinic.name
        );
    }
    let offline = Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(false))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(
        schedule::visit_types(&db, offline.id)
            .await
            .unwrap()
            .is_empty()
    );
    // Seeding again publishes nothing twice.
    assert_eq!(schedule::seed_schedules(&db).await.unwrap(), 0);
}

#[tokio::test]
async fn a_week_of_free_times_starts_an_hour_from_now_and_stays_within_the_horizon() {
    let db = seeded().await;
    let clinic = health_centre(&db).await;
    let week = times::free_week(&db, clinic.id, VisitType::Doctor, None, NOW)
        .await
        .unwrap();
    assert_eq!(week.days.len(), 7);
    assert_eq!(week.earlier, None);
    let first = &week.days[0].1[0];
    // 10:00 now: the first bookable doctor's time is 11:00, then every 30 minutes.
    assert_eq!(
        samla_domain::swedish_date::local_date_time(first.starts_at).1,
        "11:00"
    );
    // Saturday and Sunday have none.
    assert!(week.days[4].1.is_empty() && week.days[5].1.is_empty());
    // A week asked for a year ahead is the last one published.
    let far = chrono::NaiveDate::from_ymd_opt(2027, 12, 1);
    let last = times::free_week(&db, clinic.id, VisitType::Doctor, far, NOW)
        .await
        .unwrap();
    assert_eq!(last.later, None);
    assert_eq!(
        last.first_day,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 19).unwrap()
    );
    // Looking again makes no time twice.
    let made = VisitSlot::find().count(&db).await.unwrap();
    times::free_week(&db, clinic.id, VisitType::Doctor, None, NOW)
        .await
        .unwrap();
    assert_eq!(VisitSlot::find().count(&db).await.unwrap(), made);
}

#[tokio::test]
async fn fifty_people_trying_one_time_at_once_get_exactly_one_booking() {
    let db = seeded().await;
    let clinic = health_centre(&db).await;
    let slot = doctor_times(&db, &clinic, NOW).await[0].slot_id;
    let attempts: Vec<_> = (0..50)
        .map(|i| {
            let db = db.clone();
            tokio::spawn(async move {
                let owner = format!("1990010{:05}", i);
                book::book(&db, &citizen(&owner), slot, "", NOW)
                    .await
                    .unwrap()
            })
        })
        .collect();
    let mut booked = Vec::new();
    let mut taken = 0;
    for attempt in attempts {
        match attempt.await.unwrap() {
            Ok(id) => booked.push(id),
            Err(Refused::Taken) => taken += 1,
            Err(other) => panic!("{other:?}"),
        }
    }
    assert_eq!((booked.len(), taken), (1, 49), "on {}", support::engine());
    let held = VisitSlot::find_by_id(slot).one(&db).await.unwrap().unwrap();
    assert!(held.taken);
    assert_eq!(held.booking_id, Some(booked[0]));
    // Nothing is left of the 49 that lost: one booking, one thread.
    assert_eq!(Booking::find().count(&db).await.unwrap(), 1);
    let threads = CareCase::find()
        .filter(care_case::Column::Eservice.eq(samla_domain::booking::THREAD_ESERVICE))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(threads, 1);
}

#[tokio::test]
async fn a_booking_is_confirmed_in_the_inbox_and_listed_but_is_no_case() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let clinic = health_centre(&db).await;
    let slot = doctor_times(&db, &clinic, NOW).await[2].clone();
    let id = book::book(
        &db,
        &citizen(&anna),
        slot.slot_id,
        "Ont i ryggen sedan en vecka",
        NOW,
    )
    .await
    .unwrap()
    .unwrap();
    let upcoming = mine::upcoming(&db, &anna, NOW).await.unwrap();
    assert_eq!(upcoming.len(), 1);
    assert_eq!(
        (upcoming[0].id, upcoming[0].starts_at),
        (id, slot.starts_at)
    );
    assert_eq!(upcoming[0].note, "Ont i ryggen sedan en vecka");
    let message = CaseMessage::find()
        .filter(case_message::Column::CaseId.eq(upcoming[0].case_id))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(message.from_clinic);
    assert!(
        message
            .body
            .starts_with("Din tid är bokad.\nBesök hos läkare, "),
        "{}",
        message.body
    );
    assert!(
        message.body.ends_with("2026-12-01 kl. 12:00"),
        "{}",
        message.body
    );
    // The time is gone from the free ones, and the thread is not in the case list.
    assert!(
        !doctor_times(&db, &clinic, NOW)
            .await
            .iter()
            .any(|t| t.slot_id == slot.slot_id)
    );
    let cases = samla_domain::cases::list(&db, &anna, 1).await.unwrap();
    assert!(cases.items.iter().all(|c| c.id != upcoming[0].case_id));
}

#[tokio::test]
async fn rebooking_takes_the_new_time_before_it_lets_the_old_one_go() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let clinic = health_centre(&db).await;
    // Two days ahead, so the 24-hour rule is not in the way.
    let later = NOW + 2 * DAY;
    let free = doctor_times(&db, &clinic, later).await;
    let (first, second, third) = (free[0].clone(), free[1].clone(), free[2].clone());
    let id = book::book(&db, &citizen(&anna), first.slot_id, "", NOW)
        .await
        .unwrap()
        .unwrap();
    let karin = persona(&db, PersonaKind::Elderly).await;
    book::book(&db, &citizen(&karin), third.slot_id, "", NOW)
        .await
        .unwrap()
        .unwrap();

    // To a time someone else holds: refused, and the booking is as it was.
    assert_eq!(
        book::rebook(&db, &anna, id, third.slot_id, NOW)
            .await
            .unwrap(),
        Err(Refused::Taken)
    );
    let kept = book::owned(&db, &anna, id).await.unwrap().unwrap();
    assert_eq!(kept.slot_id, first.slot_id);
    assert!(
        VisitSlot::find_by_id(first.slot_id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .taken
    );

    // To a free one: moved, the old time free for others, and a message about it.
    book::rebook(&db, &anna, id, second.slot_id, NOW)
        .await
        .unwrap()
        .unwrap();
    let moved = book::owned(&db, &anna, id).await.unwrap().unwrap();
    assert_eq!(
        (moved.slot_id, moved.starts_at),
        (second.slot_id, second.starts_at)
    );
    let old = VisitSlot::find_by_id(first.slot_id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(!old.taken && old.booking_id.is_none());
    let messages = CaseMessage::find()
        .filter(case_message::Column::CaseId.eq(moved.case_id))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(messages, 2);

    // Only to the same clinic's times of the same kind.
    let nurse = times::free_week(&db, clinic.id, VisitType::Nurse, None, later)
        .await
        .unwrap()
        .days
        .into_iter()
        .flat_map(|(_, t)| t)
        .next()
        .unwrap();
    assert_eq!(
        book::rebook(&db, &anna, id, nurse.slot_id, NOW)
            .await
            .unwrap(),
        Err(Refused::NotFound)
    );
}

#[tokio::test]
async fn cancelling_frees_the_time_and_closes_24_hours_before_the_visit() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let clinic = health_centre(&db).await;
    let free = doctor_times(&db, &clinic, NOW + 2 * DAY).await;
    let soon = free[0].clone();
    let id = book::book(&db, &citizen(&anna), soon.slot_id, "", NOW)
        .await
        .unwrap()
        .unwrap();

    // A second within 24 hours of the visit: the clinic's number instead.
    let too_late = soon.starts_at - DAY + 1;
    assert_eq!(
        book::cancel(&db, &anna, id, too_late).await.unwrap(),
        Err(Refused::CallClinic(clinic.phone.clone()))
    );
    assert_eq!(
        book::rebook(&db, &anna, id, free[1].slot_id, too_late)
            .await
            .unwrap(),
        Err(Refused::CallClinic(clinic.phone.clone()))
    );
    // Exactly 24 hours before: still open.
    book::cancel(&db, &anna, id, soon.starts_at - DAY)
        .await
        .unwrap()
        .unwrap();
    let cancelled = book::owned(&db, &anna, id).await.unwrap().unwrap();
    assert_eq!(cancelled.status, BookingStatus::Cancelled.code());
    assert!(mine::upcoming(&db, &anna, NOW).await.unwrap().is_empty());
    // The time is free: someone else books it.
    let karin = persona(&db, PersonaKind::Elderly).await;
    assert!(
        book::book(&db, &citizen(&karin), soon.slot_id, "", NOW)
            .await
            .unwrap()
            .is_ok()
    );
    // A cancelled booking is not cancelled again.
    assert_eq!(
        book::cancel(&db, &anna, id, NOW).await.unwrap(),
        Err(Refused::Cancelled)
    );
}

#[tokio::test]
async fn nobody_but_the_person_sees_moves_or_cancels_a_booking() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let karin = persona(&db, PersonaKind::Elderly).await;
    let clinic = health_centre(&db).await;
    let free = doctor_times(&db, &clinic, NOW + 2 * DAY).await;
    let id = book::book(&db, &citizen(&anna), free[0].slot_id, "", NOW)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(book::owned(&db, &karin, id).await.unwrap(), None);
    assert_eq!(
        book::cancel(&db, &karin, id, NOW).await.unwrap(),
        Err(Refused::NotFound)
    );
    assert_eq!(
        book::rebook(&db, &karin, id, free[1].slot_id, NOW)
            .await
            .unwrap(),
        Err(Refused::NotFound)
    );
    assert_eq!(
        Booking::find_by_id(id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .status,
        BookingStatus::Booked.code()
    );
}

#[tokio::test]
async fn what_cannot_be_booked_is_refused_with_its_reason() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let clinic = health_centre(&db).await;
    let free = doctor_times(&db, &clinic, NOW + 2 * DAY).await;
    // Within the hour, or past.
    let first = &free[0];
    assert_eq!(
        book::book(
            &db,
            &citizen(&anna),
            first.slot_id,
            "",
            first.starts_at - HOUR + 1
        )
        .await
        .unwrap(),
        Err(Refused::TooLate)
    );
    assert_eq!(
        book::book(&db, &citizen(&anna), 999_999_999, "", NOW)
            .await
            .unwrap(),
        Err(Refused::NotFound)
    );
    let long = "å".repeat(NOTE_MAX + 1);
    assert_eq!(
        book::book(&db, &citizen(&anna), first.slot_id, &long, NOW)
            .await
            .unwrap(),
        Err(Refused::NoteTooLong)
    );
    // At most UPCOMING_MAX upcoming bookings at once.
    for time in free.iter().take(UPCOMING_MAX as usize) {
        book::book(&db, &citizen(&anna), time.slot_id, "", NOW)
            .await
            .unwrap()
            .unwrap();
    }
    let one_more = &free[UPCOMING_MAX as usize];
    assert_eq!(
        book::book(&db, &citizen(&anna), one_more.slot_id, "", NOW)
            .await
            .unwrap(),
        Err(Refused::TooMany)
    );
    let held = Booking::find()
        .filter(booking::Column::Personnummer.eq(anna.as_str()))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(held, UPCOMING_MAX);
    assert!(
        !VisitSlot::find_by_id(one_more.slot_id)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .taken
    );
}
