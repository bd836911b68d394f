//! Server functions: thin — who is asking, may they, call the domain, answer.

pub mod content;
pub mod find_care;
pub mod search;
pub mod set_language;
