//! The staff tool's back end (DOMAIN.md §5–§7) on a real database (SQLite here; PostgreSQL
//! too when the test command starts one): staff sessions and their limits, who sees which
//! cases, distributing, answering and closing, the citizen's access log and the audit log.

mod support;

use samla_domain::access_log::{self, RecentReads};
use samla_domain::cases::{self, Writer};
use samla_domain::clinic_side::Sent;
use samla_domain::entities::{prelude::*, staff_audit, staff_role};
use samla_domain::staff::cases::{self as staff_cases, Assigned};
use samla_domain::staff::{members, sessions};
use samla_domain::{eservices, inbox};
use samla_model::access::Role;
use samla_model::case::{Answer, Author, CaseStatus};
use samla_model::login::PersonaKind;
use samla_model::staff::{CaseFilter, STAFF_IDLE_SECS, StaffRole};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, ModelTrait, QueryFilter};
use support::persona;
use support::staff::{logged_in, staffed};

const NOW: i64 = support::CASES_NOW;
const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const JOHAN: &str = "SE2321000016-S0J2"; // handler at clinic A
const MARIA: &str = "SE2321000016-S0M3"; // administrator, receiver and handler at clinic A
const PER: &str = "SE2321000016-S1P4"; // receiver and handler at clinic B

/// A contact case from Anna to the clinic `clinic_id`.
async fn case_at(db: &DatabaseConnection, clinic_id: i32, subject: &str) -> (i64, String) {
    let anna = persona(db, PersonaKind::Adult).await;
    let offered = eservices::find_by_id(db, clinic_id, "kontakta")
        .await
        .unwrap()
        .expect("the staffed clinic takes contact cases");
    let writer = Writer {
        owner: &anna,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    };
    let answers = [
        Answer {
            key: "rubrik".into(),
            value: subject.into(),
        },
        Answer {
            key: "meddelande".into(),
            value: "Jag har haft ont i halsen i en vecka.".into(),
        },
    ];
    let id = cases::start(db, &writer, &offered, &answers, &[], NOW)
        .await
        .unwrap();
    (id, anna)
}

