//! Server functions: thin — who is asking, may they, call the domain, answer.

pub mod content;
pub mod set_language;
