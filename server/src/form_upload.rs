//! Reading a posted form that may carry files (`multipart/form-data`), from the plain
//! no-JavaScript forms and from the upload island alike. Text fields are kept, cut to what a
//! field takes; each file streams through `attachments::receive` (counted, hashed, written to
//! a temporary file, checked, stored) and comes out kept as a pending attachment or refused
//! with its reason. Whether files are taken at all, and how many more, is decided here from
//! the form's own fields, so neither the page nor the island is trusted with the rule.

use std::time::Duration;

use std::pin::Pin;
use std::task::{Context, Poll};

use axum::extract::Request;
use futures_util::{Stream, StreamExt, stream::BoxStream};
use multer::Multipart;
use samla_app::api::attachments::{AttachmentItem, Refused};
use samla_domain::attachments::{
    Error,
    receive::{Received, Receiving},
    records,
};
use samla_domain::entities::attachment;
use samla_model::attachment::{CITIZEN_FILES_MAX, FILE_MAX, Refusal, STAFF_FILES_MAX};
use samla_model::case::{CaseStatus, MESSAGE_MAX};
use tokio::sync::Semaphore;

use crate::AppState;

/// The field a file comes in.
pub const FILE_FIELD: &str = "fil";
/// The field naming an already uploaded file the form carries on.
pub const KEPT_FIELD: &str = "bilaga";
/// The box that takes a kept file off the form again (without JavaScript).
pub const REMOVE_FIELD: &str = "ta-bort";
/// More parts than any form has are not read.
const PARTS_MAX: usize = 48;
/// A text field is cut to this many bytes (a message of `MESSAGE_MAX` characters of up to
/// four bytes each).
const TEXT_BYTES_MAX: usize = MESSAGE_MAX * 4 + 4;
/// A sender that sends nothing for this long is given up on.
const IDLE: Duration = Duration::from_secs(30);
/// Uploads worked on at once (they skip the general work queue: streaming to disk is not
/// what that queue shares out); more wait up to `crate::work_queue::MAX_WAIT`.
pub const UPLOADS_AT_ONCE: usize = 16;

/// The largest upload request of a citizen: five files at the limit, and the form around them.
pub const UPLOAD_BODY_MAX: usize = CITIZEN_FILES_MAX * FILE_MAX as usize + 1024 * 1024;
/// The largest of a member of staff: ten files.
pub const STAFF_UPLOAD_BODY_MAX: usize = STAFF_FILES_MAX * FILE_MAX as usize + 1024 * 1024;

static UPLOADS: Semaphore = Semaphore::const_new(UPLOADS_AT_ONCE);

/// What the form is for, which says whether it takes files.
#[derive(Clone, Copy, Debug)]
pub enum Target {
    /// `/arenden/nytt`: the e-service named by the form's `mottagning` and `tjanst`.
    NewCase,
    /// A reply in case `id`.
    Reply(i64),
    /// The upload island's post: a reply if it names an `arende`, else a new case.
    Posted,
    /// A staff member's answer; whether they may write in the case was asked before.
    StaffAnswer { may_write: bool },
}

impl Target {
    /// The most files one message of this writer carries (DOMAIN.md §6).
    pub fn files_max(self) -> usize {
        match self {
            Target::StaffAnswer { .. } => STAFF_FILES_MAX,
            _ => CITIZEN_FILES_MAX,
        }
    }
}

/// One file of the post and what came of it.
#[derive(Clone, Debug)]
pub struct FileOutcome {
    pub name: String,
    pub result: Result<attachment::Model, Refusal>,
}

/// A form as read.
#[derive(Clone, Debug, Default)]
pub struct PostedForm {
    pub pairs: Vec<(String, String)>,
    /// The files the form carried on (`bilaga`), checked to be the poster's pending ones,
    /// then the new ones kept here; at most the target's `files_max`.
    pub kept: Vec<attachment::Model>,
    /// Files of this post that were refused, with why.
    pub refused: Vec<FileOutcome>,
    /// The body ended early (a file past the limit with `stop_at_limit`, or the sender
    /// stopped).
    pub cut_short: bool,
}

