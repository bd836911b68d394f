//! The journal (`/journalen`, issue 11): the logged-in citizen's care contacts a page at a
//! time, lab results by analysis, vaccinations. Read-only.

use leptos::prelude::*;
use samla_model::records::Range;
use serde::{Deserialize, Serialize};

pub const JOURNAL_PATH: &str = "/journalen";

/// The journal showing page `page` of the care contacts.
pub fn journal_href(page: u64) -> String {
    if page <= 1 {
        JOURNAL_PATH.to_owned()
    } else {
        format!("{JOURNAL_PATH}?sida={page}")
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ContactItem {
    pub id: i64,
    /// `YYYY-MM-DD`, Swedish time.
    pub date: String,
    pub kind: String,
    pub clinic: String,
    pub caregiver: String,
    pub reason: String,
    pub note: String,
    pub diagnosis_code: String,
    pub diagnosis_text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabPoint {
    pub date: String,
    pub value: f64,
    pub range: Range,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LabSeries {
    /// `samla_model::records::ANALYSES`' code: its name and explanation.
    pub analysis: String,
    pub unit: String,
    /// The range the lab gave with the latest result.
    pub low: f64,
    pub high: f64,
    /// Oldest first.
    pub points: Vec<LabPoint>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VaccinationItem {
    pub date: String,
    pub vaccine: String,
    pub against: String,
    pub dose: String,
    pub clinic: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct JournalView {
    pub contacts: Vec<ContactItem>,
    pub page: u64,
    pub more: bool,
    pub labs: Vec<LabSeries>,
    pub vaccinations: Vec<VaccinationItem>,
}

/// The logged-in citizen's journal with page `page` of care contacts.
#[server(prefix = "/api", endpoint = "my_journal")]
pub async fn my_journal(page: u64) -> Result<JournalView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::journal;
    let viewer = require_viewer()?;
    let db = db();
    let owner = &viewer.personnummer;
    let page = page.clamp(1, samla_model::access::MAX_PAGE);
    let contacts = journal::contacts(&db, owner, page).await.map_err(failed)?;
    let labs = journal::lab_series(&db, owner).await.map_err(failed)?;
    let vaccinations = journal::vaccinations(&db, owner).await.map_err(failed)?;
    super::request::log_own_read(&viewer, samla_model::access::Resource::Journal).await?;
    let date = |at: i64| {
        samla_domain::swedish_date::local_date(at)
            .format("%Y-%m-%d")
            .to_string()
    };
    Ok(JournalView {
        contacts: contacts
            .items
            .into_iter()
            .map(|c| ContactItem {
                id: c.id,
                date: date(c.at),
                kind: c.contact_kind,
                clinic: c.clinic_name,
                caregiver: c.caregiver,
                reason: c.reason,
                note: c.note,
                diagnosis_code: c.diagnosis_code,
                diagnosis_text: c.diagnosis_text,
            })
            .collect(),
        page,
        more: contacts.more,
        labs: labs
            .into_iter()
            .map(|(code, rows)| {
                let last = rows.last().expect("a series has results");
                let (unit, low, high) = (last.unit.clone(), last.ref_low, last.ref_high);
                LabSeries {
                    analysis: code.to_owned(),
                    unit,
                    low,
                    high,
                    points: rows
                        .iter()
                        .map(|r| LabPoint {
                            date: date(r.at),
                            value: r.value,
                            range: samla_model::records::range_of(r.value, r.ref_low, r.ref_high),
                        })
                        .collect(),
                }
            })
            .collect(),
        vaccinations: vaccinations
            .into_iter()
            .map(|v| VaccinationItem {
                date: date(v.at),
                vaccine: v.vaccine,
                against: v.against,
                dose: v.dose,
                clinic: v.clinic_name,
            })
            .collect(),
    })
}
