//! Invitations (kallelser, DOMAIN.md §7): a clinic proposes one of its bookable times to a
//! citizen, who books it with one press or asks for another time (a case to the clinic). The
//! time is held for the invitation until then; an unanswered one is reminded of once.

use serde::{Deserialize, Serialize};

/// An unanswered invitation is reminded of this many days after it was sent.
pub const REMIND_AFTER_DAYS: i64 = 3;
/// A clinic's list shows the newest this many.
pub const LIST_MAX: u64 = 50;
/// The invitation's own words from the clinic are at most this long.
pub const INVITATION_TEXT_MAX: usize = 2_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationStatus {
    /// Sent; the time is held for it.
    Sent,
    /// The citizen booked the time.
    Accepted,
    /// The citizen asked for another time; the time was let go.
    ChangeAsked,
}

codes!(InvitationStatus,
    InvitationStatus::Sent => "skickad",
    InvitationStatus::Accepted => "bokad",
    InvitationStatus::ChangeAsked => "andring",
);

/// What is wrong with an invitation a member is about to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationProblem {
    /// No kind of visit the clinic publishes times for was chosen.
    VisitType,
    /// No time was chosen, or the one chosen is not one of the clinic's free times.
    NoTime,
    /// Someone took the time in the meantime.
    Taken,
    TextMissing,
    TextTooLong,
}

/// The clinic's words, trimmed, or what is wrong with them.
pub fn check_text(text: &str) -> Result<String, InvitationProblem> {
    let text = text.trim();
    if text.is_empty() {
        Err(InvitationProblem::TextMissing)
    } else if text.chars().count() > INVITATION_TEXT_MAX {
        Err(InvitationProblem::TextTooLong)
    } else {
        Ok(text.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_says_something_and_not_too_much_and_codes_round_trip() {
        assert_eq!(check_text("  "), Err(InvitationProblem::TextMissing));
        let long = "x".repeat(INVITATION_TEXT_MAX + 1);
        assert_eq!(check_text(&long), Err(InvitationProblem::TextTooLong));
        assert_eq!(check_text(" Välkommen! "), Ok("Välkommen!".to_owned()));
        for s in [
            InvitationStatus::Sent,
            InvitationStatus::Accepted,
            InvitationStatus::ChangeAsked,
        ] {
            assert_eq!(InvitationStatus::from_code(s.code()), Some(s));
        }
    }
}
