//! A clinic's own e-services (DOMAIN.md §7) on a real database (SQLite here; PostgreSQL too
//! when the test command starts one): the administrator writes one, citizens see it only
//! once published — on the clinic's page, in find care and as a form — and its answers
//! arrive at the clinic as a case; nobody else may write, see or publish it.

mod support;

use samla_domain::cases::{self, Writer};
use samla_domain::entities::{prelude::*, staff_audit};
use samla_domain::find_care::{ClinicIndex, SwedishNow, clinic_detail, find_clinics};
use samla_domain::staff::eservices::{self, Saved};
use samla_model::case::{Author, FieldKind, ProblemKind};
use samla_model::clinic::FindCareQuery;
use samla_model::local_eservice::{DraftProblem, EServiceDraft, FieldDraft};
use samla_model::login::PersonaKind;
use samla_model::{Lang, staff::StaffViewer};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use support::staff::{logged_in, staffed};
use support::{CASES_NOW as NOW, persona};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const MARIA: &str = "SE2321000016-S0M3"; // administrator (and more) at clinic A
const TITLE: &str = "Anmälan till influensavaccination";

fn row(label: &str, kind: FieldKind, options: &str) -> FieldDraft {
    FieldDraft {
        label: label.into(),
        hint: String::new(),
        kind: kind.code().into(),
        required: true,
        options: options.into(),
    }
}

fn draft() -> EServiceDraft {
    EServiceDraft {
        title: TITLE.into(),
        reply_days: "4".into(),
        attachments: false,
        fields: vec![
            row(
                "Vilken dos?",
                FieldKind::Choice,
                "Första dosen\nPåfyllnadsdos",
            ),
            row("När passar det?", FieldKind::Date, ""),
            row("Är du allergisk mot ägg?", FieldKind::YesNo, ""),
        ],
    }
}

async fn saved(db: &DatabaseConnection, viewer: &StaffViewer, draft: &EServiceDraft) -> i32 {
    match eservices::save(db, viewer, None, draft, NOW).await.unwrap() {
        Saved::Done(id) => id,
        other => panic!("saved: {other:?}"),
    }
}

/// Clinics find care lists for `q`.
async fn found_by(db: &DatabaseConnection, q: &str) -> Vec<String> {
    let index = ClinicIndex::build(db).await.unwrap();
    let query = FindCareQuery {
        q: q.into(),
        page: 1,
        ..Default::default()
    };
    let now = SwedishNow {
        weekday: 2,
        minute: 600,
    };
    find_clinics(&index, &query, Lang::Sv, now)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.hsa_id)
        .collect()
}

#[tokio::test]
async fn a_published_local_eservice_is_on_the_clinic_page_in_find_care_and_makes_cases() {
    let db = staffed().await;
    let maria = logged_in(&db, MARIA).await;
    let hsa = maria.clinic_hsa_id.clone();
    let now = SwedishNow {
        weekday: 2,
        minute: 600,
    };
    let id = saved(&db, &maria, &draft()).await;
    let slug = "anmalan-till-influensavaccination";
    // Written, not published: citizens see nothing of it.
    assert!(
        samla_domain::eservices::find(&db, &hsa, slug)
            .await
            .unwrap()
            .is_none()
    );
    let page = clinic_detail(&db, &hsa, Lang::Sv, now)
        .await
        .unwrap()
        .unwrap();
    assert!(page.local_eservices.is_empty());
    assert!(!found_by(&db, "influensavaccination").await.contains(&hsa));

    assert_eq!(
        eservices::publish(&db, &maria, id, true, NOW)
            .await
            .unwrap(),
        Saved::Done(id)
    );
    let page = clinic_detail(&db, &hsa, Lang::Sv, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        page.local_eservices,
        vec![(slug.to_owned(), TITLE.to_owned())]
    );
    assert_eq!(
        found_by(&db, "influensavaccination").await,
        vec![hsa.clone()]
    );
    let offered = samla_domain::eservices::find(&db, &hsa, slug)
        .await
        .unwrap()
        .unwrap();
    assert!(!offered.citizen_attachments, "the e-service says no files");
    assert_eq!(offered.form.reply_days, 4);

    // A citizen's answers are checked by the field's kind, then arrive as a case.
    let posted = |dose: &str, day: &str, egg: &str| {
        vec![
            ("falt-1".to_owned(), dose.to_owned()),
            ("falt-2".to_owned(), day.to_owned()),
            ("falt-3".to_owned(), egg.to_owned()),
        ]
    };
    let wrong = offered
        .form
        .check(&posted("Tredje dosen", "2027-02-30", "kanske"))
        .unwrap_err();
    let kinds: Vec<ProblemKind> = wrong.iter().map(|p| p.kind).collect();
    assert_eq!(
        kinds,
        [
            ProblemKind::NotAChoice,
            ProblemKind::NotADate,
            ProblemKind::NotAChoice
        ]
    );
    let answers = offered
        .form
        .check(&posted("Påfyllnadsdos", "2027-01-12", "nej"))
        .unwrap();
    let anna = persona(&db, PersonaKind::Adult).await;
    let writer = Writer {
        owner: &anna,
        author: Author::Citizen,
        name: "Anna Lindqvist",
    };
    let case = cases::start(&db, &writer, &offered, &answers, &[], NOW)
        .await
        .unwrap();
    let row = CareCase::find_by_id(case).one(&db).await.unwrap().unwrap();
    assert_eq!(row.clinic_id, maria.clinic_id);
    assert_eq!(row.eservice, slug);
    assert!(!row.citizen_attachments);
    let first = samla_domain::cases::answers_text(&offered.form, &answers);
    assert!(first.contains("Vilken dos?\nPåfyllnadsdos"), "{first}");
    assert!(first.contains("Är du allergisk mot ägg?\nNej"), "{first}");

    // Changed: same address; withdrawn: gone from the page, find care and the forms.
    let mut changed = draft();
    changed.title = "Vaccination mot influensa".into();
    let again = eservices::save(&db, &maria, Some(id), &changed, NOW)
        .await
        .unwrap();
    assert_eq!(again, Saved::Done(id));
    let page = clinic_detail(&db, &hsa, Lang::Sv, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        page.local_eservices[0],
        (slug.to_owned(), "Vaccination mot influensa".to_owned())
    );
    eservices::publish(&db, &maria, id, false, NOW)
        .await
        .unwrap();
    assert!(
        samla_domain::eservices::find(&db, &hsa, slug)
            .await
            .unwrap()
            .is_none()
    );
    assert!(!found_by(&db, "influensa").await.contains(&hsa));
    // Every change is in the audit log.
    let audited = StaffAudit::find()
        .filter(staff_audit::Column::HsaId.eq(MARIA))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .filter(|a| a.contains("e-tjanst"))
        .collect::<Vec<_>>();
    assert_eq!(
        audited,
        [
            "spara-e-tjanst",
            "publicera-e-tjanst",
            "spara-e-tjanst",
            "avpublicera-e-tjanst"
        ]
    );
}

