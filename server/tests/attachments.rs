//! Attachments over HTTP (DOMAIN.md §6), as browsers send them: a plain form with files
//! (no JavaScript) through "Kontrollera och skicka" to sent; the upload island's one-file
//! posts; refusals that keep what was typed and the other files; the size limit counted on a
//! stream without Content-Length; the files served only to the person the case is about,
//! with headers that cannot be abused; the access log.

mod support;

use axum::{
    body::Body,
    http::{Request, StatusCode, header},
};
use futures_util::StreamExt;
use samla_domain::DatabaseConnection;
use samla_domain::attachments::sample::sample_pdf;
use samla_domain::entities::{attachment, care_case, prelude::*};
use samla_model::attachment::FILE_MAX;
use samla_model::login::PersonaKind;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use support::browser::{Browser, location};
use support::{browser_of, header_of, logged_in, send, text};

const PNG: &[u8] = include_bytes!("../../end2end/fixtures/rontgen.png");
const PDF_WITH_JS: &[u8] = include_bytes!("../../end2end/fixtures/med-javascript.pdf");
const EXECUTABLE: &[u8] = include_bytes!("../../end2end/fixtures/program.pdf");

/// A clinic whose contact e-service takes attachments (`true`) or not, by HSA-id.
async fn clinic(db: &DatabaseConnection, attachments: bool) -> String {
    for c in Clinic::find().all(db).await.unwrap() {
        if let Some(found) = samla_domain::eservices::find(db, &c.hsa_id, "kontakta")
            .await
            .unwrap()
            && found.citizen_attachments == attachments
        {
            return c.hsa_id;
        }
    }
    panic!("no such clinic")
}

async fn files_of(db: &DatabaseConnection, pnr: &str) -> Vec<attachment::Model> {
    Attachment::find()
        .filter(attachment::Column::Personnummer.eq(pnr))
        .all(db)
        .await
        .unwrap()
}

