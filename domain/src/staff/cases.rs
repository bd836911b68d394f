//! The clinic's cases as staff see and handle them (DOMAIN.md §5–§7). The receiver lists and
//! distributes the clinic's cases; the handler lists theirs; both open, answer and close the
//! cases they may see (`StaffViewer::may_see`). A case they may not see is never told apart
//! from none. Every action is audited, and every opening is in the citizen's access log.

use samla_model::access::Resource;
use samla_model::case::CaseStatus;
use samla_model::staff::{CASES_PER_PAGE, CaseCursor, CaseFilter, StaffRole, StaffViewer};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::audit::{self, Action};
use super::members;
use crate::access_log::{self, Reader, RecentReads};
use crate::clinic_side::{self, Sent, Staff};
use crate::entities::{attachment, care_case, case_message, prelude::*};

/// A page of the clinic's cases under `filter` from `at` (the first page without), for a
/// receiver; `None` for anyone else.
pub async fn clinic_cases(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    filter: CaseFilter,
    at: Option<&CaseCursor>,
    now: i64,
) -> Result<Option<CasePage>, DbErr> {
    if !viewer.has(StaffRole::Receiver) {
        return Ok(None);
    }
    let select = CareCase::find()
        .filter(care_case::Column::ClinicId.eq(viewer.clinic_id))
        .filter(care_case::Column::Eservice.ne(crate::booking::THREAD_ESERVICE));
    let select = match filter {
        CaseFilter::Unassigned => select
            .filter(care_case::Column::AssignedTo.is_null())
            .filter(care_case::Column::Status.ne(CaseStatus::Closed.code())),
        CaseFilter::Open => select.filter(care_case::Column::Status.ne(CaseStatus::Closed.code())),
        CaseFilter::Closed => {
            select.filter(care_case::Column::Status.eq(CaseStatus::Closed.code()))
        }
    };
    listed(db, viewer, select, at, now).await.map(Some)
}

/// A page of the open cases assigned to the handler from `at`; `None` for anyone else.
pub async fn my_cases(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    at: Option<&CaseCursor>,
    now: i64,
) -> Result<Option<CasePage>, DbErr> {
    if !viewer.has(StaffRole::Handler) {
        return Ok(None);
    }
    let select = CareCase::find()
        .filter(care_case::Column::AssignedTo.eq(&viewer.hsa_id))
        .filter(care_case::Column::ClinicId.eq(viewer.clinic_id))
        .filter(care_case::Column::Status.ne(CaseStatus::Closed.code()));
    listed(db, viewer, select, at, now).await.map(Some)
}

/// One page of a case list, and whether cases come before and after it.
#[derive(Clone, Debug, PartialEq)]
pub struct CasePage {
    pub items: Vec<care_case::Model>,
    pub earlier: bool,
    pub later: bool,
}

/// The page of `select` from `at`, in (expected reply date, id) order, read from that point of
/// the index whatever the depth; the listing is audited.
async fn listed(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    select: sea_orm::Select<CareCase>,
    at: Option<&CaseCursor>,
    now: i64,
) -> Result<CasePage, DbErr> {
    use care_case::Column as C;
    use sea_orm::sea_query::{Expr, ExprTrait};
    let place = Expr::tuple([Expr::col(C::ExpectedReply), Expr::col(C::Id)]);
    let point = |reply: &str, id: i64| Expr::tuple([Expr::val(reply), Expr::val(id)]);
    let (select, backwards) = match at {
        None => (select, false),
        Some(CaseCursor::After(reply, id)) => (select.filter(place.gt(point(reply, *id))), false),
        Some(CaseCursor::Before(reply, id)) => (select.filter(place.lt(point(reply, *id))), true),
    };
    let select = if backwards {
        select.order_by_desc(C::ExpectedReply).order_by_desc(C::Id)
    } else {
        select.order_by_asc(C::ExpectedReply).order_by_asc(C::Id)
    };
    let mut items = select.limit(CASES_PER_PAGE + 1).all(db).await?;
    let beyond = items.len() as u64 > CASES_PER_PAGE;
    items.truncate(CASES_PER_PAGE as usize);
    let page = if backwards {
        items.reverse();
        CasePage {
            items,
            earlier: beyond,
            later: true,
        }
    } else {
        CasePage {
            items,
            earlier: at.is_some(),
            later: beyond,
        }
    };
    let (hsa_id, clinic) = (&viewer.hsa_id, viewer.clinic_id);
    audit::record(db, hsa_id, clinic, Action::ListCases, now).await?;
    Ok(page)
}

