//! The staff tests' start: the demo with its staff, and a member logged in.

use samla_domain::DatabaseConnection;
use samla_domain::staff::{members, sessions};
use samla_model::staff::StaffViewer;

use super::{CASES_NOW, seeded};

/// The demo data, the personas and the staff, as on 1 December 2026.
pub async fn staffed() -> DatabaseConnection {
    let db = seeded().await;
    samla_domain::seed::staff::seed_staff(&db, CASES_NOW)
        .await
        .unwrap();
    db
}

/// `hsa_id` logged in at their first clinic, as the session middleware finds them.
pub async fn logged_in(db: &DatabaseConnection, hsa_id: &str) -> StaffViewer {
    let member = members::find(db, hsa_id).await.unwrap().unwrap();
    let id = sessions::open(db, hsa_id, member.clinics[0].id, CASES_NOW)
        .await
        .unwrap()
        .unwrap();
    sessions::resolve(db, &id, CASES_NOW, true)
        .await
        .unwrap()
        .unwrap()
}
