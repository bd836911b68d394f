//! Cases, the inbox, the clinic's side, reminders and retention, on a real database (SQLite
//! here; PostgreSQL too when the test command starts one).

mod support;

use chrono::NaiveDate;
use samla_domain::cases::{self, Replied, Writer};
use samla_domain::clinic_side::{self, Sent, Staff};
use samla_domain::entities::{outbox, prelude::*};
use samla_domain::eservices::{self, Offered};
use samla_domain::inbox::{self, InboxQuery, MESSAGES_PER_PAGE};
use samla_domain::{reminders, retention};
use samla_model::case::{Answer, Author, CaseStatus};
use samla_model::login::PersonaKind;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, QueryOrder};
use support::{persona, seeded};

/// Tuesday 1 December 2026, 10:00 Swedish time.
const NOW: i64 = support::CASES_NOW;
const DAY: i64 = 86_400;

/// An e-service `slug` at some clinic that offers it.
async fn service(db: &DatabaseConnection, slug: &str) -> Offered {
    for clinic in Clinic::find()
        .order_by_asc(samla_domain::entities::clinic::Column::Id)
        .all(db)
        .await
        .unwrap()
    {
        if let Some(found) = eservices::find(db, &clinic.hsa_id, slug).await.unwrap() {
            return found;
        }
    }
    panic!("no clinic offers {slug}");
}

fn contact_answers(subject: &str, text: &str) -> Vec<Answer> {
    vec![
        Answer {
            key: "rubrik".into(),
            value: subject.into(),
        },
        Answer {
            key: "meddelande".into(),
            value: text.into(),
        },
    ]
}

async fn start(db: &DatabaseConnection, owner: &str, at: i64) -> i64 {
    let offered = service(db, "kontakta").await;
    let writer = Writer {
        owner,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    cases::start(
        db,
        &writer,
        &offered,
        &contact_answers("Hosta", "Jag hostar sedan en vecka."),
        &[],
        at,
    )
    .await
    .unwrap()
}

const NURSE: Staff<'static> = Staff {
    role: Author::Handler,
    name: "Maria Sjöberg",
};

async fn outbox_rows(db: &DatabaseConnection) -> Vec<outbox::Model> {
    Outbox::find()
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_case_says_when_to_expect_an_answer_in_working_days() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let id = start(&db, &nora, NOW).await;
    let thread = cases::thread(&db, &nora, id).await.unwrap().unwrap();
    // "Kontakta mottagningen" answers within 3 working days: Tuesday → Friday.
    assert_eq!(thread.case.expected_reply, "2026-12-04");
    assert_eq!(thread.case.status, CaseStatus::Sent.code());
    assert_eq!(thread.case.subject, "Hosta");
    assert_eq!(thread.messages.len(), 1);
    assert!(
        thread.messages[0]
            .body
            .contains("Ditt meddelande\nJag hostar sedan en vecka.")
    );
    // Sent on 23 December: over Christmas and New Year.
    let christmas = start(&db, &nora, NOW + 22 * DAY).await;
    let case = cases::owned(&db, &nora, christmas).await.unwrap().unwrap();
    assert_eq!(case.expected_reply, "2026-12-30");
}

#[tokio::test]
async fn nobody_else_reads_or_answers_a_case() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let gunnar = persona(&db, PersonaKind::Elderly).await;
    let id = start(&db, &nora, NOW).await;
    assert!(cases::thread(&db, &gunnar, id).await.unwrap().is_none());
    let intruder = Writer {
        owner: &gunnar,
        author: Author::Citizen,
        name: "Gunnar Holm",
    };
    assert_eq!(
        cases::reply(&db, &intruder, id, "hej", &[], NOW)
            .await
            .unwrap(),
        Replied::NotFound
    );
    let Sent::Message(message) = clinic_side::write(&db, id, &NURSE, "Svar", false, NOW)
        .await
        .unwrap()
    else {
        panic!("sent")
    };
    assert!(
        inbox::open(&db, &gunnar, message, NOW)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(inbox::unread(&db, &gunnar).await.unwrap(), 0);
    assert_eq!(cases::list(&db, &gunnar, 1).await.unwrap().items.len(), 0);
    // The clinic's message is still unread by its owner.
    assert_eq!(inbox::unread(&db, &nora).await.unwrap(), 1);
}

