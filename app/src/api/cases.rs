//! The inbox and cases (DOMAIN.md §5): what the citizen reads, each read recorded in the access
//! log, and the e-service forms they start a case with. Sending a case and replying are plain
//! forms the server's form routes take (`server/src/case_forms.rs`); a form with mistakes is
//! shown again with what was typed, put on the request as a submission.

use leptos::prelude::*;
use samla_model::case::{Author, CaseStatus, EServiceForm, FieldProblem, ProblemKind};
use serde::{Deserialize, Serialize};

use super::attachments::{AttachmentItem, Refused};

pub const INBOX_PATH: &str = "/inkorg";
pub const CASES_PATH: &str = "/arenden";
pub const NEW_CASE_PATH: &str = "/arenden/nytt";

pub fn message_path(id: i64) -> String {
    format!("{INBOX_PATH}/{id}")
}

pub fn case_path(id: i64) -> String {
    format!("{CASES_PATH}/{id}")
}

pub fn reply_path(id: i64) -> String {
    format!("{CASES_PATH}/{id}/svar")
}

/// The new-case page for e-service `slug` at the clinic `hsa_id`.
pub fn new_case_href(hsa_id: &str, slug: &str) -> String {
    format!("{NEW_CASE_PATH}?mottagning={hsa_id}&tjanst={slug}")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxItem {
    pub id: i64,
    pub case_id: i64,
    pub subject: String,
    pub clinic: String,
    pub author_name: String,
    /// `YYYY-MM-DD` and `HH:MM`, Swedish time.
    pub date: String,
    pub time: String,
    pub unread: bool,
    pub asks_reply: bool,
    pub excerpt: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InboxView {
    pub items: Vec<InboxItem>,
    pub clinics: Vec<(i32, String)>,
    pub page: u64,
    pub more: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub case_id: i64,
    pub subject: String,
    pub clinic: String,
    pub author: Author,
    pub author_name: String,
    pub body: String,
    pub date: String,
    pub time: String,
    pub asks_reply: bool,
    pub case_open: bool,
    pub files: Vec<AttachmentItem>,
    /// The invitation (kallelse) this message brings, to answer on its page.
    pub invitation: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseItem {
    pub id: i64,
    pub subject: String,
    pub title_sv: String,
    pub title_en: String,
    pub clinic: String,
    pub status: CaseStatus,
    pub expected_reply: String,
    pub updated: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CasesView {
    pub items: Vec<CaseItem>,
    pub page: u64,
    pub more: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadMessage {
    pub id: i64,
    pub author: Author,
    pub author_name: String,
    pub body: String,
    pub date: String,
    pub time: String,
    pub files: Vec<AttachmentItem>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseView {
    pub item: CaseItem,
    pub started_by: Author,
    pub started_by_name: String,
    pub sent: String,
    pub messages: Vec<ThreadMessage>,
    pub citizen_attachments: bool,
}

/// An e-service as its form page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EServiceView {
    pub hsa_id: String,
    pub clinic: String,
    pub form: EServiceForm,
    pub citizen_attachments: bool,
    /// The expected reply date if it were sent now.
    pub expected_reply: String,
}

/// Which step of the new-case form a submission is at.
#[derive(Clone, Debug, PartialEq)]
pub enum NewCaseStep {
    /// The form again, with its mistakes (none when the citizen chose "Ändra").
    Form(Vec<FieldProblem>),
    /// "Kontrollera och skicka": the answers, to send or change.
    Check,
}

/// A new-case form as posted, put on the request by the form route.
#[derive(Clone, Debug, PartialEq)]
pub struct NewCaseSubmission {
    pub posted: Vec<(String, String)>,
    pub step: NewCaseStep,
    /// The files kept so far (uploaded, checked, not yet sent).
    pub files: Vec<AttachmentItem>,
    /// The files of this post that were not taken.
    pub refused: Vec<Refused>,
}

/// A reply in a case's thread shown again: with a mistake, a refused file, or a file taken
/// off; put on the request by the form route.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplySubmission {
    pub text: String,
    pub problem: Option<ProblemKind>,
    pub files: Vec<AttachmentItem>,
    pub refused: Vec<Refused>,
}

#[cfg(feature = "ssr")]
pub(super) mod on_server {
    use super::*;

    pub fn date_time(at: i64) -> (String, String) {
        samla_domain::swedish_date::local_date_time(at)
    }

    pub fn case_item(case: samla_domain::entities::care_case::Model) -> CaseItem {
        CaseItem {
            id: case.id,
            subject: case.subject,
            title_sv: case.title_sv,
            title_en: case.title_en,
            clinic: case.clinic_name,
            status: CaseStatus::from_code(&case.status).unwrap_or(CaseStatus::Sent),
            expected_reply: case.expected_reply,
            updated: date_time(case.updated_at).0,
        }
    }

    /// The start of a message, for the list.
    pub fn excerpt(body: &str) -> String {
        const MAX: usize = 120;
        let line = body.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        if line.chars().count() > MAX {
            format!("{}…", line.chars().take(MAX).collect::<String>())
        } else {
            line.to_owned()
        }
    }
}

/// Page `page` of the logged-in citizen's inbox, optionally of one clinic, optionally only
/// messages containing `text`.
#[server(prefix = "/api", endpoint = "my_inbox")]
pub async fn my_inbox(
    page: u64,
    clinic: Option<i32>,
    text: String,
) -> Result<InboxView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::inbox::{self, InboxQuery, SEARCH_MAX};
    use samla_model::access::{MAX_PAGE, Resource};
    let viewer = require_viewer()?;
    let page = page.clamp(1, MAX_PAGE);
    let db = db();
    let text: String = text.chars().take(SEARCH_MAX).collect();
    let query = InboxQuery {
        page,
        clinic_id: clinic,
        text: Some(text),
    };
    let found = inbox::page(&db, &viewer.personnummer, &query)
        .await
        .map_err(failed)?;
    let clinics = inbox::clinics(&db, &viewer.personnummer)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, Resource::Messages).await?;
    Ok(InboxView {
        page,
        more: found.more && page < MAX_PAGE,
        clinics,
        items: found
            .items
            .into_iter()
            .map(|listed| {
                let (date, time) = on_server::date_time(listed.message.created_at);
                InboxItem {
                    id: listed.message.id,
                    case_id: listed.message.case_id,
                    subject: listed.subject,
                    clinic: listed.clinic_name,
                    author_name: listed.message.author_name,
                    date,
                    time,
                    unread: listed.message.read_at.is_none(),
                    asks_reply: listed.message.asks_reply,
                    excerpt: on_server::excerpt(&listed.message.body),
                }
            })
            .collect(),
    })
}

/// Opens message `id` of the logged-in citizen's: records the read receipt and the read.
/// `None`: no such message of theirs (never told apart from someone else's).
#[server(prefix = "/api", endpoint = "open_message")]
pub async fn open_message(id: i64) -> Result<Option<MessageView>, ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    use samla_model::access::Resource;
    let viewer = require_viewer()?;
    let db = db();
    let Some(message) = samla_domain::inbox::open(&db, &viewer.personnummer, id, now_ms() / 1000)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let case = samla_domain::cases::owned(&db, &viewer.personnummer, message.case_id)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, Resource::Messages).await?;
    let invitation = samla_domain::invitations::of_case(&db, &viewer.personnummer, message.case_id)
        .await
        .map_err(failed)?
        .map(|i| i.id);
    let files = samla_domain::attachments::records::of_messages(&db, &[message.id])
        .await
        .map_err(failed)?
        .iter()
        .map(AttachmentItem::from_row)
        .collect();
    let (date, time) = on_server::date_time(message.created_at);
    Ok(Some(MessageView {
        files,
        invitation,
        id: message.id,
        case_id: message.case_id,
        subject: case.as_ref().map(|c| c.subject.clone()).unwrap_or_default(),
        clinic: case
            .as_ref()
            .map(|c| c.clinic_name.clone())
            .unwrap_or_default(),
        case_open: case.is_some_and(|c| c.status != CaseStatus::Closed.code()),
        author: Author::from_code(&message.author).unwrap_or(Author::Handler),
        author_name: message.author_name,
        body: message.body,
        date,
        time,
        asks_reply: message.asks_reply,
    }))
}

