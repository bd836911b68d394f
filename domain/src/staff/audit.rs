//! The staff tool's audit log: every action of a member of staff, with the case and whose data
//! it touched. Reads of a citizen's data also go to that citizen's access log
//! (`crate::access_log`), where they see them.

use sea_orm::{ActiveValue::Set, ConnectionTrait, DbErr, EntityTrait};

use crate::entities::{prelude::*, staff_audit};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    LogIn,
    LogOut,
    /// Listed the clinic's or their own cases.
    ListCases,
    /// Opened a case: its thread, the citizen's name and personnummer.
    OpenCase,
    Assign,
    Answer,
    CounterQuestion,
    Close,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::LogIn => "inloggning",
            Action::LogOut => "utloggning",
            Action::ListCases => "lista-arenden",
            Action::OpenCase => "oppna-arende",
            Action::Assign => "tilldela",
            Action::Answer => "svara",
            Action::CounterQuestion => "motfraga",
            Action::Close => "avsluta",
        }
    }
}

/// The case an action concerned and whose it is.
#[derive(Clone, Copy, Debug)]
pub struct OnCase<'a> {
    pub id: i64,
    pub personnummer: &'a str,
}

pub async fn record(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    action: Action,
    case: Option<OnCase<'_>>,
    now: i64,
) -> Result<(), DbErr> {
    StaffAudit::insert(staff_audit::ActiveModel {
        hsa_id: Set(hsa_id.to_owned()),
        clinic_id: Set(clinic_id),
        action: Set(action.code().to_owned()),
        case_id: Set(case.map(|c| c.id)),
        subject: Set(case.map(|c| c.personnummer.to_owned())),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
