//! The staff tool's people and rights (DOMAIN.md §7): a member of staff is known by an HSA-id
//! and holds roles per clinic. Only the case roles see cases: the case receiver
//! (ärendemottagare) sees all the clinic's cases and distributes them; the case handler
//! (ärendehanterare) sees the cases assigned to them. The clinic administrator grants roles
//! and sees no case by that role alone.

use serde::{Deserialize, Serialize};

use crate::access::Role;
use crate::case::Author;

/// A staff session ends after this long without a request (shorter than a citizen's: staff
/// work at shared computers on a ward), and after a working day in all.
pub const STAFF_IDLE_SECS: i64 = 10 * 60;
pub const STAFF_ABSOLUTE_SECS: i64 = 10 * 3600;

/// The clinic's case lists show this many cases a page.
pub const CASES_PER_PAGE: u64 = 25;

/// A place in a case list, which is in (expected reply date, id) order: the page after a case
/// (`efter`) or before one (`fore`). A page reads its own rows from that point of the index,
/// so page 400 costs what page 1 does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaseCursor {
    After(String, i64),
    Before(String, i64),
}

impl CaseCursor {
    /// The place as a link names it: `YYYY-MM-DD.id` (the date empty for a case the clinic
    /// started, which expects no reply).
    pub fn key(reply: &str, id: i64) -> String {
        format!("{reply}.{id}")
    }

    /// From a list address's `efter` or `fore`; anything else is the first page.
    pub fn from_query(after: Option<&str>, before: Option<&str>) -> Option<CaseCursor> {
        let parse = |key: &str| {
            let (reply, id) = key.rsplit_once('.')?;
            let id: i64 = id.parse().ok().filter(|id| *id >= 0)?;
            let date_like =
                reply.len() <= 10 && reply.bytes().all(|b| b.is_ascii_digit() || b == b'-');
            date_like.then(|| (reply.to_owned(), id))
        };
        match (after.and_then(parse), before.and_then(parse)) {
            (Some((reply, id)), _) => Some(CaseCursor::After(reply, id)),
            (None, Some((reply, id))) => Some(CaseCursor::Before(reply, id)),
            (None, None) => None,
        }
    }
}

/// Which of the clinic's cases a list shows ("Mottagningens ärenden"), each by expected reply
/// date, the most overdue first.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CaseFilter {
    /// Not assigned to a handler and not closed: what the receiver is to distribute.
    #[default]
    Unassigned,
    /// Every case that is not closed.
    Open,
    Closed,
}

codes!(CaseFilter,
    CaseFilter::Unassigned => "att-fordela",
    CaseFilter::Open => "pagaende",
    CaseFilter::Closed => "avslutade",
);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StaffRole {
    /// Ärendemottagare.
    Receiver,
    /// Ärendehanterare.
    Handler,
    /// Verksamhetsadministratör: activates the clinic and grants roles.
    Admin,
}

codes!(StaffRole,
    StaffRole::Receiver => "arendemottagare",
    StaffRole::Handler => "arendehanterare",
    StaffRole::Admin => "administrator",
);

/// Who is logged in to the staff tool, and at which clinic they work in this session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffViewer {
    pub hsa_id: String,
    pub given_name: String,
    pub family_name: String,
    /// Their title, as citizens see it under a message ("Sjuksköterska").
    pub title: String,
    pub clinic_id: i32,
    /// The clinic's HSA-id: its page in the portal is `/mottagning/{clinic_hsa_id}`.
    pub clinic_hsa_id: String,
    pub clinic_name: String,
    /// Their roles at that clinic, sorted.
    pub roles: Vec<StaffRole>,
    /// When the session ends unless they do something.
    pub expires_at: i64,
}

impl StaffViewer {
    pub fn has(&self, role: StaffRole) -> bool {
        self.roles.contains(&role)
    }

    pub fn name(&self) -> String {
        format!("{} {}", self.given_name, self.family_name)
    }

    /// Whose their uploaded files are until sent: never a personnummer (twelve digits), so no
    /// citizen can read or send a member's file before the member sends it.
    pub fn upload_owner(&self) -> String {
        format!("staff:{}", self.hsa_id)
    }

    /// Whether they see any case at all.
    /// Whether they manage the clinic's bookable times: its receivers and administrators.
    pub fn manages_times(&self) -> bool {
        self.has(StaffRole::Receiver) || self.has(StaffRole::Admin)
    }