#[tokio::test]
async fn a_staff_session_holds_the_roles_at_its_clinic_and_ends_idle_at_logout_or_when_the_roles_go()
 {
    let db = staffed().await;
    let eva = members::find(&db, EVA).await.unwrap().unwrap();
    let clinic_a = eva.clinics[0].id;
    let per = members::find(&db, PER).await.unwrap().unwrap();
    assert_ne!(per.clinics[0].id, clinic_a, "two clinics are staffed");
    // Nobody opens a session at a clinic where they hold no role.
    assert_eq!(
        sessions::open(&db, EVA, per.clinics[0].id, NOW)
            .await
            .unwrap(),
        None
    );
    assert_eq!(
        sessions::open(&db, "SE2321000016-NOBODY", clinic_a, NOW)
            .await
            .unwrap(),
        None
    );

    let id = sessions::open(&db, EVA, clinic_a, NOW)
        .await
        .unwrap()
        .unwrap();
    let viewer = sessions::resolve(&db, &id, NOW, true)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(viewer.roles, vec![StaffRole::Receiver]);
    assert_eq!(viewer.clinic_id, clinic_a);
    assert_eq!(viewer.expires_at, NOW + STAFF_IDLE_SECS);
    // Still there just before the idle limit, gone at it.
    let later = NOW + STAFF_IDLE_SECS - 1;
    assert!(
        sessions::resolve(&db, &id, later, true)
            .await
            .unwrap()
            .is_some()
    );
    let idle = later + STAFF_IDLE_SECS;
    assert!(
        sessions::resolve(&db, &id, idle, true)
            .await
            .unwrap()
            .is_none()
    );
    // Logged out: never again.
    let id = sessions::open(&db, EVA, clinic_a, NOW)
        .await
        .unwrap()
        .unwrap();
    sessions::end(&db, &id, NOW + 1).await.unwrap();
    assert!(
        sessions::resolve(&db, &id, NOW + 2, true)
            .await
            .unwrap()
            .is_none()
    );
    // The role taken away ends the access at the next request.
    let id = sessions::open(&db, EVA, clinic_a, NOW)
        .await
        .unwrap()
        .unwrap();
    staff_role::Entity::find()
        .filter(staff_role::Column::HsaId.eq(EVA))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .delete(&db)
        .await
        .unwrap();
    assert!(
        sessions::resolve(&db, &id, NOW + 3, true)
            .await
            .unwrap()
            .is_none()
    );
    // A clinic no longer activated ends every session there.
    let id = sessions::open(&db, JOHAN, clinic_a, NOW)
        .await
        .unwrap()
        .unwrap();
    assert!(
        sessions::resolve(&db, &id, NOW + 3, true)
            .await
            .unwrap()
            .is_some()
    );
    samla_domain::entities::staff_clinic::Entity::delete_by_id(clinic_a)
        .exec(&db)
        .await
        .unwrap();
    assert!(
        sessions::resolve(&db, &id, NOW + 4, true)
            .await
            .unwrap()
            .is_none()
    );
    // A citizen's session id is no staff session.
    let anna = persona(&db, PersonaKind::Adult).await;
    let citizen = samla_domain::sessions::open(&db, &anna, NOW).await.unwrap();
    assert!(
        sessions::resolve(&db, &citizen, NOW, true)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn the_receiver_lists_and_distributes_the_clinics_cases_and_nobody_else_does() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let johan = logged_in(&db, JOHAN).await;
    let per = logged_in(&db, PER).await;
    let (ours, _) = case_at(&db, eva.clinic_id, "Halsont").await;
    let (theirs, _) = case_at(&db, per.clinic_id, "Hosta hos B").await;

    let listed = staff_cases::clinic_cases(&db, &eva, CaseFilter::Unassigned, None, NOW)
        .await
        .unwrap()
        .unwrap();
    let ids: Vec<i64> = listed.items.iter().map(|c| c.id).collect();
    assert!(ids.contains(&ours));
    assert!(
        !ids.contains(&theirs),
        "another clinic's case is not listed"
    );
    // Only a receiver lists the clinic's cases.
    assert!(
        staff_cases::clinic_cases(&db, &johan, CaseFilter::Open, None, NOW)
            .await
            .unwrap()
            .is_none()
    );

    // Not to a receiver who is no handler, not to another clinic's handler, not by a handler.
    assert_eq!(
        staff_cases::assign(&db, &eva, ours, EVA, NOW)
            .await
            .unwrap(),
        Assigned::NotAHandler
    );
    assert_eq!(
        staff_cases::assign(&db, &eva, ours, PER, NOW)
            .await
            .unwrap(),
        Assigned::NotAHandler
    );
    assert_eq!(
        staff_cases::assign(&db, &johan, ours, JOHAN, NOW)
            .await
            .unwrap(),
        Assigned::NotFound
    );
    assert_eq!(
        staff_cases::assign(&db, &eva, theirs, JOHAN, NOW)
            .await
            .unwrap(),
        Assigned::NotFound
    );
    assert_eq!(
        staff_cases::assign(&db, &eva, ours, JOHAN, NOW)
            .await
            .unwrap(),
        Assigned::Done
    );

    let case = CareCase::find_by_id(ours).one(&db).await.unwrap().unwrap();
    assert_eq!(case.assigned_to.as_deref(), Some(JOHAN));
    assert_eq!(case.assigned_name.as_deref(), Some("Johan Berg"));
    // Distributed: no longer among those to distribute, still among the open ones.
    let unassigned = staff_cases::clinic_cases(&db, &eva, CaseFilter::Unassigned, None, NOW)
        .await
        .unwrap()
        .unwrap();
    assert!(!unassigned.items.iter().any(|c| c.id == ours));
    let open = staff_cases::clinic_cases(&db, &eva, CaseFilter::Open, None, NOW)
        .await
        .unwrap()
        .unwrap();
    assert!(open.items.iter().any(|c| c.id == ours));
    // The handler's own list holds it; another clinic's handler sees nothing of it.
    let mine = staff_cases::my_cases(&db, &johan, None, NOW)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        mine.items.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![ours]
    );
    let recent = RecentReads::default();
    assert!(
        staff_cases::open(&db, &recent, &per, ours, NOW)
            .await
            .unwrap()
            .is_none()
    );
    // The administrator's role alone sees no case.
    let mut admin_only = logged_in(&db, MARIA).await;
    admin_only.roles = vec![StaffRole::Admin];
    assert!(
        staff_cases::open(&db, &recent, &admin_only, ours, NOW)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        staff_cases::clinic_cases(&db, &admin_only, CaseFilter::Open, None, NOW)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_case_list_pages_forward_and_back_from_a_place_in_its_order() {
    use samla_model::staff::{CASES_PER_PAGE, CaseCursor};
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let mut made = Vec::new();
    for n in 0..(2 * CASES_PER_PAGE + 3) {
        made.push(case_at(&db, eva.clinic_id, &format!("Ärende {n}")).await.0);
    }
    let list = |at: Option<CaseCursor>| {
        let (db, eva) = (db.clone(), eva.clone());
        async move {
            staff_cases::clinic_cases(&db, &eva, CaseFilter::Open, at.as_ref(), NOW)
                .await
                .unwrap()
                .unwrap()
        }
    };
    let place = |c: &samla_domain::entities::care_case::Model| (c.expected_reply.clone(), c.id);
    let first = list(None).await;
    assert_eq!(first.items.len() as u64, CASES_PER_PAGE);
    assert!(!first.earlier && first.later);
    let (reply, id) = place(first.items.last().unwrap());
    let second = list(Some(CaseCursor::After(reply, id))).await;
    assert!(second.earlier && second.later);
    let (reply, id) = place(second.items.last().unwrap());
    let third = list(Some(CaseCursor::After(reply, id))).await;
    assert!(third.earlier && !third.later, "the last page");
    // Every case once, in (expected reply, id) order.
    let walked: Vec<_> = [&first, &second, &third]
        .iter()
        .flat_map(|p| p.items.iter().map(place))
        .collect();
    let mut sorted = walked.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(walked, sorted);
    for id in &made {
        assert!(walked.iter().any(|(_, w)| w == id), "case {id} listed");
    }
    // Back from the third page is the second again, then the first.
    let (reply, id) = place(&third.items[0]);
    let back = list(Some(CaseCursor::Before(reply, id))).await;
    assert_eq!(back.items, second.items);
    assert!(back.earlier && back.later);
    let (reply, id) = place(&back.items[0]);
    let front = list(Some(CaseCursor::Before(reply, id))).await;
    assert_eq!(front.items, first.items);
    assert!(!front.earlier && front.later);
}

#[tokio::test]
async fn the_handler_opens_answers_and_closes_and_the_citizen_sees_who_read() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let johan = logged_in(&db, JOHAN).await;
    let (id, anna) = case_at(&db, eva.clinic_id, "Halsont").await;
    let recent = RecentReads::default();
    // Not assigned yet: the handler cannot see it, and cannot write in it.
    assert!(
        staff_cases::open(&db, &recent, &johan, id, NOW)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(
        staff_cases::write(&db, &johan, id, "Hej", false, &[], NOW)
            .await
            .unwrap(),
        Sent::NotFound
    );
    staff_cases::assign(&db, &eva, id, JOHAN, NOW)
        .await
        .unwrap();

    let opened = staff_cases::open(&db, &recent, &johan, id, NOW + 60)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(opened.citizen_name, "Anna Lindqvist");
    assert_eq!(opened.case.personnummer, anna);
    assert_eq!(opened.case.started_by, Author::Citizen.code());
    assert_eq!(
        opened.case.status,
        CaseStatus::Received.code(),
        "opened by the clinic: received"
    );
    assert_eq!(opened.messages.len(), 1);
    // The citizen's access log names the handler, their title, clinic and role.
    let log = access_log::page(&db, &anna, 1).await.unwrap();
    let read = log
        .entries
        .iter()
        .find(|e| e.role == Role::CaseHandler)
        .expect("the read is logged");
    assert_eq!(
        read.reader_name,
        format!("Johan Berg, Distriktsläkare, {}", johan.clinic_name)
    );

    let Sent::Message(answer) = staff_cases::write(
        &db,
        &johan,
        id,
        "Drick varmt och vila.",
        false,
        &[],
        NOW + 120,
    )
    .await
    .unwrap() else {
        panic!("the handler answers their case");
    };
    let message = CaseMessage::find_by_id(answer)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(message.author, Author::Handler.code());
    assert_eq!(message.author_name, "Johan Berg, Distriktsläkare");
    assert_eq!(message.read_at, None);
    // The citizen opens it: staff see when.
    inbox::open(&db, &anna, answer, NOW + 300)
        .await
        .unwrap()
        .unwrap();
    let reopened = staff_cases::open(&db, &recent, &johan, id, NOW + 400)
        .await
        .unwrap()
        .unwrap();
    let last = reopened.messages.last().unwrap();
    assert_eq!((last.id, last.read_at), (answer, Some(NOW + 300)));
    // A receiver's partial answer is signed as the receiver's.
    let Sent::Message(partial) =
        staff_cases::write(&db, &eva, id, "Läkaren återkommer.", true, &[], NOW + 500)
            .await
            .unwrap()
    else {
        panic!("the receiver may write");
    };
    let partial = CaseMessage::find_by_id(partial)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(partial.author, Author::Receiver.code());
    assert!(partial.asks_reply);

    assert!(
        staff_cases::close(&db, &johan, id, NOW + 600)
            .await
            .unwrap()
    );
    assert!(
        !staff_cases::close(&db, &johan, id, NOW + 601)
            .await
            .unwrap(),
        "closed once"
    );
    assert_eq!(
        staff_cases::write(&db, &johan, id, "Mer", false, &[], NOW + 700)
            .await
            .unwrap(),
        Sent::Closed
    );
    // Every action is in the audit log, with the case and whose it is.
    let actions: Vec<String> = StaffAudit::find()
        .filter(staff_audit::Column::HsaId.eq(JOHAN))
        .filter(staff_audit::Column::CaseId.eq(id))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .inspect(|row| assert_eq!(row.subject.as_deref(), Some(anna.as_str())))
        .map(|row| row.action)
        .collect();
    assert_eq!(
        actions,
        ["oppna-arende", "svara", "oppna-arende", "avsluta"]
    );
}

#[tokio::test]
async fn a_clinics_reply_templates_are_its_own_staffs_to_write_and_use() {
    use samla_domain::staff::templates::{self, Saved};
    use samla_model::staff::TemplateProblem;
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    let johan = logged_in(&db, JOHAN).await;
    let per = logged_in(&db, PER).await;
    let body = "Hej {förnamn}!\n\nDitt provsvar är normalt.\n\nHälsningar {mitt namn}";
    let Saved::Done(id) = templates::save(&db, &eva, None, "Normalt provsvar", body, NOW)
        .await
        .unwrap()
    else {
        panic!("a receiver writes a template");
    };
    assert_eq!(
        templates::save(&db, &eva, None, "", "", NOW).await.unwrap(),
        Saved::Refused(vec![
            TemplateProblem::TitleMissing,
            TemplateProblem::BodyMissing
        ])
    );
    // Another clinic's member: not listed, not found, not changed.
    let theirs = templates::list(&db, &per).await.unwrap();
    assert!(
        !theirs.iter().any(|t| t.id == id),
        "another clinic's template is not listed"
    );
    assert!(templates::find(&db, &per, id).await.unwrap().is_none());
    assert_eq!(
        templates::save(&db, &per, Some(id), "Kapat", "Kapat", NOW)
            .await
            .unwrap(),
        Saved::NotFound
    );
    // A colleague at the clinic changes it.
    assert_eq!(
        templates::save(
            &db,
            &johan,
            Some(id),
            "Normalt provsvar",
            "Hej {förnamn}! Allt ser bra ut.",
            NOW + 60
        )
        .await
        .unwrap(),
        Saved::Done(id)
    );
    let listed = templates::list(&db, &eva).await.unwrap();
    let ours = listed.iter().find(|t| t.id == id).unwrap();
    assert_eq!(ours.body, "Hej {förnamn}! Allt ser bra ut.");
    assert_eq!(ours.updated_by, "Johan Berg");
    assert_eq!(
        samla_model::staff::fill_template(&ours.body, "Anna", &johan),
        "Hej Anna! Allt ser bra ut."
    );
}