/// A case as staff open it: the thread, every message's files, and who the citizen is.
#[derive(Clone, Debug, PartialEq)]
pub struct StaffCase {
    pub case: care_case::Model,
    /// Oldest first; each clinic message's `read_at` says whether and when the citizen read it.
    pub messages: Vec<case_message::Model>,
    pub files: Vec<attachment::Model>,
    pub citizen_name: String,
    /// For a reply template's `{förnamn}`.
    pub citizen_given_name: String,
}

/// The case `case_id` if the viewer may see it, and no other. Opening it is recorded: in the
/// audit log, and in the citizen's access log (their name, title, clinic and role); a sent
/// case opened by the clinic becomes received.
pub async fn open(
    db: &DatabaseConnection,
    recent: &RecentReads,
    viewer: &StaffViewer,
    case_id: i64,
    now: i64,
) -> Result<Option<StaffCase>, DbErr> {
    let Some(mut case) = visible(db, viewer, case_id).await? else {
        return Ok(None);
    };
    if case.status == CaseStatus::Sent.code() && clinic_side::receive(db, case.id, now).await? {
        case.status = CaseStatus::Received.code().to_owned();
    }
    let mut messages = CaseMessage::find()
        .filter(case_message::Column::CaseId.eq(case.id))
        .order_by_desc(case_message::Column::Id)
        .limit(crate::cases::THREAD_MAX)
        .all(db)
        .await?;
    messages.reverse();
    let ids: Vec<i64> = messages.iter().map(|m| m.id).collect();
    let files = crate::attachments::records::of_messages(db, &ids).await?;
    let person = Person::find_by_id(case.personnummer.clone())
        .one(db)
        .await?;
    let citizen_name = person
        .as_ref()
        .map(|p| format!("{} {}", p.given_name, p.family_name))
        .unwrap_or_default();
    let citizen_given_name = person.map(|p| p.given_name).unwrap_or_default();
    let (id, name, role) = viewer.reader(case.assigned_to.as_deref());
    let reader = Reader { id, name, role };
    access_log::record_read(
        db,
        recent,
        &case.personnummer,
        &reader,
        Resource::Cases,
        now,
    )
    .await?;
    audit::on_case(
        db,
        viewer,
        Action::OpenCase,
        case.id,
        &case.personnummer,
        now,
    )
    .await?;
    Ok(Some(StaffCase {
        case,
        messages,
        files,
        citizen_name,
        citizen_given_name,
    }))
}

/// What came of an assignment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Assigned {
    Done,
    /// No such case that this receiver may distribute.
    NotFound,
    /// The one named is no handler at the clinic.
    NotAHandler,
    Closed,
}

/// The receiver assigns the case to `handler`, a handler at the same clinic.
pub async fn assign(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    case_id: i64,
    handler: &str,
    now: i64,
) -> Result<Assigned, DbErr> {
    if !viewer.has(StaffRole::Receiver) {
        return Ok(Assigned::NotFound);
    }
    let Some(case) = visible(db, viewer, case_id).await? else {
        return Ok(Assigned::NotFound);
    };
    if case.status == CaseStatus::Closed.code() {
        return Ok(Assigned::Closed);
    }
    if !members::holds(db, handler, viewer.clinic_id, StaffRole::Handler).await? {
        return Ok(Assigned::NotAHandler);
    }
    let name = members::find(db, handler)
        .await?
        .map(|m| format!("{} {}", m.given_name, m.family_name))
        .unwrap_or_default();
    CareCase::update(care_case::ActiveModel {
        id: Set(case.id),
        assigned_to: Set(Some(handler.to_owned())),
        assigned_name: Set(Some(name)),
        updated_at: Set(now),
        ..Default::default()
    })
    .exec(db)
    .await?;
    audit::on_case(db, viewer, Action::Assign, case.id, &case.personnummer, now).await?;
    Ok(Assigned::Done)
}

