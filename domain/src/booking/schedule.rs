//! Each clinic's published week, and the times made from it a day at a time when someone
//! first looks at that day: 13,000 clinics × 8 weeks of times need not exist before anyone
//! asks, and a day's times are made once (`slot_day`), however many look at once.

use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone};
use chrono_tz::Europe::Stockholm;
use samla_model::booking::VisitType;
use samla_model::clinic::ClinicKind;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    sea_query::OnConflict,
};

use crate::entities::{clinic, clinic_schedule, prelude::*, slot_day, visit_slot};
use crate::working_days::is_working_day;

/// Rows written in one statement.
const INSERT_BATCH: usize = 300;

/// The week a clinic of `kind` that books online publishes in the demo: the kind of visit,
/// its weekdays (ISO numbers) and the first and last minute of the day (Swedish time).
pub fn demo_week(kind: ClinicKind) -> &'static [(VisitType, &'static str, i32, i32)] {
    const H: i32 = 60;
    match kind {
        ClinicKind::HealthCentre => &[
            (VisitType::Doctor, "12345", 8 * H, 16 * H),
            (VisitType::Nurse, "12345", 8 * H, 16 * H),
            (VisitType::Sampling, "12345", 7 * H + 30, 10 * H),
            (VisitType::Vaccination, "24", 13 * H, 16 * H),
        ],
        ClinicKind::ChildHealth => &[
            (VisitType::Nurse, "12345", 8 * H + 30, 15 * H + 30),
            (VisitType::Vaccination, "3", 9 * H, 12 * H),
        ],
        ClinicKind::MaternityHealth => &[(VisitType::Midwife, "1234", 8 * H, 15 * H)],
        ClinicKind::Specialist => &[(VisitType::Doctor, "1234", 9 * H, 15 * H)],
        ClinicKind::Dental => &[
            (VisitType::Dentist, "12345", 8 * H, 16 * H),
            (VisitType::DentalHygienist, "1235", 8 * H, 15 * H),
        ],
        ClinicKind::Emergency => &[],
    }
}

/// Publishes the demo week for every clinic that books online and has no week yet.
pub async fn seed_schedules(conn: &impl ConnectionTrait) -> Result<u64, DbErr> {
    let clinics = Clinic::find()
        .filter(clinic::Column::OnlineBooking.eq(true))
        .all(conn)
        .await?;
    let published: std::collections::HashSet<i32> = ClinicSchedule::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|s| s.clinic_id)
        .collect();
    let rows: Vec<clinic_schedule::ActiveModel> = clinics
        .iter()
        .filter(|c| !published.contains(&c.id))
        .filter_map(|c| Some((c.id, ClinicKind::from_code(&c.kind)?)))
        .flat_map(|(id, kind)| {
            demo_week(kind)
                .iter()
                .map(
                    move |&(visit, days, first, last)| clinic_schedule::ActiveModel {
                        clinic_id: Set(id),
                        visit_type: Set(visit.code().to_owned()),
                        weekdays: Set(days.to_owned()),
                        first_minute: Set(first),
                        last_minute: Set(last),
                        slot_minutes: Set(visit.minutes() as i32),
                        ..Default::default()
                    },
                )
        })
        .collect();
    let written = rows.len() as u64;
    for batch in rows.chunks(INSERT_BATCH) {
        ClinicSchedule::insert_many(batch.to_vec())
            .exec_without_returning(conn)
            .await?;
    }
    Ok(written)
}

/// The kinds of visit `clinic_id` publishes times for, in the order of `VisitType::ALL`.
pub async fn visit_types(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
) -> Result<Vec<VisitType>, DbErr> {
    let weeks = ClinicSchedule::find()
        .filter(clinic_schedule::Column::ClinicId.eq(clinic_id))
        .all(conn)
        .await?;
    Ok(VisitType::ALL
        .into_iter()
        .filter(|v| weeks.iter().any(|w| w.visit_type == v.code()))
        .collect())
}

/// A moment (Unix seconds) at `minute` after midnight of `day` on a Swedish clock (the
/// earlier one when the clocks go back; none in the hour they go forward).
pub(crate) fn moment(day: NaiveDate, minute: i32) -> Option<i64> {
    let time = NaiveTime::from_num_seconds_from_midnight_opt((minute * 60) as u32, 0)?;
    Stockholm
        .from_local_datetime(&day.and_time(time))
        .earliest()
        .map(|m| m.timestamp())
}

