//! "Mina läkemedel" on a real database (SQLite here; PostgreSQL too when the test command
//! starts one): five years of prescriptions, renewal as a case to the prescribing clinic,
//! and the one reminder before a medicine runs out.

mod support;

use samla_domain::cases::{self, Writer};
use samla_domain::entities::{case_message, outbox, prelude::*, prescription};
use samla_domain::medicines::{self, Renewed};
use samla_model::case::Author;
use samla_model::login::PersonaKind;
use samla_model::medicines::{LIST_YEARS, REMIND_AHEAD_DAYS};
use samla_model::notification::{Channel, Notice};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, PaginatorTrait, QueryFilter,
};
use support::{persona, seeded};

const NOW: i64 = support::CASES_NOW;
const DAY: i64 = 86_400;

async fn prescriptions(db: &DatabaseConnection, owner: &str) -> Vec<prescription::Model> {
    Prescription::find()
        .filter(prescription::Column::Personnummer.eq(owner))
        .all(db)
        .await
        .unwrap()
}

fn writer(owner: &str) -> Writer<'_> {
    Writer {
        owner,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    }
}

#[tokio::test]
async fn the_list_holds_the_owners_prescriptions_of_five_years_newest_first() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let list = medicines::mine(&db, &anna, NOW).await.unwrap();
    let in_window = prescriptions(&db, &anna)
        .await
        .into_iter()
        .filter(|p| p.at >= NOW - LIST_YEARS * 365 * DAY)
        .count();
    let all = prescriptions(&db, &anna).await.len();
    assert!(
        all > in_window,
        "the history goes further back than the list"
    );
    assert_eq!(list.len(), in_window);
    assert!(list.windows(2).all(|w| w[0].at >= w[1].at), "newest first");
    let mine: Vec<i64> = prescriptions(&db, &anna)
        .await
        .iter()
        .map(|p| p.id)
        .collect();
    assert!(list.iter().all(|m| mine.contains(&m.id)), "only her own");
    // The newest Levaxin is the one taken now; the earlier ones are history.
    assert!(list[0].current && list[0].medicine == "Levaxin");
    assert!(list[1..].iter().all(|m| !m.current && !m.due));
    assert!(list.iter().all(|m| m.renewable));
}

#[tokio::test]
async fn a_medicine_that_runs_out_within_a_month_is_due_for_renewal() {
    let db = seeded().await;
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let due = medicines::due(&db, &gunnar, NOW).await.unwrap();
    let names: Vec<&str> = due.iter().map(|m| m.medicine.as_str()).collect();
    assert_eq!(names, ["Enalapril"], "Metformin lasts for months");
    let end = due[0].runs_out_at.unwrap();
    assert!(end > NOW && end <= NOW + 30 * DAY);
}

#[tokio::test]
async fn renewing_sends_a_case_to_the_prescribing_clinic_with_the_expected_reply() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let levaxin = medicines::mine(&db, &anna, NOW).await.unwrap().remove(0);
    let row = Prescription::find_by_id(levaxin.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let renewed = medicines::renew(
        &db,
        &writer(&anna),
        levaxin.id,
        "  Inga biverkningar.  ",
        NOW,
    )
    .await
    .unwrap();
    let Renewed::Case(id) = renewed else {
        panic!("{renewed:?}")
    };
    let case = CareCase::find_by_id(id).one(&db).await.unwrap().unwrap();
    assert_eq!(case.personnummer, anna);
    assert_eq!(case.clinic_id, row.clinic_id);
    assert_eq!(case.eservice, medicines::RENEWAL_ESERVICE);
    assert_eq!(case.subject, "Levaxin 50 mikrogram tablett");
    assert_eq!(case.expected_reply, cases::expected_reply(NOW, 5));
    let first = CaseMessage::find()
        .filter(case_message::Column::CaseId.eq(id))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(first.body.contains("Levaxin 50 mikrogram tablett"));
    assert!(first.body.ends_with("Inga biverkningar."), "{}", first.body);
}