    pub fn sees_cases(&self) -> bool {
        self.has(StaffRole::Receiver) || self.has(StaffRole::Handler)
    }

    /// Whether they may see a case of `clinic_id` assigned to `assigned_to`.
    pub fn may_see(&self, clinic_id: i32, assigned_to: Option<&str>) -> bool {
        clinic_id == self.clinic_id
            && (self.has(StaffRole::Receiver)
                || (self.has(StaffRole::Handler) && assigned_to == Some(self.hsa_id.as_str())))
    }

    /// In which role they write to a citizen, as the thread shows it: the handler's when the
    /// case is theirs, else the receiver's partial answer.
    pub fn author_on(&self, assigned_to: Option<&str>) -> Author {
        if self.has(StaffRole::Handler) && assigned_to == Some(self.hsa_id.as_str()) {
            Author::Handler
        } else {
            Author::Receiver
        }
    }

    /// How a read is shown in the citizen's access log: name, title and clinic, and the role.
    pub fn reader(&self, assigned_to: Option<&str>) -> (String, String, Role) {
        let role = match self.author_on(assigned_to) {
            Author::Handler => Role::CaseHandler,
            _ => Role::CaseReceiver,
        };
        (
            self.hsa_id.clone(),
            format!("{}, {}, {}", self.name(), self.title, self.clinic_name),
            role,
        )
    }
}

/// A clinic keeps at most this many reply templates; a title is at most `TEMPLATE_TITLE_MAX`
/// characters, a text at most a message's.
pub const TEMPLATES_MAX: u64 = 200;
pub const TEMPLATE_TITLE_MAX: usize = 80;

/// The placeholders a reply template may hold, filled in when a member uses it.
pub const FIRST_NAME: &str = "{förnamn}";
pub const MY_NAME: &str = "{mitt namn}";
pub const CLINIC: &str = "{mottagning}";

/// What is wrong with a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TemplateProblem {
    TitleMissing,
    TitleTooLong,
    BodyMissing,
    BodyTooLong,
}

/// The template's title and text, trimmed, or every problem with them.
pub fn check_template(title: &str, body: &str) -> Result<(String, String), Vec<TemplateProblem>> {
    // A title is one line: any run of white space in it is one space.
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = body.trim();
    let mut problems = Vec::new();
    if title.is_empty() {
        problems.push(TemplateProblem::TitleMissing);
    } else if title.chars().count() > TEMPLATE_TITLE_MAX {
        problems.push(TemplateProblem::TitleTooLong);
    }
    if body.is_empty() {
        problems.push(TemplateProblem::BodyMissing);
    } else if body.chars().count() > crate::case::MESSAGE_MAX {
        problems.push(TemplateProblem::BodyTooLong);
    }
    if problems.is_empty() {
        Ok((title, body.to_owned()))
    } else {
        Err(problems)
    }
}

/// A template's text for one answer: the citizen's first name, the member's name and the
/// clinic in place of their placeholders; anything else in braces stays as written.
pub fn fill_template(body: &str, first_name: &str, member: &StaffViewer) -> String {
    body.replace(FIRST_NAME, first_name)
        .replace(MY_NAME, &member.name())
        .replace(CLINIC, &member.clinic_name)
}

