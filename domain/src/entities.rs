//! One SeaORM entity per table.

pub mod clinic;
pub mod prelude;
pub mod region;
