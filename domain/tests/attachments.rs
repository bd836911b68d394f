//! Attachments on a real database (SQLite here; PostgreSQL too when the test command starts
//! one) with files in a real store: a file streams in, is checked and kept as pending; only
//! its owner can send or read it; it goes with the message; at most five per message; none
//! where the e-service takes none; retention and the clean-up delete rows and objects.

mod support;

use support::{persona, seeded};

use chrono::NaiveDate;
use samla_domain::attachments::receive::{Received, Receiving};
use samla_domain::attachments::{records, sample::sample_pdf};
use samla_domain::cases::{self, Writer};
use samla_domain::clinic_side;
use samla_domain::entities::{attachment, clinic, prelude::*};
use samla_domain::eservices::{self, Offered};
use samla_domain::file_store::FileStore;
use samla_domain::retention;
use samla_model::attachment::{CITIZEN_FILES_MAX, FILE_MAX, Refusal};
use samla_model::case::{Answer, Author};
use samla_model::login::PersonaKind;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait, QueryOrder};

/// Tuesday 1 December 2026, 10:00 Swedish time.
const NOW: i64 = support::CASES_NOW;
const DAY: i64 = 86_400;

/// The contact e-service at a clinic where it takes attachments (`true`) or not.
async fn contact(db: &DatabaseConnection, attachments: bool) -> Offered {
    for c in Clinic::find()
        .order_by_asc(clinic::Column::Id)
        .all(db)
        .await
        .unwrap()
    {
        if let Some(found) = eservices::find(db, &c.hsa_id, "kontakta").await.unwrap()
            && found.citizen_attachments == attachments
        {
            return found;
        }
    }
    panic!("no clinic's contact e-service with attachments = {attachments}");
}

fn answers() -> Vec<Answer> {
    vec![
        Answer {
            key: "rubrik".into(),
            value: "Utslag".into(),
        },
        Answer {
            key: "meddelande".into(),
            value: "Se bilden.".into(),
        },
    ]
}

/// Each test runs on a thread of its own, so this is each test's own directory.
fn temp_dir() -> std::path::PathBuf {
    let thread = format!("{:?}", std::thread::current().id())
        .replace(|c: char| !c.is_ascii_alphanumeric(), "");
    std::env::temp_dir().join(format!(
        "samla-upload-tests-{}-{thread}",
        std::process::id()
    ))
}

/// Streams `bytes` in, in chunks of 64 KiB as a body would arrive.
async fn upload(
    db: &DatabaseConnection,
    store: &FileStore,
    owner: &str,
    name: &str,
    bytes: &[u8],
) -> Received {
    let mut receiving = Receiving::start(&temp_dir()).await.unwrap();
    for chunk in bytes.chunks(64 * 1024) {
        if !receiving.push(chunk).await.unwrap() {
            break;
        }
    }
    receiving.finish(db, store, owner, name, NOW).await.unwrap()
}

async fn kept(db: &DatabaseConnection, store: &FileStore, owner: &str) -> attachment::Model {
    match upload(db, store, owner, "provsvar.pdf", &sample_pdf("Provsvar")).await {
        Received::Kept(row) => row,
        Received::Refused(why) => panic!("refused: {why:?}"),
    }
}

fn writer(owner: &str) -> Writer<'_> {
    Writer {
        owner,
        author: Author::Citizen,
        name: "Anna Andersson",
    }
}

#[tokio::test]
async fn a_file_streams_in_is_kept_with_its_hash_and_goes_with_the_message() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let pdf = sample_pdf("Provsvar");
    let file = kept(&db, &store, &anna).await;
    assert_eq!(file.size as usize, pdf.len());
    assert_eq!(file.content_type, "application/pdf");
    use sha2::Digest;
    assert_eq!(file.sha256, hex::encode(sha2::Sha256::digest(&pdf)));
    assert!(store.exists(&file.object_key).await.unwrap());
    assert!(file.message_id.is_none());

    let service = contact(&db, true).await;
    let case = cases::start(&db, &writer(&anna), &service, &answers(), &[file.id], NOW)
        .await
        .unwrap();
    let sent = records::readable(&db, &anna, file.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sent.case_id, Some(case));
    let thread = cases::thread(&db, &anna, case).await.unwrap().unwrap();
    let on_message = records::of_messages(&db, &[thread.messages[0].id])
        .await
        .unwrap();
    assert_eq!(on_message.len(), 1);
    // A sent file is no longer pending: it cannot be sent again, nor taken off.
    assert!(
        records::pending(&db, &anna, &[file.id], CITIZEN_FILES_MAX)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!records::discard(&db, &store, &anna, file.id).await.unwrap());
}

