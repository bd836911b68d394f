//! "Mina läkemedel" and renewal through the whole router, as a browser without JavaScript
//! sees them; the rules of DOMAIN.md §4 for who sees the list.

mod support;

use samla_domain::entities::{care_case, prelude::*};
use samla_model::login::PersonaKind;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use support::logged_in;

/// The ids in the `/forny-recept/{id}` links of `page`, in order.
fn renew_links(page: &str) -> Vec<i64> {
    page.split("href=\"/forny-recept/")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse().ok())
        .collect()
}

#[tokio::test]
async fn the_list_shows_what_is_taken_now_and_renewing_sends_a_case() {
    let (app, db, mut anna, owner) = logged_in(PersonaKind::Adult).await;
    let page = anna.page(&app, "/forny-recept").await;
    assert!(page.contains("<h1>Mina läkemedel</h1>"), "{page}");
    assert!(
        page.contains("Läkemedel du har nu") && page.contains("Tidigare registrerade läkemedel")
    );
    assert!(
        page.contains("Levaxin 50 mikrogram tablett") && page.contains("1 tablett på morgonen")
    );
    assert!(
        page.contains("Dags att förnya"),
        "her Levaxin runs out within a month"
    );
    assert!(page.contains("Eva Nord, leg. läkare"));
    let links = renew_links(&page);
    assert!(
        links.len() > 1,
        "the current one and the earlier ones: {links:?}"
    );

    let ask = anna
        .page(&app, &format!("/forny-recept/{}", links[0]))
        .await;
    assert!(ask.contains("Du kan vänta dig svar senast"), "{ask}");
    assert!(ask.contains("action=\"/api/renew_medicine\""));
    let before = CareCase::find()
        .filter(care_case::Column::Personnummer.eq(&owner))
        .count(&db)
        .await
        .unwrap();
    let to = anna
        .submit(
            &app,
            "/api/renew_medicine",
            &[
                ("prescription", &links[0].to_string()),
                ("note", "Inga biverkningar."),
            ],
        )
        .await;
    assert!(
        to.starts_with("/arenden/") && to.ends_with("?skickat=1"),
        "{to}"
    );
    let case = anna.page(&app, &to).await;
    assert!(case.contains("Ditt ärende är skickat till mottagningen."));
    assert!(case.contains("Levaxin 50 mikrogram tablett") && case.contains("Inga biverkningar."));
    assert_eq!(
        CareCase::find()
            .filter(care_case::Column::Personnummer.eq(&owner))
            .count(&db)
            .await
            .unwrap(),
        before + 1
    );
    let log = anna.page(&app, "/installningar/vem-har-last").await;
    assert!(
        log.contains("Mina läkemedel"),
        "the read is in the access log"
    );
}

#[tokio::test]
async fn a_note_too_long_comes_back_with_the_text_and_sends_nothing() {
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let id = renew_links(&anna.page(&app, "/forny-recept").await)[0];
    let cases = CareCase::find().count(&db).await.unwrap();
    let long = format!("Yrsel{}", "a".repeat(5_000));
    let back = anna
        .submit(
            &app,
            "/api/renew_medicine",
            &[("prescription", &id.to_string()), ("note", &long)],
        )
        .await;
    assert!(
        back.starts_with(&format!("/forny-recept/{id}?fel=for-lang&anteckning=Yrsel")),
        "{back}"
    );
    let page = anna.page(&app, &back).await;
    assert!(page.contains("Texten är för lång. Korta den."));
    assert!(page.contains(">Yrselaaa"), "what she wrote is kept");
    assert!(page.contains("aria-invalid=\"true\""));
    assert_eq!(CareCase::find().count(&db).await.unwrap(), cases);
}

