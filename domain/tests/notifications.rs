//! Settings, the notification outbox and the access log, on a real database (SQLite here;
//! PostgreSQL too when the test command starts one).

mod support;

use chrono::NaiveDate;
use samla_domain::entities::{outbox, prelude::*};
use samla_domain::outbox::{
    Draft, MAX_ATTEMPTS, backoff_secs, claim, enqueue, mark_failed, mark_sent,
};
use samla_domain::settings::{self, Saved};
use samla_domain::{access_log, accounts, seed::personas};
use samla_model::access::{PAGE_SIZE, Resource, Role};
use samla_model::login::PersonaKind;
use samla_model::notification::{Channel, Notice};
use samla_model::settings::ContactChoices;
use sea_orm::{DatabaseConnection, EntityTrait, QueryOrder};
use support::{fresh_db, fresh_shared_db_url};

async fn with_personas(db: &DatabaseConnection) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    personas::seed_personas(db, today, 1_000).await.unwrap();
}

async fn persona(db: &DatabaseConnection, kind: PersonaKind) -> String {
    let all = personas::personas(db).await.unwrap();
    all.into_iter()
        .find(|p| p.kind == kind)
        .unwrap()
        .personnummer
}

async fn queued(db: &DatabaseConnection) -> Vec<outbox::Model> {
    Outbox::find()
        .order_by_asc(outbox::Column::Id)
        .all(db)
        .await
        .unwrap()
}

fn choices(mobile: Option<&str>, email: Option<&str>, sms: bool, mail: bool) -> ContactChoices {
    ContactChoices {
        mobile: mobile.map(str::to_owned),
        email: email.map(str::to_owned),
        notify_sms: sms,
        notify_email: mail,
        share_contact: false,
    }
}

#[tokio::test]
async fn the_first_login_queues_one_letter_in_the_same_transaction() {
    let db = fresh_db().await;
    with_personas(&db).await;
    let new = persona(&db, PersonaKind::NewUser).await;
    assert!(accounts::activate_on_login(&db, &new, 50).await.unwrap());
    assert!(!accounts::activate_on_login(&db, &new, 60).await.unwrap());
    let rows = queued(&db).await;
    assert_eq!(rows.len(), 1, "one letter, not one per login");
    assert_eq!(rows[0].personnummer, new);
    assert_eq!(rows[0].channel, "brev");
    assert_eq!(rows[0].body, Notice::AccountActivated.text(Channel::Postal));
    assert_eq!(
        (rows[0].status.as_str(), rows[0].next_attempt_at),
        ("queued", 50)
    );
}

#[tokio::test]
async fn contact_details_are_saved_and_told_once_on_the_channels_opted_into() {
    let db = fresh_db().await;
    with_personas(&db).await;
    let anna = persona(&db, PersonaKind::Adult).await;
    // The persona has a mobile and an e-mail with notifications on: taking them away is
    // told to each.
    let seeded = settings::load(&db, &anna).await.unwrap().unwrap();
    assert!(seeded.notify_sms && seeded.notify_email);
    let none = choices(None, None, false, false);
    assert_eq!(
        settings::save(&db, &anna, &none, 90).await.unwrap(),
        Saved::Changed { notifications: 2 }
    );
    let told: Vec<String> = queued(&db)
        .await
        .into_iter()
        .rev()
        .take(2)
        .map(|r| r.address)
        .collect();
    assert_eq!(told, vec![seeded.email.unwrap(), seeded.mobile.unwrap()]);
    let before = queued(&db).await.len();

    // A new mobile with SMS chosen, an e-mail without: one SMS, to the new number.
    let first = choices(Some("+46701234567"), Some("anna@exempel.se"), true, false);
    assert_eq!(
        settings::save(&db, &anna, &first, 100).await.unwrap(),
        Saved::Changed { notifications: 1 }
    );
    let rows = queued(&db).await;
    assert_eq!(rows.len(), before + 1);
    let sms = rows.last().unwrap();
    assert_eq!(
        (sms.channel.as_str(), sms.address.as_str()),
        ("sms", "+46701234567")
    );
    assert_eq!(sms.body, Notice::DetailsChanged.text(Channel::Sms));
    assert!(!sms.body.contains("http"));
    let shown = settings::load(&db, &anna).await.unwrap().unwrap();
    assert_eq!(shown.mobile.as_deref(), Some("+46701234567"));
    assert_eq!(shown.email.as_deref(), Some("anna@exempel.se"));
    assert!(shown.notify_sms && !shown.notify_email);

    // The same again: nothing changes, nothing is sent.
    assert_eq!(
        settings::save(&db, &anna, &first, 110).await.unwrap(),
        Saved::Unchanged
    );
    // Only the sharing choice: no notification.
    let shared = ContactChoices {
        share_contact: true,
        ..first.clone()
    };
    assert_eq!(
        settings::save(&db, &anna, &shared, 120).await.unwrap(),
        Saved::Changed { notifications: 0 }
    );

    // A changed mobile is told to the number she had: a change she did not make is noticed.
    let changed = ContactChoices {
        mobile: Some("+46739990011".into()),
        ..shared.clone()
    };
    assert_eq!(
        settings::save(&db, &anna, &changed, 130).await.unwrap(),
        Saved::Changed { notifications: 1 }
    );
    assert_eq!(queued(&db).await.last().unwrap().address, "+46701234567");

    // A changed e-mail she never opted into: nothing.
    let email = ContactChoices {
        email: Some("anna.s@exempel.se".into()),
        ..changed
    };
    assert_eq!(
        settings::save(&db, &anna, &email, 140).await.unwrap(),
        Saved::Changed { notifications: 0 }
    );
    assert_eq!(queued(&db).await.len(), before + 2);
}

