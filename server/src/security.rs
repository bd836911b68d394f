//! The security baseline every response passes through.

pub mod body_limit;
pub mod csp;
pub mod headers;
pub mod login_limit;
pub mod same_origin;
