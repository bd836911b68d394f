//! Acting for a child (ombud, DOMAIN.md §4) through the whole router, as a browser without
//! JavaScript uses it: the choice of child, the refusals, the banner on every page and the one
//! click back, the child's data and never the guardian's own, the medicines list hidden, a case
//! started by the guardian in the child's name, the child's access log naming the guardian, the
//! guardian's own notification settings under the child, and the youth's review at 13.

mod support;

use axum::http::StatusCode;
use samla_domain::entities::{care_case, person, prelude::*};
use samla_model::login::PersonaKind;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use support::browser::{Browser, location};
use support::{contact_clinic, log_in_typed, logged_in, text, words_of};

async fn child(db: &DatabaseConnection, given: &str) -> String {
    Person::find()
        .filter(person::Column::GivenName.eq(given))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .personnummer
}

const BANNER: &str = "Du agerar ombud för";

#[tokio::test]
async fn a_guardian_is_offered_only_the_child_under_13_without_protected_data() {
    let (app, db, mut karin, _) = logged_in(PersonaKind::Guardian).await;
    let start = karin.page(&app, "/").await;
    assert!(
        start.contains(r#"href="/ombud""#),
        "the start page leads there"
    );
    let page = words_of(&karin.page(&app, "/ombud").await);
    assert!(page.contains("Elsa Andersson , 6 år"), "{page}");
    // Leo (protected) and Vera (13) are not named; the rule is explained in general.
    assert!(!page.contains("Leo") && !page.contains("Vera"), "{page}");
    assert!(page.contains("Ser du inte alla dina barn?"));
    assert!(page.contains("skyddade personuppgifter"));
    // Posting the protected child's number anyway: refused, with the same words for every
    // reason, and nothing about Leo.
    let leo = child(&db, "Leo").await;
    let to = karin
        .submit(&app, "/api/act_for_child", &[("child", &leo)])
        .await;
    assert_eq!(to, "/ombud?nekad=1");
    let refused = karin.page(&app, &to).await;
    assert!(refused.contains("Det går inte att agera ombud för det barnet."));
    assert!(!refused.contains("Leo") && !refused.contains(&leo));
    let vera = child(&db, "Vera").await;
    let to = karin
        .submit(&app, "/api/act_for_child", &[("child", &vera)])
        .await;
    assert_eq!(to, "/ombud?nekad=1");
    assert!(!karin.page(&app, "/").await.contains(BANNER));
    // Someone who is not the child's guardian: refused too.
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let elsa = child(&db, "Elsa").await;
    let to = anna
        .submit(&app, "/api/act_for_child", &[("child", &elsa)])
        .await;
    assert_eq!(to, "/ombud?nekad=1");
    assert!(!anna.page(&app, "/inkorg").await.contains("Elsa"));
    assert!(
        !anna.page(&app, "/").await.contains(r#"href="/ombud""#),
        "no children, no link"
    );
    // Nobody: through login.
    let response = Browser::default().get(&app, "/ombud").await;
    assert_eq!(location(&response), "/logga-in?next=/ombud");
}

#[tokio::test]
async fn acting_for_the_6_year_old_shows_her_data_with_a_banner_and_one_click_back() {
    let (app, db, mut karin, karin_pnr) = logged_in(PersonaKind::Guardian).await;
    let elsa = child(&db, "Elsa").await;
    let to = karin
        .submit(&app, "/api/act_for_child", &[("child", &elsa)])
        .await;
    assert_eq!(to, "/");
    let start = words_of(&karin.page(&app, "/").await);
    assert!(
        start.contains("Du agerar ombud för Elsa Andersson Tillbaka till dina egna sidor"),
        "{start}"
    );
    assert!(
        start.contains("Hej Karin Du ser uppgifterna för Elsa Andersson"),
        "{start}"
    );
    // On every page, open ones too.
    for page in [
        "/inkorg",
        "/handelser",
        "/journalen",
        "/halsa",
        "/hitta-vard",
        "/installningar",
    ] {
        let html = karin.page(&app, page).await;
        assert!(html.contains(BANNER), "{page}");
    }
    // Elsa's record, not Karin's: her visits at the child health centre.
    let journal = karin.page(&app, "/journalen").await;
    assert!(
        journal.contains("Hälsobesök på barnavårdscentralen"),
        "{journal}"
    );
    karin.submit(&app, "/api/stop_acting", &[]).await;
    let own = karin.page(&app, "/journalen").await;
    assert!(
        !own.contains("Hälsobesök på barnavårdscentralen"),
        "not in Karin's own"
    );
    karin
        .submit(&app, "/api/act_for_child", &[("child", &elsa)])
        .await;
    // The guardian never sees the child's medicines (§4): not the list, not in the events flow
    // (Elsa is given Anna's Levaxin here, so there is one to hide).
    let medicines = karin.page(&app, "/forny-recept").await;
    assert!(
        medicines.contains("Som ombud ser du inte barnets läkemedel"),
        "{medicines}"
    );
    let now = samla_server::notifier::unix_now();
    let born = samla_domain::seed::personas::birth(&elsa).unwrap();
    samla_domain::seed::history::seed_history(
        &db,
        &elsa,
        born,
        &samla_domain::seed::history::profiles::ANNA,
        1,
        now,
    )
    .await
    .unwrap();
    assert!(
        !samla_domain::medicines::mine(&db, &elsa, now)
            .await
            .unwrap()
            .is_empty(),
        "Elsa has a prescription"
    );
    for events in ["/handelser", "/handelser?visa=lakemedel"] {
        let html = karin.page(&app, events).await;
        assert!(!html.contains("Levaxin"), "{events}: {html}");
        assert!(
            !html.contains("visa=lakemedel"),
            "no medicines filter: {events}"
        );
    }

    // A case in Elsa's name, started by the guardian (staff can see it).
    let hsa = contact_clinic(&db).await;
    let response = karin
        .post(
            &app,
            "/arenden/nytt",
            &[
                ("mottagning", hsa.as_str()),
                ("tjanst", "kontakta"),
                ("steg", "skicka"),
                ("svar-rubrik", "Elsas hosta"),
                ("svar-meddelande", "Elsa har hostat i en vecka."),
            ],
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let sent = CareCase::find()
        .filter(care_case::Column::Subject.eq("Elsas hosta"))
        .one(&db)
        .await
        .unwrap()
        .expect("the case");
    assert_eq!(sent.personnummer, elsa, "the child's case");
    assert_eq!(sent.started_by, "vardnadshavare");
    assert_eq!(sent.started_by_name, "Karin Andersson");
    let case_page = words_of(&karin.page(&app, &location(&response)).await);
    assert!(
        case_page.contains("Skickat av Karin Andersson , vårdnadshavare, för barnets räkning"),
        "{case_page}"
    );

    // Every read in proxy mode is in the child's access log with the guardian's name.
    let log = words_of(&karin.page(&app, "/installningar/vem-har-last").await);
    assert!(
        log.contains("Karin Andersson") && log.contains("Vårdnadshavare"),
        "{log}"
    );
    let entries = samla_domain::access_log::page(&db, &elsa, 1)
        .await
        .unwrap()
        .entries;
    assert!(!entries.is_empty());
    assert!(entries.iter().all(
        |e| e.reader_name == "Karin Andersson" && e.role == samla_model::access::Role::Guardian
    ));

    // One click back: the guardian's own pages, and her own cases do not hold Elsa's.
    let to = karin.submit(&app, "/api/stop_acting", &[]).await;
    assert_eq!(to, "/");
    let start = karin.page(&app, "/").await;
    assert!(!start.contains(BANNER));
    let cases = karin.page(&app, "/arenden").await;
    assert!(!cases.contains("Elsas hosta"), "Karin's own cases");
    assert!(
        karin
            .page(&app, "/forny-recept")
            .await
            .contains("Mina läkemedel")
    );
    let _ = karin_pnr;
}

#[tokio::test]
async fn the_guardians_contact_details_under_the_child_are_their_own_for_that_child() {
    let (app, db, mut karin, karin_pnr) = logged_in(PersonaKind::Guardian).await;
    let elsa = child(&db, "Elsa").await;
    karin
        .submit(&app, "/api/act_for_child", &[("child", &elsa)])
        .await;
    let settings = karin.page(&app, "/installningar").await;
    assert!(
        settings.contains("Dina kontaktuppgifter för aviseringar om barnets inkorg"),
        "{settings}"
    );
    assert!(
        !settings.contains("Får vårdgivare se"),
        "nothing about sharing in proxy mode"
    );
    assert!(
        !settings.contains("+46702345678"),
        "the form starts empty for this child"
    );
    // A mistake comes back with what was typed.
    let response = karin
        .post(
            &app,
            "/installningar",
            &[("mobile", "12"), ("notify_sms", "ja")],
        )
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert!(text(response).await.contains(r#"value="12""#));
    let response = karin
        .post(
            &app,
            "/installningar",
            &[("mobile", "070-999 99 99"), ("notify_sms", "ja")],
        )
        .await;
    assert_eq!(location(&response), "/installningar?sparat=1");
    let saved = samla_domain::guardian_notices::load(&db, &elsa, &karin_pnr)
        .await
        .unwrap()
        .expect("saved under Elsa");
    assert_eq!(saved.mobile.as_deref(), Some("+46709999999"));
    assert!(saved.notify_sms);
    // Karin's own settings are untouched, and Leo has none of hers.
    let own = Account::find_by_id(karin_pnr.clone())
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(own.mobile.as_deref(), Some("+46702345678"));
    let leo = child(&db, "Leo").await;
    assert!(
        samla_domain::guardian_notices::load(&db, &leo, &karin_pnr)
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn a_youth_reviews_her_settings_at_the_first_login_after_13() {
    let (app, db, _, karin_pnr) = logged_in(PersonaKind::Guardian).await;
    let vera = child(&db, "Vera").await;
    let mut browser = Browser::default();
    let landed = log_in_typed(&app, &mut browser, &vera, "/inkorg").await;
    assert_eq!(landed, "/installningar", "asked to review first");
    let settings = browser.page(&app, "/installningar").await;
    assert!(settings.contains("Du har fyllt 13 år"), "{settings}");
    // Nothing cleared: her guardian is still notified, and she sees it.
    assert!(settings.contains("Karin Andersson") && settings.contains("+46702345678"));
    let to = browser
        .submit(
            &app,
            "/api/stop_guardian_notice",
            &[("guardian", &karin_pnr)],
        )
        .await;
    assert_eq!(to, "/installningar?avslutad=1");
    assert!(
        samla_domain::guardian_notices::of_child(&db, &vera)
            .await
            .unwrap()
            .is_empty()
    );
    let to = browser.submit(&app, "/api/settings_reviewed", &[]).await;
    assert_eq!(to, "/");
    assert!(
        !browser
            .page(&app, "/installningar")
            .await
            .contains("Du har fyllt 13 år")
    );
    // The next login goes where she was going.
    let mut again = Browser::default();
    assert_eq!(
        log_in_typed(&app, &mut again, &vera, "/inkorg").await,
        "/inkorg"
    );
}