#[tokio::test]
async fn someone_without_an_account_has_no_settings_to_change() {
    let db = fresh_db().await;
    with_personas(&db).await;
    let new = persona(&db, PersonaKind::NewUser).await;
    assert_eq!(settings::load(&db, &new).await.unwrap(), None);
    let saved = settings::save(
        &db,
        &new,
        &choices(Some("+46701234567"), None, true, false),
        1,
    )
    .await;
    assert_eq!(saved.unwrap(), Saved::NoAccount);
    assert!(queued(&db).await.is_empty());
}

#[tokio::test]
async fn protected_personal_data_hides_the_address() {
    let db = fresh_db().await;
    with_personas(&db).await;
    let hidden = persona(&db, PersonaKind::ProtectedIdentity).await;
    let shown = settings::load(&db, &hidden).await.unwrap().unwrap();
    assert_eq!(shown.address, None);
    let anna = persona(&db, PersonaKind::Adult).await;
    assert!(
        settings::load(&db, &anna)
            .await
            .unwrap()
            .unwrap()
            .address
            .is_some()
    );
}

async fn queue(db: &DatabaseConnection, n: usize) {
    for i in 0..n {
        let address = format!("+4670000000{i}");
        let draft = Draft {
            personnummer: "191212121212",
            channel: Channel::Sms,
            address: &address,
            notice: Notice::NewMessage,
        };
        enqueue(db, draft, 10).await.unwrap();
    }
}

#[tokio::test]
async fn a_claim_holds_for_its_lease_then_a_dead_workers_rows_are_claimed_again() {
    let db = fresh_db().await;
    queue(&db, 1).await;
    assert!(
        claim(&db, 9, 60, 10).await.unwrap().is_empty(),
        "not due before it was queued"
    );
    let jobs = claim(&db, 10, 60, 10).await.unwrap();
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].attempts, 1);
    assert_eq!(jobs[0].body, Notice::NewMessage.text(Channel::Sms));
    assert!(jobs[0].key.starts_with("meddelande-sms-"));
    assert!(
        claim(&db, 69, 60, 10).await.unwrap().is_empty(),
        "held while the lease runs"
    );
    // The worker died: after the lease it is claimed again, with the same key.
    let again = claim(&db, 70, 60, 10).await.unwrap();
    assert_eq!(
        (again[0].key.as_str(), again[0].attempts),
        (jobs[0].key.as_str(), 2)
    );
    mark_sent(&db, again[0].id, 71).await.unwrap();
    assert!(
        claim(&db, 10_000, 60, 10).await.unwrap().is_empty(),
        "sent is sent"
    );
    let row = Outbox::find_by_id(again[0].id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((row.status.as_str(), row.sent_at), ("sent", Some(71)));
}

#[tokio::test]
async fn a_failed_send_is_retried_after_a_growing_wait_and_given_up_at_last() {
    let db = fresh_db().await;
    queue(&db, 1).await;
    let mut now = 10;
    for attempt in 1..=MAX_ATTEMPTS {
        let jobs = claim(&db, now, 60, 10).await.unwrap();
        assert_eq!(jobs.len(), 1, "attempt {attempt}");
        assert_eq!(jobs[0].attempts, attempt);
        mark_failed(&db, &jobs[0], "421 try later", 10, now)
            .await
            .unwrap();
        let wait = backoff_secs(10, attempt);
        assert!(
            claim(&db, now + wait - 1, 60, 10).await.unwrap().is_empty(),
            "waits {wait} s"
        );
        now += wait;
    }
    assert!(
        claim(&db, now + 1_000_000, 60, 10)
            .await
            .unwrap()
            .is_empty()
    );
    let row = Outbox::find().one(&db).await.unwrap().unwrap();
    assert_eq!(row.status, "failed");
    assert_eq!(row.last_error.as_deref(), Some("421 try later"));
    assert_eq!(
        (
            backoff_secs(10, 1),
            backoff_secs(10, 2),
            backoff_secs(10, 30)
        ),
        (10, 20, 3600)
    );
}