/// The HSA-id of a person or clinic: the county's prefix and a serial, as `SE2321000016-7F3K`
/// (ASCII letters, digits and one hyphen, at most 31 characters).
pub fn valid_hsa_id(id: &str) -> bool {
    let Some((prefix, serial)) = id.split_once('-') else {
        return false;
    };
    id.len() <= 31
        && prefix.len() >= 4
        && prefix.starts_with("SE")
        && prefix[2..].bytes().all(|b| b.is_ascii_digit())
        && !serial.is_empty()
        && serial.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_place_is_a_date_and_an_id_and_nothing_else() {
        assert_eq!(
            CaseCursor::from_query(Some("2026-12-10.42"), None),
            Some(CaseCursor::After("2026-12-10".into(), 42))
        );
        assert_eq!(
            CaseCursor::from_query(None, Some(".7")),
            Some(CaseCursor::Before(String::new(), 7))
        );
        assert_eq!(CaseCursor::key("2026-12-10", 42), "2026-12-10.42");
        for bad in [
            "42",
            "2026-12-10.x",
            "2026-12-10.-1",
            "2026-12-10' OR 1.3",
            "2026-12-100000.1",
        ] {
            assert_eq!(CaseCursor::from_query(Some(bad), None), None, "{bad}");
        }
        assert_eq!(CaseCursor::from_query(None, None), None);
    }

    fn viewer(roles: &[StaffRole]) -> StaffViewer {
        StaffViewer {
            hsa_id: "SE2321000016-S1".into(),
            given_name: "Eva".into(),
            family_name: "Lind".into(),
            title: "Sjuksköterska".into(),
            clinic_id: 7,
            clinic_hsa_id: "SE2321000016-C7".into(),
            clinic_name: "Vårdcentralen Ost".into(),
            roles: roles.to_vec(),
            expires_at: 0,
        }
    }

    #[test]
    fn the_receiver_sees_every_case_of_the_clinic_and_nothing_of_another() {
        let receiver = viewer(&[StaffRole::Receiver]);
        assert!(receiver.may_see(7, None));
        assert!(receiver.may_see(7, Some("SE2321000016-OTHER")));
        assert!(!receiver.may_see(8, None));
    }

    #[test]
    fn the_handler_sees_only_the_cases_assigned_to_them() {
        let handler = viewer(&[StaffRole::Handler]);
        assert!(handler.may_see(7, Some("SE2321000016-S1")));
        assert!(!handler.may_see(7, None));
        assert!(!handler.may_see(7, Some("SE2321000016-OTHER")));
        assert!(!handler.may_see(8, Some("SE2321000016-S1")));
    }

    #[test]
    fn the_administrator_alone_sees_no_case() {
        let admin = viewer(&[StaffRole::Admin]);
        assert!(!admin.sees_cases());
        assert!(!admin.may_see(7, None));
        assert!(!admin.may_see(7, Some("SE2321000016-S1")));
    }

    #[test]
    fn the_access_log_names_the_member_their_title_clinic_and_role() {
        let both = viewer(&[StaffRole::Receiver, StaffRole::Handler]);
        let (id, name, role) = both.reader(Some("SE2321000016-S1"));
        assert_eq!(id, "SE2321000016-S1");
        assert_eq!(name, "Eva Lind, Sjuksköterska, Vårdcentralen Ost");
        assert_eq!(role, Role::CaseHandler);
        assert_eq!(both.reader(None).2, Role::CaseReceiver);
    }

    #[test]
    fn a_template_is_filled_for_the_citizen_and_the_member() {
        let member = viewer(&[StaffRole::Handler]);
        let filled = fill_template(
            "Hej {förnamn}!\n\nHälsningar {mitt namn}, {mottagning}. {okänd}",
            "Anna",
            &member,
        );
        assert_eq!(
            filled,
            "Hej Anna!\n\nHälsningar Eva Lind, Vårdcentralen Ost. {okänd}"
        );
    }

    #[test]
    fn a_template_needs_a_short_title_and_a_text() {
        assert_eq!(
            check_template("  Provsvar  ", " Hej {förnamn} "),
            Ok(("Provsvar".to_owned(), "Hej {förnamn}".to_owned()))
        );
        assert_eq!(
            check_template(" ", ""),
            Err(vec![
                TemplateProblem::TitleMissing,
                TemplateProblem::BodyMissing
            ])
        );
        let long = "x".repeat(TEMPLATE_TITLE_MAX + 1);
        let longer = "y".repeat(crate::case::MESSAGE_MAX + 1);
        assert_eq!(
            check_template(&long, &longer),
            Err(vec![
                TemplateProblem::TitleTooLong,
                TemplateProblem::BodyTooLong
            ])
        );
        assert_eq!(
            check_template("Två\n  rader", "Text"),
            Ok(("Två rader".to_owned(), "Text".to_owned()))
        );
    }

    #[test]
    fn hsa_ids_are_checked() {
        assert!(valid_hsa_id("SE2321000016-7F3K"));
        assert!(!valid_hsa_id("SE2321000016"));
        assert!(!valid_hsa_id("XX2321000016-7F3K"));
        assert!(!valid_hsa_id("SE2321000016-7F 3K"));
        assert!(!valid_hsa_id("SE2321000016-"));
        assert!(!valid_hsa_id(&format!("SE2321000016-{}", "A".repeat(40))));
    }
}
