//! The personal start page (DOMAIN.md §1, "Sammanhållen överblick"): what a logged-in citizen
//! most needs to see first — the next booked time, unread messages, open cases with the
//! date an answer can be expected, and medicines due for renewal.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use super::booking::BookingItem;
use super::cases::CaseItem;
use super::medicines::MedicineItem;

/// The most open cases the start page lists; "Alla ärenden" leads to the rest.
pub const OVERVIEW_CASES: u64 = 3;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OverviewView {
    /// The logged-in person's given name (the guardian's in proxy mode).
    pub given_name: String,
    /// In proxy mode, the child whose overview this is.
    pub proxy_for: Option<String>,
    /// The logged-in guardian has children they may act for (not said in proxy mode).
    pub may_act_for_children: bool,
    pub next_booking: Option<BookingItem>,
    pub unread: u64,
    pub open_cases: Vec<CaseItem>,
    pub more_cases: bool,
    /// Whether the viewer may see their medicines (DOMAIN.md §4); if not, nothing is said of them.
    pub medicines_shown: bool,
    pub medicines_due: Vec<MedicineItem>,
}

/// The logged-in citizen's overview.
#[server(prefix = "/api", endpoint = "my_overview")]
pub async fn my_overview() -> Result<OverviewView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let db = db();
    let now = super::booking::on_server::now();
    let owner = &viewer.personnummer;
    let next = samla_domain::booking::mine::upcoming(&db, owner, now)
        .await
        .map_err(failed)?
        .into_iter()
        .next();
    let next_booking = match next {
        Some(b) => Some(super::booking::on_server::item(&db, b, now).await?),
        None => None,
    };
    let unread = samla_domain::inbox::unread(&db, owner)
        .await
        .map_err(failed)?;
    let (cases, more_cases) = samla_domain::cases::open_cases(&db, owner, OVERVIEW_CASES)
        .await
        .map_err(failed)?;
    let medicines_shown = super::medicines::on_server::hidden(&viewer, now).is_none();
    let medicines_due = if medicines_shown {
        samla_domain::medicines::due(&db, owner, now)
            .await
            .map_err(failed)?
            .into_iter()
            .map(super::medicines::on_server::item)
            .collect()
    } else {
        Vec::new()
    };
    let may_act_for_children = !viewer.is_proxy()
        && !samla_domain::proxy::children(&db, owner, now)
            .await
            .map_err(failed)?
            .offered
            .is_empty();
    super::request::log_own_read(&viewer, samla_model::access::Resource::Overview).await?;
    Ok(OverviewView {
        given_name: viewer
            .guardian
            .as_ref()
            .map_or(&viewer.given_name, |g| &g.given_name)
            .clone(),
        proxy_for: viewer.is_proxy().then(|| viewer.name()),
        may_act_for_children,
        next_booking,
        unread,
        open_cases: cases
            .into_iter()
            .map(super::cases::on_server::case_item)
            .collect(),
        more_cases,
        medicines_shown,
        medicines_due,
    })
}