impl PostedForm {
    pub fn field(&self, name: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// Whether `owner` may attach files to `target`, judged from the form's fields so far.
async fn files_taken(state: &AppState, owner: &str, target: Target, form: &PostedForm) -> bool {
    let target = match (target, form.field("arende").parse()) {
        (Target::Posted, Ok(id)) => Target::Reply(id),
        (Target::Posted, Err(_)) => Target::NewCase,
        (target, _) => target,
    };
    match target {
        Target::Posted => false,
        Target::StaffAnswer { may_write } => may_write,
        Target::NewCase => {
            samla_domain::eservices::find(&state.db, form.field("mottagning"), form.field("tjanst"))
                .await
                .ok()
                .flatten()
                .is_some_and(|offered| offered.citizen_attachments)
        }
        Target::Reply(id) => samla_domain::cases::owned(&state.db, owner, id)
            .await
            .ok()
            .flatten()
            .is_some_and(|case| {
                case.citizen_attachments && case.status != CaseStatus::Closed.code()
            }),
    }
}

/// The body handed to the form parser one chunk at a time. The parser (`multer`) reads all
/// that is ready into its own buffer; over a fast connection that would be most of the
/// upload in memory. Saying "not ready" after each chunk (and waking at once) keeps its
/// buffer to the chunk being worked on.
struct OneAtATime {
    inner: BoxStream<'static, Result<bytes::Bytes, axum::Error>>,
    yielded: bool,
}

impl Stream for OneAtATime {
    type Item = Result<bytes::Bytes, axum::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.yielded {
            self.yielded = false;
            cx.waker().wake_by_ref();
            return Poll::Pending;
        }
        let next = self.inner.poll_next_unpin(cx);
        self.yielded = matches!(next, Poll::Ready(Some(_)));
        next
    }
}

/// The parser over `request`'s body, if it is `multipart/form-data` with a boundary.
pub fn multipart_of(request: Request) -> Option<Multipart<'static>> {
    let boundary = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())?;
    let stream = OneAtATime {
        inner: request.into_body().into_data_stream().boxed(),
        yielded: false,
    };
    Some(Multipart::new(stream, boundary))
}

/// Reads `multipart` for `owner`. With `stop_at_limit` (the island's one-file posts) a file
/// past the size limit ends the reading at once; otherwise the rest of the form is still
/// read (past the limit nothing of the file is kept), so what was typed is not lost.
pub async fn read(
    state: &AppState,
    owner: &str,
    target: Target,
    mut multipart: Multipart<'static>,
    stop_at_limit: bool,
) -> Result<PostedForm, Error> {
    let _turn = tokio::time::timeout(crate::work_queue::MAX_WAIT, UPLOADS.acquire())
        .await
        .map_err(|_| std::io::Error::other("too many uploads at once"))?
        .map_err(std::io::Error::other)?;
    let mut form = PostedForm::default();
    let mut carried: Vec<i64> = Vec::new();
    let mut policy: Option<bool> = None;
    let temp_dir = state.config.data_dir.join("uploads");
    for _ in 0..PARTS_MAX {
        let next = match tokio::time::timeout(IDLE, multipart.next_field()).await {
            Ok(Ok(Some(field))) => field,
            Ok(Ok(None)) => break,
            Ok(Err(_)) | Err(_) => {
                form.cut_short = true;
                break;
            }
        };
        let mut field = next;
        let name = field.name().unwrap_or_default().to_owned();
        if name != FILE_FIELD {
            let text = read_text(&mut field).await;
            match text {
                Some(text) if name == KEPT_FIELD => {
                    if let Ok(id) = text.trim().parse() {
                        carried.push(id);
                    }
                }
                Some(text) => form.pairs.push((name, text)),
                None => {
                    form.cut_short = true;
                    break;
                }
            }
            continue;
        }
        let file_name = field.file_name().unwrap_or_default().to_owned();
        // A file input left empty still posts a part, with no name and no bytes.
        if file_name.is_empty() {
            continue;
        }
        // The carried files are looked up once, when the first new file arrives.
        if policy.is_none() {
            form.kept = records::pending(&state.db, owner, &carried, target.files_max()).await?;
            policy = Some(files_taken(state, owner, target, &form).await);
        }
        let refuse = |why| FileOutcome {
            name: samla_model::attachment::clean_name(&file_name),
            result: Err(why),
        };
        if policy != Some(true) {
            form.refused.push(refuse(Refusal::NotAllowed));
            continue;
        }
        if form.kept.len() >= target.files_max() {
            form.refused.push(refuse(Refusal::TooMany));
            continue;
        }
        let mut receiving = Receiving::start(&temp_dir).await?;
        let mut complete = true;
        loop {
            match tokio::time::timeout(IDLE, field.chunk()).await {
                Ok(Ok(Some(chunk))) => {
                    if !receiving.push(&chunk).await? {
                        break;
                    }
                }
                Ok(Ok(None)) => break,
                Ok(Err(_)) | Err(_) => {
                    complete = false;
                    break;
                }
            }
        }
        if !complete {
            form.cut_short = true;
            break;
        }
        let over = receiving.size() > FILE_MAX;
        match receiving
            .finish(&state.db, &state.files, owner, &file_name, now())
            .await?
        {
            Received::Kept(row) => form.kept.push(row),
            Received::Refused(why) => form.refused.push(refuse(why)),
        }
        if over && stop_at_limit {
            form.cut_short = true;
            break;
        }
    }
    if policy.is_none() {
        form.kept = records::pending(&state.db, owner, &carried, target.files_max()).await?;
    }
    Ok(form)
}

