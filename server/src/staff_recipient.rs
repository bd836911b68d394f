//! The citizen a member of staff types a personnummer for ("Skicka ärende", invitations): the
//! number checked, the citizen looked up (the look-up in their access log), and what the page
//! shows of them.

use samla_app::staff::api::{RecipientProblem, RecipientView};
use samla_domain::DbErr;
use samla_domain::staff::outgoing::{self, Recipient};
use samla_model::personnummer::Personnummer;
use samla_model::staff::StaffViewer;

use crate::AppState;

/// The citizen `typed` names and their view, or what is wrong with the number.
pub async fn find(
    state: &AppState,
    viewer: &StaffViewer,
    typed: &str,
    now: i64,
) -> Result<Result<(Recipient, RecipientView), RecipientProblem>, DbErr> {
    let pnr = match Personnummer::parse(typed) {
        Ok(pnr) => pnr,
        Err(e) => return Ok(Err(RecipientProblem::Typed(e))),
    };
    let Some(found) =
        outgoing::recipient(&state.db, &state.reads, viewer, pnr.digits(), now).await?
    else {
        return Ok(Err(RecipientProblem::Unknown));
    };
    let view = RecipientView {
        personnummer: format!("{}-{}", &found.personnummer[..8], &found.personnummer[8..]),
        name: format!("{} {}", found.given_name, found.family_name),
        method: found.method,
    };
    Ok(Ok((found, view)))
}
