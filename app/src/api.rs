//! Server functions: thin — who is asking, may they, call the domain, answer.

pub mod set_language;
