//! Acting for a child (ombud, DOMAIN.md §4) on a real database (SQLite here; PostgreSQL too
//! when the test command starts one): who is offered, every refusal, the session that acts for
//! the child and ends when the rule stops holding, the guardian's own notification settings
//! per child, and the youth's review at the first login after turning 13.

mod support;

use chrono::NaiveDate;
use samla_domain::entities::{outbox, person, prelude::*};
use samla_domain::{
    accounts, guardian_notices, outbox as notices, proxy, seed::personas, sessions,
};
use samla_model::login::PersonaKind;
use samla_model::notification::{Channel, Notice};
use samla_model::personnummer::Personnummer;
use samla_model::proxy::Refusal;
use samla_model::settings::ContactChoices;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter,
};
use support::fresh_db;

/// 1 December 2026, 10:00 Swedish time: the day the personas are seeded.
const NOW: i64 = support::CASES_NOW;
const DAY: i64 = 86_400;

struct Family {
    karin: String,
    elsa: String,
    leo: String,
    vera: String,
}

async fn family(db: &DatabaseConnection) -> Family {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    personas::seed_personas(db, today, NOW).await.unwrap();
    let karin = support::persona(db, PersonaKind::Guardian).await;
    let by_name = |given: &'static str| async move {
        Person::find()
            .filter(person::Column::GivenName.eq(given))
            .one(db)
            .await
            .unwrap()
            .unwrap()
            .personnummer
    };
    Family {
        karin,
        elsa: by_name("Elsa").await,
        leo: by_name("Leo").await,
        vera: by_name("Vera").await,
    }
}

async fn set_protected(db: &DatabaseConnection, personnummer: &str) {
    let mut p = Person::find_by_id(personnummer)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    p.protected_identity = Set(true);
    p.update(db).await.unwrap();
}

/// The Unix time of midnight on `personnummer`'s 13th birthday.
fn thirteenth_birthday(personnummer: &str) -> i64 {
    let (y, m, d) = Personnummer::parse(personnummer).unwrap().birth_date();
    samla_domain::booking::day_start(NaiveDate::from_ymd_opt(y + 13, m, d).unwrap())
}

#[tokio::test]
async fn only_children_under_13_without_protected_data_are_offered() {
    let db = fresh_db().await;
    let f = family(&db).await;
    let children = proxy::children(&db, &f.karin, NOW).await.unwrap();
    let offered: Vec<(&str, u32)> = children
        .offered
        .iter()
        .map(|c| (c.given_name.as_str(), c.age))
        .collect();
    // Leo (10) has protected personal data, Vera is 13: neither is offered.
    assert_eq!(offered, vec![("Elsa", 6)]);
    assert!(
        children.others,
        "the page says some children are not offered"
    );
    // Someone without children has nothing to choose.
    let anna = support::persona(&db, PersonaKind::Adult).await;
    assert_eq!(
        proxy::children(&db, &anna, NOW).await.unwrap(),
        Default::default()
    );
    // A guardian with protected personal data is offered no child at all.
    set_protected(&db, &f.karin).await;
    let children = proxy::children(&db, &f.karin, NOW).await.unwrap();
    assert!(children.offered.is_empty());
    assert!(children.others);
}

