//! The inbox and cases over HTTP, as a browser without JavaScript uses them: the guard, the
//! new-case form through "Kontrollera och skicka" to sent, mistakes shown with everything
//! typed kept, replies, read receipts, the unread count in the header, the access log and
//! the test clinic.

mod support;

use axum::http::StatusCode;
use samla_domain::clinic_side::{self, Staff};
use samla_domain::entities::{care_case, prelude::*};
use samla_domain::{DatabaseConnection, cases};
use samla_model::case::Author;
use samla_model::login::PersonaKind;
use sea_orm::{EntityTrait, PaginatorTrait};
use support::browser::{Browser, location};
use support::{browser_of, contact_clinic, logged_in, text};

/// A "Kontakta mottagningen" case that `pnr` sent at `at`.
async fn contact_case(
    db: &DatabaseConnection,
    hsa: &str,
    pnr: &str,
    subject: &str,
    text: &str,
    at: i64,
) -> i64 {
    let offered = samla_domain::eservices::find(db, hsa, "kontakta")
        .await
        .unwrap()
        .unwrap();
    let writer = cases::Writer {
        owner: pnr,
        author: Author::Citizen,
        name: "Nora Berg",
    };
    let answers = offered
        .form
        .check(&[
            ("rubrik".into(), subject.into()),
            ("meddelande".into(), text.into()),
        ])
        .unwrap();
    cases::start(db, &writer, &offered, &answers, &[], at)
        .await
        .unwrap()
}

async fn cases_of(db: &DatabaseConnection, pnr: &str) -> Vec<care_case::Model> {
    cases::list(db, pnr, 1).await.unwrap().items
}

const NURSE: Staff<'static> = Staff {
    role: Author::Handler,
    name: "Maria Sjöberg",
};

