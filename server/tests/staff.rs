//! The staff tool over HTTP, as a browser without JavaScript uses it: the test login, the
//! staff session apart from citizens', the clinic's cases, assigning, opening (in the
//! citizen's access log), answering with a mistake shown again, the read status, the files.

mod support;

use axum::http::StatusCode;
use samla_domain::DatabaseConnection;
use samla_model::attachment::FileKind;
use samla_model::login::PersonaKind;
use support::staff::{clinic_of, staff_login};
use support::{browser::Browser, browser_of, header_of, state_with, text, words_of};

const EVA: &str = "SE2321000016-S0E1";
const JOHAN: &str = "SE2321000016-S0J2";
const PER: &str = "SE2321000016-S1P4";

/// A contact case from the persona `kind` at `clinic_id`, with a PDF from the clinic's
/// sample attached to its first message (as if the citizen had sent it); (case, file).
async fn case_with_file(
    state: &samla_server::AppState,
    pnr: &str,
    clinic_id: i32,
    subject: &str,
) -> (i64, i64) {
    use samla_domain::attachments::{records, sample::sample_pdf};
    let db = &state.db;
    let now = samla_server::notifier::unix_now();
    let offered = samla_domain::eservices::find_by_id(db, clinic_id, "kontakta")
        .await
        .unwrap()
        .unwrap();
    let file = records::store_clinic_file(
        db,
        &state.files,
        pnr,
        "Remiss.pdf",
        FileKind::Pdf,
        sample_pdf("Remiss"),
        now,
    )
    .await
    .unwrap();
    let writer = samla_domain::cases::Writer {
        owner: pnr,
        author: samla_model::case::Author::Citizen,
        name: "Anna Lindqvist",
    };
    let answers = [
        samla_model::case::Answer {
            key: "rubrik".into(),
            value: subject.into(),
        },
        samla_model::case::Answer {
            key: "meddelande".into(),
            value: "Se bifogad remiss.".into(),
        },
    ];
    let case = samla_domain::cases::start(db, &writer, &offered, &answers, &[file.id], now)
        .await
        .unwrap();
    (case, file.id)
}

#[tokio::test]
async fn staff_log_in_apart_from_citizens_and_only_staff_paths_see_the_staff_session() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let app = samla_server::build_router(state);
    let clinic = clinic_of(&db, EVA).await;
    let mut eva = Browser::default();
    // Not logged in: to the staff login, which offers the test personas.
    let response = eva.get(&app, "/personal/arenden").await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert_eq!(header_of(&response, "location"), "/personal/logga-in");
    let login = words_of(&eva.page(&app, "/personal/logga-in").await);
    assert!(login.contains("Logga in som Eva Lind"), "{login}");
    assert!(
        login.contains("Sjuksköterska ärendemottagare, ärendehanterare på Barnavårdscentralen"),
        "{login}"
    );
    // A member at a clinic where they hold no role: refused.
    let other = clinic_of(&db, PER).await;
    assert_eq!(
        staff_login(&app, &mut eva, EVA, other).await,
        "/personal/logga-in?nekad=1"
    );
    assert_eq!(
        staff_login(&app, &mut eva, EVA, clinic).await,
        "/personal/arenden"
    );
    assert!(eva.cookies.contains_key("__Host-samla-staff"));
    let page = eva.get(&app, "/personal/arenden").await;
    assert_eq!(page.status(), StatusCode::OK);
    assert_eq!(header_of(&page, "cache-control"), "no-store");
    let words = words_of(&text(page).await);
    assert!(words.contains("Mottagningens ärenden"), "{words}");
    assert!(
        words.contains("Inloggad som Eva Lind , ärendemottagare på"),
        "{words}"
    );
    assert!(
        !words.contains("Mina ärenden"),
        "a receiver only: no handler's list"
    );
    // The staff session is no citizen's: the inbox asks for a citizen's login.
    let inbox = eva.get(&app, "/inkorg").await;
    assert_eq!(inbox.status(), StatusCode::FOUND);
    assert!(header_of(&inbox, "location").starts_with("/logga-in"));
    // And a citizen's session is no staff session.
    let (mut anna, _) = browser_of(&db, PersonaKind::Adult).await;
    let response = anna.get(&app, "/personal/arenden").await;
    assert_eq!(header_of(&response, "location"), "/personal/logga-in");
    // Logged out: the cookie goes, and the session never works again.
    let session = eva.cookies["__Host-samla-staff"].clone();
    let response = eva.post(&app, "/api/staff_log_out", &[]).await;
    assert_eq!(
        header_of(&response, "location"),
        "/personal/logga-in?utloggad=1"
    );
    assert!(!eva.cookies.contains_key("__Host-samla-staff"));
    eva.cookies.insert("__Host-samla-staff".into(), session);
    let response = eva.get(&app, "/personal/arenden").await;
    assert_eq!(header_of(&response, "location"), "/personal/logga-in");
}

