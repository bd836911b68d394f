//! The staff tool's server functions (DOMAIN.md §5–§7). Who is asking is the staff session the
//! server's middleware found (`StaffViewer`), never anything posted; the domain
//! (`samla_domain::staff`) decides what they may see and do. Actions are plain forms whose
//! functions answer with a redirect, so they work without JavaScript. Answering a case is a
//! form route of the server's (`server/src/staff_forms.rs`): it shows the page again with what
//! was typed when something is wrong.

use leptos::prelude::*;
use samla_model::case::{Author, CaseStatus};
use samla_model::staff::{CaseFilter, StaffRole};
use serde::{Deserialize, Serialize};

pub const STAFF_PATH: &str = "/personal";
pub const STAFF_LOGIN_PATH: &str = "/personal/logga-in";
pub const CLINIC_CASES_PATH: &str = "/personal/arenden";
pub const MY_CASES_PATH: &str = "/personal/mina-arenden";

pub fn staff_case_path(id: i64) -> String {
    format!("{CLINIC_CASES_PATH}/{id}")
}

pub fn staff_answer_path(id: i64) -> String {
    format!("{CLINIC_CASES_PATH}/{id}/svar")
}

pub const TEMPLATES_PATH: &str = "/personal/mallar";
/// "Skicka ärende": a form route of the server's (`server/src/staff_send.rs`) posts here.
pub const SEND_CASE_PATH: &str = "/personal/skicka";

pub fn template_path(id: i64) -> String {
    format!("{TEMPLATES_PATH}/{id}")
}

pub fn staff_file_path(id: i64) -> String {
    format!("{STAFF_PATH}/bilagor/{id}")
}

/// Whether staff can log in with a SITHS card here (its issuer is configured).
#[derive(Clone, Copy, Debug)]
pub struct SithsLogin(pub bool);

/// Where the SITHS login starts (the server's route, `server/src/staff_oidc.rs`).
pub const SITHS_START_PATH: &str = "/personal/logga-in/siths";

/// Where a member lands after login: the receiver at the clinic's cases, else their own.
pub fn landing(roles: &[StaffRole]) -> &'static str {
    if roles.contains(&StaffRole::Receiver) {
        CLINIC_CASES_PATH
    } else {
        MY_CASES_PATH
    }
}

/// A member of staff the test login offers, with their roles per clinic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonaItem {
    pub hsa_id: String,
    pub name: String,
    pub title: String,
    pub clinics: Vec<ClinicRoles>,
}

/// A clinic where a member holds roles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClinicRoles {
    pub id: i32,
    pub name: String,
    pub roles: Vec<StaffRole>,
}

/// A case in a list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseRow {
    pub id: i64,
    pub subject: String,
    pub eservice_sv: String,
    pub eservice_en: String,
    pub received: String,
    pub reply_by: String,
    pub status: CaseStatus,
    pub handler: Option<String>,
    pub overdue: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseList {
    pub rows: Vec<CaseRow>,
    /// The places of the pages before and after this one (`fore` / `efter`), if any.
    pub earlier: Option<String>,
    pub later: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileItem {
    pub id: i64,
    pub name: String,
    pub size: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadMessage {
    pub id: i64,
    pub author: Author,
    pub author_name: String,
    pub body: String,
    pub date: String,
    pub time: String,
    pub asks_reply: bool,
    /// A clinic message: when the citizen opened it (date, time), if they have.
    pub read: Option<(String, String)>,
    pub files: Vec<FileItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StaffCaseView {
    pub id: i64,
    pub subject: String,
    pub eservice_sv: String,
    pub eservice_en: String,
    pub citizen_name: String,
    pub personnummer: String,
    pub started_by: Author,
    pub started_by_name: String,
    pub received: String,
    pub reply_by: String,
    pub status: CaseStatus,
    pub handler: Option<String>,
    pub messages: Vec<ThreadMessage>,
    /// For a receiver of an open case: the clinic's handlers to assign it to.
    pub handlers: Vec<(String, String)>,
    /// The clinic's reply templates (id, title) to answer with.
    pub templates: Vec<(i64, String)>,
    /// The chosen template's text, filled in for this citizen and member.
    pub from_template: Option<String>,
}

/// A reply template of the clinic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TemplateItem {
    pub id: i64,
    pub title: String,
    pub body: String,
    pub updated_by: String,
    pub updated: String,
}

/// A template form shown again with its mistakes; put on the request by the form route.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateSubmission {
    pub title: String,
    pub body: String,
    pub problems: Vec<samla_model::staff::TemplateProblem>,
}

/// A staff answer shown again — with its mistake, its files, or for the preview its files
/// must have before it is sent; put on the request by the form route.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffAnswerSubmission {
    pub text: String,
    pub question: bool,
    pub problem: Option<samla_model::case::ProblemKind>,
    /// The member's files kept so far (pending, theirs).
    pub files: Vec<crate::api::attachments::AttachmentItem>,
    /// Files of the last post that were not taken, and why.
    pub refused: Vec<crate::api::attachments::Refused>,
    pub step: AnswerStep,
}

