//! The access log (DOMAIN.md §3, "Vem har läst mina uppgifter"): every read of a citizen's
//! personal data is recorded with who read it, in which role, what, and when.

use serde::{Deserialize, Serialize};

/// In which role the reader read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// The citizen themself.
    Citizen,
    /// A guardian acting for a child (ombud, issue 11).
    Guardian,
    /// Care staff (before the staff tool had its roles).
    Staff,
    /// Staff reading as the clinic's case receiver (ärendemottagare).
    CaseReceiver,
    /// Staff reading as the case's handler (ärendehanterare).
    CaseHandler,
}

/// What was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Resource {
    Settings,
    Messages,
    Cases,
    Attachments,
    Bookings,
    Journal,
    /// Upcoming and past events: what the flow shows of all the above.
    Events,
    /// The list of prescriptions ("Mina läkemedel").
    Medicines,
    /// Certificates (intyg), read on their page or as a PDF.
    Certificates,
    /// The personal start page: the next booking, unread messages, open cases, medicines due.
    Overview,
}

codes!(Role, Role::Citizen => "invanare", Role::Guardian => "vardnadshavare", Role::Staff => "personal",
    Role::CaseReceiver => "arendemottagare", Role::CaseHandler => "arendehanterare");
codes!(Resource,
    Resource::Settings => "installningar",
    Resource::Messages => "meddelanden",
    Resource::Cases => "arenden",
    Resource::Attachments => "bilagor",
    Resource::Bookings => "bokningar",
    Resource::Journal => "journal",
    Resource::Events => "handelser",
    Resource::Medicines => "lakemedel",
    Resource::Certificates => "intyg",
    Resource::Overview => "oversikt",
);

/// The access log is shown this many rows a page.
pub const PAGE_SIZE: u64 = 25;
/// The furthest page asked for (25 × 400 reads is more than years of use).
pub const MAX_PAGE: u64 = 400;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_back() {
        for role in [
            Role::Citizen,
            Role::Guardian,
            Role::Staff,
            Role::CaseReceiver,
            Role::CaseHandler,
        ] {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        for what in [
            Resource::Settings,
            Resource::Messages,
            Resource::Cases,
            Resource::Attachments,
            Resource::Bookings,
            Resource::Journal,
            Resource::Events,
            Resource::Medicines,
            Resource::Certificates,
            Resource::Overview,
        ] {
            assert_eq!(Resource::from_code(what.code()), Some(what));
        }
        assert_eq!(Role::from_code("admin"), None);
    }
}
