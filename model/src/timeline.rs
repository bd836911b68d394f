//! Upcoming and past events (DOMAIN.md §1, issue 11): one flow of bookings, visits, cases,
//! messages, medicines, lab results, certificates and vaccinations. The kinds, the order the
//! flow keeps and the cursor that pages through it.

use serde::{Deserialize, Serialize};

/// What an entry in the flow is. The order of `ALL` breaks ties between entries at the same
/// second, so paging never skips or repeats one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EventKind {
    Booking,
    Visit,
    Case,
    Message,
    Medicine,
    LabResult,
    Certificate,
    Vaccination,
}

codes!(EventKind,
    EventKind::Booking => "bokningar",
    EventKind::Visit => "vardkontakter",
    EventKind::Case => "arenden",
    EventKind::Message => "meddelanden",
    EventKind::Medicine => "lakemedel",
    EventKind::LabResult => "provsvar",
    EventKind::Certificate => "intyg",
    EventKind::Vaccination => "vaccinationer",
);

impl EventKind {
    pub const ALL: [EventKind; 8] = [
        EventKind::Booking,
        EventKind::Visit,
        EventKind::Case,
        EventKind::Message,
        EventKind::Medicine,
        EventKind::LabResult,
        EventKind::Certificate,
        EventKind::Vaccination,
    ];
}

/// Past entries on one page of the flow.
pub const PAST_PER_PAGE: u64 = 30;

/// Where a page of past entries starts: just older than this entry, in the flow's order
/// (newest first; at the same second by kind, then by id, both descending).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub at: i64,
    pub kind: EventKind,
    pub id: i64,
}

impl Cursor {
    /// As the address carries it: `1700000000-provsvar-12`.
    pub fn code(&self) -> String {
        format!("{}-{}-{}", self.at, self.kind.code(), self.id)
    }

    pub fn from_code(text: &str) -> Option<Cursor> {
        if text.len() > 64 {
            return None;
        }
        let mut parts = text.splitn(3, '-');
        let at = parts.next()?.parse().ok()?;
        let kind = EventKind::from_code(parts.next()?)?;
        let id = parts.next()?.parse().ok()?;
        Some(Cursor { at, kind, id })
    }

    /// Whether an entry comes after this cursor in the flow (is older).
    pub fn before(&self, at: i64, kind: EventKind, id: i64) -> bool {
        (at, kind, id) < (self.at, self.kind, self.id)
    }
}

/// The kinds of entry a viewer may see: a guardian acting for a child sees none of the child's
/// medicines (DOMAIN.md §4).
pub fn shown_kinds(proxy: bool) -> impl Iterator<Item = EventKind> {
    EventKind::ALL
        .into_iter()
        .filter(move |k| !(proxy && *k == EventKind::Medicine))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_cursors_round_trip() {
        for kind in EventKind::ALL {
            assert_eq!(EventKind::from_code(kind.code()), Some(kind));
            let cursor = Cursor {
                at: 1_700_000_000,
                kind,
                id: 42,
            };
            assert_eq!(Cursor::from_code(&cursor.code()), Some(cursor));
        }
        for bad in [
            "",
            "12",
            "12-provsvar",
            "x-provsvar-1",
            "12-okand-1",
            "12-provsvar-y",
        ] {
            assert_eq!(Cursor::from_code(bad), None, "{bad}");
        }
        assert_eq!(Cursor::from_code(&"9".repeat(65)), None);
    }

    #[test]
    fn older_means_earlier_then_lower_kind_then_lower_id() {
        let c = Cursor {
            at: 100,
            kind: EventKind::Medicine,
            id: 5,
        };
        assert!(c.before(99, EventKind::Vaccination, 9));
        assert!(c.before(100, EventKind::Message, 9));
        assert!(c.before(100, EventKind::Medicine, 4));
        assert!(!c.before(100, EventKind::Medicine, 5));
        assert!(!c.before(100, EventKind::LabResult, 1));
        assert!(!c.before(101, EventKind::Booking, 1));
    }
}
