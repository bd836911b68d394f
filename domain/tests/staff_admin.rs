//! The clinic administrator's work (DOMAIN.md §7) on a real database (SQLite here;
//! PostgreSQL too when the test command starts one): roles granted and taken back — in force
//! at the member's next request — the last administrator kept, another clinic activated; none
//! of it for a member who is no administrator.

mod support;

use samla_domain::entities::{clinic, prelude::*};
use samla_domain::staff::admin::{self, Changed};
use samla_domain::staff::{members, sessions};
use samla_model::staff::StaffRole;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use support::CASES_NOW as NOW;
use support::staff::{logged_in, staffed};

const EVA: &str = "SE2321000016-S0E1"; // receiver at clinic A
const JOHAN: &str = "SE2321000016-S0J2"; // handler at clinic A
const MARIA: &str = "SE2321000016-S0M3"; // administrator at clinic A

#[tokio::test]
async fn the_administrator_grants_and_takes_back_roles_in_force_at_once() {
    let db = staffed().await;
    let maria = logged_in(&db, MARIA).await;
    let names: Vec<String> = admin::holders(&db, &maria)
        .await
        .unwrap()
        .iter()
        .map(|h| format!("{} {}", h.member.given_name, h.member.family_name))
        .collect();
    assert_eq!(names, ["Johan Berg", "Eva Lind", "Maria Nilsson"]);
    // Johan's session, open before the change.
    let clinic = maria.clinic_id;
    let session = sessions::open(&db, JOHAN, clinic, NOW)
        .await
        .unwrap()
        .unwrap();
    let roles = async || {
        sessions::resolve(&db, &session, NOW, true)
            .await
            .unwrap()
            .unwrap()
            .roles
    };
    assert_eq!(roles().await, [StaffRole::Handler]);
    assert_eq!(
        admin::grant(&db, &maria, JOHAN, StaffRole::Receiver, NOW)
            .await
            .unwrap(),
        Changed::Done
    );
    assert_eq!(roles().await, [StaffRole::Receiver, StaffRole::Handler]);
    assert_eq!(
        admin::grant(&db, &maria, JOHAN, StaffRole::Receiver, NOW)
            .await
            .unwrap(),
        Changed::Unchanged
    );
    assert_eq!(
        admin::grant(&db, &maria, "SE2321000016-NOBODY", StaffRole::Receiver, NOW)
            .await
            .unwrap(),
        Changed::NoSuch
    );
    assert_eq!(
        admin::revoke(&db, &maria, JOHAN, StaffRole::Receiver, NOW)
            .await
            .unwrap(),
        Changed::Done
    );
    assert_eq!(roles().await, [StaffRole::Handler]);
    // The clinic's only administrator stays one.
    assert_eq!(
        admin::revoke(&db, &maria, MARIA, StaffRole::Admin, NOW)
            .await
            .unwrap(),
        Changed::LastAdmin
    );
    assert!(
        members::holds(&db, MARIA, clinic, StaffRole::Admin)
            .await
            .unwrap()
    );
    // With a second administrator, she may step down.
    admin::grant(&db, &maria, EVA, StaffRole::Admin, NOW)
        .await
        .unwrap();
    assert_eq!(
        admin::revoke(&db, &maria, MARIA, StaffRole::Admin, NOW)
            .await
            .unwrap(),
        Changed::Done
    );
}

#[tokio::test]
async fn only_an_administrator_changes_roles_or_activates_clinics() {
    let db = staffed().await;
    let eva = logged_in(&db, EVA).await;
    assert!(admin::holders(&db, &eva).await.unwrap().is_empty());
    assert_eq!(
        admin::grant(&db, &eva, EVA, StaffRole::Admin, NOW)
            .await
            .unwrap(),
        Changed::NotAllowed
    );
    assert_eq!(
        admin::revoke(&db, &eva, JOHAN, StaffRole::Handler, NOW)
            .await
            .unwrap(),
        Changed::NotAllowed
    );
    let any = Clinic::find().one(&db).await.unwrap().unwrap();
    assert_eq!(
        admin::activate(&db, &eva, &any.hsa_id, NOW)
            .await
            .unwrap()
            .0,
        Changed::NotAllowed
    );
    assert!(
        !members::holds(&db, EVA, eva.clinic_id, StaffRole::Admin)
            .await
            .unwrap()
    );
}

#[tokio::test]
async fn the_administrator_activates_another_clinic_and_administers_it() {
    let db = staffed().await;
    let maria = logged_in(&db, MARIA).await;
    let activated: Vec<i32> = StaffClinic::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.clinic_id)
        .collect();
    let other = Clinic::find()
        .filter(clinic::Column::Id.is_not_in(activated))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let (done, name) = admin::activate(&db, &maria, &other.hsa_id, NOW)
        .await
        .unwrap();
    assert_eq!(
        (done, name.as_deref()),
        (Changed::Done, Some(other.name.as_str()))
    );
    let member = members::find(&db, MARIA).await.unwrap().unwrap();
    let there = member
        .clinics
        .iter()
        .find(|c| c.id == other.id)
        .expect("now hers too");
    assert_eq!(there.roles, [StaffRole::Admin]);
    assert!(
        sessions::open(&db, MARIA, other.id, NOW)
            .await
            .unwrap()
            .is_some(),
        "she can log in there"
    );
    assert_eq!(
        admin::activate(&db, &maria, &other.hsa_id, NOW)
            .await
            .unwrap()
            .0,
        Changed::Unchanged
    );
    assert_eq!(
        admin::activate(&db, &maria, "SE000-NOPE", NOW)
            .await
            .unwrap()
            .0,
        Changed::NoSuch
    );
}