/// The citizen a case is about to be sent to, as the member sees them: name, personnummer
/// and how they will be notified (read-only, DOMAIN.md §3).
#[derive(Clone, Debug, PartialEq)]
pub struct RecipientView {
    pub personnummer: String,
    pub name: String,
    pub method: samla_model::outgoing::NoticeMethod,
}

/// Why the personnummer typed leads to nobody.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientProblem {
    Typed(samla_model::personnummer::PersonnummerError),
    /// A valid number nobody in the population register has.
    Unknown,
}

/// "Skicka ärende" as posted, shown again: the number typed and what it led to, and once a
/// citizen is found, the message being written (or previewed with its files).
#[derive(Clone, Debug, PartialEq)]
pub struct StaffSendSubmission {
    pub typed: String,
    pub template: Option<i64>,
    pub problem: Option<RecipientProblem>,
    pub recipient: Option<RecipientView>,
    pub subject: String,
    pub text: String,
    pub question: bool,
    pub problems: Vec<samla_model::outgoing::OutgoingProblem>,
    pub files: Vec<crate::api::attachments::AttachmentItem>,
    pub refused: Vec<crate::api::attachments::Refused>,
    pub step: AnswerStep,
}

/// Where an answer with files is: being written, or shown for review before it is sent (a
/// message with files is never sent unreviewed, DOMAIN.md §6).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerStep {
    Form,
    /// `unconfirmed`: "Skicka" was pressed without ticking that the files were reviewed.
    Preview {
        unconfirmed: bool,
    },
}

#[cfg(feature = "ssr")]
pub(super) mod on_server {
    use leptos::prelude::*;
    use samla_model::staff::StaffViewer;

