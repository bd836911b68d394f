//! Upcoming and past events (DOMAIN.md §1): one flow joined from bookings, care contacts,
//! cases, clinic messages, prescriptions, lab results, certificates and vaccinations. Each
//! source is read newest first from its (person, time) index, at most one page plus one
//! row past the cursor, all in one statement that orders them once: the work grows with the
//! page, not with the years of history behind it.

use samla_model::booking::{BookingStatus, UPCOMING_MAX};
use samla_model::records::{Range, range_of};
use samla_model::timeline::{Cursor, EventKind, PAST_PER_PAGE};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QueryResult,
    QuerySelect, Value,
};

use crate::entities::{booking, prelude::*};
use crate::raw_sql::RawSql;

/// One entry. `title`, `code` and `detail` depend on the kind: see `source` below.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub kind: EventKind,
    pub at: i64,
    pub id: i64,
    /// The entry's own words (a subject, a medicine, a vaccine); empty where the kind's
    /// label says it (a booking, a lab result).
    pub title: String,
    pub clinic: String,
    /// A code the page turns into words: a kind of visit, a case's status, an analysis.
    pub code: String,
    /// A second line: a diagnosis, a dosage, a dose, a lab result's unit.
    pub detail: String,
    /// A lab result's value and where it lies against its range.
    pub value: Option<(f64, Range)>,
}

/// A page of the flow: the upcoming bookings (first page only) and past entries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Flow {
    pub upcoming: Vec<Event>,
    pub past: Vec<Event>,
    /// Where the next page starts, if there are older entries.
    pub older: Option<Cursor>,
}

/// `owner`'s flow at `now`: of `kinds` (all when empty), past entries older than `fore`.
pub async fn flow(
    conn: &impl ConnectionTrait,
    owner: &str,
    kinds: &[EventKind],
    fore: Option<Cursor>,
    now: i64,
) -> Result<Flow, DbErr> {
    let wanted = |k: EventKind| kinds.is_empty() || kinds.contains(&k);
    let mut flow = Flow::default();
    if fore.is_none() && wanted(EventKind::Booking) {
        flow.upcoming = Booking::find()
            .filter(booking::Column::Personnummer.eq(owner))
            .filter(booking::Column::Status.eq(BookingStatus::Booked.code()))
            .filter(booking::Column::StartsAt.gt(now))
            .order_by_asc(booking::Column::StartsAt)
            .limit(UPCOMING_MAX)
            .all(conn)
            .await?
            .into_iter()
            .map(from_booking)
            .collect();
    }
    let mut past = past(conn, owner, kinds, fore, now).await?;
    if past.len() as u64 > PAST_PER_PAGE {
        past.truncate(PAST_PER_PAGE as usize);
        flow.older = past.last().map(|e| Cursor {
            at: e.at,
            kind: e.kind,
            id: e.id,
        });
    }
    flow.past = past;
    Ok(flow)
}

/// One page of past entries plus one row, in one statement: each wanted source read newest
/// first from its (person, time) index, at or before `now` and after `fore`, at most a page
/// plus one row each; the sub-selects joined by `UNION ALL` and ordered once. One round trip
/// instead of one per source keeps the page to a few statements on the shared connection.
async fn past(
    conn: &impl ConnectionTrait,
    owner: &str,
    kinds: &[EventKind],
    fore: Option<Cursor>,
    now: i64,
) -> Result<Vec<Event>, DbErr> {
    let mut sql = RawSql::new(conn.get_database_backend());
    let members: Vec<String> = EventKind::ALL
        .into_iter()
        .filter(|k| kinds.is_empty() || kinds.contains(k))
        .enumerate()
        .map(|(n, kind)| {
            let member = member(&mut sql, owner, kind, fore, now);
            format!("SELECT * FROM ({member}) AS s{n}")
        })
        .collect();
    let text = format!(
        "{} ORDER BY at DESC, kind DESC, id DESC LIMIT {}",
        members.join(" UNION ALL "),
        PAST_PER_PAGE + 1
    );
    let rows = conn.query_all_raw(sql.statement(text)).await?;
    rows.iter().map(from_row).collect()
}

