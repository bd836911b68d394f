//! The clinic administrator's server functions (DOMAIN.md §7): who holds which role, granting
//! and taking back a role, activating another clinic. Plain forms answered with a redirect
//! saying what happened (`klart=`) or what was wrong (`fel=`).

use leptos::prelude::*;
use samla_model::staff::StaffRole;
use serde::{Deserialize, Serialize};

pub const ROLES_PATH: &str = "/personal/behorigheter";

/// A member with roles at the clinic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HolderRow {
    pub hsa_id: String,
    pub name: String,
    pub title: String,
    pub roles: Vec<StaffRole>,
}

/// What happened or went wrong, as the address carries it.
pub const DONE_GRANTED: &str = "given";
pub const DONE_REVOKED: &str = "borttagen";
pub const DONE_ACTIVATED: &str = "aktiverad";
pub const DONE_UNCHANGED: &str = "oforandrad";
pub const PROBLEM_NO_MEMBER: &str = "ingen-medarbetare";
pub const PROBLEM_NO_CLINIC: &str = "ingen-mottagning";
pub const PROBLEM_LAST_ADMIN: &str = "sista-administratoren";

#[cfg(feature = "ssr")]
mod on_server {
    use samla_domain::staff::admin::Changed;

    /// Where a change leads: back to the page saying how it went — `done`, or `no_such` when
    /// the HSA-id named nobody (a member, a clinic).
    pub fn answer(
        changed: Changed,
        done: &str,
        no_such: &str,
    ) -> Result<(), leptos::prelude::ServerFnError> {
        let query = match changed {
            Changed::Done => format!("klart={done}"),
            Changed::Unchanged => format!("klart={}", super::DONE_UNCHANGED),
            Changed::NoSuch => format!("fel={no_such}"),
            Changed::LastAdmin => format!("fel={}", super::PROBLEM_LAST_ADMIN),
            Changed::NotAllowed => {
                use leptos::prelude::use_context;
                if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                    response.set_status(http::StatusCode::NOT_FOUND);
                }
                return Err(leptos::prelude::ServerFnError::new(
                    "Bara mottagningens administratör. / Only the clinic's administrator.",
                ));
            }
        };
        leptos_axum::redirect(&format!("{}?{query}", super::ROLES_PATH));
        Ok(())
    }

    pub fn role(
        code: &str,
    ) -> Result<samla_model::staff::StaffRole, leptos::prelude::ServerFnError> {
        samla_model::staff::StaffRole::from_code(code)
            .ok_or_else(|| leptos::prelude::ServerFnError::new("Okänd roll. / Unknown role."))
    }
}

/// Everyone with a role at the clinic, for its administrator (nobody for others).
#[server(prefix = "/api", endpoint = "staff_roles")]
pub async fn staff_roles() -> Result<Vec<HolderRow>, ServerFnError> {
    use super::api::on_server::{failed, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let found = samla_domain::staff::admin::holders(&db(), &viewer)
        .await
        .map_err(failed)?;
    Ok(found
        .into_iter()
        .map(|h| HolderRow {
            name: format!("{} {}", h.member.given_name, h.member.family_name),
            hsa_id: h.member.hsa_id,
            title: h.member.title,
            roles: h.roles,
        })
        .collect())
}

/// Grants `role` (a `StaffRole` code) to the member `hsa_id`.
#[server(prefix = "/api", endpoint = "staff_grant_role")]
pub async fn staff_grant_role(hsa_id: String, role: String) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let role = on_server::role(&role)?;
    let hsa_id: String = hsa_id.trim().chars().take(64).collect();
    let changed = samla_domain::staff::admin::grant(&db(), &viewer, &hsa_id, role, now())
        .await
        .map_err(failed)?;
    on_server::answer(changed, DONE_GRANTED, PROBLEM_NO_MEMBER)
}

/// Takes back `role` from the member `hsa_id`.
#[server(prefix = "/api", endpoint = "staff_revoke_role")]
pub async fn staff_revoke_role(hsa_id: String, role: String) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let role = on_server::role(&role)?;
    let changed = samla_domain::staff::admin::revoke(&db(), &viewer, &hsa_id, role, now())
        .await
        .map_err(failed)?;
    on_server::answer(changed, DONE_REVOKED, PROBLEM_NO_MEMBER)
}

/// Activates the clinic with HSA-id `hsa_id` for the staff tool.
#[server(prefix = "/api", endpoint = "staff_activate_clinic")]
pub async fn staff_activate_clinic(hsa_id: String) -> Result<(), ServerFnError> {
    use super::api::on_server::{failed, now, require_staff};
    use crate::api::request::db;
    let viewer = require_staff()?;
    let hsa_id: String = hsa_id.trim().chars().take(64).collect();
    let (changed, _) = samla_domain::staff::admin::activate(&db(), &viewer, &hsa_id, now())
        .await
        .map_err(failed)?;
    on_server::answer(changed, DONE_ACTIVATED, PROBLEM_NO_CLINIC)
}
