//! Acting for a child (ombud, DOMAIN.md §4): who may act for whom. A guardian of a child under
//! 13 may act for the child; never when the guardian or the child has protected personal data.
//! From 13 the child logs in themself.

use serde::{Deserialize, Serialize};

/// A guardian may act for a child younger than this (§4).
pub const PROXY_UNTIL_AGE: u32 = 13;

/// Why a guardian may not act for a child. The pages never say which: the explanation is the
/// same for every refusal, so it reveals nothing about the child (protected personal data).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// Not this person's child in the population register (or no such person).
    NotGuardian,
    /// The child is 13 or older: they log in themself.
    TooOld,
    /// The guardian or the child has protected personal data.
    Protected,
}

/// Whether a guardian may act for their child of `child_age` (§4); `None` when they may.
pub fn refusal(guardian_protected: bool, child_protected: bool, child_age: u32) -> Option<Refusal> {
    if guardian_protected || child_protected {
        Some(Refusal::Protected)
    } else if child_age >= PROXY_UNTIL_AGE {
        Some(Refusal::TooOld)
    } else {
        None
    }
}

/// Whether a person of `age` whose settings were last reviewed at `reviewed_at` (Unix seconds)
/// is asked to review them now: from 13, when the account was activated before they turned
/// 13 (by a guardian) or guardians are notified about their inbox, until they have reviewed
/// them after their 13th birthday (`thirteenth`, Unix seconds). Nothing is cleared.
pub fn review_due(
    age: u32,
    thirteenth: i64,
    activated_at: i64,
    guardians_notified: bool,
    reviewed_at: Option<i64>,
) -> bool {
    age >= PROXY_UNTIL_AGE
        && (activated_at < thirteenth || guardians_notified)
        && reviewed_at.is_none_or(|at| at < thirteenth)
}

/// The guardian who is logged in and acts for the child (in `Viewer`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActingGuardian {
    pub personnummer: String,
    pub given_name: String,
    pub family_name: String,
}

impl ActingGuardian {
    pub fn name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guardian_acts_for_a_child_under_13_without_protected_data() {
        assert_eq!(refusal(false, false, 0), None);
        assert_eq!(refusal(false, false, 6), None);
        assert_eq!(refusal(false, false, 12), None);
        assert_eq!(refusal(false, false, 13), Some(Refusal::TooOld));
        assert_eq!(refusal(false, false, 17), Some(Refusal::TooOld));
        assert_eq!(refusal(true, false, 6), Some(Refusal::Protected));
        assert_eq!(refusal(false, true, 6), Some(Refusal::Protected));
        assert_eq!(refusal(true, true, 14), Some(Refusal::Protected));
    }

    #[test]
    fn a_youth_reviews_settings_once_after_13_when_a_guardian_set_them_up() {
        let thirteenth = 1_000;
        // Activated by a guardian before 13, never reviewed: asked.
        assert!(review_due(13, thirteenth, 500, false, None));
        // Guardians notified, own account after 13: asked.
        assert!(review_due(14, thirteenth, 2_000, true, None));
        // Reviewed before turning 13 counts for nothing; after, it is done.
        assert!(review_due(13, thirteenth, 500, false, Some(900)));
        assert!(!review_due(13, thirteenth, 500, false, Some(1_100)));
        // Under 13, or an account of their own with no guardian: not asked.
        assert!(!review_due(12, thirteenth, 500, true, None));
        assert!(!review_due(15, thirteenth, 2_000, false, None));
    }
}
