//! One SeaORM entity per table.

pub mod catalogue_version;
pub mod clinic;
pub mod clinic_case_type;
pub mod clinic_condition;
pub mod municipality;
pub mod prelude;
pub mod region;