/// Reads a posted form of either kind: with files (`multipart/form-data`) as `read` does, or
/// a plain one (the check step, which carries its files on by id).
pub async fn read_any(
    state: &AppState,
    owner: &str,
    target: Target,
    request: Request,
) -> Result<PostedForm, Error> {
    use axum::extract::FromRequest;
    let multipart = request
        .headers()
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    if multipart {
        return match multipart_of(request) {
            Some(multipart) => read(state, owner, target, multipart, false).await,
            None => Ok(PostedForm {
                cut_short: true,
                ..Default::default()
            }),
        };
    }
    let pairs = axum::extract::Form::<Vec<(String, String)>>::from_request(request, &())
        .await
        .map(|axum::extract::Form(pairs)| pairs)
        .unwrap_or_default();
    let mut form = PostedForm::default();
    let mut carried = Vec::new();
    for (name, value) in pairs.into_iter().take(PARTS_MAX) {
        if name == KEPT_FIELD {
            if let Ok(id) = value.trim().parse() {
                carried.push(id);
            }
        } else {
            form.pairs.push((name, value));
        }
    }
    form.kept = records::pending(&state.db, owner, &carried, target.files_max()).await?;
    Ok(form)
}

/// The files of a form as the page shows them, after those ticked "Ta bort" are taken off.
pub async fn files_of(state: &AppState, owner: &str, form: &mut PostedForm) -> Vec<AttachmentItem> {
    let removed: Vec<i64> = form
        .pairs
        .iter()
        .filter(|(k, _)| k == REMOVE_FIELD)
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    for id in removed {
        if records::discard(&state.db, &state.files, owner, id)
            .await
            .unwrap_or(false)
        {
            form.kept.retain(|file| file.id != id);
        }
    }
    form.kept.iter().map(AttachmentItem::from_row).collect()
}

pub fn refused_of(form: &PostedForm) -> Vec<Refused> {
    form.refused
        .iter()
        .filter_map(|f| {
            f.result.as_ref().err().map(|why| Refused {
                name: f.name.clone(),
                why: *why,
            })
        })
        .collect()
}

/// A text part, cut to `TEXT_BYTES_MAX` bytes (the rest is read and dropped); None if the
/// sender stopped.
async fn read_text(field: &mut multer::Field<'_>) -> Option<String> {
    let mut bytes = Vec::new();
    loop {
        match tokio::time::timeout(IDLE, field.chunk()).await {
            Ok(Ok(Some(chunk))) => {
                let room = TEXT_BYTES_MAX.saturating_sub(bytes.len());
                bytes.extend_from_slice(&chunk[..room.min(chunk.len())]);
            }
            Ok(Ok(None)) => break,
            Ok(Err(_)) | Err(_) => return None,
        }
    }
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn now() -> i64 {
    crate::notifier::unix_now()
}