/// Page `page` of the logged-in citizen's cases, the latest changed first.
#[server(prefix = "/api", endpoint = "my_cases")]
pub async fn my_cases(page: u64) -> Result<CasesView, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_model::access::{MAX_PAGE, Resource};
    let viewer = require_viewer()?;
    let page = page.clamp(1, MAX_PAGE);
    let found = samla_domain::cases::list(&db(), &viewer.personnummer, page)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, Resource::Cases).await?;
    Ok(CasesView {
        page,
        more: found.more && page < MAX_PAGE,
        items: found.items.into_iter().map(on_server::case_item).collect(),
    })
}

/// Case `id` with its thread, if it is the logged-in citizen's.
#[server(prefix = "/api", endpoint = "my_case")]
pub async fn my_case(id: i64) -> Result<Option<CaseView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_model::access::Resource;
    let viewer = require_viewer()?;
    let Some(thread) = samla_domain::cases::thread(&db(), &viewer.personnummer, id)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    super::request::log_own_read(&viewer, Resource::Cases).await?;
    let case = thread.case;
    let ids: Vec<i64> = thread.messages.iter().map(|m| m.id).collect();
    let files = samla_domain::attachments::records::of_messages(&db(), &ids)
        .await
        .map_err(failed)?;
    Ok(Some(CaseView {
        started_by: Author::from_code(&case.started_by).unwrap_or(Author::Citizen),
        started_by_name: case.started_by_name.clone(),
        sent: on_server::date_time(case.created_at).0,
        citizen_attachments: case.citizen_attachments,
        messages: thread
            .messages
            .into_iter()
            .map(|m| {
                let (date, time) = on_server::date_time(m.created_at);
                ThreadMessage {
                    id: m.id,
                    author: Author::from_code(&m.author).unwrap_or(Author::Handler),
                    author_name: m.author_name,
                    files: files
                        .iter()
                        .filter(|f| f.message_id == Some(m.id))
                        .map(AttachmentItem::from_row)
                        .collect(),
                    body: m.body,
                    date,
                    time,
                }
            })
            .collect(),
        item: on_server::case_item(case),
    }))
}

/// The e-service `slug` at the clinic `hsa_id`, if it offers it.
#[server(prefix = "/api", endpoint = "eservice_form")]
pub async fn eservice_form(
    hsa_id: String,
    slug: String,
) -> Result<Option<EServiceView>, ServerFnError> {
    use super::request::{db, failed, now_ms, require_viewer};
    require_viewer()?;
    if hsa_id.len() > 64 || slug.len() > 64 {
        return Ok(None);
    }
    let found = samla_domain::eservices::find(&db(), &hsa_id, &slug)
        .await
        .map_err(failed)?;
    Ok(found.map(|o| EServiceView {
        expected_reply: samla_domain::cases::expected_reply(now_ms() / 1000, o.form.reply_days),
        hsa_id: o.hsa_id,
        clinic: o.clinic_name,
        citizen_attachments: o.citizen_attachments,
        form: o.form,
    }))
}

/// How many of the logged-in citizen's messages are unopened (for the header).
#[server(prefix = "/api", endpoint = "unread_count")]
pub async fn unread_count() -> Result<u64, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    samla_domain::inbox::unread(&db(), &viewer.personnummer)
        .await
        .map_err(failed)
}
