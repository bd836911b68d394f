//! Certificates on a real database (SQLite), and their PDF read back by poppler's
//! `pdftotext` and `pdfinfo`, as a reader's PDF viewer would: the text with å, ä and ö, the
//! title and language, and the tags that make it accessible.

mod support;

use std::process::Command;

use samla_domain::certificates::{self, pdf};
use samla_model::login::PersonaKind;
use support::{persona, seeded};

const NOW: i64 = support::CASES_NOW;

fn poppler(tool: &str, pdf: &[u8], args: &[&str]) -> String {
    let dir = std::env::temp_dir().join(format!("samla-pdf-{}-{tool}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("intyg.pdf");
    std::fs::write(&file, pdf).unwrap();
    let out = Command::new(tool)
        .args(args)
        .arg(&file)
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool} (poppler-utils, installed by scripts/setup): {e}"));
    assert!(
        out.status.success(),
        "{tool}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[tokio::test]
async fn a_person_has_their_own_certificates_only() {
    let db = seeded().await;
    let anna = persona(&db, PersonaKind::Adult).await;
    let karin = persona(&db, PersonaKind::Guardian).await;
    let hers = certificates::mine(&db, &anna, NOW).await.unwrap();
    assert_eq!(hers.len(), 1);
    assert_eq!(hers[0].title, "Intyg om läkemedel för resa");
    let id = hers[0].id;
    assert!(certificates::one(&db, &anna, id).await.unwrap().is_some());
    assert!(
        certificates::one(&db, &karin, id).await.unwrap().is_none(),
        "not another's"
    );
    let karins = certificates::mine(&db, &karin, NOW).await.unwrap();
    assert!(karins.iter().all(|c| c.personnummer == karin));
}

#[test]
fn the_pdf_holds_the_certificate_as_text_with_swedish_letters_title_and_tags() {
    let body = "Anna Lindqvist behandlas med Levaxin 50 mikrogram, 1 tablett dagligen, mot hypotyreos. Hon behöver ha med sig läkemedlet under resan. Å, ä och ö ska synas rätt.";
    let bytes = pdf::render(&pdf::Content {
        title: "Intyg om läkemedel för resa",
        person: "Anna Lindqvist",
        personnummer: "19850101-2389",
        issued: "1 november 2026",
        valid_until: Some("1 november 2027"),
        body,
        issuer: "Eva Nord, leg. läkare",
        clinic: "Vårdcentralen Södra",
    })
    .unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = poppler("pdftotext", &bytes, &["-enc", "UTF-8"]);
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Intyg om läkemedel för resa",
        "Namn: Anna Lindqvist",
        "Personnummer: 19850101-2389",
        "Giltigt till: 1 november 2027",
        "Hon behöver ha med sig läkemedlet under resan.",
        "Å, ä och ö ska synas rätt.",
        "Eva Nord, leg. läkare",
        "Vårdcentralen Södra",
    ] {
        assert!(words.contains(expected), "{expected:?} in {words:?}");
    }
    let info = poppler("pdfinfo", &bytes, &[]);
    assert!(
        info.contains("Title:") && info.contains("Intyg om läkemedel för resa"),
        "{info}"
    );
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Pages:           1"), "{info}");
}
