//! Certificates through the whole router: the list, one as a page, and its PDF as the
//! browser downloads it, read back with poppler's `pdftotext`; only the owner's.

mod support;

use axum::http::StatusCode;
use samla_model::login::PersonaKind;
use support::logged_in;

fn pdftotext(bytes: &[u8]) -> String {
    let file = std::env::temp_dir().join(format!("samla-cert-{}.pdf", std::process::id()));
    std::fs::write(&file, bytes).unwrap();
    let out = std::process::Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils, installed by scripts/setup)");
    assert!(out.status.success());
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[tokio::test]
async fn the_certificate_is_listed_shown_and_downloaded_as_a_pdf() {
    let (app, _db, mut anna, owner) = logged_in(PersonaKind::Adult).await;
    let list = anna.page(&app, "/intyg").await;
    assert!(list.contains("<h1>Intyg</h1>"), "{list}");
    let href = list
        .split("href=\"/intyg/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .map(|id| format!("/intyg/{id}"))
        .expect("a certificate");
    let page = anna.page(&app, &href).await;
    assert!(page.contains("Intyg om läkemedel för resa"), "{page}");
    assert!(page.contains("Levaxin 50 mikrogram") && page.contains("Giltigt till"));
    assert!(page.contains(&format!("href=\"{href}/pdf\"")));

    let response = anna.get(&app, &format!("{href}/pdf")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        support::header_of(&response, "content-type"),
        "application/pdf"
    );
    let disposition = support::header_of(&response, "content-disposition").to_owned();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert!(
        disposition.contains("Intyg%20om%20l%C3%A4kemedel"),
        "{disposition}"
    );
    assert!(support::header_of(&response, "cache-control").contains("no-store"));
    let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    let text = pdftotext(&bytes);
    assert!(text.contains("Intyg om läkemedel för resa"), "{text}");
    assert!(text.contains("Namn: Anna Lindqvist"), "{text}");
    let shown = format!("{}-{}", &owner[..8], &owner[8..]);
    assert!(text.contains(&format!("Personnummer: {shown}")), "{text}");
    assert!(
        text.contains("Hon behöver ha med sig läkemedlet under resan."),
        "{text}"
    );
    let log = anna.page(&app, "/installningar/vem-har-last").await;
    assert!(
        log.contains("<td>Intyg</td>") || log.contains(">Intyg<"),
        "the read is logged"
    );
}

#[tokio::test]
async fn another_citizen_or_nobody_gets_no_certificate() {
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let list = anna.page(&app, "/intyg").await;
    let id: i64 = list
        .split("href=\"/intyg/")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .and_then(|id| id.parse().ok())
        .unwrap();
    let (mut karin, _) = support::browser_of(&db, PersonaKind::Guardian).await;
    let page = karin.page(&app, &format!("/intyg/{id}")).await;
    assert!(
        page.contains("Intyget finns inte bland dina intyg."),
        "{page}"
    );
    assert!(!page.contains("Levaxin"));
    let theirs = karin.get(&app, &format!("/intyg/{id}/pdf")).await;
    assert_eq!(
        theirs.status(),
        StatusCode::NOT_FOUND,
        "the same as for none"
    );
    let none = karin.get(&app, "/intyg/999999/pdf").await;
    assert_eq!(none.status(), StatusCode::NOT_FOUND);
    let nobody = support::get(&app, &format!("/intyg/{id}/pdf")).await;
    assert_eq!(nobody.status(), StatusCode::UNAUTHORIZED);
    let page = support::get(&app, "/intyg").await;
    assert_eq!(
        page.status(),
        StatusCode::FOUND,
        "the page sends nobody to log in"
    );
}
