//! The staff tool's back end (DOMAIN.md §3, §5–§7): who works where in which role, their
//! sessions, the clinic's cases as staff see and handle them, and the audit log of it all.
//! Every function here takes the logged-in member (`StaffViewer`) and decides itself whether
//! they may: the pages and server functions only pass on what was posted.

pub mod admin;
pub mod audit;
pub mod cases;
pub mod eservices;
pub mod invitations;
pub mod members;
pub mod outgoing;
pub mod sessions;
pub mod slots;
pub mod templates;
