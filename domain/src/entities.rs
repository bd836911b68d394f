//! One SeaORM entity per table.

pub mod access_log;
pub mod account;
pub mod attachment;
pub mod booking;
pub mod care_case;
pub mod case_message;
pub mod catalogue_version;
pub mod clinic;
pub mod clinic_case_type;
pub mod clinic_condition;
pub mod clinic_schedule;
pub mod consent;
pub mod guardianship;
pub mod local_eservice;
pub mod login_failure;
pub mod login_order;
pub mod municipality;
pub mod oidc_login;
pub mod outbox;
pub mod person;
pub mod prelude;
pub mod region;
pub mod session;
pub mod slot_day;
pub mod test_persona;
pub mod visit_slot;
