//! The staff tool's invitations (kallelser, DOMAIN.md §7): the clinic's kinds of visit and its
//! sent invitations. Finding the citizen and free times, and sending, is a form route of the
//! server's (`server/src/staff_invitation_form.rs`), which shows the page again with what was
//! posted and found.

use leptos::prelude::*;
use samla_model::booking::VisitType;
use samla_model::invitation::{InvitationProblem, InvitationStatus};
use serde::{Deserialize, Serialize};

use super::api::{RecipientProblem, RecipientView};

pub const STAFF_INVITATIONS_PATH: &str = "/personal/kallelser";

/// One sent invitation in the clinic's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationRow {
    pub citizen: String,
    pub visit: VisitType,
    pub date: String,
    pub time: String,
    pub status: InvitationStatus,
    pub sent_by: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InvitationsView {
    /// The kinds of visit the clinic publishes times for.
    pub visits: Vec<VisitType>,
    pub items: Vec<InvitationRow>,
}

/// A free time to choose.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeChoice {
    pub slot_id: i64,
    pub date: String,
    pub time: String,
}

/// The invitation form as posted, shown again: what was typed, the citizen found, the free
/// times of the week asked for, and what is wrong.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct InvitationSubmission {
    pub typed: String,
    pub visit: String,
    pub day: String,
    pub slot: Option<i64>,
    pub text: String,
    pub recipient: Option<RecipientView>,
    pub recipient_problem: Option<RecipientProblem>,
    pub times: Vec<TimeChoice>,
    pub problem: Option<InvitationProblem>,
}

/// The clinic's kinds of visit and newest invitations, for a member with a case role.
#[server(prefix = "/api", endpoint = "staff_invitations")]
pub async fn staff_invitations() -> Result<InvitationsView, ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let db = db();
    if !viewer.sees_cases() {
        return Ok(InvitationsView {
            visits: Vec::new(),
            items: Vec::new(),
        });
    }
    let visits = samla_domain::booking::schedule::visit_types(&db, viewer.clinic_id)
        .await
        .map_err(failed)?;
    let reads =
        use_context::<std::sync::Arc<samla_domain::access_log::RecentReads>>().unwrap_or_default();
    let found = samla_domain::staff::invitations::list(&db, &reads, &viewer, now())
        .await
        .map_err(failed)?;
    let items = found
        .into_iter()
        .map(|listed| {
            let i = listed.invitation;
            let (date, time) = samla_domain::swedish_date::local_date_time(i.starts_at);
            InvitationRow {
                citizen: listed.citizen,
                visit: VisitType::from_code(&i.visit_type).unwrap_or(VisitType::Doctor),
                date,
                time,
                status: InvitationStatus::from_code(&i.status).unwrap_or(InvitationStatus::Sent),
                sent_by: i.sent_by_name,
            }
        })
        .collect();
    Ok(InvitationsView { visits, items })
}