#[tokio::test]
async fn the_inbox_and_cases_need_a_login_and_posting_without_one_writes_nothing() {
    let (app, db, _, _) = logged_in(PersonaKind::Teen).await;
    let hsa = contact_clinic(&db).await;
    let mut stranger = Browser::default();
    let new_case = format!("/arenden/nytt?mottagning={hsa}&tjanst=kontakta");
    for page in [
        "/inkorg",
        "/inkorg/2",
        "/arenden",
        "/arenden/1",
        new_case.as_str(),
    ] {
        let response = stranger.get(&app, page).await;
        assert_eq!(response.status(), StatusCode::FOUND, "{page}");
        assert!(
            location(&response).starts_with("/logga-in?next=/"),
            "{page}"
        );
    }
    let count = CareCase::find().count(&db).await.unwrap();
    let response = stranger
        .post(
            &app,
            "/arenden/nytt",
            &[
                ("mottagning", &hsa),
                ("tjanst", "kontakta"),
                ("steg", "skicka"),
                ("svar-rubrik", "x"),
                ("svar-meddelande", "y"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    // The form posts to its own address, so a session that ended leads back to that form.
    let response = stranger
        .post(&app, &new_case, &[("steg", "skicka"), ("svar-rubrik", "x")])
        .await;
    let back = location(&response);
    assert!(
        back.starts_with("/logga-in?next=")
            && back.contains("mottagning")
            && back.contains("kontakta"),
        "{back}"
    );
    let reply = stranger
        .post(&app, "/arenden/1/svar", &[("text", "hej")])
        .await;
    assert_eq!(reply.status(), StatusCode::SEE_OTHER);
    assert_eq!(CareCase::find().count(&db).await.unwrap(), count);
    assert_eq!(
        CaseMessage::find().count(&db).await.unwrap(),
        7,
        "only the demo's messages"
    );
}

#[tokio::test]
async fn a_case_is_checked_then_sent_and_shows_when_to_expect_an_answer() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = contact_clinic(&db).await;
    let form = browser
        .page(
            &app,
            &format!("/arenden/nytt?mottagning={hsa}&tjanst=kontakta"),
        )
        .await;
    assert!(
        form.contains("Kontakta mottagningen")
            && form.contains("Mottagningen svarar inom 3 arbetsdagar"),
        "{form}"
    );
    assert!(form.contains(r#"name="svar-meddelande""#));

    // A missing field: the form again, with the summary and what was typed.
    let base = [("mottagning", hsa.as_str()), ("tjanst", "kontakta")];
    let typed = "Jag har hosta & feber <sedan> i går.";
    let mut missing = base.to_vec();
    missing.extend([
        ("steg", "granska"),
        ("svar-rubrik", ""),
        ("svar-meddelande", typed),
    ]);
    let response = browser.post(&app, "/arenden/nytt", &missing).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(
        html.contains("error-summary") && html.contains("Rubrik: Fyll i det här"),
        "{html}"
    );
    assert!(html.contains(r##"href="#case-rubrik""##));
    assert!(
        html.contains("Jag har hosta &amp; feber &lt;sedan&gt; i går."),
        "typed text kept, escaped: {html}"
    );
    assert!(cases_of(&db, &pnr).await.is_empty());

    // Good answers: "Kontrollera och skicka", still nothing sent.
    let mut good = base.to_vec();
    good.extend([("svar-rubrik", "Hosta"), ("svar-meddelande", typed)]);
    let mut check = good.clone();
    check.push(("steg", "granska"));
    let html = text(browser.post(&app, "/arenden/nytt", &check).await).await;
    assert!(
        html.contains("Kontrollera och skicka")
            && html.contains("Ett skickat ärende kan inte tas tillbaka"),
        "{html}"
    );
    assert!(
        html.contains(r#"type="hidden" name="svar-rubrik" value="Hosta""#),
        "{html}"
    );
    assert!(cases_of(&db, &pnr).await.is_empty());
    // "Ändra": the form with the answers.
    let mut change = good.clone();
    change.push(("steg", "andra"));
    let html = text(browser.post(&app, "/arenden/nytt", &change).await).await;
    assert!(html.contains(r#"value="Hosta""#) && !html.contains("error-summary"));

    // Sent.
    let mut send = good.clone();
    send.push(("steg", "skicka"));
    let response = browser.post(&app, "/arenden/nytt", &send).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let sent = cases_of(&db, &pnr).await;
    assert_eq!(sent.len(), 1);
    assert_eq!(
        location(&response),
        format!("/arenden/{}?skickat=1", sent[0].id)
    );
    let page = browser.page(&app, &location(&response)).await;
    assert!(page.contains("Ditt ärende är skickat"));
    let expected = samla_app::i18n::date::long_date(
        samla_app::i18n::texts(samla_model::Lang::Sv),
        &sent[0].expected_reply,
    );
    assert!(
        page.contains(&format!("Du kan vänta dig svar senast {expected}")),
        "{page}"
    );
    assert!(
        page.contains("Skickat</span>") || page.contains(">Skickat<"),
        "the status"
    );
    let list = browser.page(&app, "/arenden").await;
    assert!(list.contains("Hosta") && list.contains(&expected));
}

#[tokio::test]
async fn an_unknown_e_service_or_clinic_is_not_found() {
    let (app, db, mut browser, _) = logged_in(PersonaKind::Teen).await;
    let hsa = contact_clinic(&db).await;
    for page in [
        format!("/arenden/nytt?mottagning={hsa}&tjanst=finns-inte"),
        "/arenden/nytt?mottagning=SE0&tjanst=kontakta".to_owned(),
    ] {
        let response = browser.get(&app, &page).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{page}");
    }
    let response = browser
        .post(
            &app,
            "/arenden/nytt",
            &[
                ("mottagning", &hsa),
                ("tjanst", "finns-inte"),
                ("steg", "skicka"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_clinics_answer_is_counted_read_and_answered_in_the_thread() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = contact_clinic(&db).await;
    let id = contact_case(
        &db,
        &hsa,
        &pnr,
        "Utslag",
        "Jag har utslag.",
        samla_server::notifier::unix_now(),
    )
    .await;
    let inbox = browser.page(&app, "/inkorg").await;
    assert!(inbox.contains("Du har inga meddelanden") && !inbox.contains(r#"class="badge""#));
    let clinic_side::Sent::Message(message) = clinic_side::write(
        &db,
        id,
        &NURSE,
        "Hur länge har du haft utslaget?",
        true,
        samla_server::notifier::unix_now(),
    )
    .await
    .unwrap() else {
        panic!()
    };

    // The header counts it on every page; the inbox marks it in words.
    let start = browser.page(&app, "/").await;
    let badge = start
        .split(r#"<span class="badge">"#)
        .nth(1)
        .expect("the unread count");
    assert!(
        badge.starts_with("1<") && badge[..80].contains("olästa"),
        "{badge}"
    );
    let inbox = browser.page(&app, "/inkorg").await;
    assert!(
        inbox.contains("Oläst")
            && inbox.contains("Utslag")
            && inbox.contains("Väntar på ditt svar")
    );

    // Someone else cannot open it, and their try records no read receipt.
    let (mut other, _) = browser_of(&db, PersonaKind::Elderly).await;
    assert_eq!(
        other
            .get(&app, &format!("/inkorg/{message}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        other.get(&app, &format!("/arenden/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    assert!(
        CaseMessage::find_by_id(message)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .read_at
            .is_none()
    );
    let refused = other
        .post(
            &app,
            &format!("/arenden/{id}/svar"),
            &[("text", "Inte mitt")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);

    // The owner opens it: the read receipt and the access log.
    let response = browser.get(&app, &format!("/inkorg/{message}")).await;
    let status = response.status();
    let page = text(response).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{}",
        &page[page.find("<main").unwrap_or(0)..]
    );
    assert!(page.contains("Hur länge har du haft utslaget?") && page.contains("Svara i ärendet"));
    assert!(
        !page.contains(r#"class="badge""#),
        "its own header already counts it read"
    );
    assert!(
        CaseMessage::find_by_id(message)
            .one(&db)
            .await
            .unwrap()
            .unwrap()
            .read_at
            .is_some()
    );
    let log = browser.page(&app, "/installningar/vem-har-last").await;
    assert!(log.contains("Meddelanden i inkorgen"));
    assert!(!browser.page(&app, "/").await.contains(r#"class="badge""#));

    // A reply: empty is refused with the page again; text is sent.
    let response = browser
        .post(&app, &format!("/arenden/{id}/svar"), &[("text", "   ")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(text(response).await.contains("Fyll i det här"));
    let response = browser
        .post(
            &app,
            &format!("/arenden/{id}/svar"),
            &[("text", "Sedan i måndags.")],
        )
        .await;
    assert_eq!(location(&response), format!("/arenden/{id}?svarat=1"));
    let thread = browser.page(&app, &format!("/arenden/{id}")).await;
    let order: Vec<usize> = [
        "Jag har utslag.",
        "Hur länge har du haft utslaget?",
        "Sedan i måndags.",
    ]
    .iter()
    .map(|t| thread.find(t).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "oldest first");
    assert!(thread.contains("Maria Sjöberg") && thread.contains("ärendehanterare"));
    // Closed: no reply form, and a posted reply is not written.
    clinic_side::close(&db, id, samla_server::notifier::unix_now())
        .await
        .unwrap();
    let closed = browser.page(&app, &format!("/arenden/{id}")).await;
    assert!(!closed.contains("reply-form") && closed.contains("Ärendet är avslutat"));
    let before = CaseMessage::find().count(&db).await.unwrap();
    browser
        .post(&app, &format!("/arenden/{id}/svar"), &[("text", "En till")])
        .await;
    assert_eq!(CaseMessage::find().count(&db).await.unwrap(), before);
}

#[tokio::test]
async fn the_test_clinic_answers_only_where_the_test_e_id_is_on() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = contact_clinic(&db).await;
    let id = contact_case(&db, &hsa, &pnr, "A", "B", 0).await;
    let response = browser
        .post(
            &app,
            "/testmottagning/svar",
            &[
                ("arende", &id.to_string()),
                ("text", "Svar från testmottagningen"),
                ("stang", "ja"),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let case = cases::owned(&db, &pnr, id).await.unwrap().unwrap();
    assert_eq!(case.status, "avslutat");
    let off = support::app_with(&[("SAMLA_TEST_IDP", "0")], false).await;
    let response = Browser::default()
        .post(
            &off,
            "/testmottagning/svar",
            &[("arende", "1"), ("text", "x")],
        )
        .await;
    assert!(
        matches!(
            response.status(),
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED
        ),
        "{}",
        response.status()
    );
}
