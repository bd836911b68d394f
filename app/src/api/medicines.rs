//! "Mina läkemedel" (`/forny-recept`, DOMAIN.md §4): the list of prescriptions of the last
//! five years where the viewer may see it, and renewing one from the list.

use leptos::prelude::*;
use samla_model::medicines::ListHidden;
use serde::{Deserialize, Serialize};

pub const MEDICINES_PATH: &str = "/forny-recept";

/// The page that asks before sending the renewal of prescription `id`.
pub fn renew_path(id: i64) -> String {
    format!("{MEDICINES_PATH}/{id}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MedicineItem {
    pub id: i64,
    pub medicine: String,
    pub strength: String,
    pub dosage: String,
    pub prescriber: String,
    pub clinic: String,
    pub hsa_id: String,
    /// `YYYY-MM-DD`, Swedish time.
    pub written: String,
    pub valid_until: String,
    pub withdrawals_left: i32,
    pub runs_out: Option<String>,
    pub current: bool,
    pub due: bool,
    pub renewable: bool,
}

impl MedicineItem {
    /// The medicine's name and strength, as a renewal names it.
    pub fn name(&self) -> String {
        format!("{} {}", self.medicine, self.strength)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct MedicinesView {
    /// Why the list is not shown, if it is not (§4); `items` is then empty.
    pub hidden: Option<ListHidden>,
    pub items: Vec<MedicineItem>,
    /// Where a renewal can be asked for in words (the clinics that prescribed, as
    /// (HSA-id, name)): given when the list is hidden from a youth under 16, who may still
    /// write to their clinic.
    pub clinics: Vec<(String, String)>,
}

/// The logged-in citizen's medicines, or why they are not shown.
#[server(prefix = "/api", endpoint = "my_medicines")]
pub async fn my_medicines() -> Result<MedicinesView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let now = super::request::now_ms() / 1000;
    let all = samla_domain::medicines::mine(&db(), &viewer.personnummer, now)
        .await
        .map_err(failed)?;
    let hidden = on_server::hidden(&viewer, now);
    super::request::log_own_read(&viewer, samla_model::access::Resource::Medicines).await?;
    if let Some(hidden) = hidden {
        let mut clinics: Vec<(String, String)> = Vec::new();
        if hidden == ListHidden::UnderAge {
            for m in all.iter().filter(|m| m.renewable) {
                let clinic = (m.clinic_hsa.clone(), m.clinic_name.clone());
                if !clinics.contains(&clinic) {
                    clinics.push(clinic);
                }
            }
        }
        return Ok(MedicinesView {
            hidden: Some(hidden),
            items: Vec::new(),
            clinics,
        });
    }
    Ok(MedicinesView {
        hidden: None,
        items: all.into_iter().map(on_server::item).collect(),
        clinics: Vec::new(),
    })
}

/// One prescription of the viewer's list, for the page that asks before renewing; `None`
/// when it is not in the list they may see.
#[server(prefix = "/api", endpoint = "my_medicine")]
pub async fn my_medicine(id: i64) -> Result<Option<(MedicineItem, String)>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let now = super::request::now_ms() / 1000;
    if on_server::hidden(&viewer, now).is_some() {
        return Ok(None);
    }
    let found = samla_domain::medicines::mine(&db(), &viewer.personnummer, now)
        .await
        .map_err(failed)?
        .into_iter()
        .find(|m| m.id == id && m.renewable);
    super::request::log_own_read(&viewer, samla_model::access::Resource::Medicines).await?;
    Ok(found.map(|m| {
        let reply = samla_domain::cases::expected_reply(now, m.reply_days);
        (on_server::item(m), reply)
    }))
}

/// "Skicka": sends the renewal of prescription `prescription` with `note`, then to the case;
/// back to the page with the problem (and the note) if it could not be sent.
#[server(prefix = "/api", endpoint = "renew_medicine")]
pub async fn renew_medicine(prescription: i64, note: String) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::cases::Writer;
    use samla_domain::medicines::Renewed;
    let viewer = require_viewer()?;
    let now = super::request::now_ms() / 1000;
    let back = |problem: &str| {
        let kept: String = note
            .chars()
            .take(samla_model::case::MESSAGE_MAX * 2)
            .collect();
        let kept = samla_model::next_path::percent_encode(&kept, b"");
        leptos_axum::redirect(&format!(
            "{}?fel={problem}&anteckning={kept}",
            renew_path(prescription)
        ));
    };
    if note.chars().count() > samla_model::case::MESSAGE_MAX {
        back("for-lang");
        return Ok(());
    }
    if on_server::hidden(&viewer, now).is_some() {
        back("finns-inte");
        return Ok(());
    }
    let (author, name) = viewer.author();
    let writer = Writer {
        owner: &viewer.personnummer,
        author,
        name: &name,
    };
    let renewed = samla_domain::medicines::renew(&db(), &writer, prescription, &note, now)
        .await
        .map_err(failed)?;
    match renewed {
        Renewed::Case(id) => {
            leptos_axum::redirect(&format!("{}?skickat=1", super::cases::case_path(id)))
        }
        Renewed::NotFound | Renewed::NotOffered => back("finns-inte"),
    }
    Ok(())
}

#[cfg(feature = "ssr")]
pub(super) mod on_server {
    use super::MedicineItem;
    use samla_model::login::Viewer;
    use samla_model::medicines::{ListHidden, list_hidden};

    /// Why `viewer` may not see the list at `now` (§4): never a guardian acting for a child,
    /// and not a child under 16 themself.
    pub fn hidden(viewer: &Viewer, now: i64) -> Option<ListHidden> {
        let age = samla_domain::medicines::age_at(&viewer.personnummer, now).unwrap_or(0);
        list_hidden(age, viewer.is_proxy())
    }

    pub fn item(m: samla_domain::medicines::Medicine) -> MedicineItem {
        let date = |at: i64| {
            samla_domain::swedish_date::local_date(at)
                .format("%Y-%m-%d")
                .to_string()
        };
        MedicineItem {
            id: m.id,
            written: date(m.at),
            valid_until: date(m.valid_until),
            runs_out: m.runs_out_at.map(date),
            medicine: m.medicine,
            strength: m.strength,
            dosage: m.dosage,
            prescriber: m.prescriber,
            clinic: m.clinic_name,
            hsa_id: m.clinic_hsa,
            withdrawals_left: m.withdrawals_left,
            current: m.current,
            due: m.due,
            renewable: m.renewable,
        }
    }
}
