//! The administrator's page over HTTP, as a browser without JavaScript uses it: who holds
//! which role; a role granted (in force at the member's next click) and taken back; the last
//! administrator kept; an unknown HSA-id named; another clinic activated; nobody else posts.

mod support;

use axum::http::StatusCode;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use support::browser::{Browser, location};
use support::staff::{clinic_of, staff_login};
use support::{state_with, words_of};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const JOHAN: &str = "SE2321000016-S0J2"; // handler at clinic A
const MARIA: &str = "SE2321000016-S0M3"; // administrator at clinic A

#[tokio::test]
async fn the_administrator_grants_takes_back_and_activates() {
    let state = state_with(&[], false).await;
    let db = state.db.clone();
    let clinic = clinic_of(&db, MARIA).await;
    let app = samla_server::build_router(state);
    let mut maria = Browser::default();
    staff_login(&app, &mut maria, MARIA, clinic).await;
    let mut johan = Browser::default();
    staff_login(&app, &mut johan, JOHAN, clinic).await;
    let page = words_of(&maria.page(&app, "/personal/behorigheter").await);
    assert!(
        page.contains("Johan Berg") && page.contains("Eva Lind"),
        "{page}"
    );

    // Johan, a handler, gets the receiver's role: his next page has the clinic's cases.
    let html = words_of(&johan.page(&app, "/personal/mina-arenden").await);
    assert!(!html.contains("Mottagningens ärenden"), "not yet: {html}");
    let grant = [("hsa_id", JOHAN), ("role", "arendemottagare")];
    let back = location(&maria.post(&app, "/api/staff_grant_role", &grant).await);
    assert_eq!(back, "/personal/behorigheter?klart=given");
    assert!(words_of(&maria.page(&app, &back).await).contains("Behörigheten är given."));
    let html = words_of(&johan.page(&app, "/personal/mina-arenden").await);
    assert!(
        html.contains("Mottagningens ärenden"),
        "in his navigation now: {html}"
    );
    let back = location(&maria.post(&app, "/api/staff_revoke_role", &grant).await);
    assert_eq!(back, "/personal/behorigheter?klart=borttagen");
    let html = words_of(&johan.page(&app, "/personal/mina-arenden").await);
    assert!(
        !html.contains("Mottagningens ärenden"),
        "gone again: {html}"
    );

    // Mistakes: nobody of that HSA-id; the last administrator.
    let nobody = [("hsa_id", "SE2321000016-XXXX"), ("role", "arendehanterare")];
    let back = location(&maria.post(&app, "/api/staff_grant_role", &nobody).await);
    assert!(
        words_of(&maria.page(&app, &back).await)
            .contains("Det finns ingen medarbetare med det HSA-id:t.")
    );
    let herself = [("hsa_id", MARIA), ("role", "administrator")];
    let back = location(&maria.post(&app, "/api/staff_revoke_role", &herself).await);
    assert!(words_of(&maria.page(&app, &back).await).contains("minst en administratör"));

    // Another clinic activated: she can log in there.
    let other = samla_domain::entities::clinic::Entity::find()
        .filter(samla_domain::entities::clinic::Column::Id.ne(clinic))
        .filter(
            samla_domain::entities::clinic::Column::Id
                .ne(clinic_of(&db, "SE2321000016-S1P4").await),
        )
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let back = location(
        &maria
            .post(
                &app,
                "/api/staff_activate_clinic",
                &[("hsa_id", &other.hsa_id)],
            )
            .await,
    );
    assert_eq!(back, "/personal/behorigheter?klart=aktiverad");
    let mut there = Browser::default();
    staff_login(&app, &mut there, MARIA, other.id).await;

    // Eva and Johan: not theirs.
    let mut eva = Browser::default();
    staff_login(&app, &mut eva, EVA, clinic).await;
    assert!(
        words_of(&eva.page(&app, "/personal/behorigheter").await)
            .contains("Bara mottagningens administratör")
    );
    let refused = eva
        .post(
            &app,
            "/api/staff_grant_role",
            &[("hsa_id", EVA), ("role", "administrator")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let refused = johan
        .post(
            &app,
            "/api/staff_activate_clinic",
            &[("hsa_id", &other.hsa_id)],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
}