#[tokio::test]
async fn two_workers_at_once_never_claim_the_same_notification() {
    let url = fresh_shared_db_url().await;
    let db = samla_domain::db::connect_and_migrate(&url).await.unwrap();
    queue(&db, 40).await;
    let (a, b) = (
        samla_domain::db::connect_and_migrate(&url).await.unwrap(),
        samla_domain::db::connect_and_migrate(&url).await.unwrap(),
    );
    let worker = |db: DatabaseConnection| async move {
        let mut mine = Vec::new();
        loop {
            let jobs = claim(&db, 20, 60, 3).await.unwrap();
            if jobs.is_empty() {
                return mine;
            }
            mine.extend(jobs.into_iter().map(|j| j.id));
        }
    };
    let (mine_a, mine_b) = tokio::join!(tokio::spawn(worker(a)), tokio::spawn(worker(b)));
    let (mine_a, mine_b) = (mine_a.unwrap(), mine_b.unwrap());
    let mut all: Vec<i64> = mine_a.iter().chain(&mine_b).copied().collect();
    all.sort();
    all.dedup();
    assert_eq!(
        all.len(),
        mine_a.len() + mine_b.len(),
        "no row claimed twice"
    );
    assert_eq!(all.len(), 40, "every row claimed");
}

#[tokio::test]
async fn the_access_log_shows_a_citizen_the_reads_of_their_data_newest_first() {
    let db = fresh_db().await;
    let anna = access_log::Reader {
        id: "198112189876".into(),
        name: "Anna Andersson".into(),
        role: Role::Citizen,
    };
    for at in 0..(PAGE_SIZE as i64 + 3) {
        access_log::record(&db, "198112189876", &anna, Resource::Settings, at)
            .await
            .unwrap();
    }
    let nurse = access_log::Reader {
        id: "SE2321000016-1234".into(),
        name: "Sara Sjöström".into(),
        role: Role::Staff,
    };
    access_log::record(&db, "198112189876", &nurse, Resource::Cases, 1_000)
        .await
        .unwrap();
    access_log::record(&db, "191212121212", &nurse, Resource::Journal, 1_001)
        .await
        .unwrap();

    let first = access_log::page(&db, "198112189876", 1).await.unwrap();
    assert_eq!(first.entries.len(), PAGE_SIZE as usize);
    assert!(first.more);
    assert_eq!(
        (first.entries[0].reader_name.as_str(), first.entries[0].role),
        ("Sara Sjöström", Role::Staff)
    );
    assert_eq!(first.entries[0].resource, Resource::Cases);
    let second = access_log::page(&db, "198112189876", 2).await.unwrap();
    assert_eq!(second.entries.len(), 4);
    assert!(!second.more);
    assert_eq!(second.entries.last().unwrap().at, 0);
    assert!(
        access_log::page(&db, "198112189876", u64::MAX)
            .await
            .unwrap()
            .entries
            .is_empty()
    );
    let other = access_log::page(&db, "191212121212", 0).await.unwrap();
    assert_eq!(
        other.entries.len(),
        1,
        "only one's own data; page 0 reads as page 1"
    );
}

#[tokio::test]
async fn a_read_repeated_within_the_minute_is_recorded_once() {
    let db = fresh_db().await;
    let recent = access_log::RecentReads::default();
    let anna = access_log::Reader {
        id: "198112189876".into(),
        name: "Anna Lindqvist".into(),
        role: Role::Citizen,
    };
    let read = async |resource, at| {
        access_log::record_read(&db, &recent, "198112189876", &anna, resource, at)
            .await
            .unwrap()
    };
    read(Resource::Messages, 1_000).await;
    read(Resource::Messages, 1_059).await;
    // Another kind of data, and the same kind a minute later, are new reads.
    read(Resource::Cases, 1_059).await;
    read(Resource::Messages, 1_060).await;
    let log = access_log::page(&db, "198112189876", 1).await.unwrap();
    let kinds: Vec<Resource> = log.entries.iter().map(|e| e.resource).collect();
    assert_eq!(
        kinds,
        [Resource::Messages, Resource::Cases, Resource::Messages]
    );
    // Someone else reading the same data is always recorded.
    let nurse = access_log::Reader {
        id: "SE2321000016-1234".into(),
        name: "Sara Sjöström".into(),
        role: Role::Staff,
    };
    access_log::record_read(
        &db,
        &recent,
        "198112189876",
        &nurse,
        Resource::Messages,
        1_061,
    )
    .await
    .unwrap();
    assert_eq!(
        access_log::page(&db, "198112189876", 1)
            .await
            .unwrap()
            .entries
            .len(),
        4
    );
}