#[tokio::test]
async fn only_the_clinics_administrator_writes_sees_or_publishes_its_eservices() {
    let db = staffed().await;
    let maria = logged_in(&db, MARIA).await;
    let eva = logged_in(&db, EVA).await;
    let id = saved(&db, &maria, &draft()).await;
    // A receiver of the same clinic: nothing, and nothing written.
    assert!(eservices::list(&db, &eva).await.unwrap().is_empty());
    assert!(eservices::find(&db, &eva, id).await.unwrap().is_none());
    assert_eq!(
        eservices::save(&db, &eva, None, &draft(), NOW)
            .await
            .unwrap(),
        Saved::NotFound
    );
    assert_eq!(
        eservices::save(&db, &eva, Some(id), &draft(), NOW)
            .await
            .unwrap(),
        Saved::NotFound
    );
    assert_eq!(
        eservices::publish(&db, &eva, id, true, NOW).await.unwrap(),
        Saved::NotFound
    );
    // An administrator of another clinic: the same.
    let other = StaffViewer {
        clinic_id: maria.clinic_id + 1,
        ..maria.clone()
    };
    assert!(eservices::list(&db, &other).await.unwrap().is_empty());
    assert_eq!(
        eservices::publish(&db, &other, id, true, NOW)
            .await
            .unwrap(),
        Saved::NotFound
    );
    assert_eq!(
        eservices::save(&db, &other, Some(id), &draft(), NOW)
            .await
            .unwrap(),
        Saved::NotFound
    );
    let list = eservices::list(&db, &maria).await.unwrap();
    assert_eq!(list.len(), 1);
    assert!(!list[0].published);
    assert_eq!(list[0].form.title_sv, TITLE);
}

#[tokio::test]
async fn a_draft_with_mistakes_writes_nothing_and_a_second_title_gets_its_own_address() {
    let db = staffed().await;
    let maria = logged_in(&db, MARIA).await;
    let mut bad = draft();
    bad.reply_days = "40".into();
    bad.fields[0].options = "Bara en".into();
    let refused = eservices::save(&db, &maria, None, &bad, NOW).await.unwrap();
    assert_eq!(
        refused,
        Saved::Refused(vec![
            DraftProblem::ReplyDays,
            DraftProblem::TooFewOptions(0)
        ])
    );
    assert!(eservices::list(&db, &maria).await.unwrap().is_empty());
    saved(&db, &maria, &draft()).await;
    saved(&db, &maria, &draft()).await;
    let list = eservices::list(&db, &maria).await.unwrap();
    let mut addresses: Vec<&str> = list.iter().map(|l| l.form.slug.as_str()).collect();
    addresses.sort();
    assert_eq!(
        addresses,
        [
            "anmalan-till-influensavaccination",
            "anmalan-till-influensavaccination-2"
        ]
    );
    // A title like a standard e-service's does not take its address.
    let mut contact = draft();
    contact.title = "Kontakta".into();
    let id = saved(&db, &maria, &contact).await;
    let found = eservices::find(&db, &maria, id).await.unwrap().unwrap();
    assert_eq!(found.form.slug, "kontakta-2");
}
