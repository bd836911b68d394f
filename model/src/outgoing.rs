//! A case the clinic starts ("Skicka ärende", DOMAIN.md §5, §7): what staff write, and what they
//! may see of the citizen's notification choices before sending — the method only, read-only
//! (§3), never the number or address.

use serde::{Deserialize, Serialize};

use crate::case::{MESSAGE_MAX, ProblemKind};

/// A subject is at most this many characters: it names the case in the citizen's lists.
pub const SUBJECT_MAX: usize = 100;

/// How the citizen will hear of the message, as the outbox will do it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoticeMethod {
    SmsAndEmail,
    Sms,
    Email,
    /// They have an account and chose no notifications: they see it when they log in.
    NoneChosen,
    /// No account in the e-services: a letter by post.
    Letter,
}

impl NoticeMethod {
    /// From the account's choices, each counted only with an address to send to (as the
    /// outbox counts them); None: no account.
    pub fn of(account: Option<(bool, bool)>) -> NoticeMethod {
        match account {
            None => NoticeMethod::Letter,
            Some((true, true)) => NoticeMethod::SmsAndEmail,
            Some((true, false)) => NoticeMethod::Sms,
            Some((false, true)) => NoticeMethod::Email,
            Some((false, false)) => NoticeMethod::NoneChosen,
        }
    }
}

/// What is wrong with a message staff are about to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OutgoingProblem {
    SubjectMissing,
    SubjectTooLong,
    Text(ProblemKind),
}

/// The subject (one line) and text, trimmed, or every problem with them.
pub fn check_outgoing(subject: &str, text: &str) -> Result<(String, String), Vec<OutgoingProblem>> {
    let subject = subject.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut problems = Vec::new();
    if subject.is_empty() {
        problems.push(OutgoingProblem::SubjectMissing);
    } else if subject.chars().count() > SUBJECT_MAX {
        problems.push(OutgoingProblem::SubjectTooLong);
    }
    let text = text.trim();
    if text.is_empty() {
        problems.push(OutgoingProblem::Text(ProblemKind::Missing));
    } else if text.chars().count() > MESSAGE_MAX {
        problems.push(OutgoingProblem::Text(ProblemKind::TooLong));
    }
    if problems.is_empty() {
        Ok((subject, text.to_owned()))
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_method_is_what_the_outbox_will_do() {
        assert_eq!(NoticeMethod::of(None), NoticeMethod::Letter);
        assert_eq!(
            NoticeMethod::of(Some((true, true))),
            NoticeMethod::SmsAndEmail
        );
        assert_eq!(NoticeMethod::of(Some((true, false))), NoticeMethod::Sms);
        assert_eq!(NoticeMethod::of(Some((false, true))), NoticeMethod::Email);
        assert_eq!(
            NoticeMethod::of(Some((false, false))),
            NoticeMethod::NoneChosen
        );
    }

    #[test]
    fn subject_and_text_are_checked_together() {
        assert_eq!(
            check_outgoing("  Provsvar \n klart ", " Hej!\n"),
            Ok(("Provsvar klart".into(), "Hej!".into()))
        );
        assert_eq!(
            check_outgoing(" ", ""),
            Err(vec![
                OutgoingProblem::SubjectMissing,
                OutgoingProblem::Text(ProblemKind::Missing)
            ])
        );
        assert_eq!(
            check_outgoing(&"a".repeat(SUBJECT_MAX + 1), &"b".repeat(MESSAGE_MAX + 1)),
            Err(vec![
                OutgoingProblem::SubjectTooLong,
                OutgoingProblem::Text(ProblemKind::TooLong)
            ])
        );
        assert!(check_outgoing(&"a".repeat(SUBJECT_MAX), &"b".repeat(MESSAGE_MAX)).is_ok());
    }
}
