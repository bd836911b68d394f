//! The security baseline every response passes through.

pub mod csp;
pub mod headers;
pub mod same_origin;