/// Writes to the citizen in the case (an answer, or with `asks_reply` a counter question),
/// with files already checked and pending under the case's person. The thread names the
/// member, their title and the role they write in.
pub async fn write(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    case_id: i64,
    body: &str,
    asks_reply: bool,
    files: &[i64],
    now: i64,
) -> Result<Sent, DbErr> {
    let Some(case) = visible(db, viewer, case_id).await? else {
        return Ok(Sent::NotFound);
    };
    let name = format!("{}, {}", viewer.name(), viewer.title);
    let staff = Staff {
        role: viewer.author_on(case.assigned_to.as_deref()),
        name: &name,
    };
    let uploader = viewer.upload_owner();
    let files = clinic_side::Files {
        uploader: &uploader,
        ids: files,
    };
    let sent =
        clinic_side::write_with_files(db, case.id, &staff, body, asks_reply, files, now).await?;
    if matches!(sent, Sent::Message(_)) {
        let action = if asks_reply {
            Action::CounterQuestion
        } else {
            Action::Answer
        };
        audit::on_case(db, viewer, action, case.id, &case.personnummer, now).await?;
    }
    Ok(sent)
}

/// Whether case `case_id` is open, if the member sees it at all (None: they do not); asked
/// before their files are read, so no file is taken for a case they cannot answer.
pub async fn is_open(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    case_id: i64,
) -> Result<Option<bool>, DbErr> {
    Ok(visible(db, viewer, case_id)
        .await?
        .map(|case| case.status != CaseStatus::Closed.code()))
}

/// Closes the case: no more replies. Whether it was open and visible to the viewer.
pub async fn close(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    case_id: i64,
    now: i64,
) -> Result<bool, DbErr> {
    let Some(case) = visible(db, viewer, case_id).await? else {
        return Ok(false);
    };
    if !clinic_side::close(db, case.id, now).await? {
        return Ok(false);
    }
    audit::on_case(db, viewer, Action::Close, case.id, &case.personnummer, now).await?;
    Ok(true)
}

/// The case if the viewer may see it (a booking's own thread is the booking's, not a case).
async fn visible(
    db: &DatabaseConnection,
    viewer: &StaffViewer,
    case_id: i64,
) -> Result<Option<care_case::Model>, DbErr> {
    Ok(CareCase::find_by_id(case_id).one(db).await?.filter(|case| {
        case.eservice != crate::booking::THREAD_ESERVICE
            && viewer.may_see(case.clinic_id, case.assigned_to.as_deref())
    }))
}

/// A sent file of a case the viewer may see, or their own upload not yet sent (none else,
/// nor a citizen's unsent upload); reading a sent file is in the citizen's access log.
pub async fn file(
    db: &DatabaseConnection,
    recent: &RecentReads,
    viewer: &StaffViewer,
    id: i64,
    now: i64,
) -> Result<Option<attachment::Model>, DbErr> {
    let Some(file) = Attachment::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    // Their own upload, not yet sent: for the preview before sending.
    if file.message_id.is_none() {
        return Ok((file.personnummer == viewer.upload_owner()).then_some(file));
    }
    let (Some(case_id), Some(_)) = (file.case_id, file.message_id) else {
        return Ok(None);
    };
    let Some(case) = visible(db, viewer, case_id).await? else {
        return Ok(None);
    };
    let (id, name, role) = viewer.reader(case.assigned_to.as_deref());
    let reader = Reader { id, name, role };
    access_log::record_read(
        db,
        recent,
        &case.personnummer,
        &reader,
        Resource::Attachments,
        now,
    )
    .await?;
    Ok(Some(file))
}
