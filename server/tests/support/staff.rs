//! Staff over HTTP: a member's clinic and the test login's form.

use axum::{Router, http::StatusCode};
use samla_domain::DatabaseConnection;

use super::{browser::Browser, header_of};

/// The first clinic where `hsa_id` holds roles.
pub async fn clinic_of(db: &DatabaseConnection, hsa_id: &str) -> i32 {
    samla_domain::staff::members::find(db, hsa_id)
        .await
        .unwrap()
        .unwrap()
        .clinics[0]
        .id
}

/// Logs `hsa_id` in through the test login's form; where it lands.
pub async fn staff_login(app: &Router, browser: &mut Browser, hsa_id: &str, clinic: i32) -> String {
    let response = browser
        .post(
            app,
            "/api/staff_log_in",
            &[("hsa_id", hsa_id), ("clinic", &clinic.to_string())],
        )
        .await;
    assert_eq!(response.status(), StatusCode::FOUND, "{hsa_id} logs in");
    header_of(&response, "location").to_owned()
}
