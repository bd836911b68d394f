//! The inbox (DOMAIN.md §5): the messages clinics sent the citizen, newest first, filtered by
//! clinic and searched with Swedish folding; opening one records the read receipt the clinic
//! sees. Every query is bounded by the page it returns.

use samla_model::fold::fold;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};

use crate::cases::Page;
use crate::entities::{care_case, case_message, prelude::*};

pub const MESSAGES_PER_PAGE: u64 = 25;
/// The longest search text taken.
pub const SEARCH_MAX: usize = 100;
/// The most clinics the filter offers.
pub const CLINICS_MAX: u64 = 100;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct InboxQuery {
    pub page: u64,
    pub clinic_id: Option<i32>,
    pub text: Option<String>,
}

/// A message in the list, with its case's subject.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed {
    pub message: case_message::Model,
    pub subject: String,
    pub clinic_name: String,
}

/// Escapes `LIKE`'s wildcards in what the citizen typed.
fn like_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in fold(text).chars().take(SEARCH_MAX) {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

pub async fn page(
    conn: &impl ConnectionTrait,
    owner: &str,
    query: &InboxQuery,
) -> Result<Page<Listed>, DbErr> {
    let mut filter = Condition::all()
        .add(case_message::Column::Personnummer.eq(owner))
        .add(case_message::Column::FromClinic.eq(true));
    if let Some(clinic_id) = query.clinic_id {
        filter = filter.add(case_message::Column::ClinicId.eq(clinic_id));
    }
    if let Some(text) = query
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        filter = filter.add(
            case_message::Column::BodyFolded
                .like(sea_orm::sea_query::LikeExpr::new(like_pattern(text)).escape('\\')),
        );
    }
    let select = CaseMessage::find()
        .filter(filter)
        .order_by_desc(case_message::Column::Id);
    let found = crate::paging::fetch(conn, select, query.page, MESSAGES_PER_PAGE).await?;
    let (messages, more) = (found.items, found.more);
    let case_ids: Vec<i64> = messages.iter().map(|m| m.case_id).collect();
    let cases = CareCase::find()
        .filter(care_case::Column::Id.is_in(case_ids))
        .all(conn)
        .await?;
    let items = messages
        .into_iter()
        .map(|message| {
            let case = cases.iter().find(|c| c.id == message.case_id);
            Listed {
                subject: case.map(|c| c.subject.clone()).unwrap_or_default(),
                clinic_name: case.map(|c| c.clinic_name.clone()).unwrap_or_default(),
                message,
            }
        })
        .collect();
    Ok(Page { items, more })
}

/// The clinics `owner` has cases with, by name, for the filter.
pub async fn clinics(
    conn: &impl ConnectionTrait,
    owner: &str,
) -> Result<Vec<(i32, String)>, DbErr> {
    let mut found: Vec<(i32, String)> = CareCase::find()
        .select_only()
        .column(care_case::Column::ClinicId)
        .column(care_case::Column::ClinicName)
        .filter(care_case::Column::Personnummer.eq(owner))
        .distinct()
        .limit(CLINICS_MAX)
        .into_tuple()
        .all(conn)
        .await?;
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found.dedup_by_key(|c| c.0);
    Ok(found)
}

/// How many of `owner`'s messages they have not opened.
pub async fn unread(conn: &impl ConnectionTrait, owner: &str) -> Result<u64, DbErr> {
    CaseMessage::find()
        .filter(case_message::Column::Personnummer.eq(owner))
        .filter(case_message::Column::ReadAt.is_null())
        .filter(case_message::Column::FromClinic.eq(true))
        .count(conn)
        .await
}

/// Opens message `id`, if it is `owner`'s: the first opening records the read receipt.
pub async fn open(
    conn: &impl ConnectionTrait,
    owner: &str,
    id: i64,
    now: i64,
) -> Result<Option<case_message::Model>, DbErr> {
    let Some(mut message) = CaseMessage::find_by_id(id)
        .one(conn)
        .await?
        .filter(|m| m.personnummer == owner && m.from_clinic)
    else {
        return Ok(None);
    };
    if message.read_at.is_none() {
        // Only the first opening counts, even when two tabs open it at once.
        CaseMessage::update_many()
            .col_expr(
                case_message::Column::ReadAt,
                sea_orm::sea_query::Expr::value(now),
            )
            .filter(case_message::Column::Id.eq(id))
            .filter(case_message::Column::ReadAt.is_null())
            .exec(conn)
            .await?;
        message.read_at = Some(now);
    }
    Ok(Some(message))
}
