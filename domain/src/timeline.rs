//! Upcoming and past events (DOMAIN.md §1): one flow joined from bookings, care contacts,
//! cases, clinic messages, prescriptions, lab results, certificates and vaccinations. Each
//! source is read newest first from its (person, time) index, at most one page plus one
//! row past the cursor, and the rows are merged: the work grows with the page, not with
//! the years of history behind it.

use samla_model::booking::{BookingStatus, UPCOMING_MAX};
use samla_model::records::{Range, range_of};
use samla_model::timeline::{Cursor, EventKind, PAST_PER_PAGE};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use crate::entities::{
    booking, care_case, care_contact, case_message, certificate, lab_result, prelude::*,
    prescription, vaccination,
};

/// One entry. `title`, `code` and `detail` depend on the kind: see `from_*` below.
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
    let mut past = Vec::new();
    for kind in EventKind::ALL.into_iter().filter(|k| wanted(*k)) {
        past.extend(source(conn, owner, kind, fore, now).await?);
    }
    past.sort_by_key(|e| std::cmp::Reverse((e.at, e.kind, e.id)));
    if past.len() as u64 > PAST_PER_PAGE {
        past.truncate(PAST_PER_PAGE as usize);
        flow.older = past.last().map(|e| Cursor {
            at: e.at,
            kind: e.kind,
            id: e.id,
        });
    }
    name_messages(conn, &mut past).await?;
    flow.past = past;
    Ok(flow)
}

/// Rows of `kind` at or before `now` and after `fore` in the flow's order, newest first.
async fn source(
    conn: &impl ConnectionTrait,
    owner: &str,
    kind: EventKind,
    fore: Option<Cursor>,
    now: i64,
) -> Result<Vec<Event>, DbErr> {
    macro_rules! newest {
        ($entity:ident, $module:ident, $at:ident, $extra:expr, $map:expr) => {
            $entity::find()
                .filter($module::Column::Personnummer.eq(owner))
                .filter($module::Column::$at.lte(now))
                .filter($extra)
                .filter(after(fore, kind, $module::Column::$at, $module::Column::Id))
                .order_by_desc($module::Column::$at)
                .order_by_desc($module::Column::Id)
                .limit(PAST_PER_PAGE + 1)
                .all(conn)
                .await?
                .into_iter()
                .map($map)
                .collect()
        };
    }
    let all = Condition::all();
    Ok(match kind {
        EventKind::Booking => newest!(Booking, booking, StartsAt, all, from_booking),
        EventKind::Visit => newest!(CareContact, care_contact, At, all, from_contact),
        EventKind::Case => newest!(
            CareCase,
            care_case,
            CreatedAt,
            care_case::Column::Eservice.ne(crate::booking::THREAD_ESERVICE),
            from_case
        ),
        EventKind::Message => newest!(
            CaseMessage,
            case_message,
            CreatedAt,
            case_message::Column::FromClinic.eq(true),
            from_message
        ),
        EventKind::Medicine => newest!(Prescription, prescription, At, all, from_prescription),
        EventKind::LabResult => newest!(LabResult, lab_result, At, all, from_lab),
        EventKind::Certificate => newest!(Certificate, certificate, At, all, from_certificate),
        EventKind::Vaccination => newest!(Vaccination, vaccination, At, all, from_vaccination),
    })
}

/// The rows of `kind` that come after `fore` in the flow's order (newest first; at the same
/// second by kind, then id, descending): exactly those `Cursor::before` accepts.
fn after<C: ColumnTrait>(fore: Option<Cursor>, kind: EventKind, at: C, id: C) -> Condition {
    let Some(c) = fore else {
        return Condition::all();
    };
    if kind < c.kind {
        Condition::all().add(at.lte(c.at))
    } else if kind == c.kind {
        Condition::any()
            .add(at.lt(c.at))
            .add(Condition::all().add(at.eq(c.at)).add(id.lt(c.id)))
    } else {
        Condition::all().add(at.lt(c.at))
    }
}

/// A clinic message is shown by its case's subject; one query for the page's messages.
async fn name_messages(conn: &impl ConnectionTrait, past: &mut [Event]) -> Result<(), DbErr> {
    let case_ids: Vec<i64> = past
        .iter()
        .filter(|e| e.kind == EventKind::Message)
        .filter_map(|e| e.title.parse().ok())
        .collect();
    if case_ids.is_empty() {
        return Ok(());
    }
    let cases = CareCase::find()
        .filter(care_case::Column::Id.is_in(case_ids))
        .all(conn)
        .await?;
    for event in past.iter_mut().filter(|e| e.kind == EventKind::Message) {
        let found = cases.iter().find(|c| c.id.to_string() == event.title);
        event.clinic = found.map(|c| c.clinic_name.clone()).unwrap_or_default();
        event.title = found.map(|c| c.subject.clone()).unwrap_or_default();
    }
    Ok(())
}

fn event(kind: EventKind, at: i64, id: i64) -> Event {
    Event {
        kind,
        at,
        id,
        title: String::new(),
        clinic: String::new(),
        code: String::new(),
        detail: String::new(),
        value: None,
    }
}

/// `code`: the kind of visit; `detail`: the booking's status.
fn from_booking(b: booking::Model) -> Event {
    Event {
        clinic: b.clinic_name,
        code: b.visit_type,
        detail: b.status,
        ..event(EventKind::Booking, b.starts_at, b.id)
    }
}

/// `title`: why; `code`: how it took place; `detail`: the diagnosis, if one was set.
fn from_contact(c: care_contact::Model) -> Event {
    Event {
        title: c.reason,
        clinic: c.clinic_name,
        code: c.contact_kind,
        detail: c.diagnosis_text,
        ..event(EventKind::Visit, c.at, c.id)
    }
}

/// `code`: the case's status; `detail`: the expected reply date.
fn from_case(c: care_case::Model) -> Event {
    Event {
        title: c.subject,
        clinic: c.clinic_name,
        code: c.status,
        detail: c.expected_reply,
        ..event(EventKind::Case, c.created_at, c.id)
    }
}

/// `title`: the case's subject (named after the merge); `code`: "unread" until opened.
fn from_message(m: case_message::Model) -> Event {
    Event {
        title: m.case_id.to_string(),
        code: if m.read_at.is_none() { "unread" } else { "" }.to_owned(),
        ..event(EventKind::Message, m.created_at, m.id)
    }
}

/// `title`: medicine and strength; `detail`: the dosage.
fn from_prescription(p: prescription::Model) -> Event {
    Event {
        title: format!("{} {}", p.medicine, p.strength),
        clinic: p.clinic_name,
        detail: p.dosage,
        ..event(EventKind::Medicine, p.at, p.id)
    }
}

/// `code`: the analysis; `detail`: the unit.
fn from_lab(l: lab_result::Model) -> Event {
    Event {
        clinic: l.clinic_name,
        code: l.analysis,
        detail: l.unit,
        value: Some((l.value, range_of(l.value, l.ref_low, l.ref_high))),
        ..event(EventKind::LabResult, l.at, l.id)
    }
}

fn from_certificate(c: certificate::Model) -> Event {
    Event {
        title: c.title,
        clinic: c.clinic_name,
        code: c.kind,
        ..event(EventKind::Certificate, c.at, c.id)
    }
}

/// `title`: the vaccine; `code`: the dose; `detail`: what it protects against.
fn from_vaccination(v: vaccination::Model) -> Event {
    Event {
        title: v.vaccine,
        clinic: v.clinic_name,
        code: v.dose,
        detail: v.against,
        ..event(EventKind::Vaccination, v.at, v.id)
    }
}
