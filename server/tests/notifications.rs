//! Notifications end to end: the settings form queues them, the worker sends them to a local
//! SMTP sink and SMS gateway stub (`support/sinks.rs`). Opted in → exactly one, with the fixed
//! text and no link; opted out → none; the server killed between queueing and sending → sent
//! once after the restart.

mod support;

use std::time::Duration;

use axum::http::StatusCode;
use samla_model::login::PersonaKind;
use samla_model::notification::{Channel, Notice};
use support::browser::Browser;
use support::sinks::{Received, eventually, sms_gateway, smtp_sink};

/// Undoes quoted-printable (how the mail's Swedish text travels).
fn unquote(body: &str) -> String {
    let joined = body.replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap().replace('\n', " ")
}

fn has_no_link(text: &str) -> bool {
    !["http", "www.", "://", "samla.localhost/"]
        .iter()
        .any(|s| text.contains(s))
}

#[tokio::test]
async fn opted_in_gets_exactly_one_with_the_fixed_text_and_opted_out_none() {
    let received = Received::default();
    let smtp = smtp_sink(received.clone(), 0).await;
    let sms = sms_gateway(received.clone()).await;
    let env = [
        ("SAMLA_SMTP_URL", smtp.as_str()),
        ("SAMLA_SMS_URL", sms.as_str()),
        ("SAMLA_OUTBOX_POLL_MS", "50"),
    ];
    let state = support::state_with(&env, false).await;
    let db = state.db.clone();
    samla_server::notifier::spawn(db.clone(), state.config.notify.clone()).unwrap();
    let anna = samla_domain::seed::personas::personas(&db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.kind == PersonaKind::Adult)
        .unwrap()
        .personnummer;
    let session = samla_domain::sessions::open(&db, &anna, samla_server::notifier::unix_now())
        .await
        .unwrap();
    let app = samla_server::build_router(state);
    let mut browser = Browser::default();
    browser
        .cookies
        .insert(samla_model::cookies::SESSION.to_owned(), session);
    let mut save = async |form: &[(&str, &str)]| {
        assert_eq!(
            browser.post(&app, "/installningar", form).await.status(),
            StatusCode::SEE_OTHER
        );
    };

    // The persona's seeded mobile and e-mail have notifications on: clearing them is told
    // to each, once.
    save(&[("mobile", ""), ("email", ""), ("share_contact", "nej")]).await;
    assert!(
        eventually(10, || received.mails().len() == 1
            && received.sms().len() == 1)
        .await
    );
    received.mails.lock().unwrap().clear();
    received.sms.lock().unwrap().clear();

    // Opted out: an e-mail address without notifications queues nothing.
    let queued = samla_domain::outbox::latest_of(&db, &anna, 100)
        .await
        .unwrap()
        .len();
    save(&[
        ("mobile", ""),
        ("email", "anna@exempel.se"),
        ("share_contact", "nej"),
    ])
    .await;
    assert_eq!(
        samla_domain::outbox::latest_of(&db, &anna, 100)
            .await
            .unwrap()
            .len(),
        queued
    );

    // Opted in to SMS: exactly one SMS, to the new number, with the fixed text.
    save(&[
        ("mobile", "070-123 45 67"),
        ("email", "anna@exempel.se"),
        ("notify_sms", "ja"),
        ("share_contact", "nej"),
    ])
    .await;
    assert!(eventually(10, || received.sms().len() == 1).await);
    let (key, body) = received.sms()[0].clone();
    assert_eq!(body["to"], "+46701234567");
    assert_eq!(body["text"], Notice::DetailsChanged.text(Channel::Sms));
    assert!(has_no_link(body["text"].as_str().unwrap()));
    assert!(
        key.starts_with("uppgifter-sms-"),
        "the outbox row's idempotency key: {key}"
    );

    // Opted in to e-mail with a new address: exactly one mail, with the fixed text.
    save(&[
        ("mobile", "070-123 45 67"),
        ("email", "anna.l@exempel.se"),
        ("notify_sms", "ja"),
        ("notify_email", "ja"),
        ("share_contact", "nej"),
    ])
    .await;
    assert!(eventually(10, || received.mails().len() == 1).await);
    let mail = received.mails()[0].clone();
    assert!(mail.contains("To: anna.l@exempel.se"), "{mail}");
    assert!(mail.contains("Message-ID: <uppgifter-email-"), "{mail}");
    let text = unquote(mail.split("\n\n").nth(1).unwrap());
    assert_eq!(text.trim(), Notice::DetailsChanged.text(Channel::Email));
    assert!(has_no_link(&text));

    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        (received.mails().len(), received.sms().len()),
        (1, 1),
        "nothing twice, nothing opted out"
    );
    let rows = samla_domain::outbox::latest_of(&db, &anna, 100)
        .await
        .unwrap();
    assert!(rows.iter().all(|r| r.status == "sent"), "all marked sent");
}

