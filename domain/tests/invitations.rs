//! Invitations (kallelser, DOMAIN.md §7) on a real database (SQLite here; PostgreSQL too when
//! the test command starts one): the clinic proposes a free time, held for the citizen; she
//! books it (a booking) or asks for another (a case to the clinic, the time let go); one
//! reminder if she does not answer. Only she answers it; only staff with a case role at the
//! time's clinic send one.

mod support;

use samla_domain::booking::{book, schedule::visit_types, times::free_week};
use samla_domain::cases::Writer;
use samla_domain::entities::{outbox, prelude::*};
use samla_domain::invitations::{self, Answered};
use samla_domain::staff::invitations::{Sent, list, send};
use samla_model::case::{Author, ProblemKind};
use samla_model::invitation::{InvitationProblem, InvitationStatus, REMIND_AFTER_DAYS};
use samla_model::login::PersonaKind;
use samla_model::staff::{StaffRole, StaffViewer};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use support::staff::{logged_in, staffed};
use support::{CASES_NOW as NOW, persona};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const PER: &str = "SE2321000016-S1P4"; // receiver and handler at clinic B

/// The first `n` free times of the clinic's first kind of visit, from eight days on (after
/// an invitation's reminder).
async fn free_times(db: &DatabaseConnection, clinic_id: i32, n: usize) -> Vec<i64> {
    let visit = visit_types(db, clinic_id).await.unwrap()[0];
    let day = samla_domain::swedish_date::local_date(NOW) + chrono::Days::new(8);
    let week = free_week(db, clinic_id, visit, Some(day), NOW)
        .await
        .unwrap();
    week.days
        .iter()
        .flat_map(|(_, times)| times.iter().map(|t| t.slot_id))
        .take(n)
        .collect()
}

async fn notices_to(db: &DatabaseConnection, pnr: &str) -> Vec<String> {
    Outbox::find()
        .filter(outbox::Column::Personnummer.eq(pnr))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|o| o.notice)
        .collect()
}

fn writer(owner: &str) -> Writer<'_> {
    Writer {
        owner,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    }
}

async fn sent(db: &DatabaseConnection, viewer: &StaffViewer, pnr: &str, slot: i64) -> i64 {
    match send(db, viewer, pnr, slot, "Dags för din årliga kontroll.", NOW)
        .await
        .unwrap()
    {
        Sent::Done(id) => id,
        other => panic!("sent: {other:?}"),
    }
}

#[tokio::test]
async fn an_invitation_holds_its_time_and_becomes_a_booking_when_accepted() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let slots = free_times(&db, eva.clinic_id, 1).await;
    let slot = slots[0];
    let before = notices_to(&db, &anna).await.len();
    let id = sent(&db, &eva, &anna, slot).await;
    // Held: no longer free, nobody else books it.
    assert!(!free_times(&db, eva.clinic_id, 400).await.contains(&slot));
    let karin = persona(&db, PersonaKind::Guardian).await;
    let taken = book::book(&db, &writer(&karin), slot, "", NOW)
        .await
        .unwrap();
    assert_eq!(taken, Err(book::Refused::Taken));
    // In her inbox, with one notification; on the clinic's list.
    let found = invitations::owned(&db, &anna, id).await.unwrap().unwrap();
    let query = samla_domain::inbox::InboxQuery {
        page: 1,
        ..Default::default()
    };
    let inbox = samla_domain::inbox::page(&db, &anna, &query).await.unwrap();
    assert!(
        inbox
            .items
            .iter()
            .any(|m| m.message.case_id == found.case_id),
        "in the inbox"
    );
    let notices = notices_to(&db, &anna).await;
    assert!(notices.len() > before, "notified");
    assert!(
        notices[before..].iter().all(|n| n == "meddelande"),
        "{notices:?}"
    );
    let listed = list(&db, &Default::default(), &eva, NOW).await.unwrap();
    assert_eq!(listed[0].invitation.id, id);
    assert_eq!(listed[0].citizen, "Anna Lindqvist");
    let log = samla_domain::access_log::page(&db, &anna, 1).await.unwrap();
    assert!(
        log.entries
            .iter()
            .any(|e| e.reader_name.starts_with("Eva Lind")),
        "the list's read is in her access log"
    );
    assert_eq!(
        invitations::of_case(&db, &anna, found.case_id)
            .await
            .unwrap()
            .unwrap()
            .id,
        id
    );

    // Someone else cannot answer it; she books it.
    assert_eq!(
        invitations::accept(&db, &writer(&karin), id, NOW)
            .await
            .unwrap(),
        Answered::NotFound
    );
    let Answered::Booked(booking) = invitations::accept(&db, &writer(&anna), id, NOW)
        .await
        .unwrap()
    else {
        panic!("booked");
    };
    let booked = Booking::find_by_id(booking)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (booked.slot_id, booked.personnummer.as_str()),
        (slot, anna.as_str())
    );
    let held = VisitSlot::find_by_id(slot).one(&db).await.unwrap().unwrap();
    assert_eq!((held.taken, held.booking_id), (true, Some(booking)));
    let answered = invitations::owned(&db, &anna, id).await.unwrap().unwrap();
    assert_eq!(answered.status, InvitationStatus::Accepted.code());
    assert_eq!(answered.booking_id, Some(booking));
    // Answered once only.
    let again = invitations::accept(&db, &writer(&anna), id, NOW)
        .await
        .unwrap();
    assert_eq!(again, Answered::AlreadyAnswered);
    let change = invitations::ask_change(&db, &writer(&anna), id, "Annan tid", NOW)
        .await
        .unwrap();
    assert_eq!(change, Answered::AlreadyAnswered);
}