    /// The staff session's member, or an error that says to log in (401).
    pub fn require_staff() -> Result<StaffViewer, ServerFnError> {
        use_context::<StaffViewer>().ok_or_else(|| {
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::UNAUTHORIZED);
            }
            ServerFnError::new(
                "Logga in i personalverktyget först. / Log in to the staff tool first.",
            )
        })
    }

    pub fn now() -> i64 {
        crate::api::request::now_ms() / 1000
    }

    pub fn failed(e: impl std::fmt::Display) -> ServerFnError {
        tracing::error!("staff tool: {e}");
        ServerFnError::new(
            "Det går inte att visa eller spara just nu. Försök igen senare. / This cannot be shown or saved right now.",
        )
    }

    pub fn row(case: samla_domain::entities::care_case::Model, today: &str) -> super::CaseRow {
        let status = samla_model::case::CaseStatus::from_code(&case.status)
            .unwrap_or(samla_model::case::CaseStatus::Sent);
        let waiting = !matches!(
            status,
            samla_model::case::CaseStatus::Answered | samla_model::case::CaseStatus::Closed
        );
        super::CaseRow {
            id: case.id,
            overdue: waiting
                && !case.expected_reply.is_empty()
                && case.expected_reply.as_str() < today,
            subject: case.subject,
            eservice_sv: case.title_sv,
            eservice_en: case.title_en,
            received: samla_domain::swedish_date::local_date_time(case.created_at).0,
            reply_by: case.expected_reply,
            status,
            handler: case.assigned_name,
        }
    }

    pub fn template_item(t: samla_domain::entities::reply_template::Model) -> super::TemplateItem {
        super::TemplateItem {
            id: t.id,
            title: t.title,
            body: t.body,
            updated_by: t.updated_by,
            updated: samla_domain::swedish_date::local_date_time(t.updated_at).0,
        }
    }

    pub fn list(page: samla_domain::staff::cases::CasePage) -> super::CaseList {
        use samla_model::staff::CaseCursor;
        let today = samla_domain::swedish_date::today()
            .format("%Y-%m-%d")
            .to_string();
        let key = |case: Option<&samla_domain::entities::care_case::Model>| {
            case.map(|c| CaseCursor::key(&c.expected_reply, c.id))
        };
        let earlier = page.earlier.then(|| key(page.items.first())).flatten();
        let later = page.later.then(|| key(page.items.last())).flatten();
        super::CaseList {
            rows: page.items.into_iter().map(|c| row(c, &today)).collect(),
            earlier,
            later,
        }
    }
}

/// The test login's staff: every member and their roles (none where the test identity
/// provider is off: staff then log in with SITHS).
#[server(prefix = "/api", endpoint = "staff_personas")]
pub async fn staff_personas() -> Result<Vec<PersonaItem>, ServerFnError> {
    use crate::api::request::db;
    if !crate::api::login::test_idp_enabled() {
        return Ok(Vec::new());
    }
    let members = samla_domain::staff::members::all(&db())
        .await
        .map_err(on_server::failed)?;
    Ok(members
        .into_iter()
        .map(|m| PersonaItem {
            name: format!("{} {}", m.given_name, m.family_name),
            hsa_id: m.hsa_id,
            title: m.title,
            clinics: m
                .clinics
                .into_iter()
                .map(|c| ClinicRoles {
                    id: c.id,
                    name: c.name,
                    roles: c.roles,
                })
                .collect(),
        })
        .collect())
}

/// Logs the test persona `hsa_id` in at `clinic` (test identity provider only), then to their
/// work; a refusal back to the login page.
#[server(prefix = "/api", endpoint = "staff_log_in")]
pub async fn staff_log_in(hsa_id: String, clinic: i32) -> Result<(), ServerFnError> {
    use crate::api::request::{db, set_cookie};
    use samla_model::cookies;
    if !crate::api::login::test_idp_enabled() || !samla_model::staff::valid_hsa_id(&hsa_id) {
        leptos_axum::redirect(&format!("{STAFF_LOGIN_PATH}?nekad=1"));
        return Ok(());
    }
    let db = db();
    let Some(id) = samla_domain::staff::sessions::open(&db, &hsa_id, clinic, on_server::now())
        .await
        .map_err(on_server::failed)?
    else {
        leptos_axum::redirect(&format!("{STAFF_LOGIN_PATH}?nekad=1"));
        return Ok(());
    };
    // A browser session cookie: the server's idle limit ends the session, not the cookie.
    set_cookie(&cookies::set_secret(cookies::STAFF_SESSION, &id, None));
    let roles = samla_domain::staff::members::find(&db, &hsa_id)
        .await
        .map_err(on_server::failed)?
        .and_then(|m| m.clinics.into_iter().find(|c| c.id == clinic))
        .map(|c| c.roles)
        .unwrap_or_default();
    leptos_axum::redirect(landing(&roles));
    Ok(())
}