#[tokio::test]
async fn every_refusal_holds_on_the_server_and_changes_nothing() {
    let db = fresh_db().await;
    let f = family(&db).await;
    let id = sessions::open(&db, &f.karin, NOW).await.unwrap();
    let anna = support::persona(&db, PersonaKind::Adult).await;
    let anna_session = sessions::open(&db, &anna, NOW).await.unwrap();
    let refused = |r: Result<proxy::Child, Refusal>| r.err();
    assert_eq!(
        refused(proxy::start(&db, &id, &f.karin, &f.leo, NOW).await.unwrap()),
        Some(Refusal::Protected)
    );
    assert_eq!(
        refused(
            proxy::start(&db, &id, &f.karin, &f.vera, NOW)
                .await
                .unwrap()
        ),
        Some(Refusal::TooOld)
    );
    // Not her child: someone else's guardian cannot act, whatever number they post.
    assert_eq!(
        refused(
            proxy::start(&db, &anna_session, &anna, &f.elsa, NOW)
                .await
                .unwrap()
        ),
        Some(Refusal::NotGuardian)
    );
    assert_eq!(
        refused(
            proxy::start(&db, &id, &f.karin, "191212121212", NOW)
                .await
                .unwrap()
        ),
        Some(Refusal::NotGuardian)
    );
    for session in [&id, &anna_session] {
        assert_eq!(
            acting_for(&db, session, Default::default(), NOW + 1).await,
            None
        );
    }
    // A refused child gets no account made for them either.
    assert!(
        Account::find_by_id(f.leo.clone())
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    // The guardian's own protection refuses even the 6-year-old.
    set_protected(&db, &f.karin).await;
    assert_eq!(
        refused(
            proxy::start(&db, &id, &f.karin, &f.elsa, NOW)
                .await
                .unwrap()
        ),
        Some(Refusal::Protected)
    );
}

#[tokio::test]
async fn a_session_acts_for_the_child_until_back_or_until_the_rule_stops_holding() {
    let db = fresh_db().await;
    let f = family(&db).await;
    let limits = sessions::Limits {
        idle_secs: 900,
        absolute_secs: 400 * 86_400 * 10,
        warn_secs: 120,
    };
    let id = sessions::open(&db, &f.karin, NOW).await.unwrap();
    assert!(
        Account::find_by_id(f.elsa.clone())
            .one(&db)
            .await
            .unwrap()
            .is_none()
    );
    let elsa = proxy::start(&db, &id, &f.karin, &f.elsa, NOW)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((elsa.given_name.as_str(), elsa.age), ("Elsa", 6));
    // The first time activates the child's e-services.
    assert!(
        Account::find_by_id(f.elsa.clone())
            .one(&db)
            .await
            .unwrap()
            .is_some()
    );
    let live = sessions::resolve(&db, &id, limits, NOW + 10, true)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        live.personnummer, f.karin,
        "the guardian is still who is logged in"
    );
    assert_eq!(
        live.acting_for.map(|c| c.personnummer),
        Some(f.elsa.clone())
    );
    // Another session of the same guardian is not in proxy mode.
    let other = sessions::open(&db, &f.karin, NOW).await.unwrap();
    assert_eq!(acting_for(&db, &other, limits, NOW + 10).await, None);
    // One click back.
    proxy::stop(&db, &id, &f.karin).await.unwrap();
    assert_eq!(acting_for(&db, &id, limits, NOW + 20).await, None);

    // The child's 13th birthday ends proxy mode in the middle of a session: keep it alive
    // up to the day before, then past it.
    proxy::start(&db, &id, &f.karin, &f.elsa, NOW + 30)
        .await
        .unwrap()
        .unwrap();
    let birthday = thirteenth_birthday(&f.elsa);
    used_at(&db, birthday - DAY).await;
    let before = acting_for(&db, &id, limits, birthday - DAY + 1).await;
    assert_eq!(before, Some(f.elsa.clone()), "12 the day before");
    used_at(&db, birthday + 60).await;
    let on_the_day = acting_for(&db, &id, limits, birthday + 61).await;
    assert_eq!(on_the_day, None, "13 on the day");
    // …and it stays ended: the session row no longer names the child.
    let stored = Session::find().all(&db).await.unwrap();
    assert!(stored.iter().all(|s| s.acting_for.is_none()));

    // Protected personal data given to the child mid-session ends it too.
    let other_db = fresh_db().await;
    let g = family(&other_db).await;
    let id = sessions::open(&other_db, &g.karin, NOW).await.unwrap();
    proxy::start(&other_db, &id, &g.karin, &g.elsa, NOW)
        .await
        .unwrap()
        .unwrap();
    set_protected(&other_db, &g.elsa).await;
    assert_eq!(acting_for(&other_db, &id, limits, NOW + 5).await, None);
}

/// Whom live session `id` acts for at `at` (a request, so it counts as activity).
async fn acting_for(
    db: &DatabaseConnection,
    id: &str,
    limits: sessions::Limits,
    at: i64,
) -> Option<String> {
    let live = sessions::resolve(db, id, limits, at, true).await.unwrap();
    live.expect("a live session")
        .acting_for
        .map(|c| c.personnummer)
}

/// The sessions were last used at `at` (the clock jumps without the session going idle).
async fn used_at(db: &DatabaseConnection, at: i64) {
    use samla_domain::entities::session;
    session::Entity::update_many()
        .col_expr(
            session::Column::LastSeenAt,
            sea_orm::sea_query::Expr::value(at),
        )
        .exec(db)
        .await
        .unwrap();
}

fn sms(mobile: &str) -> ContactChoices {
    ContactChoices {
        mobile: Some(mobile.to_owned()),
        email: None,
        notify_sms: true,
        notify_email: false,
        share_contact: false,
    }
}

async fn queued(db: &DatabaseConnection) -> Vec<outbox::Model> {
    let all = Outbox::find().all(db).await.unwrap();
    Outbox::delete_many().exec(db).await.unwrap();
    all
}