/// The times `week` gives on `day`: none on a public holiday.
fn times_of(week: &clinic_schedule::Model, day: NaiveDate) -> Vec<visit_slot::ActiveModel> {
    let weekday = char::from_digit(day.weekday().number_from_monday(), 10).unwrap_or('0');
    if !week.weekdays.contains(weekday) || !is_working_day(day) || week.slot_minutes <= 0 {
        return Vec::new();
    }
    (week.first_minute..week.last_minute)
        .step_by(week.slot_minutes as usize)
        .filter(|m| m + week.slot_minutes <= week.last_minute)
        .filter_map(|m| moment(day, m))
        .map(|starts_at| visit_slot::ActiveModel {
            clinic_id: Set(week.clinic_id),
            visit_type: Set(week.visit_type.clone()),
            starts_at: Set(starts_at),
            minutes: Set(week.slot_minutes),
            taken: Set(false),
            booking_id: Set(None),
            ..Default::default()
        })
        .collect()
}

/// Makes the times of `days` at `clinic_id` that are not made yet. Two requests making the
/// same day at once write each time once (the unique index on clinic, kind and start).
pub async fn ensure_days(
    conn: &impl ConnectionTrait,
    clinic_id: i32,
    days: &[NaiveDate],
) -> Result<(), DbErr> {
    let names: Vec<String> = days
        .iter()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .collect();
    let made: Vec<String> = SlotDay::find()
        .filter(slot_day::Column::ClinicId.eq(clinic_id))
        .filter(slot_day::Column::Day.is_in(names.clone()))
        .all(conn)
        .await?
        .into_iter()
        .map(|d| d.day)
        .collect();
    let missing: Vec<(NaiveDate, String)> = days
        .iter()
        .copied()
        .zip(names)
        .filter(|(_, name)| !made.contains(name))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let weeks = ClinicSchedule::find()
        .filter(clinic_schedule::Column::ClinicId.eq(clinic_id))
        .all(conn)
        .await?;
    let times: Vec<visit_slot::ActiveModel> = missing
        .iter()
        .flat_map(|(day, _)| weeks.iter().flat_map(|w| times_of(w, *day)))
        .collect();
    for batch in times.chunks(INSERT_BATCH) {
        VisitSlot::insert_many(batch.to_vec())
            .on_conflict(
                OnConflict::columns([
                    visit_slot::Column::ClinicId,
                    visit_slot::Column::VisitType,
                    visit_slot::Column::StartsAt,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(conn)
            .await?;
    }
    SlotDay::insert_many(missing.into_iter().map(|(_, day)| slot_day::ActiveModel {
        clinic_id: Set(clinic_id),
        day: Set(day),
    }))
    .on_conflict(
        OnConflict::columns([slot_day::Column::ClinicId, slot_day::Column::Day])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn week(days: &str, first: i32, last: i32, slot: i32) -> clinic_schedule::Model {
        clinic_schedule::Model {
            id: 1,
            clinic_id: 7,
            visit_type: "doctor".into(),
            weekdays: days.into(),
            first_minute: first,
            last_minute: last,
            slot_minutes: slot,
        }
    }

    #[test]
    fn a_day_gives_every_time_that_ends_within_the_hours() {
        // Wednesday 2 December 2026, 08:00–10:00 every 30 minutes: 08:00 … 09:30.
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let times = times_of(&week("12345", 480, 600, 30), day);
        assert_eq!(times.len(), 4);
        let first = times[0].starts_at.clone().unwrap();
        assert_eq!(crate::swedish_date::local_date_time(first).1, "08:00");
        // 25-minute visits from 08:00 to 09:00: 08:00 and 08:25 fit, 08:50 would end 09:15.
        assert_eq!(times_of(&week("3", 480, 540, 25), day).len(), 2);
    }

    #[test]
    fn no_times_on_other_weekdays_or_public_holidays() {
        let saturday = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        assert!(times_of(&week("12345", 480, 600, 30), saturday).is_empty());
        // Christmas Day 2026 is a Friday.
        let christmas = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        assert!(times_of(&week("12345", 480, 600, 30), christmas).is_empty());
        let wednesday = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert!(times_of(&week("24", 480, 600, 30), wednesday).is_empty());
    }

    #[test]
    fn times_are_on_the_swedish_clock_in_summer_too() {
        let june = NaiveDate::from_ymd_opt(2027, 6, 2).unwrap();
        let times = times_of(&week("3", 480, 510, 30), june);
        let at = times[0].starts_at.clone().unwrap();
        assert_eq!(crate::swedish_date::local_date_time(at).1, "08:00");
    }
}