#[tokio::test]
async fn asking_for_another_time_lets_the_time_go_and_reaches_the_clinic_as_a_case() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let slot = free_times(&db, eva.clinic_id, 1).await[0];
    let id = sent(&db, &eva, &anna, slot).await;
    let empty = invitations::ask_change(&db, &writer(&anna), id, "  ", NOW)
        .await
        .unwrap();
    assert_eq!(empty, Answered::Text(ProblemKind::Missing));
    let wish = "Jag kan bara på eftermiddagar.";
    let Answered::ChangeAsked(case) = invitations::ask_change(&db, &writer(&anna), id, wish, NOW)
        .await
        .unwrap()
    else {
        panic!("asked");
    };
    let case = CareCase::find_by_id(case).one(&db).await.unwrap().unwrap();
    assert_eq!(
        (case.clinic_id, case.eservice.as_str()),
        (eva.clinic_id, "av-eller-omboka")
    );
    assert!(case.subject.starts_with("Kallelse: "), "{}", case.subject);
    let first = samla_domain::cases::thread(&db, &anna, case.id)
        .await
        .unwrap()
        .unwrap();
    assert!(first.messages[0].body.contains(wish));
    // The time is free again, for anyone.
    assert!(free_times(&db, eva.clinic_id, 400).await.contains(&slot));
    let answered = invitations::owned(&db, &anna, id).await.unwrap().unwrap();
    assert_eq!(answered.status, InvitationStatus::ChangeAsked.code());
}

#[tokio::test]
async fn only_case_roles_send_and_only_the_clinics_own_free_times() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let per = logged_in(&db, PER).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let slots = free_times(&db, eva.clinic_id, 2).await;
    // Another clinic's member: not this clinic's time.
    let other = send(&db, &per, &anna, slots[0], "Hej", NOW).await.unwrap();
    assert_eq!(other, Sent::Refused(InvitationProblem::NoTime));
    // An administrator without a case role, or nobody of that personnummer: nothing.
    let admin = StaffViewer {
        roles: vec![StaffRole::Admin],
        ..eva.clone()
    };
    assert_eq!(
        send(&db, &admin, &anna, slots[0], "Hej", NOW)
            .await
            .unwrap(),
        Sent::NotFound
    );
    assert!(
        list(&db, &Default::default(), &admin, NOW)
            .await
            .unwrap()
            .is_empty()
    );
    let nobody = send(&db, &eva, "190001019999", slots[0], "Hej", NOW)
        .await
        .unwrap();
    assert_eq!(nobody, Sent::NotFound);
    // No words, or a time already held: refused, nothing held.
    let empty = send(&db, &eva, &anna, slots[0], " ", NOW).await.unwrap();
    assert_eq!(empty, Sent::Refused(InvitationProblem::TextMissing));
    sent(&db, &eva, &anna, slots[1]).await;
    let twice = send(&db, &eva, &anna, slots[1], "Igen", NOW).await.unwrap();
    assert_eq!(twice, Sent::Refused(InvitationProblem::Taken));
    assert!(
        free_times(&db, eva.clinic_id, 400)
            .await
            .contains(&slots[0])
    );
    assert_eq!(
        list(&db, &Default::default(), &per, NOW)
            .await
            .unwrap()
            .len(),
        0,
        "clinic B sees none of A's"
    );
}

#[tokio::test]
async fn an_unanswered_invitation_is_reminded_of_once() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let slots = free_times(&db, eva.clinic_id, 2).await;
    let waiting = sent(&db, &eva, &anna, slots[0]).await;
    let answered = sent(&db, &eva, &anna, slots[1]).await;
    invitations::accept(&db, &writer(&anna), answered, NOW)
        .await
        .unwrap();
    let early = NOW + REMIND_AFTER_DAYS * 86_400 - 60;
    assert_eq!(invitations::remind_due(&db, early).await.unwrap(), 0);
    let due = NOW + REMIND_AFTER_DAYS * 86_400;
    assert_eq!(invitations::remind_due(&db, due).await.unwrap(), 1);
    assert_eq!(invitations::remind_due(&db, due + 60).await.unwrap(), 0);
    let reminded = invitations::owned(&db, &anna, waiting)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reminded.reminded_at, Some(due));
    assert!(
        notices_to(&db, &anna)
            .await
            .contains(&"paminnelse".to_owned())
    );
}
