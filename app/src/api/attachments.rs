//! Attachments as the pages show them (DOMAIN.md §6): in a case's thread, on the form while
//! it is being written, and on the preview page, which comes before any download. The bytes
//! are served by the server's own route (`server/src/attachment_routes.rs`), only to the
//! person the case is about.

use leptos::prelude::*;
use samla_model::attachment::{FileKind, Refusal};
use serde::{Deserialize, Serialize};

pub const UPLOAD_PATH: &str = "/bilagor";

/// The preview page.
pub fn attachment_path(id: i64) -> String {
    format!("{UPLOAD_PATH}/{id}")
}

/// The file itself, shown inline.
pub fn file_path(id: i64) -> String {
    format!("{UPLOAD_PATH}/{id}/fil")
}

pub fn download_path(id: i64) -> String {
    format!("{UPLOAD_PATH}/{id}/fil?ladda-ner=1")
}

/// The island takes a pending file off the form here.
pub fn discard_path(id: i64) -> String {
    format!("{UPLOAD_PATH}/{id}/ta-bort")
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachmentItem {
    pub id: i64,
    pub name: String,
    pub kind: FileKind,
    pub size: u64,
}

/// A file of the post that was not taken, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Refused {
    pub name: String,
    pub why: Refusal,
}

/// The preview page's file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttachmentView {
    pub item: AttachmentItem,
    /// The case it belongs to; none while it is still only uploaded.
    pub case_id: Option<i64>,
    pub case_subject: String,
    pub date: String,
}

#[cfg(feature = "ssr")]
impl AttachmentItem {
    pub fn from_row(row: &samla_domain::entities::attachment::Model) -> Self {
        AttachmentItem {
            id: row.id,
            name: row.name.clone(),
            kind: FileKind::from_code(&row.content_type).unwrap_or(FileKind::Pdf),
            size: row.size.max(0) as u64,
        }
    }
}

/// The logged-in citizen's file `id`, for its preview page; the read is in the access log.
/// `None`: no such file of theirs (never told apart from someone else's).
#[server(prefix = "/api", endpoint = "my_attachment")]
pub async fn my_attachment(id: i64) -> Result<Option<AttachmentView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_model::access::Resource;
    let viewer = require_viewer()?;
    let db = db();
    let Some(row) = samla_domain::attachments::records::readable(&db, &viewer.personnummer, id)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let case = match row.case_id {
        Some(case_id) => samla_domain::cases::owned(&db, &viewer.personnummer, case_id)
            .await
            .map_err(failed)?,
        None => None,
    };
    super::request::log_own_read(&viewer, Resource::Attachments).await?;
    Ok(Some(AttachmentView {
        item: AttachmentItem::from_row(&row),
        case_id: case.as_ref().map(|c| c.id),
        case_subject: case.map(|c| c.subject).unwrap_or_default(),
        date: samla_domain::swedish_date::local_date_time(row.uploaded_at).0,
    }))
}
