//! The clinic's bookable times over HTTP, as browsers without JavaScript use them: the
//! receiver sees a day, publishes more times (a mistake named, the hours kept), withdraws a
//! free one, and a booked one only with a message that reaches the citizen; a handler is told
//! the times are not theirs to change and cannot post.

mod support;

use axum::http::StatusCode;
use samla_model::login::PersonaKind;
use support::browser::{Browser, location};
use support::staff::{clinic_of, staff_login};
use support::{browser_of, state_with, words_of};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const JOHAN: &str = "SE2321000016-S0J2"; // handler at clinic A

/// The ids the day's "Dra tillbaka" forms post (`name="id" value=…`).
fn withdraw_ids(html: &str) -> Vec<String> {
    html.split("name=\"id\" value=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn a_receiver_publishes_and_withdraws_times_and_a_booked_one_only_with_a_message() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, EVA).await;
    let visit = samla_domain::booking::schedule::visit_types(&db, clinic)
        .await
        .unwrap()[0];
    let app = samla_server::build_router(state);
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let day = (1..20)
        .map(|n| chrono::Local::now().date_naive() + chrono::Days::new(8 + n))
        .find(|d| samla_domain::working_days::is_working_day(*d))
        .unwrap()
        .to_string();
    let page = format!("/personal/tider?besok={}&dag={day}", visit.code());
    let html = eva.page(&app, &page).await;
    let ids = withdraw_ids(&html);
    assert!(ids.len() > 2, "the day's free times: {html}");

    // Hours the wrong way round: named, kept.
    let publish = |from: &'static str, to: &'static str| {
        vec![
            ("besok", visit.code().to_owned()),
            ("dag", day.clone()),
            ("fran", from.to_owned()),
            ("till", to.to_owned()),
        ]
    };
    let pairs =
        |v: &[(&'static str, String)]| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    let wrong = pairs(&publish("19:00", "17:00"));
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let back = location(&eva.post(&app, "/api/staff_publish_times", &wrong).await);
    assert!(
        back.contains("fel=klockslag") && back.contains("fran=19%3A00"),
        "{back}"
    );
    let html = eva.page(&app, &back).await;
    assert!(
        words_of(&html).contains("Skriv första tid och sluttid som TT:MM"),
        "{html}"
    );
    assert!(html.contains("value=\"19:00\""), "{html}");
    let right = pairs(&publish("17:00", "19:00"));
    let right: Vec<(&str, &str)> = right.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = location(&eva.post(&app, "/api/staff_publish_times", &right).await);
    assert!(done.contains("publicerade="), "{done}");
    assert!(withdraw_ids(&eva.page(&app, &done).await).len() > ids.len());

    // A free time withdrawn.
    let form = [
        ("id", ids[0].as_str()),
        ("text", ""),
        ("besok", visit.code()),
        ("dag", day.as_str()),
    ];
    let back = location(&eva.post(&app, "/api/staff_withdraw_time", &form).await);
    assert!(back.ends_with("&dragen=1"), "{back}");
    assert!(!withdraw_ids(&eva.page(&app, &back).await).contains(&ids[0]));

    // A booked time: its own page names the citizen; withdrawn only with a message.
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let writer = samla_domain::cases::Writer {
        owner: &pnr,
        author: samla_model::case::Author::Citizen,
        name: "Anna Lindqvist",
    };
    let slot: i64 = ids[1].parse().unwrap();
    let booking = samla_domain::booking::book::book(
        &db,
        &writer,
        slot,
        "",
        samla_server::notifier::unix_now(),
    )
    .await
    .unwrap()
    .unwrap();
    let html = words_of(&eva.page(&app, &format!("/personal/tider/{slot}")).await);
    assert!(html.contains("Anna Lindqvist"), "{html}");
    let empty = [
        ("id", ids[1].as_str()),
        ("text", " "),
        ("besok", visit.code()),
        ("dag", day.as_str()),
    ];
    let back = location(&eva.post(&app, "/api/staff_withdraw_time", &empty).await);
    assert_eq!(back, format!("/personal/tider/{slot}?fel=meddelande"));
    let words = "Läkaren är sjuk. Ring oss för en ny tid.";
    let with = [
        ("id", ids[1].as_str()),
        ("text", words),
        ("besok", visit.code()),
        ("dag", day.as_str()),
    ];
    let back = location(&eva.post(&app, "/api/staff_withdraw_time", &with).await);
    assert!(back.ends_with("&dragen=1"), "{back}");
    let html = words_of(&anna.page(&app, &format!("/bokningar/{booking}")).await);
    assert!(html.contains("Avbokad"), "{html}");
    let inbox = words_of(&anna.page(&app, "/inkorg").await);
    assert!(
        inbox.contains("Mottagningen har avbokat din tid."),
        "{inbox}"
    );

    // A handler: not theirs.
    let mut johan = Browser::default();
    staff_login(&app, &mut johan, JOHAN, clinic).await;
    let html = words_of(&johan.page(&app, "/personal/tider").await);
    assert!(
        html.contains("Bara ärendemottagare och administratörer"),
        "{html}"
    );
    let refused = johan.post(&app, "/api/staff_publish_times", &right).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}