#[tokio::test]
async fn someone_elses_or_a_too_old_prescription_cannot_be_renewed() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let his = prescriptions(&db, &gunnar).await.remove(0);
    let cases_before = CareCase::find().count(&db).await.unwrap();
    let asked = medicines::renew(&db, &writer(&anna), his.id, "", NOW)
        .await
        .unwrap();
    assert_eq!(asked, Renewed::NotFound);
    let oldest = prescriptions(&db, &anna)
        .await
        .into_iter()
        .min_by_key(|p| p.at)
        .unwrap();
    assert!(oldest.at < NOW - LIST_YEARS * 365 * DAY);
    let asked = medicines::renew(&db, &writer(&anna), oldest.id, "", NOW)
        .await
        .unwrap();
    assert_eq!(asked, Renewed::NotFound);
    assert_eq!(CareCase::find().count(&db).await.unwrap(), cases_before);
}

async fn reminders_to(db: &DatabaseConnection, owner: &str) -> Vec<outbox::Model> {
    Outbox::find()
        .filter(outbox::Column::Personnummer.eq(owner))
        .filter(outbox::Column::Notice.eq(Notice::MedicineRunsOut.code()))
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn one_reminder_with_the_fixed_text_goes_before_a_medicine_runs_out() {
    let db = seeded().await;
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    // Gunnar's Enalapril runs out in ten days, Anna's Levaxin in fifteen.
    medicines::queue_run_out_reminders(&db, NOW).await.unwrap();
    let sent = reminders_to(&db, &gunnar).await;
    assert_eq!(sent.len(), 1, "one medicine, by SMS only");
    assert_eq!(sent[0].channel, Channel::Sms.code());
    assert_eq!(sent[0].body, Notice::MedicineRunsOut.text(Channel::Sms));
    assert!(!sent[0].body.contains("Enalapril"));
    assert!(
        reminders_to(&db, &anna).await.is_empty(),
        "not yet: more than {REMIND_AHEAD_DAYS} days left"
    );
    medicines::queue_run_out_reminders(&db, NOW + 2 * DAY)
        .await
        .unwrap();
    assert_eq!(reminders_to(&db, &gunnar).await.len(), 1, "once");
    assert_eq!(reminders_to(&db, &anna).await.len(), 2, "SMS and e-mail");
}

#[tokio::test]
async fn a_medicine_prescribed_again_is_not_reminded_of() {
    let db = seeded().await;
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let enalapril = prescriptions(&db, &gunnar)
        .await
        .into_iter()
        .filter(|p| p.medicine == "Enalapril")
        .max_by_key(|p| p.at)
        .unwrap();
    let mut renewed = enalapril.clone().into_active_model();
    renewed.id = sea_orm::ActiveValue::NotSet;
    renewed.at = Set(NOW - DAY);
    renewed.runs_out_at = Set(Some(NOW + 300 * DAY));
    renewed.insert(&db).await.unwrap();
    medicines::queue_run_out_reminders(&db, NOW).await.unwrap();
    assert!(reminders_to(&db, &gunnar).await.is_empty());
    let list = medicines::mine(&db, &gunnar, NOW).await.unwrap();
    assert!(list.iter().all(|m| !m.due), "the new prescription lasts");
}

#[tokio::test]
async fn a_prescription_without_its_run_out_date_gets_it_once() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let row = prescriptions(&db, &anna).await.remove(0);
    let expected = row.runs_out_at;
    let mut cleared = row.clone().into_active_model();
    cleared.runs_out_at = Set(None);
    cleared.update(&db).await.unwrap();
    assert_eq!(medicines::fill_run_out(&db).await.unwrap(), 1);
    let filled = Prescription::find_by_id(row.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(filled.runs_out_at, expected);
    assert_eq!(medicines::fill_run_out(&db).await.unwrap(), 0);
}