#[tokio::test]
async fn nobody_else_can_read_send_or_remove_a_file() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let nora = persona(&db, PersonaKind::Teen).await;
    let file = kept(&db, &store, &anna).await;
    assert!(
        records::readable(&db, &nora, file.id)
            .await
            .unwrap()
            .is_none()
    );
    assert!(records::readable(&db, "", file.id).await.unwrap().is_none());
    assert!(
        records::pending(&db, &nora, &[file.id], CITIZEN_FILES_MAX)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(!records::discard(&db, &store, &nora, file.id).await.unwrap());
    // Nora's case does not take Anna's file along.
    let service = contact(&db, true).await;
    let case = cases::start(&db, &writer(&nora), &service, &answers(), &[file.id], NOW)
        .await
        .unwrap();
    assert!(
        records::readable(&db, &anna, file.id)
            .await
            .unwrap()
            .unwrap()
            .case_id
            .is_none()
    );
    let thread = cases::thread(&db, &nora, case).await.unwrap().unwrap();
    assert!(
        records::of_messages(&db, &[thread.messages[0].id])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn at_most_five_go_with_a_message_and_none_where_the_service_takes_none() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let mut ids = Vec::new();
    for _ in 0..CITIZEN_FILES_MAX + 1 {
        ids.push(kept(&db, &store, &anna).await.id);
    }
    let service = contact(&db, true).await;
    let case = cases::start(&db, &writer(&anna), &service, &answers(), &ids, NOW)
        .await
        .unwrap();
    let thread = cases::thread(&db, &anna, case).await.unwrap().unwrap();
    let sent = records::of_messages(&db, &[thread.messages[0].id])
        .await
        .unwrap();
    assert_eq!(sent.len(), CITIZEN_FILES_MAX);

    let file = kept(&db, &store, &anna).await;
    let closed_to_files = contact(&db, false).await;
    let case = cases::start(
        &db,
        &writer(&anna),
        &closed_to_files,
        &answers(),
        &[file.id],
        NOW,
    )
    .await
    .unwrap();
    let thread = cases::thread(&db, &anna, case).await.unwrap().unwrap();
    assert!(
        records::of_messages(&db, &[thread.messages[0].id])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn bad_files_are_refused_and_leave_nothing_behind() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let mut elf = b"\x7fELF\x02\x01\x01".to_vec();
    elf.resize(4096, 0);
    let cases = [
        ("program.pdf", elf, Refusal::WrongType),
        ("tom.png", Vec::new(), Refusal::Empty),
        (
            "stor.pdf",
            [b"%PDF-1.4\n".as_slice(), &vec![b' '; FILE_MAX as usize]].concat(),
            Refusal::TooLarge,
        ),
        (
            "skript.pdf",
            String::from_utf8(sample_pdf("x"))
                .unwrap()
                .replace(
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>",
                )
                .into_bytes(),
            Refusal::ActivePdf,
        ),
    ];
    for (name, bytes, expected) in cases {
        match upload(&db, &store, &anna, name, &bytes).await {
            Received::Refused(why) => assert_eq!(why, expected, "{name}"),
            Received::Kept(_) => panic!("{name} was kept"),
        }
    }
    assert_eq!(Attachment::find().count(&db).await.unwrap(), 0);
    // No temporary file is left either.
    let left = std::fs::read_dir(temp_dir())
        .map(|dir| dir.count())
        .unwrap_or(0);
    assert_eq!(left, 0);
}

#[tokio::test]
async fn files_never_sent_are_deleted_after_a_day_with_their_objects() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let file = kept(&db, &store, &anna).await;
    assert_eq!(
        records::purge_pending(&db, &store, NOW + DAY - 1)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        records::purge_pending(&db, &store, NOW + DAY + 1)
            .await
            .unwrap(),
        1
    );
    assert!(!store.exists(&file.object_key).await.unwrap());
    assert!(
        Attachment::find_by_id(file.id)
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn retention_deletes_the_files_rows_and_objects_with_the_case() {
    let db = seeded().await;
    let store = support::temp_store();
    let anna = persona(&db, PersonaKind::Adult).await;
    let service = contact(&db, true).await;
    let mine = kept(&db, &store, &anna).await;
    let case = cases::start(&db, &writer(&anna), &service, &answers(), &[mine.id], NOW)
        .await
        .unwrap();
    // The clinic answers with a file of its own.
    let theirs = records::store_clinic_file(
        &db,
        &store,
        &anna,
        "Svar.pdf",
        samla_model::attachment::FileKind::Pdf,
        sample_pdf("Svar"),
        NOW,
    )
    .await
    .unwrap();
    let nurse = clinic_side::Staff {
        role: Author::Handler,
        name: "Sjuksköterskan",
    };
    let files = clinic_side::Files {
        uploader: &anna,
        ids: &[theirs.id],
    };
    clinic_side::write_with_files(&db, case, &nurse, "Svar", false, files, NOW)
        .await
        .unwrap();
    // An open case keeps its files however old.
    retention::purge_batch(&db, &store, NOW + 3650 * DAY)
        .await
        .unwrap();
    assert!(store.exists(&mine.object_key).await.unwrap());
    clinic_side::close(&db, case, NOW + DAY).await.unwrap();
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
            .contains(&case)
    );
    assert!(store.exists(&theirs.object_key).await.unwrap());
    assert!(
        retention::purge_batch(&db, &store, two_years)
            .await
            .unwrap()
            .contains(&case)
    );
    for file in [&mine, &theirs] {
        assert!(!store.exists(&file.object_key).await.unwrap());
        assert!(
            Attachment::find_by_id(file.id)
                .one(&db)
                .await
                .unwrap()
                .is_none()
        );
    }
}