/// Where a source's rows are and how they give the flow's columns.
struct Source {
    /// The tables, the source named `t`.
    from: &'static str,
    /// The time the entry is shown at.
    at: &'static str,
    /// The title, clinic, code and detail: see `Event`.
    words: [&'static str; 4],
    /// Whether the rows have a value and a reference range (lab results).
    measured: bool,
    /// A condition of the kind's own: the column compared and the value.
    only: Option<(&'static str, Value)>,
}

fn source(kind: EventKind) -> Source {
    let plain = |from, at, words| Source {
        from,
        at,
        words,
        measured: false,
        only: None,
    };
    match kind {
        // `code`: the kind of visit; `detail`: the booking's status.
        EventKind::Booking => plain(
            "booking t",
            "t.starts_at",
            ["''", "t.clinic_name", "t.visit_type", "t.status"],
        ),
        // `title`: why; `code`: how it took place; `detail`: the diagnosis, if one was set.
        EventKind::Visit => plain(
            "care_contact t",
            "t.at",
            [
                "t.reason",
                "t.clinic_name",
                "t.contact_kind",
                "t.diagnosis_text",
            ],
        ),
        // `code`: the case's status; `detail`: the expected reply date. A booking's own
        // thread is shown as the booking.
        EventKind::Case => Source {
            only: Some(("t.eservice <>", crate::booking::THREAD_ESERVICE.into())),
            ..plain(
                "care_case t",
                "t.created_at",
                ["t.subject", "t.clinic_name", "t.status", "t.expected_reply"],
            )
        },
        // The clinic's messages, by their case's subject; `code`: "unread" until opened.
        EventKind::Message => Source {
            only: Some(("t.from_clinic =", true.into())),
            ..plain(
                "case_message t JOIN care_case c ON c.id = t.case_id",
                "t.created_at",
                [
                    "c.subject",
                    "c.clinic_name",
                    "CASE WHEN t.read_at IS NULL THEN 'unread' ELSE '' END",
                    "''",
                ],
            )
        },
        // `title`: medicine and strength; `detail`: the dosage.
        EventKind::Medicine => plain(
            "prescription t",
            "t.at",
            [
                "t.medicine || ' ' || t.strength",
                "t.clinic_name",
                "''",
                "t.dosage",
            ],
        ),
        // `code`: the analysis; `detail`: the unit.
        EventKind::LabResult => Source {
            measured: true,
            ..plain(
                "lab_result t",
                "t.at",
                ["''", "t.clinic_name", "t.analysis", "t.unit"],
            )
        },
        EventKind::Certificate => plain(
            "certificate t",
            "t.at",
            ["t.title", "t.clinic_name", "t.kind", "''"],
        ),
        // `title`: the vaccine; `code`: the dose; `detail`: what it protects against.
        EventKind::Vaccination => plain(
            "vaccination t",
            "t.at",
            ["t.vaccine", "t.clinic_name", "t.dose", "t.against"],
        ),
    }
}

/// `kind`'s rows of the page as a sub-select with the columns `from_row` reads.
fn member(
    sql: &mut RawSql,
    owner: &str,
    kind: EventKind,
    fore: Option<Cursor>,
    now: i64,
) -> String {
    let Source {
        from,
        at,
        words: [title, clinic, code, detail],
        measured,
        only,
    } = source(kind);
    // PostgreSQL needs the type of a missing value to join the lab results' values.
    let [value, low, high] = if measured {
        ["t.value", "t.ref_low", "t.ref_high"]
    } else {
        ["CAST(NULL AS DOUBLE PRECISION)"; 3]
    };
    let mut conditions = vec![
        format!("t.personnummer = {}", sql.bind(owner)),
        format!("{at} <= {}", sql.bind(now)),
    ];
    if let Some((column, wanted)) = only {
        conditions.push(format!("{column} {}", sql.bind(wanted)));
    }
    if let Some(fore) = fore {
        conditions.push(after(sql, fore, kind, at));
    }
    format!(
        "SELECT CAST({kind} AS BIGINT) AS kind, {at} AS at, t.id AS id, {title} AS title, \
         {clinic} AS clinic, {code} AS code, {detail} AS detail, {value} AS value, \
         {low} AS low, {high} AS high FROM {from} WHERE {} \
         ORDER BY {at} DESC, t.id DESC LIMIT {}",
        conditions.join(" AND "),
        PAST_PER_PAGE + 1,
        kind = kind as u8,
    )
}

/// The rows of `kind` that come after `fore` in the flow's order (newest first; at the same
/// second by kind, then id, descending): exactly those `Cursor::before` accepts.
fn after(sql: &mut RawSql, fore: Cursor, kind: EventKind, at: &str) -> String {
    let time = sql.bind(fore.at);
    if kind < fore.kind {
        format!("{at} <= {time}")
    } else if kind == fore.kind {
        let same = sql.bind(fore.at);
        format!(
            "({at} < {time} OR ({at} = {same} AND t.id < {}))",
            sql.bind(fore.id)
        )
    } else {
        format!("{at} < {time}")
    }
}

fn from_row(row: &QueryResult) -> Result<Event, DbErr> {
    let text = |column| row.try_get::<String>("", column);
    let number = |column| row.try_get::<Option<f64>>("", column);
    let kind: i64 = row.try_get("", "kind")?;
    let kind = usize::try_from(kind)
        .ok()
        .and_then(|k| EventKind::ALL.get(k).copied())
        .ok_or_else(|| DbErr::Custom(format!("no kind of event {kind}")))?;
    let value = match (number("value")?, number("low")?, number("high")?) {
        (Some(value), Some(low), Some(high)) => Some((value, range_of(value, low, high))),
        _ => None,
    };
    Ok(Event {
        kind,
        at: row.try_get("", "at")?,
        id: row.try_get("", "id")?,
        title: text("title")?,
        clinic: text("clinic")?,
        code: text("code")?,
        detail: text("detail")?,
        value,
    })
}

/// `code`: the kind of visit; `detail`: the booking's status.
fn from_booking(b: booking::Model) -> Event {
    Event {
        kind: EventKind::Booking,
        at: b.starts_at,
        id: b.id,
        title: String::new(),
        clinic: b.clinic_name,
        code: b.visit_type,
        detail: b.status,
        value: None,
    }
}