#[tokio::test]
async fn the_dialogue_answer_counter_question_reply_close() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let id = start(&db, &nora, NOW).await;
    assert!(clinic_side::receive(&db, id, NOW + 60).await.unwrap());
    assert_eq!(
        cases::owned(&db, &nora, id).await.unwrap().unwrap().status,
        "mottaget"
    );
    clinic_side::write(&db, id, &NURSE, "Har du feber?", true, NOW + 120)
        .await
        .unwrap();
    assert_eq!(
        cases::owned(&db, &nora, id).await.unwrap().unwrap().status,
        "pagar"
    );
    let writer = Writer {
        owner: &nora,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    assert_eq!(
        cases::reply(&db, &writer, id, "Nej.", &[], NOW + DAY)
            .await
            .unwrap(),
        Replied::Sent
    );
    let case = cases::owned(&db, &nora, id).await.unwrap().unwrap();
    assert_eq!(case.status, "skickat");
    assert_eq!(case.expected_reply, "2026-12-07");
    clinic_side::write(
        &db,
        id,
        &NURSE,
        "Vila och drick mycket.",
        false,
        NOW + 2 * DAY,
    )
    .await
    .unwrap();
    assert!(clinic_side::close(&db, id, NOW + 3 * DAY).await.unwrap());
    assert_eq!(
        cases::reply(&db, &writer, id, "En sak till", &[], NOW + 4 * DAY)
            .await
            .unwrap(),
        Replied::Closed
    );
    assert_eq!(
        clinic_side::write(&db, id, &NURSE, "x", false, NOW + 4 * DAY)
            .await
            .unwrap(),
        Sent::Closed
    );
    let thread = cases::thread(&db, &nora, id).await.unwrap().unwrap();
    let authors: Vec<&str> = thread.messages.iter().map(|m| m.author.as_str()).collect();
    assert_eq!(
        authors,
        ["invanare", "arendehanterare", "invanare", "arendehanterare"]
    );
    assert_eq!(thread.case.status, "avslutat");
}

#[tokio::test]
async fn opening_a_message_records_the_read_receipt_once() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let id = start(&db, &nora, NOW).await;
    let Sent::Message(message) = clinic_side::write(&db, id, &NURSE, "Svar", false, NOW)
        .await
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(inbox::unread(&db, &nora).await.unwrap(), 1);
    let opened = inbox::open(&db, &nora, message, NOW + 100)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(opened.read_at, Some(NOW + 100));
    let again = inbox::open(&db, &nora, message, NOW + 900)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.read_at, Some(NOW + 100));
    let stored = CaseMessage::find_by_id(message)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.read_at, Some(NOW + 100));
    assert_eq!(inbox::unread(&db, &nora).await.unwrap(), 0);
}

