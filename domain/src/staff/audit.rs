//! The staff tool's audit log: every action of a member of staff, with the case and whose data
//! it touched. Reads of a citizen's data also go to that citizen's access log
//! (`crate::access_log`), where they see them.

use samla_model::staff::StaffViewer;
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
    /// Looked a citizen up by personnummer to send them a case: name and notification method.
    LookUpCitizen,
    /// Started a case to a citizen ("Skicka ärende").
    SendCase,
    /// Created or changed a local e-service.
    SaveEService,
    PublishEService,
    WithdrawEService,
    /// Sent an invitation (kallelse) with a proposed time.
    SendInvitation,
    ListInvitations,
    /// Published bookable times, or withdrew one (a booked one: the booking cancelled).
    PublishTimes,
    WithdrawTime,
    /// The administrator's work: roles granted and taken back, clinics activated.
    GrantRole,
    RevokeRole,
    ActivateClinic,
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
            Action::LookUpCitizen => "hamta-invanare",
            Action::SendCase => "skicka-arende",
            Action::SaveEService => "spara-e-tjanst",
            Action::PublishEService => "publicera-e-tjanst",
            Action::WithdrawEService => "avpublicera-e-tjanst",
            Action::SendInvitation => "skicka-kallelse",
            Action::ListInvitations => "lista-kallelser",
            Action::PublishTimes => "publicera-tider",
            Action::WithdrawTime => "dra-tillbaka-tid",
            Action::GrantRole => "ge-behorighet",
            Action::RevokeRole => "ta-bort-behorighet",
            Action::ActivateClinic => "aktivera-mottagning",
        }
    }
}

/// Records `action` by member `hsa_id` at `clinic_id`, about no case or person (a login, a
/// listing).
pub async fn record(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    action: Action,
    now: i64,
) -> Result<(), DbErr> {
    record_about(db, hsa_id, clinic_id, action, None, None, now).await
}

/// Records `action` by `viewer` on case `case_id`, which is about `personnummer`.
pub async fn on_case(
    db: &impl ConnectionTrait,
    viewer: &StaffViewer,
    action: Action,
    case_id: i64,
    personnummer: &str,
    now: i64,
) -> Result<(), DbErr> {
    let (hsa_id, clinic) = (&viewer.hsa_id, viewer.clinic_id);
    record_about(
        db,
        hsa_id,
        clinic,
        action,
        Some(case_id),
        Some(personnummer),
        now,
    )
    .await
}

/// As `record`, for an action about a person outside any case (a look-up).
pub async fn record_about(
    db: &impl ConnectionTrait,
    hsa_id: &str,
    clinic_id: i32,
    action: Action,
    case_id: Option<i64>,
    personnummer: Option<&str>,
    now: i64,
) -> Result<(), DbErr> {
    StaffAudit::insert(staff_audit::ActiveModel {
        hsa_id: Set(hsa_id.to_owned()),
        clinic_id: Set(clinic_id),
        action: Set(action.code().to_owned()),
        case_id: Set(case_id),
        subject: Set(personnummer.map(str::to_owned)),
        at: Set(now),
        ..Default::default()
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
