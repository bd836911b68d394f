//! Schema migrations, applied in order at start-up on SQLite and PostgreSQL alike.

use sea_orm_migration::prelude::*;

mod m20261122_000001_create_places_and_clinics;
mod m20261201_000001_create_catalogue_version;
mod m20261202_000001_create_identity_and_sessions;
mod m20261203_000001_create_outbox_and_access_log;
mod m20261204_000001_create_cases_and_messages;
mod m20261205_000001_create_attachments;
mod m20261206_000001_create_bookings;
mod m20261207_000001_create_health_records;
mod m20261208_000001_add_prescription_run_out;
mod m20261209_000001_add_proxy;
mod m20261210_000001_create_staff;
mod m20261211_000001_create_reply_templates;
mod m20261212_000001_add_local_eservice_publishing;
mod m20261213_000001_create_invitations;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_places_and_clinics::Migration),
            Box::new(m20261201_000001_create_catalogue_version::Migration),
            Box::new(m20261202_000001_create_identity_and_sessions::Migration),
            Box::new(m20261203_000001_create_outbox_and_access_log::Migration),
            Box::new(m20261204_000001_create_cases_and_messages::Migration),
            Box::new(m20261205_000001_create_attachments::Migration),
            Box::new(m20261206_000001_create_bookings::Migration),
            Box::new(m20261207_000001_create_health_records::Migration),
            Box::new(m20261208_000001_add_prescription_run_out::Migration),
            Box::new(m20261209_000001_add_proxy::Migration),
            Box::new(m20261210_000001_create_staff::Migration),
            Box::new(m20261211_000001_create_reply_templates::Migration),
            Box::new(m20261212_000001_add_local_eservice_publishing::Migration),
            Box::new(m20261213_000001_create_invitations::Migration),
        ]
    }
}