#[tokio::test]
async fn the_inbox_pages_filters_by_clinic_and_searches_with_swedish_folding() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let first = start(&db, &nora, NOW).await;
    for i in 0..MESSAGES_PER_PAGE {
        let text = if i == 3 {
            "Provsvaret för blodsocker är klart"
        } else {
            "Vänliga hälsningar"
        };
        clinic_side::write(&db, first, &NURSE, text, false, NOW + i as i64)
            .await
            .unwrap();
    }
    // A second clinic.
    let other = service(&db, "fornya-recept").await;
    let writer = Writer {
        owner: &nora,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    let second = cases::start(
        &db,
        &writer,
        &other,
        &[Answer {
            key: "lakemedel".into(),
            value: "Levaxin".into(),
        }],
        &[],
        NOW,
    )
    .await
    .unwrap();
    clinic_side::write(
        &db,
        second,
        &NURSE,
        "Receptet är förnyat 50% 100_000",
        false,
        NOW + 100,
    )
    .await
    .unwrap();

    let one = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 1,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(one.items.len() as u64, MESSAGES_PER_PAGE);
    assert!(one.more);
    assert!(
        one.items[0].message.body.starts_with("Receptet"),
        "newest first"
    );
    let two = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 2,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(two.items.len(), 1);
    assert!(!two.more);
    // Typed without dots and in capitals.
    let found = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 1,
            text: Some("PROVSVARET FOR".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(found.items.len(), 1);
    assert_eq!(found.items[0].subject, "Hosta");
    // LIKE's wildcards are what they say.
    let percent = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 1,
            text: Some("50%".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(percent.items.len(), 1);
    let underscore = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 1,
            text: Some("a_s".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(underscore.items.len(), 0);
    let clinics = inbox::clinics(&db, &nora).await.unwrap();
    assert_eq!(
        clinics.len(),
        if other.clinic_id == service(&db, "kontakta").await.clinic_id {
            1
        } else {
            2
        }
    );
    let only = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 1,
            clinic_id: Some(other.clinic_id),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(
        only.items
            .iter()
            .all(|l| l.message.clinic_id == other.clinic_id)
    );
    assert!(
        only.items
            .iter()
            .any(|l| l.message.body.starts_with("Receptet"))
    );
    // Past the last page: empty, not an error.
    let far = inbox::page(
        &db,
        &nora,
        &InboxQuery {
            page: 10_000,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(far.items.is_empty() && !far.more);
}

#[tokio::test]
async fn a_clinic_message_notifies_once_per_chosen_channel_or_by_letter() {
    let db = seeded().await;
    let before = outbox_rows(&db).await.len();
    // Nora chose SMS and e-mail.
    let nora = persona(&db, PersonaKind::Teen).await;
    let id = start(&db, &nora, NOW).await;
    clinic_side::write(&db, id, &NURSE, "Svar", false, NOW)
        .await
        .unwrap();
    let rows = outbox_rows(&db).await;
    let new: Vec<_> = rows[before..].iter().collect();
    assert_eq!(new.len(), 2);
    assert!(
        new.iter()
            .all(|r| r.notice == "meddelande" && r.personnummer == nora)
    );
    assert_eq!(
        new[0].body,
        samla_model::notification::Notice::NewMessage.text(samla_model::notification::Channel::Sms)
    );
    let channels: Vec<&str> = new.iter().map(|r| r.channel.as_str()).collect();
    assert!(channels.contains(&"sms") && channels.contains(&"email"));
    // The citizen's own message notifies nobody.
    let writer = Writer {
        owner: &nora,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    cases::reply(&db, &writer, id, "Tack", &[], NOW)
        .await
        .unwrap();
    assert_eq!(outbox_rows(&db).await.len(), rows.len());
    // Ali has never logged in: no account, so a letter to the registered address.
    let ali = persona(&db, PersonaKind::NewUser).await;
    let case = start(&db, &ali, NOW).await;
    clinic_side::write(&db, case, &NURSE, "Kallelse", false, NOW)
        .await
        .unwrap();
    let last = outbox_rows(&db).await.pop().unwrap();
    assert_eq!(
        (last.channel.as_str(), last.personnummer.as_str()),
        ("brev", ali.as_str())
    );
    assert_eq!(last.address, "Järnvägsgatan 21, 211 20 Malmö");
    // Opted out of everything: nothing.
    samla_domain::settings::save(
        &db,
        &nora,
        &samla_model::settings::ContactChoices {
            mobile: None,
            email: None,
            notify_sms: false,
            notify_email: false,
            share_contact: false,
        },
        NOW,
    )
    .await
    .unwrap();
    let count = outbox_rows(&db).await.len();
    clinic_side::write(&db, id, &NURSE, "Ett till svar", false, NOW)
        .await
        .unwrap();
    assert_eq!(outbox_rows(&db).await.len(), count);
}

#[tokio::test]
async fn an_unopened_question_gets_one_reminder_after_the_set_days() {
    let db = seeded().await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let id = start(&db, &nora, NOW).await;
    clinic_side::write(&db, id, &NURSE, "Har du feber?", true, NOW)
        .await
        .unwrap();
    clinic_side::write(&db, id, &NURSE, "Bara ett besked", false, NOW)
        .await
        .unwrap();
    let reminders_of = |rows: Vec<outbox::Model>| {
        rows.into_iter()
            .filter(|r| r.notice == "paminnelse" && r.personnummer == nora)
            .count()
    };
    // Demo cases of other personas may be due too; only Nora's are counted.
    reminders::queue_due(&db, NOW + 2 * DAY, 3).await.unwrap();
    assert_eq!(reminders_of(outbox_rows(&db).await), 0, "not yet");
    reminders::queue_due(&db, NOW + 3 * DAY, 3).await.unwrap();
    assert_eq!(
        reminders_of(outbox_rows(&db).await),
        2,
        "SMS and e-mail, once each"
    );
    reminders::queue_due(&db, NOW + 9 * DAY, 3).await.unwrap();
    assert_eq!(reminders_of(outbox_rows(&db).await), 2, "only one reminder");
    // An opened question is not reminded of.
    let Sent::Message(read) = clinic_side::write(&db, id, &NURSE, "Och hosta?", true, NOW)
        .await
        .unwrap()
    else {
        panic!()
    };
    inbox::open(&db, &nora, read, NOW + DAY).await.unwrap();
    reminders::queue_due(&db, NOW + 20 * DAY, 3).await.unwrap();
    assert_eq!(reminders_of(outbox_rows(&db).await), 2);
}

#[tokio::test]
async fn retention_deletes_a_case_two_years_after_it_closed_and_not_before() {
    let db = seeded().await;
    let store = support::temp_store();
    let nora = persona(&db, PersonaKind::Teen).await;
    let closed = start(&db, &nora, NOW).await;
    let open = start(&db, &nora, NOW).await;
    clinic_side::write(&db, closed, &NURSE, "Svar", false, NOW)
        .await
        .unwrap();
    clinic_side::close(&db, closed, NOW + DAY).await.unwrap();
    // One second short of two years: kept (the personas' demo case, closed earlier, goes).
    let two_years = NaiveDate::from_ymd_opt(2028, 12, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp();
    assert!(
        !retention::purge_batch(&db, &store, two_years - 1)
            .await
            .unwrap()
            .contains(&closed)
    );
    let messages = CaseMessage::find().count(&db).await.unwrap();
    let deleted = retention::purge_batch(&db, &store, two_years)
        .await
        .unwrap();
    assert_eq!(deleted, vec![closed]);
    assert!(cases::owned(&db, &nora, closed).await.unwrap().is_none());
    assert!(cases::owned(&db, &nora, open).await.unwrap().is_some());
    assert_eq!(CaseMessage::find().count(&db).await.unwrap(), messages - 2);
    // An open case is never deleted, however old.
    assert!(
        retention::purge_batch(&db, &store, two_years + 3650 * DAY)
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_personas_have_a_case_history_to_show() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let list = cases::list(&db, &anna, 1).await.unwrap();
    let statuses: Vec<&str> = list.items.iter().map(|c| c.status.as_str()).collect();
    for status in ["avslutat", "pagar", "besvarat", "skickat"] {
        assert!(statuses.contains(&status), "{statuses:?}");
    }
    assert_eq!(inbox::unread(&db, &anna).await.unwrap(), 2);
    assert!(
        Outbox::find()
            .all(&db)
            .await
            .unwrap()
            .iter()
            .all(|r| r.notice != "meddelande")
    );
}

#[tokio::test]
async fn a_clinic_offers_its_own_e_service_defined_as_data() {
    let db = seeded().await;
    let clinic = service(&db, "kontakta").await;
    let form = samla_model::case::EServiceForm {
        slug: "halsodeklaration".into(),
        case_type: samla_model::clinic::CaseType::Contact,
        title_sv: "Hälsodeklaration inför operation".into(),
        title_en: "Health declaration before surgery".into(),
        reply_days: 10,
        fields: vec![samla_model::case::FormField {
            key: "mediciner".into(),
            label_sv: "Vilka mediciner tar du?".into(),
            label_en: "Which medicines do you take?".into(),
            hint_sv: String::new(),
            hint_en: String::new(),
            kind: samla_model::case::FieldKind::Text,
            required: true,
            options: Vec::new(),
        }],
        attachments: None,
    };
    eservices::add_local(&db, clinic.clinic_id, &form)
        .await
        .unwrap();
    let found = eservices::find(&db, &clinic.hsa_id, "halsodeklaration")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(found.form, form);
    assert_eq!(
        found.citizen_attachments, clinic.citizen_attachments,
        "the kind of case decides"
    );
    let answers = found
        .form
        .check(&[("mediciner".into(), "Inga".into())])
        .unwrap();
    let nora = persona(&db, PersonaKind::Teen).await;
    let writer = Writer {
        owner: &nora,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    let id = cases::start(&db, &writer, &found, &answers, &[], NOW)
        .await
        .unwrap();
    let case = cases::owned(&db, &nora, id).await.unwrap().unwrap();
    // 10 working days from Tuesday 1 December 2026.
    assert_eq!(case.expected_reply, "2026-12-15");
    assert_eq!(
        case.subject, "Hälsodeklaration inför operation",
        "no one-line answer: the title"
    );
    // A form that is not a form is never offered.
    let broken = samla_model::case::EServiceForm {
        slug: "tom".into(),
        fields: Vec::new(),
        ..form
    };
    eservices::add_local(&db, clinic.clinic_id, &broken)
        .await
        .unwrap();
    assert!(
        eservices::find(&db, &clinic.hsa_id, "tom")
            .await
            .unwrap()
            .is_none()
    );
}
