//! A clinic's own e-service over HTTP, as browsers without JavaScript use it: the
//! administrator writes it (a mistake shown again with everything typed), publishes it; it is
//! then on the clinic's page and its form takes a citizen's answers as a case the clinic's
//! receiver sees. Nobody but the administrator may write or publish it.

mod support;

use axum::http::StatusCode;
use samla_model::login::PersonaKind;
use sea_orm::EntityTrait;
use support::browser::{Browser, location};
use support::staff::{clinic_of, staff_login};
use support::{browser_of, state_with, text, words_of};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const MARIA: &str = "SE2321000016-S0M3"; // administrator at clinic A
const PER: &str = "SE2321000016-S1P4"; // another clinic

#[tokio::test]
async fn an_administrator_writes_and_publishes_an_eservice_and_its_answers_arrive_as_a_case() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, MARIA).await;
    let hsa = samla_domain::entities::clinic::Entity::find_by_id(clinic)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .hsa_id;
    let catalogue = state.catalogue.clone();
    let app = samla_server::build_router(state);
    let mut maria = Browser::default();
    staff_login(&app, &mut maria, MARIA, clinic).await;
    let list = words_of(&maria.page(&app, "/personal/e-tjanster").await);
    assert!(list.contains("Mottagningens e-tjänster"), "{list}");
    assert!(list.contains("inga egna e-tjänster"), "{list}");

    // Mistakes: the editor again, each named, what was typed kept.
    let mut form = vec![
        ("titel", " "),
        ("svarsdagar", "4"),
        ("falt-1-etikett", "Vilken dos vill du ha?"),
        ("falt-1-typ", "val"),
        ("falt-1-kravs", "ja"),
        ("falt-1-val", "Första dosen"),
        ("falt-2-etikett", "Är du allergisk mot ägg?"),
        ("falt-2-typ", "ja-nej"),
        ("falt-2-kravs", "ja"),
    ];
    let response = maria.post(&app, "/personal/e-tjanster/ny", &form).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    let words = words_of(&html);
    assert!(words.contains("Skriv e-tjänstens namn."), "{words}");
    assert!(
        words.contains("Skriv minst två svarsalternativ i fält 1, ett per rad."),
        "{words}"
    );
    assert!(html.contains("value=\"Vilken dos vill du ha?\""), "{html}");
    assert!(html.contains("Första dosen</textarea>"), "{html}");
    assert!(html.contains("href=\"#falt-1-val\""), "{html}");

    form[0] = ("titel", "Anmälan till influensavaccination");
    form[5] = ("falt-1-val", "Första dosen\nPåfyllnadsdos");
    let response = maria.post(&app, "/personal/e-tjanster/ny", &form).await;
    let saved = location(&response);
    assert!(saved.ends_with("?sparad=1"), "{saved}");
    let page = saved.trim_end_matches("?sparad=1").to_owned();
    let id = page.rsplit('/').next().unwrap().to_owned();
    let editor = words_of(&maria.page(&app, &saved).await);
    assert!(editor.contains("E-tjänsten är sparad."), "{editor}");
    assert!(editor.contains("Inte publicerad"), "{editor}");

    // Not yet on the clinic's page; published, it is, with its form.
    let (mut anna, _) = browser_of(&db, PersonaKind::Adult).await;
    let clinic_page = format!("/mottagning/{hsa}");
    assert!(
        !anna
            .page(&app, &clinic_page)
            .await
            .contains("influensavaccination")
    );
    let response = maria
        .post(
            &app,
            "/api/staff_publish_eservice",
            &[("id", &id), ("publicera", "ja")],
        )
        .await;
    assert_eq!(location(&response), format!("{page}?publicerad=1"));
    catalogue.refresh(&db).await.unwrap();
    let slug = "anmalan-till-influensavaccination";
    let href = format!("/arenden/nytt?mottagning={hsa}&amp;tjanst={slug}");
    let html = anna.page(&app, &clinic_page).await;
    assert!(html.contains(&href), "{html}");
    let found = anna.page(&app, "/hitta-vard?q=influensavaccination").await;
    assert!(
        found.contains(&clinic_page),
        "find care finds it by its title"
    );
    let html = anna.page(&app, &href.replace("&amp;", "&")).await;
    assert!(html.contains("<option value=\"Påfyllnadsdos\">"), "{html}");
    assert!(html.contains("type=\"radio\""), "{html}");

    // A wrong choice is named; a right one is sent and reaches the receiver.
    let answer = |dose: &'static str| {
        vec![
            ("mottagning", hsa.clone()),
            ("tjanst", slug.to_owned()),
            ("steg", "skicka".to_owned()),
            ("svar-falt-1", dose.to_owned()),
            ("svar-falt-2", "nej".to_owned()),
        ]
    };
    let wrong = answer("Tredje dosen");
    let wrong: Vec<(&str, &str)> = wrong.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let html = text(anna.post(&app, "/arenden/nytt", &wrong).await).await;
    assert!(
        words_of(&html).contains("Välj ett av svarsalternativen."),
        "{html}"
    );
    let right = answer("Påfyllnadsdos");
    let right: Vec<(&str, &str)> = right.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = anna.post(&app, "/arenden/nytt", &right).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let cases = words_of(&eva.page(&app, "/personal/arenden").await);
    assert!(
        cases.contains("Anmälan till influensavaccination"),
        "{cases}"
    );

    // Withdrawn: gone from the clinic's page and its form.
    maria
        .post(
            &app,
            "/api/staff_publish_eservice",
            &[("id", &id), ("publicera", "nej")],
        )
        .await;
    assert!(!anna.page(&app, &clinic_page).await.contains(slug));
    let gone = anna.get(&app, &href.replace("&amp;", "&")).await;
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn only_the_administrator_may_write_or_publish_the_clinics_eservices() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, MARIA).await;
    let app = samla_server::build_router(state);
    let mut maria = Browser::default();
    staff_login(&app, &mut maria, MARIA, clinic).await;
    let form = [
        ("titel", "Matrisformuläret"),
        ("svarsdagar", "3"),
        ("falt-1-etikett", "Fråga"),
        ("falt-1-typ", "rad"),
    ];
    let saved = location(&maria.post(&app, "/personal/e-tjanster/ny", &form).await);
    let page = saved.trim_end_matches("?sparad=1").to_owned();
    let id = page.rsplit('/').next().unwrap().to_owned();
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    let mut per = Browser::default();
    staff_login(&app, &mut per, PER, clinic_of(&db, PER).await).await;
    for (who, browser) in [("receiver", &mut eva), ("other clinic", &mut per)] {
        let html = browser.page(&app, "/personal/e-tjanster").await;
        assert!(
            words_of(&html).contains("Bara mottagningens administratör"),
            "{who}"
        );
        assert!(!html.contains("Matrisformuläret"), "{who}: {html}");
        assert!(
            !browser.page(&app, &page).await.contains("Matrisformuläret"),
            "{who}"
        );
        let changed = browser
            .post(&app, &page, &[("titel", "Kapad"), ("svarsdagar", "3")])
            .await;
        assert_eq!(changed.status(), StatusCode::NOT_FOUND, "{who}");
        let new = browser.post(&app, "/personal/e-tjanster/ny", &form).await;
        assert_eq!(new.status(), StatusCode::NOT_FOUND, "{who}");
        let published = browser
            .post(
                &app,
                "/api/staff_publish_eservice",
                &[("id", &id), ("publicera", "ja")],
            )
            .await;
        assert_eq!(published.status(), StatusCode::NOT_FOUND, "{who}");
    }
    // A citizen's session is no staff session: to the staff login.
    let (mut anna, _) = browser_of(&db, PersonaKind::Adult).await;
    let response = anna.post(&app, "/personal/e-tjanster/ny", &form).await;
    assert!(location(&response).starts_with("/personal/logga-in"));
    let list = samla_domain::staff::eservices::list(
        &db,
        &samla_model::staff::StaffViewer {
            hsa_id: MARIA.into(),
            given_name: String::new(),
            family_name: String::new(),
            title: String::new(),
            clinic_id: clinic,
            clinic_hsa_id: String::new(),
            clinic_name: String::new(),
            roles: vec![samla_model::staff::StaffRole::Admin],
            expires_at: 0,
        },
    )
    .await
    .unwrap();
    assert_eq!(list.len(), 1);
    assert!(!list[0].published, "still as the administrator left it");
    assert_eq!(list[0].form.title_sv, "Matrisformuläret");
}
