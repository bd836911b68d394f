//! The citizen's settings and the access log (DOMAIN.md §3). Reading the settings is recorded
//! in the access log. Saving is a plain form that the server's form route takes
//! (`server/src/settings_form.rs`): a form with mistakes is shown again with what was typed,
//! which a redirect could only carry in the address.

use leptos::prelude::*;
use samla_model::{
    access::{Resource, Role},
    settings::{SettingsForm, SettingsProblem},
};
use serde::{Deserialize, Serialize};

pub const SETTINGS_PATH: &str = "/installningar";
pub const ACCESS_LOG_PATH: &str = "/installningar/vem-har-last";

/// What the settings page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsView {
    pub name: String,
    /// The lines of the registered address; `None` with protected personal data.
    pub address: Option<Vec<String>>,
    /// The saved choices, as the form shows them: in proxy mode the guardian's own contact
    /// details for this child's notifications (DOMAIN.md §4).
    pub saved: SettingsForm,
    /// A guardian acting for the child whose settings these are.
    pub proxy: bool,
    /// The youth is to review their settings (the first login after turning 13).
    pub review_due: bool,
    /// The guardians notified about this person's inbox (not shown in proxy mode).
    pub guardians: Vec<NotifiedGuardian>,
}

/// A guardian told of new messages in the youth's inbox, and on what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotifiedGuardian {
    pub personnummer: String,
    pub name: String,
    pub mobile: Option<String>,
    pub email: Option<String>,
}

/// A submitted settings form with mistakes, put on the request by the form route so the
/// page shows it again, with the mistakes.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsSubmission {
    pub form: SettingsForm,
    pub problems: Vec<SettingsProblem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccessEntryView {
    pub reader: String,
    pub role: Role,
    pub resource: Resource,
    /// `YYYY-MM-DD` and `HH:MM`, Swedish time.
    pub date: String,
    pub time: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AccessLogView {
    pub entries: Vec<AccessEntryView>,
    pub page: u64,
    pub more: bool,
}

/// The logged-in citizen's settings (`None`: no account, which a login always makes).
#[server(prefix = "/api", endpoint = "my_settings")]
pub async fn my_settings() -> Result<Option<SettingsView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::settings;
    let viewer = require_viewer()?;
    let db = db();
    let Some(found) = settings::load(&db, &viewer.personnummer)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    super::request::log_own_read(&viewer, Resource::Settings).await?;
    let saved = match &viewer.guardian {
        // The guardian's own details for this child, empty until they give them.
        Some(guardian) => {
            samla_domain::guardian_notices::load(&db, &viewer.personnummer, &guardian.personnummer)
                .await
                .map_err(failed)?
                .map(|n| SettingsForm {
                    mobile: n.mobile.unwrap_or_default(),
                    email: n.email.unwrap_or_default(),
                    notify_sms: n.notify_sms,
                    notify_email: n.notify_email,
                    share_contact: false,
                })
                .unwrap_or_default()
        }
        None => SettingsForm {
            mobile: found.mobile.unwrap_or_default(),
            email: found.email.unwrap_or_default(),
            notify_sms: found.notify_sms,
            notify_email: found.notify_email,
            share_contact: found.share_contact,
        },
    };
    let (review_due, guardians) = if viewer.is_proxy() {
        (false, Vec::new())
    } else {
        let now = super::request::now_ms() / 1000;
        let due = samla_domain::proxy::review_due_at_login(&db, &viewer.personnummer, now)
            .await
            .map_err(failed)?;
        let notified = samla_domain::guardian_notices::of_child(&db, &viewer.personnummer)
            .await
            .map_err(failed)?;
        (
            due,
            notified
                .into_iter()
                .map(|n| NotifiedGuardian {
                    personnummer: n.guardian,
                    name: n.name,
                    mobile: n.mobile,
                    email: n.email,
                })
                .collect(),
        )
    };
    Ok(Some(SettingsView {
        name: format!("{} {}", found.given_name, found.family_name),
        address: found
            .address
            .map(|(street, postal_code, city)| vec![street, format!("{postal_code} {city}")]),
        saved,
        proxy: viewer.is_proxy(),
        review_due,
        guardians,
    }))
}

/// "Mina inställningar stämmer": the youth has reviewed their settings; to the start page.
#[server(prefix = "/api", endpoint = "settings_reviewed")]
pub async fn settings_reviewed() -> Result<(), ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    let viewer = require_viewer()?;
    if !viewer.is_proxy() {
        samla_domain::accounts::mark_reviewed(&db(), &viewer.personnummer, now_ms() / 1000)
            .await
            .map_err(failed)?;
    }
    leptos_axum::redirect("/");
    Ok(())
}

/// "Sluta avisera": the citizen stops `guardian`'s notifications about their inbox. Only the
/// citizen themself, never a guardian in proxy mode.
#[server(prefix = "/api", endpoint = "stop_guardian_notice")]
pub async fn stop_guardian_notice(guardian: String) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    if viewer.is_proxy() {
        leptos_axum::redirect(SETTINGS_PATH);
        return Ok(());
    }
    let guardian: String = guardian
        .chars()
        .filter(char::is_ascii_digit)
        .take(12)
        .collect();
    samla_domain::guardian_notices::remove(&db(), &viewer.personnummer, &guardian)
        .await
        .map_err(failed)?;
    leptos_axum::redirect(&format!("{SETTINGS_PATH}?avslutad=1"));
    Ok(())
}

/// Page `page` of the reads of the logged-in citizen's data, newest first.
#[server(prefix = "/api", endpoint = "my_access_log")]
pub async fn my_access_log(page: u64) -> Result<AccessLogView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_model::access::MAX_PAGE;
    let viewer = require_viewer()?;
    let page = page.clamp(1, MAX_PAGE);
    let found = samla_domain::access_log::page(&db(), &viewer.personnummer, page)
        .await
        .map_err(failed)?;
    Ok(AccessLogView {
        page,
        more: found.more && page < MAX_PAGE,
        entries: found
            .entries
            .into_iter()
            .map(|entry| {
                let (date, time) = samla_domain::swedish_date::local_date_time(entry.at);
                AccessEntryView {
                    reader: entry.reader_name,
                    role: entry.role,
                    resource: entry.resource,
                    date,
                    time,
                }
            })
            .collect(),
    })
}