/// The server as a process of its own, on `data_dir`, sending mail to `smtp`.
struct Server {
    child: tokio::process::Child,
    origin: String,
}

async fn start_server(data_dir: &std::path::Path, smtp: &str) -> Server {
    use tokio::io::{AsyncBufReadExt, BufReader};
    let site = data_dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).unwrap();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_samla-server"))
        .env("SAMLA_ADDR", "127.0.0.1:0")
        .env("SAMLA_DATA_DIR", data_dir)
        .env("SAMLA_SITE_ROOT", &site)
        .env("SAMLA_SMTP_URL", smtp)
        .env("SAMLA_OUTBOX_RETRY_SECS", "1")
        // A server killed while it held the row: the next may take it after 2 s.
        .env("SAMLA_OUTBOX_LEASE_SECS", "2")
        .env("SAMLA_OUTBOX_POLL_MS", "100")
        .env("SAMLA_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let origin = tokio::time::timeout(Duration::from_secs(120), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(origin) = line.strip_prefix("Samla is running at ") {
                return origin.to_owned();
            }
        }
        panic!("the server stopped before it listened");
    })
    .await
    .expect("the server starts");
    // Keep reading what it prints, so its log never meets a closed pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Server { child, origin }
}

#[tokio::test]
async fn a_notification_queued_before_the_server_is_killed_is_sent_once_after_the_restart() {
    let data_dir = std::env::temp_dir().join(format!("samla-restart-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(&data_dir).unwrap();
    // Nothing listens here: the first server cannot send.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let mut first = start_server(&data_dir, &format!("smtp://{closed}")).await;

    let url = format!(
        "sqlite://{}?mode=rwc",
        data_dir.join("samla.sqlite").display()
    );
    let db = samla_domain::db::connect_and_migrate(&url).await.unwrap();
    let anna = samla_domain::seed::personas::personas(&db)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.kind == PersonaKind::Adult)
        .unwrap();
    let session =
        samla_domain::sessions::open(&db, &anna.personnummer, samla_server::notifier::unix_now())
            .await
            .unwrap();
    // Clearing her e-mail, which has notifications on, queues one mail to it.
    let response = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/installningar", first.origin))
        .header("Origin", &first.origin)
        .header(
            "Cookie",
            format!("{}={session}", samla_model::cookies::SESSION),
        )
        .form(&[
            ("mobile", "+46701234567"),
            ("email", ""),
            ("notify_sms", "ja"),
            ("share_contact", "nej"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let mail_row = || async {
        samla_domain::outbox::latest_of(&db, &anna.personnummer, 100)
            .await
            .unwrap()
            .into_iter()
            .find(|r| r.channel == "email")
            .expect("a mail queued")
    };
    for _ in 0..100 {
        if mail_row().await.attempts >= 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let tried = mail_row().await;
    assert_eq!(
        (tried.status.as_str(), tried.sent_at),
        ("queued", None),
        "tried, not sent"
    );
    assert!(tried.attempts >= 1);
    first.child.kill().await.unwrap();

    let received = Received::default();
    let smtp = smtp_sink(received.clone(), 0).await;
    let _second = start_server(&data_dir, &smtp).await;
    assert!(
        eventually(30, || received.mails().len() == 1).await,
        "sent after the restart"
    );
    assert!(received.mails()[0].contains(&format!("To: {}", tried.address)));
    tokio::time::sleep(Duration::from_millis(2500)).await;
    assert_eq!(received.mails().len(), 1, "sent once");
    assert_eq!(mail_row().await.status, "sent");
    let _ = std::fs::remove_dir_all(&data_dir);
}
