//! Server-only domain: database entities, migrations, services and demo data.
//! No web or Leptos types live here, so everything is testable on a bare database.

pub mod access_log;
pub mod accounts;
pub mod attachments;
pub mod booking;
pub mod cases;
pub mod catalogue;
pub mod certificates;
pub mod clinic_edit;
pub mod clinic_side;
pub mod content;
pub mod db;
pub mod entities;
pub mod eservices;
pub mod file_store;
pub mod find_care;
pub mod guardian_notices;
pub mod inbox;
pub mod invitations;
pub mod journal;
pub mod login_limits;
pub mod medicines;
pub mod migration;
pub mod oidc_logins;
pub mod outbox;
pub mod paging;
pub mod proxy;
pub mod raw_sql;
pub mod regions;
pub mod reminders;
pub mod retention;
pub mod search;
pub mod secrets;
pub mod seed;
pub mod sessions;
pub mod settings;
pub mod staff;
pub mod swedish_date;
pub mod test_idp;
pub mod timeline;
pub mod working_days;

pub use sea_orm::{DatabaseConnection, DbErr};
