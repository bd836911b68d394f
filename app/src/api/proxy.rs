//! Acting for a child (ombud, DOMAIN.md §4): the guardian's children they may act for, and
//! going into and out of proxy mode. Both are plain forms whose server functions answer with a
//! redirect, so they work without JavaScript. Who is logged in is always the guardian; the
//! domain decides again whether they may act for the child posted.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PROXY_PATH: &str = "/ombud";

/// A child the guardian may act for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildItem {
    pub personnummer: String,
    pub name: String,
    pub age: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChildrenView {
    pub offered: Vec<ChildItem>,
    /// The register has children of this guardian who are not offered; the page explains
    /// the rule in general words, never which child or why.
    pub others: bool,
    /// Whom the guardian acts for now, if anyone.
    pub acting_for: Option<String>,
}

/// The logged-in guardian's children (in proxy mode too: to change child).
#[server(prefix = "/api", endpoint = "my_children")]
pub async fn my_children() -> Result<ChildrenView, ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    let viewer = require_viewer()?;
    let found =
        samla_domain::proxy::children(&db(), viewer.logged_in_personnummer(), now_ms() / 1000)
            .await
            .map_err(failed)?;
    Ok(ChildrenView {
        offered: found
            .offered
            .into_iter()
            .map(|c| ChildItem {
                name: format!("{} {}", c.given_name, c.family_name),
                personnummer: c.personnummer,
                age: c.age,
            })
            .collect(),
        others: found.others,
        acting_for: viewer.is_proxy().then(|| viewer.personnummer.clone()),
    })
}

/// "Agera ombud": acts for `child` from now on, then to the child's start page; a refusal
/// goes back to the choice with one explanation for every reason.
#[server(prefix = "/api", endpoint = "act_for_child")]
pub async fn act_for_child(child: String) -> Result<(), ServerFnError> {
    use super::request::{cookie, db, failed, now_ms, require_viewer};
    let viewer = require_viewer()?;
    let session = cookie(samla_model::cookies::SESSION).unwrap_or_default();
    let child: String = child
        .chars()
        .filter(char::is_ascii_digit)
        .take(12)
        .collect();
    let started = samla_domain::proxy::start(
        &db(),
        &session,
        viewer.logged_in_personnummer(),
        &child,
        now_ms() / 1000,
    )
    .await
    .map_err(failed)?;
    match started {
        Ok(_) => leptos_axum::redirect("/"),
        Err(_) => leptos_axum::redirect(&format!("{PROXY_PATH}?nekad=1")),
    }
    Ok(())
}

/// "Tillbaka till dina egna sidor": ends proxy mode, to the guardian's own start page.
#[server(prefix = "/api", endpoint = "stop_acting")]
pub async fn stop_acting() -> Result<(), ServerFnError> {
    use super::request::{cookie, db, failed, require_viewer};
    let viewer = require_viewer()?;
    let session = cookie(samla_model::cookies::SESSION).unwrap_or_default();
    samla_domain::proxy::stop(&db(), &session, viewer.logged_in_personnummer())
        .await
        .map_err(failed)?;
    leptos_axum::redirect("/");
    Ok(())
}