#[tokio::test]
async fn a_guardian_is_notified_about_a_childs_inbox_only_with_settings_under_that_child() {
    let db = fresh_db().await;
    let f = family(&db).await;
    let id = sessions::open(&db, &f.karin, NOW).await.unwrap();
    proxy::start(&db, &id, &f.karin, &f.elsa, NOW)
        .await
        .unwrap()
        .unwrap();
    queued(&db).await;
    // Elsa's account has no channels and Karin gave none under Elsa: nobody is told.
    assert_eq!(
        notices::notify_person(&db, &f.elsa, Notice::NewMessage, NOW)
            .await
            .unwrap(),
        0
    );
    // Karin's own settings say nothing about Elsa.
    let karin_account = Account::find_by_id(f.karin.clone())
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert!(karin_account.notify_sms);
    assert!(queued(&db).await.is_empty());

    guardian_notices::save(&db, &f.elsa, &f.karin, &sms("+46709999999"), NOW)
        .await
        .unwrap();
    assert_eq!(
        notices::notify_person(&db, &f.elsa, Notice::NewMessage, NOW)
            .await
            .unwrap(),
        1
    );
    let sent = queued(&db).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].personnummer, f.karin, "to the guardian");
    assert_eq!(
        sent[0].address, "+46709999999",
        "at the number given under the child"
    );
    assert_eq!(sent[0].channel, Channel::Sms.code());
    assert_eq!(
        sent[0].body,
        Notice::NewMessage.text(Channel::Sms),
        "the fixed text"
    );
    // The reminder too; not a medicine's reminder (the guardian does not see the medicines).
    notices::notify_person(&db, &f.elsa, Notice::Reminder, NOW)
        .await
        .unwrap();
    assert_eq!(queued(&db).await.len(), 1);
    notices::notify_person(&db, &f.elsa, Notice::MedicineRunsOut, NOW)
        .await
        .unwrap();
    assert!(queued(&db).await.is_empty());
    // Separate for each child: Leo's messages (no account, no settings) go by letter, not to Karin.
    notices::notify_person(&db, &f.leo, Notice::NewMessage, NOW)
        .await
        .unwrap();
    let letters = queued(&db).await;
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].channel, Channel::Postal.code());
    assert_eq!(letters[0].personnummer, f.leo);
    // Saving again replaces, and turning the channel off stops it.
    let mut off = sms("+46709999999");
    off.notify_sms = false;
    guardian_notices::save(&db, &f.elsa, &f.karin, &off, NOW)
        .await
        .unwrap();
    assert_eq!(
        notices::notify_person(&db, &f.elsa, Notice::NewMessage, NOW)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn the_first_login_after_13_asks_for_a_review_and_nothing_is_cleared() {
    let db = fresh_db().await;
    let f = family(&db).await;
    // Vera turned 13 after her guardian set up her e-services and notifications.
    assert!(proxy::review_due_at_login(&db, &f.vera, NOW).await.unwrap());
    let notified = guardian_notices::of_child(&db, &f.vera).await.unwrap();
    assert_eq!(notified.len(), 1);
    assert_eq!(notified[0].name, "Karin Andersson");
    assert_eq!(notified[0].mobile.as_deref(), Some("+46702345678"));
    // Logging in clears nothing.
    accounts::log_in(&db, &f.vera, None, NOW).await.unwrap();
    assert_eq!(
        guardian_notices::of_child(&db, &f.vera).await.unwrap(),
        notified
    );
    assert_eq!(
        notices::notify_person(&db, &f.vera, Notice::NewMessage, NOW)
            .await
            .unwrap(),
        1,
        "Karin is still told until Vera stops it"
    );
    // Reviewed: not asked again.
    accounts::mark_reviewed(&db, &f.vera, NOW + 60)
        .await
        .unwrap();
    assert!(
        !proxy::review_due_at_login(&db, &f.vera, NOW + 120)
            .await
            .unwrap()
    );
    // The youth may stop the guardian's notifications.
    assert!(
        guardian_notices::remove(&db, &f.vera, &f.karin)
            .await
            .unwrap()
    );
    assert!(
        guardian_notices::of_child(&db, &f.vera)
            .await
            .unwrap()
            .is_empty()
    );
    assert!(
        !guardian_notices::remove(&db, &f.vera, &f.karin)
            .await
            .unwrap()
    );

    // Nobody else is asked: a 6-year-old, a 15-year-old with her own account, an adult.
    let nora = support::persona(&db, PersonaKind::Teen).await;
    let anna = support::persona(&db, PersonaKind::Adult).await;
    for (who, pnr) in [("Elsa", &f.elsa), ("Nora", &nora), ("Anna", &anna)] {
        assert!(
            !proxy::review_due_at_login(&db, pnr, NOW).await.unwrap(),
            "{who}"
        );
    }
    // A review before the 13th birthday does not count.
    let mut vera = Account::find_by_id(f.vera.clone())
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into_active_model();
    vera.reviewed_at = Set(Some(thirteenth_birthday(&f.vera) - DAY));
    vera.update(&db).await.unwrap();
    assert!(proxy::review_due_at_login(&db, &f.vera, NOW).await.unwrap());
}
