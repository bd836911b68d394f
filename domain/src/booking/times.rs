//! The free times one page shows: one clinic, one kind of visit, a week from a given day,
//! never past the published horizon. The cost is the week's times, whatever the clinic or
//! the country hold.

use chrono::{Days, NaiveDate};
use samla_model::booking::{BOOK_LEAD_SECS, DAYS_AHEAD, DAYS_PER_PAGE, VisitType};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::schedule::ensure_days;
use crate::entities::{prelude::*, visit_slot};
use crate::swedish_date::local_date;

/// Most times one page lists (a week of 10-minute times at a long-open clinic is ~400).
pub const TIMES_MAX: u64 = 600;

/// A free time.
#[derive(Clone, Debug, PartialEq)]
pub struct FreeTime {
    pub slot_id: i64,
    pub starts_at: i64,
    pub minutes: i32,
}

/// The week shown and whether there are weeks before and after it to page to.
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    pub first_day: NaiveDate,
    pub days: Vec<(NaiveDate, Vec<FreeTime>)>,
    pub earlier: Option<NaiveDate>,
    pub later: Option<NaiveDate>,
}

/// The days a page may start at, as of `now`: today to the horizon less one page.
pub fn bounded_first_day(asked: Option<NaiveDate>, now: i64) -> NaiveDate {
    let today = local_date(now);
    let last_start = today + Days::new(u64::from(DAYS_AHEAD - DAYS_PER_PAGE));
    asked.unwrap_or(today).clamp(today, last_start)
}

/// The free times of `visit` at `clinic_id` for the week from `asked` (today when none or
/// out of range), bookable at `now`.
pub async fn free_week(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
    visit: VisitType,
    asked: Option<NaiveDate>,
    now: i64,
) -> Result<Week, DbErr> {
    let today = local_date(now);
    let first_day = bounded_first_day(asked, now);
    let days: Vec<NaiveDate> = (0..DAYS_PER_PAGE)
        .map(|i| first_day + Days::new(u64::from(i)))
        .collect();
    ensure_days(conn, clinic_id, &days).await?;
    let from = crate::booking::day_start(first_day);
    let to = crate::booking::day_start(first_day + Days::new(u64::from(DAYS_PER_PAGE)));
    let free = VisitSlot::find()
        .filter(visit_slot::Column::ClinicId.eq(clinic_id))
        .filter(visit_slot::Column::VisitType.eq(visit.code()))
        .filter(visit_slot::Column::StartsAt.gte(from.max(now + BOOK_LEAD_SECS)))
        .filter(visit_slot::Column::StartsAt.lt(to))
        .filter(visit_slot::Column::Taken.eq(false))
        .order_by_asc(visit_slot::Column::StartsAt)
        .limit(TIMES_MAX)
        .all(conn)
        .await?;
    let days = days
        .into_iter()
        .map(|day| {
            let times = free
                .iter()
                .filter(|s| local_date(s.starts_at) == day)
                .map(|s| FreeTime {
                    slot_id: s.id,
                    starts_at: s.starts_at,
                    minutes: s.minutes,
                })
                .collect();
            (day, times)
        })
        .collect();
    let page = Days::new(u64::from(DAYS_PER_PAGE));
    let last_start = bounded_first_day(Some(NaiveDate::MAX), now);
    Ok(Week {
        first_day,
        days,
        earlier: (first_day > today).then(|| (first_day - page).max(today)),
        later: (first_day < last_start).then(|| (first_day + page).min(last_start)),
    })
}