/// Ends the staff session and removes its cookie.
#[server(prefix = "/api", endpoint = "staff_log_out")]
pub async fn staff_log_out() -> Result<(), ServerFnError> {
    use crate::api::request::{cookie, db, set_cookie};
    use samla_model::cookies;
    if let Some(id) = cookie(cookies::STAFF_SESSION) {
        if let Some(viewer) = use_context::<samla_model::staff::StaffViewer>() {
            samla_domain::staff::audit::record(
                &db(),
                &viewer.hsa_id,
                viewer.clinic_id,
                samla_domain::staff::audit::Action::LogOut,
                on_server::now(),
            )
            .await
            .map_err(on_server::failed)?;
        }
        samla_domain::staff::sessions::end(&db(), &id, on_server::now())
            .await
            .map_err(on_server::failed)?;
    }
    set_cookie(&cookies::remove(cookies::STAFF_SESSION));
    leptos_axum::redirect(&format!("{STAFF_LOGIN_PATH}?utloggad=1"));
    Ok(())
}

/// "Mottagningens ärenden": a page of the clinic's cases under `filter` (a receiver's), the
/// one after the case `efter` or before the case `fore` names, else the first.
#[server(prefix = "/api", endpoint = "staff_clinic_cases")]
pub async fn staff_clinic_cases(
    filter: CaseFilter,
    efter: Option<String>,
    fore: Option<String>,
) -> Result<Option<CaseList>, ServerFnError> {
    use crate::api::request::db;
    let viewer = on_server::require_staff()?;
    let at = samla_model::staff::CaseCursor::from_query(efter.as_deref(), fore.as_deref());
    let now = on_server::now();
    let found = samla_domain::staff::cases::clinic_cases(&db(), &viewer, filter, at.as_ref(), now)
        .await
        .map_err(on_server::failed)?;
    Ok(found.map(on_server::list))
}

/// "Mina ärenden": a page of the open cases assigned to the handler, placed as above.
#[server(prefix = "/api", endpoint = "staff_my_cases")]
pub async fn staff_my_cases(
    efter: Option<String>,
    fore: Option<String>,
) -> Result<Option<CaseList>, ServerFnError> {
    use crate::api::request::db;
    let viewer = on_server::require_staff()?;
    let at = samla_model::staff::CaseCursor::from_query(efter.as_deref(), fore.as_deref());
    let found = samla_domain::staff::cases::my_cases(&db(), &viewer, at.as_ref(), on_server::now())
        .await
        .map_err(on_server::failed)?;
    Ok(found.map(on_server::list))
}

/// A case the member may see, opened: recorded in the audit log and the citizen's access log.
#[server(prefix = "/api", endpoint = "staff_case")]
pub async fn staff_case(
    id: i64,
    template: Option<i64>,
) -> Result<Option<StaffCaseView>, ServerFnError> {
    use crate::api::request::db;
    use samla_domain::access_log::RecentReads;
    let viewer = on_server::require_staff()?;
    let db = db();
    let recent = use_context::<std::sync::Arc<RecentReads>>().unwrap_or_default();
    let Some(found) = samla_domain::staff::cases::open(&db, &recent, &viewer, id, on_server::now())
        .await
        .map_err(on_server::failed)?
    else {
        return Ok(None);
    };
    let status = CaseStatus::from_code(&found.case.status).unwrap_or(CaseStatus::Sent);
    let handlers = if viewer.has(StaffRole::Receiver) && status != CaseStatus::Closed {
        samla_domain::staff::members::handlers(&db, viewer.clinic_id)
            .await
            .map_err(on_server::failed)?
    } else {
        Vec::new()
    };
    let templates = samla_domain::staff::templates::list(&db, &viewer)
        .await
        .map_err(on_server::failed)?;
    let from_template = template
        .and_then(|chosen| templates.iter().find(|t| t.id == chosen))
        .map(|t| samla_model::staff::fill_template(&t.body, &found.citizen_given_name, &viewer));
    let templates = templates.into_iter().map(|t| (t.id, t.title)).collect();
    let date_time = samla_domain::swedish_date::local_date_time;
    let files = &found.files;
    let messages = found
        .messages
        .into_iter()
        .map(|m| {
            let (date, time) = date_time(m.created_at);
            ThreadMessage {
                id: m.id,
                author: Author::from_code(&m.author).unwrap_or(Author::Citizen),
                author_name: m.author_name,
                body: m.body,
                date,
                time,
                asks_reply: m.asks_reply,
                read: m.from_clinic.then_some(m.read_at).flatten().map(date_time),
                files: files
                    .iter()
                    .filter(|f| f.message_id == Some(m.id))
                    .map(|f| FileItem {
                        id: f.id,
                        name: f.name.clone(),
                        size: f.size,
                    })
                    .collect(),
            }
        })
        .collect();
    let case = found.case;
    let personnummer = samla_model::personnummer::Personnummer::parse(&case.personnummer)
        .map(|p| p.display())
        .unwrap_or_else(|_| case.personnummer.clone());
    Ok(Some(StaffCaseView {
        id: case.id,
        subject: case.subject,
        eservice_sv: case.title_sv,
        eservice_en: case.title_en,
        citizen_name: found.citizen_name,
        personnummer,
        started_by: Author::from_code(&case.started_by).unwrap_or(Author::Citizen),
        started_by_name: case.started_by_name,
        received: date_time(case.created_at).0,
        reply_by: case.expected_reply,
        status,
        handler: case.assigned_name,
        messages,
        handlers,
        templates,
        from_template,
    }))
}

