//! Server functions: thin — who is asking, may they, call the domain, answer.

pub mod attachments;
pub mod booking;
pub mod cases;
pub mod certificates;
pub mod content;
pub mod find_care;
pub mod invitations;
pub mod journal;
pub mod login;
pub mod medicines;
pub mod overview;
pub mod proxy;
#[cfg(feature = "ssr")]
mod qr_svg;
#[cfg(feature = "ssr")]
pub mod request;
pub mod search;
pub mod session;
pub mod set_language;
pub mod settings;
pub mod test_eid;
pub mod timeline;