#[tokio::test]
async fn someone_elses_prescription_is_not_found_and_not_renewed() {
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let (mut gunnar, _) = support::browser_of(&db, PersonaKind::Elderly).await;
    let his = renew_links(&gunnar.page(&app, "/forny-recept").await)[0];
    let page = anna.page(&app, &format!("/forny-recept/{his}")).await;
    assert!(page.contains("Receptet finns inte i din lista"), "{page}");
    assert!(!page.contains("Enalapril") && !page.contains("Metformin"));
    let cases = CareCase::find().count(&db).await.unwrap();
    let to = anna
        .submit(
            &app,
            "/api/renew_medicine",
            &[("prescription", &his.to_string()), ("note", "")],
        )
        .await;
    assert!(to.contains("fel=finns-inte"), "{to}");
    assert_eq!(CareCase::find().count(&db).await.unwrap(), cases);
}

/// §4: "for children under 16 the list is not shown in forms that contain it" — guarded by
/// `samla_model::medicines::list_hidden` (the age test) through `api::medicines::on_server::hidden`,
/// which `my_medicines`, `my_medicine` and `renew_medicine` all call.
#[tokio::test]
async fn the_15_year_old_sees_no_list_not_even_in_the_renewal_form() {
    let (app, db, mut nora, owner) = logged_in(PersonaKind::Teen).await;
    let page = nora.page(&app, "/forny-recept").await;
    assert!(
        page.contains("Listan med tidigare registrerade läkemedel visas från 16 år."),
        "{page}"
    );
    for name in ["Bricanyl", "Flutide", "Eva Nord"] {
        assert!(!page.contains(name), "{name}");
    }
    assert!(renew_links(&page).is_empty());
    // She may still write to her clinic: the renewal form, in words, without the list.
    let form_at = page
        .split("href=\"/arenden/nytt?")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|q| format!("/arenden/nytt?{}", q.replace("&amp;", "&")))
        .expect("a link to the renewal form");
    assert!(form_at.contains("tjanst=fornya-recept"), "{form_at}");
    let form = nora.page(&app, &form_at).await;
    assert!(form.contains("Vilket läkemedel vill du förnya?"), "{form}");
    assert!(form.contains("visas från 16 år"));
    assert!(!form.contains("Flutide") && !form.contains("Förnya från din lista"));
    // Nor by asking for one of hers directly.
    let hers: Vec<i64> =
        samla_domain::medicines::mine(&db, &owner, samla_server::notifier::unix_now())
            .await
            .unwrap()
            .iter()
            .map(|m| m.id)
            .collect();
    assert!(!hers.is_empty());
    let ask = nora.page(&app, &format!("/forny-recept/{}", hers[0])).await;
    assert!(
        !ask.contains("Flutide") && !ask.contains("Bricanyl"),
        "{ask}"
    );
    let cases = CareCase::find().count(&db).await.unwrap();
    let to = nora
        .submit(
            &app,
            "/api/renew_medicine",
            &[("prescription", &hers[0].to_string()), ("note", "")],
        )
        .await;
    assert!(to.contains("fel=finns-inte"), "{to}");
    assert_eq!(CareCase::find().count(&db).await.unwrap(), cases);
}

/// §4: "from 16 the youth sees the list when logged in as themself" — the other side of the
/// same age test: the renewal form of an adult holds the list.
#[tokio::test]
async fn from_16_the_renewal_form_holds_the_list_of_that_clinic() {
    let (app, db, mut anna, _) = logged_in(PersonaKind::Adult).await;
    let id = renew_links(&anna.page(&app, "/forny-recept").await)[0];
    let row = Prescription::find_by_id(id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let hsa = Clinic::find_by_id(row.clinic_id)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .hsa_id;
    let form = anna
        .page(
            &app,
            &format!("/arenden/nytt?mottagning={hsa}&tjanst=fornya-recept"),
        )
        .await;
    assert!(form.contains("Förnya från din lista"), "{form}");
    let at = form.find("Förnya från din lista").unwrap();
    assert!(
        form.contains("Förnya Levaxin 50 mikrogram tablett"),
        "{}",
        &form[at..at + 600]
    );
    assert_eq!(renew_links(&form), vec![id], "the current one only");
}