/// The clinic's reply templates.
#[server(prefix = "/api", endpoint = "staff_templates")]
pub async fn staff_templates() -> Result<Vec<TemplateItem>, ServerFnError> {
    use crate::api::request::db;
    let viewer = on_server::require_staff()?;
    let found = samla_domain::staff::templates::list(&db(), &viewer)
        .await
        .map_err(on_server::failed)?;
    Ok(found.into_iter().map(on_server::template_item).collect())
}

/// The clinic's template `id`, if it is the member's clinic's.
#[server(prefix = "/api", endpoint = "staff_template")]
pub async fn staff_template(id: i64) -> Result<Option<TemplateItem>, ServerFnError> {
    use crate::api::request::db;
    let viewer = on_server::require_staff()?;
    let found = samla_domain::staff::templates::find(&db(), &viewer, id)
        .await
        .map_err(on_server::failed)?;
    Ok(found.map(on_server::template_item))
}

/// The receiver assigns the case to a handler of the clinic; back to the case.
#[server(prefix = "/api", endpoint = "staff_assign")]
pub async fn staff_assign(case: i64, handler: String) -> Result<(), ServerFnError> {
    use crate::api::request::db;
    use samla_domain::staff::cases::Assigned;
    let viewer = on_server::require_staff()?;
    let done =
        samla_domain::staff::cases::assign(&db(), &viewer, case, handler.trim(), on_server::now())
            .await
            .map_err(on_server::failed)?;
    let page = staff_case_path(case);
    match done {
        Assigned::Done => leptos_axum::redirect(&format!("{page}?tilldelat=1")),
        Assigned::NotAHandler => leptos_axum::redirect(&format!("{page}?fel=hanterare")),
        Assigned::Closed => leptos_axum::redirect(&page),
        Assigned::NotFound => {
            if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
                response.set_status(http::StatusCode::NOT_FOUND);
            }
            return Err(ServerFnError::new("Ärendet finns inte. / No such case."));
        }
    }
    Ok(())
}

/// Closes the case; back to it.
#[server(prefix = "/api", endpoint = "staff_close")]
pub async fn staff_close(case: i64) -> Result<(), ServerFnError> {
    use crate::api::request::db;
    let viewer = on_server::require_staff()?;
    let closed = samla_domain::staff::cases::close(&db(), &viewer, case, on_server::now())
        .await
        .map_err(on_server::failed)?;
    if closed {
        leptos_axum::redirect(&format!("{}?avslutat=1", staff_case_path(case)));
        Ok(())
    } else {
        if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
            response.set_status(http::StatusCode::NOT_FOUND);
        }
        Err(ServerFnError::new(
            "Ärendet finns inte eller är redan avslutat. / No such open case.",
        ))
    }
}
