//! A clinic that changes is found by its new name through find care and the site search,
//! without a restart, by this instance and by another one on the same database.

mod support;

use std::time::Duration;

use samla_domain::clinic_edit::{ClinicEdit, edit_clinic};
use samla_server::{catalogue_refresh, router::build_router};
use support::{get, state_with, text};

/// Waits (up to 10 s) until `path` answers a page containing `wanted`; the page's HTML.
async fn page_with(app: &axum::Router, path: &str, wanted: &str) -> String {
    for _ in 0..100 {
        let html = text(get(app, path).await).await;
        if html.contains(wanted) {
            return html;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{path} never showed {wanted:?}");
}

#[tokio::test]
async fn an_edited_clinic_is_found_by_its_new_name_on_every_instance_without_a_restart() {
    // Two instances on one database file: the first seeds it.
    let file = std::env::temp_dir().join(format!("samla-catalogue-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let url = format!("sqlite://{}?mode=rwc", file.display());
    let env = [("DATABASE_URL", url.as_str())];
    let one = state_with(&env, false).await;
    let other = state_with(&env, false).await;
    for state in [&one, &other] {
        catalogue_refresh::spawn(
            state.catalogue.clone(),
            state.db.clone(),
            Duration::from_millis(100),
        );
    }
    let (app_one, app_other) = (build_router(one.clone()), build_router(other.clone()));

    let before = text(get(&app_one, "/hitta-vard?q=Solrosen").await).await;
    assert!(
        !before.contains("Vårdcentralen Solrosen"),
        "no such clinic yet"
    );
    // The first clinic in Lund, and its name: `<a href="/mottagning/ID">NAME</a>`.
    let (hsa_id, old_name) = {
        let html = text(get(&app_one, "/hitta-vard?q=vardcentralen+lund").await).await;
        let at = html.find("/mottagning/").expect("a clinic link") + "/mottagning/".len();
        let (id, rest) = html[at..].split_once('"').unwrap();
        let name = rest.split_once('>').unwrap().1.split('<').next().unwrap();
        (id.to_owned(), name.to_owned())
    };
    assert!(old_name.starts_with("Vårdcentralen Lund"), "{old_name}");

    edit_clinic(
        &one.db,
        &hsa_id,
        ClinicEdit {
            name: "Vårdcentralen Solrosen".into(),
            street: "Blomstergatan 3".into(),
            postal_code: "22100".into(),
            city: "Dalby".into(),
        },
    )
    .await
    .unwrap();

    for app in [&app_one, &app_other] {
        let found = page_with(app, "/hitta-vard?q=solrosen", "Vårdcentralen Solrosen").await;
        assert!(found.contains(&format!("/mottagning/{hsa_id}")));
        assert!(found.contains("Blomstergatan 3"));
        let searched = page_with(app, "/sok?q=solrosen", "Vårdcentralen Solrosen").await;
        assert!(searched.contains(&format!("/mottagning/{hsa_id}")));
    }
    // The old name finds it no more, on either instance.
    let old = format!("/hitta-vard?q={}", old_name.replace(' ', "+"));
    for app in [&app_one, &app_other] {
        let html = text(get(app, &old).await).await;
        assert!(
            !html.contains(&format!("/mottagning/{hsa_id}\"")),
            "{old} still finds it"
        );
    }
    let _ = std::fs::remove_file(&file);
}