#[tokio::test]
async fn a_case_is_distributed_opened_answered_and_read_and_staff_see_when() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, EVA).await;
    let (case, file) = case_with_file(&state, &pnr, clinic, "Knät svullet").await;
    let app = samla_server::build_router(state);
    let page = format!("/personal/arenden/{case}");

    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let list = words_of(&eva.page(&app, "/personal/arenden").await);
    assert!(
        list.contains("Knät svullet Kontakta mottagningen"),
        "{list}"
    );
    assert!(list.contains("Ej tilldelat"), "{list}");
    let opened = words_of(&eva.page(&app, &page).await);
    assert!(opened.contains("Invånare Anna Lindqvist"), "{opened}");
    assert!(opened.contains("Startat av Invånaren själv"), "{opened}");
    assert!(opened.contains("Remiss.pdf"), "{opened}");
    let assigned = eva
        .post(
            &app,
            "/api/staff_assign",
            &[("case", &case.to_string()), ("handler", JOHAN)],
        )
        .await;
    assert_eq!(
        header_of(&assigned, "location"),
        format!("{page}?tilldelat=1")
    );
    // Not among those to distribute any more.
    let list = words_of(&eva.page(&app, "/personal/arenden").await);
    assert!(!list.contains("Knät svullet"), "{list}");

    let mut johan = Browser::default();
    assert_eq!(
        staff_login(&app, &mut johan, JOHAN, clinic).await,
        "/personal/mina-arenden"
    );
    let mine = words_of(&johan.page(&app, "/personal/mina-arenden").await);
    assert!(mine.contains("Knät svullet"), "{mine}");
    let opened = words_of(&johan.page(&app, &page).await);
    assert!(opened.contains("Handläggare Johan Berg"), "{opened}");
    // The file of a case he may see; not of one he may not (nor to a member elsewhere).
    let served = johan.get(&app, &format!("/personal/bilagor/{file}")).await;
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(header_of(&served, "content-type"), "application/pdf");
    let mut per = Browser::default();
    staff_login(&app, &mut per, PER, clinic_of(&db, PER).await).await;
    assert_eq!(
        per.get(&app, &format!("/personal/bilagor/{file}"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    assert!(words_of(&per.page(&app, &page).await).contains("Ärendet finns inte"));
    // Anna sees who read her case: name, title, clinic and role.
    let log = words_of(&anna.page(&app, "/installningar/vem-har-last").await);
    assert!(log.contains("Johan Berg, Distriktsläkare"), "{log}");
    assert!(log.contains("Vårdpersonal, ärendehanterare"), "{log}");

    // An empty answer: shown again with the mistake, the counter-question choice kept.
    let path = format!("{page}/svar");
    let response = johan
        .post(&app, &path, &[("text", "  "), ("fraga", "ja")])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(
        words_of(&html).contains("Skriv ett meddelande till invånaren"),
        "{html}"
    );
    assert!(
        html.contains(r#"id="answer-question" name="fraga" value="ja" checked"#),
        "{html}"
    );
    let response = johan
        .post(&app, &path, &[("text", "Kom på besök i morgon kl. 9.")])
        .await;
    assert_eq!(
        header_of(&response, "location"),
        format!("{page}?skickat=1")
    );
    let opened = words_of(&johan.page(&app, &page).await);
    assert!(
        opened.contains("Johan Berg, Distriktsläkare , ärendehanterare"),
        "{opened}"
    );
    assert!(opened.contains("Inte läst av invånaren ännu"), "{opened}");

    // Anna reads it; Johan sees when.
    let inbox = anna.page(&app, "/inkorg").await;
    let id = inbox
        .split("/inkorg/")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse::<i64>().ok())
        .max()
        .expect("the answer is in the inbox");
    let message = words_of(&anna.page(&app, &format!("/inkorg/{id}")).await);
    assert!(message.contains("Kom på besök i morgon"), "{message}");
    let opened = words_of(&johan.page(&app, &page).await);
    assert!(opened.contains("Läst av invånaren 20"), "{opened}");

    // Closed: nothing more can be written.
    let closed = johan
        .post(&app, "/api/staff_close", &[("case", &case.to_string())])
        .await;
    assert_eq!(header_of(&closed, "location"), format!("{page}?avslutat=1"));
    let opened = words_of(&johan.page(&app, &page).await);
    assert!(
        opened.contains("Ärendet är avslutat. Det går inte att skriva i det."),
        "{opened}"
    );
}

#[tokio::test]
async fn a_reply_template_is_written_with_its_mistakes_kept_and_used_filled_in_for_the_citizen() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (_, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, EVA).await;
    let (case, _) = case_with_file(&state, &pnr, clinic, "Trötthet").await;
    let app = samla_server::build_router(state);
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let page = words_of(&eva.page(&app, "/personal/mallar").await);
    assert!(
        page.contains("Tack för ditt meddelande"),
        "the seeded ones: {page}"
    );
    // No title: the page again with the mistake and the text kept.
    let body = "Hej {förnamn}! Ta nya prover om en månad.\n\n{mitt namn}";
    let response = eva
        .post(&app, "/personal/mallar", &[("title", " "), ("body", body)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(words_of(&html).contains("Skriv en rubrik."), "{html}");
    assert!(
        html.contains("Hej {förnamn}! Ta nya prover om en månad."),
        "{html}"
    );
    let response = eva
        .post(
            &app,
            "/personal/mallar",
            &[("title", "Nya prover"), ("body", body)],
        )
        .await;
    assert_eq!(
        header_of(&response, "location"),
        "/personal/mallar?sparad=1"
    );
    let html = eva.page(&app, "/personal/mallar?sparad=1").await;
    assert!(words_of(&html).contains("Mallen är sparad."));
    let id: i64 = html
        .split("/personal/mallar/")
        .skip(1)
        .filter_map(|s| s.split('"').next()?.parse().ok())
        .max()
        .unwrap();
    // Another clinic's member cannot change it.
    let mut per = Browser::default();
    staff_login(&app, &mut per, PER, clinic_of(&db, PER).await).await;
    let refused = per
        .post(
            &app,
            &format!("/personal/mallar/{id}"),
            &[("title", "Kapad"), ("body", "Kapad")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    // Used on a case: the answer holds it, filled in for Anna and for Eva.
    let html = eva
        .page(&app, &format!("/personal/arenden/{case}?mall={id}"))
        .await;
    assert!(
        html.contains("Hej Anna! Ta nya prover om en månad.\n\nEva Lind</textarea>"),
        "{html}"
    );
}

const PNG: &[u8] = include_bytes!("../../end2end/fixtures/rontgen.png");
const EXECUTABLE: &[u8] = include_bytes!("../../end2end/fixtures/program.pdf");

/// The ids of the files a page carries on (`bilaga`), in order.
fn carried(html: &str) -> Vec<String> {
    html.split(r#"name="bilaga" value=""#)
        .skip(1)
        .filter_map(|s| s.split('"').next().map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn staff_files_are_reviewed_before_sending_and_only_then_reach_the_citizen() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, EVA).await;
    let (case, _) = case_with_file(&state, &pnr, clinic, "Utslag på armen").await;
    let app = samla_server::build_router(state);
    let path = format!("/personal/arenden/{case}/svar");
    let unread_before = samla_domain::inbox::unread(&db, &pnr).await.unwrap();
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;

    // A picture and a PDF are kept, a renamed program refused with why; the text stays.
    let pdf = samla_domain::attachments::sample::sample_pdf("Egenvårdsråd");
    let typed = [("text", "Hej Anna! Se bilden och råden."), ("fraga", "ja")];
    let files: [(&str, &str, &[u8]); 3] = [
        ("fil", "utslag-jamforelse.png", PNG),
        ("fil", "egenvard.pdf", &pdf),
        ("fil", "program.pdf", EXECUTABLE),
    ];
    let response = eva.post_multipart(&app, &path, &typed, &files).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(
        html.contains("program.pdf: Filen är inte en PDF, GIF, JPEG eller PNG"),
        "{html}"
    );
    assert!(html.contains("Hej Anna! Se bilden och råden."), "{html}");
    let kept = carried(&html);
    assert_eq!(kept.len(), 2, "{html}");

    // Kept files are the member's, not yet the citizen's: she cannot read them.
    for id in &kept {
        let own = eva.get(&app, &format!("/personal/bilagor/{id}")).await;
        assert_eq!(own.status(), StatusCode::OK, "the preview's file");
        let hers = anna.get(&app, &format!("/bilagor/{id}/fil")).await;
        assert_eq!(hers.status(), StatusCode::NOT_FOUND, "not sent yet");
    }
    let mut johan = Browser::default();
    staff_login(&app, &mut johan, JOHAN, clinic).await;
    let other = johan
        .get(&app, &format!("/personal/bilagor/{}", kept[0]))
        .await;
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "another member's upload"
    );

    // Sending with files first shows the preview: the text and every file as she will see it.
    let mut form: Vec<(&str, &str)> = typed.to_vec();
    form.extend(kept.iter().map(|id| ("bilaga", id.as_str())));
    let html = text(eva.post(&app, &path, &form).await).await;
    let words = words_of(&html);
    assert!(words.contains("Granska svaret innan du skickar"), "{words}");
    assert!(words.contains("Filerna som skickas med ( 2 )"), "{words}");
    assert!(
        html.contains(&format!(
            r#"src="/personal/bilagor/{}" alt="Förhandsvisning av utslag-jamforelse.png""#,
            kept[0]
        )),
        "{html}"
    );
    assert!(
        html.contains(&format!(
            r#"<iframe src="/personal/bilagor/{}" title="Förhandsvisning av PDF-filen egenvard.pdf""#,
            kept[1]
        )),
        "{html}"
    );
    // "Skicka svaret" without ticking "reviewed": the preview again, with why; nothing sent.
    let mut send: Vec<(&str, &str)> = form.clone();
    send.push(("steg", "skicka"));
    let response = eva.post(&app, &path, &send).await;
    assert_eq!(response.status(), StatusCode::OK);
    let words = words_of(&text(response).await);
    assert!(
        words.contains("Bekräfta att du har granskat filerna innan du skickar."),
        "{words}"
    );
    assert_eq!(
        samla_domain::inbox::unread(&db, &pnr).await.unwrap(),
        unread_before,
        "nothing sent unreviewed"
    );
    // Reviewed: sent, with both files, now hers to read.
    send.push(("granskat", "ja"));
    let response = eva.post(&app, &path, &send).await;
    assert_eq!(
        header_of(&response, "location"),
        format!("/personal/arenden/{case}?skickat=1")
    );
    assert_eq!(
        samla_domain::inbox::unread(&db, &pnr).await.unwrap(),
        unread_before + 1
    );
    for id in &kept {
        let hers = anna.get(&app, &format!("/bilagor/{id}/fil")).await;
        assert_eq!(hers.status(), StatusCode::OK, "sent: hers");
    }
    let thread = words_of(&eva.page(&app, &format!("/personal/arenden/{case}")).await);
    assert!(thread.contains("utslag-jamforelse.png"), "{thread}");
    assert!(thread.contains("egenvard.pdf"), "{thread}");
}

#[tokio::test]
async fn staff_attach_at_most_ten_files_and_never_in_a_case_they_cannot_see() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (_, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, EVA).await;
    let (case, _) = case_with_file(&state, &pnr, clinic, "Många bilder").await;
    let app = samla_server::build_router(state);
    let path = format!("/personal/arenden/{case}/svar");
    let names: Vec<String> = (1..=11).map(|i| format!("{i}.png")).collect();
    let files: Vec<(&str, &str, &[u8])> = names.iter().map(|n| ("fil", n.as_str(), PNG)).collect();

    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let html = text(
        eva.post_multipart(&app, &path, &[("text", "Bilder")], &files)
            .await,
    )
    .await;
    assert_eq!(carried(&html).len(), 10, "ten kept");
    assert!(
        html.contains("11.png: Ett meddelande kan ha högst 10 filer"),
        "{html}"
    );

    // A member of another clinic: no case, and no file of theirs is kept.
    let mut per = Browser::default();
    staff_login(&app, &mut per, PER, clinic_of(&db, PER).await).await;
    let response = per
        .post_multipart(&app, &path, &[("text", "Hej")], &files[..1])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    use samla_domain::entities::{attachment, prelude::Attachment};
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let theirs = Attachment::find()
        .filter(attachment::Column::Personnummer.eq(format!("staff:{PER}")))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(theirs, 0);
}

#[tokio::test]
async fn skicka_arende_finds_the_citizen_shows_how_they_are_notified_and_delivers() {
    use samla_domain::entities::{account, outbox, prelude::*};
    use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (mut anna, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, JOHAN).await;
    // Anna has chosen e-mail only.
    let mut chosen: account::ActiveModel = Account::find_by_id(&pnr)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .into();
    chosen.notify_sms = Set(false);
    chosen.notify_email = Set(true);
    chosen.email = Set(Some("anna@example.se".into()));
    chosen.update(&db).await.unwrap();
    let app = samla_server::build_router(state);
    let mut johan = Browser::default();
    staff_login(&app, &mut johan, JOHAN, clinic).await;
    let form = words_of(&johan.page(&app, "/personal/skicka").await);
    assert!(form.contains("Invånarens personnummer"), "{form}");

    // A mistyped number, and a valid one nobody has: each says what is wrong, kept as typed.
    let html = text(
        johan
            .post(
                &app,
                "/personal/skicka",
                &[("steg", "hamta"), ("personnummer", "19850324-2384")],
            )
            .await,
    )
    .await;
    assert!(
        words_of(&html).contains("Personnumret stämmer inte."),
        "{html}"
    );
    assert!(html.contains(r#"value="19850324-2384""#), "{html}");
    let nobody = "19121212-1212";
    let html = text(
        johan
            .post(
                &app,
                "/personal/skicka",
                &[("steg", "hamta"), ("personnummer", nobody)],
            )
            .await,
    )
    .await;
    assert!(
        words_of(&html).contains("Ingen person med det personnumret finns i folkbokföringen"),
        "{html}"
    );

    // Anna, with a template: her name, her choice read-only, the template filled in for her.
    let template = samla_domain::staff::templates::list(&db, &viewer_of(&db, JOHAN, clinic).await)
        .await
        .unwrap()
        .into_iter()
        .next()
        .unwrap();
    let found = [
        ("steg", "hamta"),
        ("personnummer", pnr.as_str()),
        ("mall", &template.id.to_string()),
    ];
    let html = text(johan.post(&app, "/personal/skicka", &found).await).await;
    let words = words_of(&html);
    assert!(words.contains("Invånare Anna Lindqvist"), "{words}");
    assert!(
        words.contains("Avisering E-post Invånarens eget val."),
        "{words}"
    );
    assert!(
        !html.contains("anna@example.se"),
        "the method, never the address"
    );
    assert!(html.contains("Hej Anna!"), "the template for her: {html}");
    let log = words_of(&anna.page(&app, "/installningar/vem-har-last").await);
    assert!(
        log.contains("Johan Berg, Distriktsläkare"),
        "the look-up is a read: {log}"
    );

    // No subject: the form again with why, the text kept; then sent.
    let text_typed = "Hej Anna! Dina provsvar är klara och ser bra ut.";
    let posted = [
        ("personnummer", pnr.as_str()),
        ("rubrik", " "),
        ("text", text_typed),
    ];
    let html = text(johan.post(&app, "/personal/skicka", &posted).await).await;
    assert!(words_of(&html).contains("Skriv en rubrik."), "{html}");
    assert!(html.contains(text_typed), "{html}");
    let queued_before = Outbox::find()
        .filter(outbox::Column::Personnummer.eq(&pnr))
        .count(&db)
        .await
        .unwrap();
    let posted = [
        ("personnummer", pnr.as_str()),
        ("rubrik", "Provsvar"),
        ("text", text_typed),
    ];
    let response = johan.post(&app, "/personal/skicka", &posted).await;
    let location = header_of(&response, "location").to_owned();
    assert!(location.starts_with("/personal/arenden/") && location.ends_with("?skickat=1"));
    let queued = Outbox::find()
        .filter(outbox::Column::Personnummer.eq(&pnr))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(queued, queued_before + 1, "one notification");
    // In her inbox; the case is Johan's (a handler): in "Mina ärenden".
    let inbox = words_of(&anna.page(&app, "/inkorg").await);
    assert!(inbox.contains("Provsvar"), "{inbox}");
    let mine = words_of(&johan.page(&app, "/personal/mina-arenden").await);
    assert!(mine.contains("Provsvar"), "{mine}");
    // Another clinic's member sees nothing of it.
    let mut per = Browser::default();
    staff_login(&app, &mut per, PER, clinic_of(&db, PER).await).await;
    let page = location.trim_end_matches("?skickat=1");
    assert!(words_of(&per.page(&app, page).await).contains("Ärendet finns inte"));
}

#[tokio::test]
async fn skicka_arende_to_someone_without_an_account_says_a_letter_goes() {
    use samla_domain::entities::{account, person, prelude::*};
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, EVA).await;
    let with_account: Vec<String> = Account::find()
        .select_only()
        .column(account::Column::Personnummer)
        .into_tuple()
        .all(&db)
        .await
        .unwrap();
    let without = Person::find()
        .filter(person::Column::Personnummer.is_not_in(with_account))
        .one(&db)
        .await
        .unwrap()
        .expect("the register has people without an account");
    let app = samla_server::build_router(state);
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let found = [
        ("steg", "hamta"),
        ("personnummer", without.personnummer.as_str()),
    ];
    let words = words_of(&text(eva.post(&app, "/personal/skicka", &found).await).await);
    assert!(
        words.contains("Brev med posten: invånaren har inget konto i e-tjänsterna"),
        "{words}"
    );
}

/// The staff member `hsa_id` at `clinic`, as the domain takes them.
async fn viewer_of(
    db: &DatabaseConnection,
    hsa_id: &str,
    clinic: i32,
) -> samla_model::staff::StaffViewer {
    let member = samla_domain::staff::members::find(db, hsa_id)
        .await
        .unwrap()
        .unwrap();
    let at = member.clinics.iter().find(|c| c.id == clinic).unwrap();
    samla_model::staff::StaffViewer {
        hsa_id: hsa_id.into(),
        given_name: member.given_name.clone(),
        family_name: member.family_name.clone(),
        title: member.title.clone(),
        clinic_id: at.id,
        clinic_hsa_id: at.hsa_id.clone(),
        clinic_name: at.name.clone(),
        roles: at.roles.clone(),
        expires_at: i64::MAX,
    }
}

#[tokio::test]
async fn the_case_list_links_the_pages_after_and_before_by_place() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let (_, pnr) = browser_of(&db, PersonaKind::Adult).await;
    let clinic = clinic_of(&db, EVA).await;
    for n in 0..=samla_model::staff::CASES_PER_PAGE {
        case_with_file(&state, &pnr, clinic, &format!("Sidning {n}")).await;
    }
    let app = samla_server::build_router(state);
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let link = |html: &str, rel: &str| {
        let pattern = format!(r#"rel="{rel}" href=""#);
        let start = html.find(&pattern)? + pattern.len();
        Some(html[start..].split('"').next()?.replace("&amp;", "&"))
    };
    let first = eva.page(&app, "/personal/arenden?visa=pagaende").await;
    assert!(
        link(&first, "prev").is_none(),
        "the first page has none before"
    );
    let next = link(&first, "next").expect("more than a page");
    assert!(
        next.starts_with("/personal/arenden?visa=pagaende&efter="),
        "{next}"
    );
    let second = eva.page(&app, &next).await;
    let back = link(&second, "prev").expect("a page before");
    assert!(
        back.starts_with("/personal/arenden?visa=pagaende&fore="),
        "{back}"
    );
    let again = eva.page(&app, &back).await;
    let rows = |html: &str| {
        html.split("/personal/arenden/")
            .skip(1)
            .filter_map(|s| s.split('"').next()?.parse::<i64>().ok())
            .collect::<Vec<_>>()
    };
    assert_eq!(rows(&again), rows(&first), "back to the same first page");
    assert!(rows(&second).iter().all(|id| !rows(&first).contains(id)));
    // A crafted place is the first page, never an error.
    let crafted = eva
        .page(&app, "/personal/arenden?visa=pagaende&efter=x'--")
        .await;
    assert_eq!(rows(&crafted), rows(&first));
}