/// The hidden ids the page carries its kept files on with.
fn kept_ids(html: &str) -> Vec<String> {
    html.match_indices(r#"name="bilaga" value=""#)
        .map(|(at, m)| {
            let rest = &html[at + m.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn a_case_with_files_is_sent_without_javascript_and_refusals_keep_the_rest() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let form = browser
        .page(
            &app,
            &format!("/arenden/nytt?mottagning={hsa}&tjanst=kontakta"),
        )
        .await;
    assert!(form.contains(r#"enctype="multipart/form-data""#), "{form}");
    assert!(form.contains(r#"type="file""#) && form.contains(r#"name="fil""#));
    let typed = [
        ("mottagning", hsa.as_str()),
        ("tjanst", "kontakta"),
        ("svar-rubrik", "Utslag"),
        ("svar-meddelande", "Se bilderna & remissen."),
        ("steg", "granska"),
    ];
    let pdf = sample_pdf("Remiss");
    // A picture and a PDF are kept; a renamed program and a PDF with JavaScript are refused,
    // each named with why; the text stays as typed.
    let response = browser
        .post_multipart(
            &app,
            "/arenden/nytt",
            &typed,
            &[
                ("fil", "utslag.png", PNG),
                ("fil", "remiss.pdf", &pdf),
                ("fil", "program.pdf", EXECUTABLE),
                ("fil", "med-javascript.pdf", PDF_WITH_JS),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(html.contains("error-summary"), "{html}");
    assert!(
        html.contains("program.pdf: Filen är inte en PDF, GIF, JPEG eller PNG"),
        "{html}"
    );
    assert!(
        html.contains("med-javascript.pdf: PDF-filen innehåller JavaScript"),
        "{html}"
    );
    assert!(
        html.contains("Se bilderna &amp; remissen."),
        "typed text kept"
    );
    assert!(html.contains("utslag.png") && html.contains("remiss.pdf"));
    let kept = kept_ids(&html);
    assert_eq!(kept.len(), 2, "{html}");
    assert_eq!(files_of(&db, &pnr).await.len(), 2);

    // Continuing carries the kept files on by id to "Kontrollera och skicka", which lists them.
    let mut check: Vec<(&str, &str)> = typed.to_vec();
    for id in &kept {
        check.push(("bilaga", id));
    }
    let html = text(
        browser
            .post_multipart(&app, "/arenden/nytt", &check, &[])
            .await,
    )
    .await;
    assert!(html.contains("Kontrollera och skicka"), "{html}");
    assert!(html.contains("utslag.png") && html.contains("remiss.pdf"));
    assert_eq!(kept_ids(&html), kept);

    // Sent: both files are in the case's first message.
    let mut send_form: Vec<(&str, &str)> = check.clone();
    send_form.retain(|(k, _)| *k != "steg");
    send_form.push(("steg", "skicka"));
    let response = browser.post(&app, "/arenden/nytt", &send_form).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        location(&response)
    );
    let case = CareCase::find()
        .filter(care_case::Column::Personnummer.eq(pnr.as_str()))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let files = files_of(&db, &pnr).await;
    assert!(
        files.iter().all(|f| f.case_id == Some(case.id)),
        "{files:?}"
    );
    let page = browser.page(&app, &location(&response)).await;
    assert!(page.contains("utslag.png") && page.contains(&format!("/bilagor/{}", files[0].id)));
}

#[tokio::test]
async fn a_sixth_file_is_refused_and_a_file_can_be_taken_off_without_javascript() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let typed = [
        ("mottagning", hsa.as_str()),
        ("tjanst", "kontakta"),
        ("svar-rubrik", "Bilder"),
        ("svar-meddelande", "Sex bilder"),
        ("steg", "granska"),
    ];
    let six: Vec<(&str, &str, &[u8])> = (1..=6)
        .map(|i| {
            (
                "fil",
                ["1.png", "2.png", "3.png", "4.png", "5.png", "6.png"][i - 1],
                PNG,
            )
        })
        .collect();
    let html = text(
        browser
            .post_multipart(&app, "/arenden/nytt", &typed, &six)
            .await,
    )
    .await;
    assert!(
        html.contains("6.png: Du kan bifoga högst 5 filer per meddelande"),
        "{html}"
    );
    let kept = kept_ids(&html);
    assert_eq!(kept.len(), 5);
    assert_eq!(files_of(&db, &pnr).await.len(), 5);
    // "Ta bort" on one, then continue: four are left, the removed one is gone from storage.
    let mut remove: Vec<(&str, &str)> = typed.to_vec();
    for id in &kept {
        remove.push(("bilaga", id));
    }
    remove.push(("ta-bort", &kept[0]));
    let html = text(
        browser
            .post_multipart(&app, "/arenden/nytt", &remove, &[])
            .await,
    )
    .await;
    assert_eq!(kept_ids(&html).len(), 4, "{html}");
    assert!(!html.contains("Kontrollera och skicka"));
    assert_eq!(files_of(&db, &pnr).await.len(), 4);
}

#[tokio::test]
async fn where_the_clinic_takes_no_files_none_are_kept() {
    let (app, db, mut browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, false).await;
    let form = browser
        .page(
            &app,
            &format!("/arenden/nytt?mottagning={hsa}&tjanst=kontakta"),
        )
        .await;
    assert!(
        form.contains("Mottagningen tar inte emot bilagor"),
        "said before writing"
    );
    assert!(!form.contains(r#"type="file""#));
    let html = text(
        browser
            .post_multipart(
                &app,
                "/arenden/nytt",
                &[
                    ("mottagning", &hsa),
                    ("tjanst", "kontakta"),
                    ("svar-rubrik", "x"),
                    ("svar-meddelande", "y"),
                    ("steg", "granska"),
                ],
                &[("fil", "utslag.png", PNG)],
            )
            .await,
    )
    .await;
    assert!(
        html.contains("utslag.png: Mottagningen tar inte emot bilagor"),
        "{html}"
    );
    assert!(files_of(&db, &pnr).await.is_empty());
}

/// The island's post of one file: its answer's status and text.
async fn island_upload(
    app: &axum::Router,
    cookie: &str,
    hsa: &str,
    name: &str,
    bytes: &[u8],
) -> (StatusCode, String) {
    let mut browser = Browser::default();
    for pair in cookie.split("; ").filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap();
        browser.cookies.insert(k.to_owned(), v.to_owned());
    }
    let response = browser
        .post_multipart(
            app,
            "/bilagor",
            &[("mottagning", hsa), ("tjanst", "kontakta")],
            &[("fil", name, bytes)],
        )
        .await;
    let status = response.status();
    (status, text(response).await)
}

#[tokio::test]
async fn the_island_uploads_one_file_at_a_time_and_hears_why_not() {
    let (app, db, browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let cookie = browser.cookies_header();
    let (status, body) = island_upload(&app, &cookie, &hsa, "utslag.png", PNG).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let lines: Vec<&str> = body.lines().collect();
    let id: i64 = lines[0].parse().unwrap();
    assert_eq!(lines[1], "utslag.png");
    assert!(lines[2].ends_with("kB"), "{body}");
    assert_eq!(files_of(&db, &pnr).await[0].id, id);
    let (status, body) = island_upload(&app, &cookie, &hsa, "x.pdf", EXECUTABLE).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(body.starts_with("x.pdf: Filen är inte en PDF"), "{body}");
    let (status, body) = island_upload(&app, "", &hsa, "utslag.png", PNG).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{body}");
    assert!(body.contains("Logga in"));
    // Taken off again: only by its owner.
    let (other, _) = browser_of(&db, PersonaKind::Guardian).await;
    let discard = |cookie: String| {
        Request::post(format!("/bilagor/{id}/ta-bort"))
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::ORIGIN, support::browser::ORIGIN)
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap()
    };
    assert_eq!(
        send(&app, discard(other.cookies_header())).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(files_of(&db, &pnr).await.len(), 1);
    assert_eq!(
        send(&app, discard(cookie.clone())).await.status(),
        StatusCode::NO_CONTENT
    );
    assert!(files_of(&db, &pnr).await.is_empty());
}

#[tokio::test]
async fn the_size_limit_is_counted_on_a_stream_without_content_length() {
    let (app, db, browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let boundary = "samla-stream-boundary";
    let head = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"mottagning\"\r\n\r\n{hsa}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"tjanst\"\r\n\r\nkontakta\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"fil\"; filename=\"stor.pdf\"\r\n\
         Content-Type: application/pdf\r\n\r\n%PDF-1.4\n"
    );
    // 1 MiB chunks, forever: the server must stop reading at the limit by itself.
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counter = sent.clone();
    let chunks = futures_util::stream::iter(std::iter::once(head.into_bytes()).chain(
        std::iter::repeat_with(move || {
            counter.fetch_add(1 << 20, std::sync::atomic::Ordering::Relaxed);
            vec![b' '; 1 << 20]
        }),
    ))
    .map(|chunk| Ok::<_, std::io::Error>(bytes::Bytes::from(chunk)));
    let request = Request::post("/bilagor")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::ORIGIN, support::browser::ORIGIN)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .header(header::COOKIE, browser.cookies_header())
        .body(Body::from_stream(chunks))
        .unwrap();
    assert!(request.headers().get(header::CONTENT_LENGTH).is_none());
    let response = send(&app, request).await;
    let status = response.status();
    let body = text(response).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    assert!(
        body.contains("stor.pdf: Filen är större än 20 MB"),
        "{body}"
    );
    let read = sent.load(std::sync::atomic::Ordering::Relaxed);
    assert!(
        read <= FILE_MAX + (4 << 20),
        "stopped near the limit, not at the end of the stream: {read} bytes taken"
    );
    assert!(files_of(&db, &pnr).await.is_empty());
}

#[tokio::test]
async fn a_file_is_served_only_to_its_owner_with_safe_headers_and_logged() {
    let (app, db, browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let cookie = browser.cookies_header();
    let (_, body) = island_upload(&app, &cookie, &hsa, "Provsvar åäö (1).png", PNG).await;
    let id: i64 = body.lines().next().unwrap().parse().unwrap();
    let (other, _) = browser_of(&db, PersonaKind::Guardian).await;
    let fetch = |path: String, cookie: String| {
        Request::get(path)
            .header(header::HOST, "127.0.0.1:3000")
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .unwrap()
    };
    let file = format!("/bilagor/{id}/fil");
    assert_eq!(
        send(&app, fetch(file.clone(), String::new()))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&app, fetch(file.clone(), other.cookies_header()))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    let response = send(&app, fetch(file.clone(), cookie.clone())).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(header_of(&response, "content-type"), "image/png");
    assert_eq!(header_of(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header_of(&response, "x-frame-options"), "SAMEORIGIN");
    assert!(header_of(&response, "content-security-policy").starts_with("default-src 'none'"));
    assert_eq!(
        header_of(&response, "content-disposition"),
        "inline; filename=\"Provsvar ___ (1).png\"; filename*=UTF-8''Provsvar%20%C3%A5%C3%A4%C3%B6%20%281%29.png"
    );
    let stored = files_of(&db, &pnr).await.remove(0);
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    use sha2::Digest;
    assert_eq!(hex::encode(sha2::Sha256::digest(&bytes)), stored.sha256);
    let download = send(&app, fetch(format!("{file}?ladda-ner=1"), cookie.clone())).await;
    assert!(header_of(&download, "content-disposition").starts_with("attachment; "));
    // The preview page: the owner's only.
    let page = send(&app, fetch(format!("/bilagor/{id}"), cookie.clone())).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = text(page).await;
    assert!(
        html.contains(&format!(r#"src="/bilagor/{id}/fil""#)) && html.contains("Ladda ner filen")
    );
    let theirs = text(
        send(
            &app,
            fetch(format!("/bilagor/{id}"), other.cookies_header()),
        )
        .await,
    )
    .await;
    assert!(!theirs.contains("Provsvar"), "{theirs}");
    // The reads are in the access log.
    let logged = samla_domain::entities::prelude::AccessLog::find()
        .filter(samla_domain::entities::access_log::Column::Resource.eq("bilagor"))
        .count(&db)
        .await
        .unwrap();
    assert!(logged >= 1);
}

#[tokio::test]
async fn the_test_clinic_answers_with_a_pdf_the_citizen_can_preview() {
    let (app, db, browser, pnr) = logged_in(PersonaKind::Teen).await;
    let hsa = clinic(&db, true).await;
    let mut browser = browser;
    let sent = browser
        .post(
            &app,
            "/arenden/nytt",
            &[
                ("mottagning", &hsa),
                ("tjanst", "kontakta"),
                ("svar-rubrik", "Prov"),
                ("svar-meddelande", "Hur gick provet?"),
                ("steg", "skicka"),
            ],
        )
        .await;
    let case_path = location(&sent);
    let case_id = case_path
        .trim_start_matches("/arenden/")
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let answer = browser
        .post(
            &app,
            "/testmottagning/svar",
            &[
                ("arende", &case_id),
                ("text", "Här är provsvaret."),
                ("bilaga", "pdf"),
            ],
        )
        .await;
    assert_eq!(answer.status(), StatusCode::CREATED);
    let files = files_of(&db, &pnr).await;
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].name, "Provsvar.pdf");
    let page = browser.page(&app, &format!("/arenden/{case_id}")).await;
    assert!(page.contains("Provsvar.pdf"), "{page}");
    let preview = browser
        .page(&app, &format!("/bilagor/{}", files[0].id))
        .await;
    assert!(
        preview.contains("<iframe") && preview.contains("PDF-filen Provsvar.pdf"),
        "{preview}"
    );
}
