//! The common errands (DOMAIN.md §1): one list used by the main navigation and the start page.

use samla_model::next_path::{entry_href, needs_login};

use crate::i18n::TextOf;

pub struct Errand {
    pub path: &'static str,
    pub label: TextOf,
    pub hint: TextOf,
}

impl Errand {
    /// Errands in the e-services go through login and land back on the errand.
    pub fn needs_login(&self) -> bool {
        needs_login(self.path)
    }

    /// Where the entry leads a citizen who is not logged in.
    pub fn href(&self) -> String {
        entry_href(self.path)
    }

    /// Whether the entry goes through login for this visitor (not when logged in).
    pub fn needs_login_now(&self) -> bool {
        self.needs_login() && !super::personal::logged_in()
    }

    /// Where the entry leads this visitor: straight to the errand when logged in.
    pub fn href_now(&self) -> String {
        super::personal::entry(self.path)
    }
}

pub static ERRANDS: [Errand; 6] = [
    Errand {
        path: "/soka-vard",
        label: |t| t.seek_care,
        hint: |t| t.seek_care_hint,
    },
    Errand {
        path: "/boka-tid",
        label: |t| t.booking,
        hint: |t| t.booking_hint,
    },
    Errand {
        path: "/forny-recept",
        label: |t| t.renewal,
        hint: |t| t.renewal_hint,
    },
    Errand {
        path: "/handelser",
        label: |t| t.timeline,
        hint: |t| t.timeline_hint,
    },
    Errand {
        path: "/inkorg",
        label: |t| t.inbox,
        hint: |t| t.inbox_hint,
    },
    Errand {
        path: "/intyg",
        label: |t| t.certificates,
        hint: |t| t.certificates_hint,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_errands_keep_their_destination() {
        let inbox = ERRANDS.iter().find(|e| e.path == "/inkorg").unwrap();
        assert_eq!(inbox.href(), "/logga-in?next=/inkorg");
        let seek = ERRANDS.iter().find(|e| e.path == "/soka-vard").unwrap();
        assert_eq!(seek.href(), "/soka-vard");
    }
}
