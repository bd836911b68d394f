//! Booking (issue 11): a clinic's kinds of visit, a week of free times, the summary before
//! booking, the citizen's bookings; booking, rebooking and cancelling are plain forms whose
//! server functions answer with a redirect (so they work without JavaScript), to the booking
//! or back to the page with what went wrong in the address.

use leptos::prelude::*;
use samla_model::booking::{BookingStatus, VisitType};
use serde::{Deserialize, Serialize};

pub const BOOKING_PATH: &str = "/boka-tid";
pub const CONFIRM_PATH: &str = "/boka-tid/bekrafta";
pub const BOOKINGS_PATH: &str = "/bokningar";

pub fn booking_path(id: i64) -> String {
    format!("{BOOKINGS_PATH}/{id}")
}

pub fn cancel_path(id: i64) -> String {
    format!("{BOOKINGS_PATH}/{id}/avboka")
}

/// The clinic's page of booking: its kinds of visit, or (with `visit`) a week of its times
/// from `week` (`YYYY-MM-DD`); `rebook` keeps the booking being moved.
pub fn times_href(
    hsa_id: &str,
    visit: Option<VisitType>,
    week: Option<&str>,
    rebook: Option<i64>,
) -> String {
    let mut href = format!("{BOOKING_PATH}?mottagning={hsa_id}");
    if let Some(visit) = visit {
        href.push_str(&format!("&besok={}", visit.code()));
    }
    if let Some(week) = week {
        href.push_str(&format!("&vecka={week}"));
    }
    if let Some(id) = rebook {
        href.push_str(&format!("&omboka={id}"));
    }
    href
}

/// The summary before booking (or moving booking `rebook` to) the time `slot_id`.
pub fn confirm_href(slot_id: i64, rebook: Option<i64>) -> String {
    match rebook {
        Some(id) => format!("{CONFIRM_PATH}?tid={slot_id}&omboka={id}"),
        None => format!("{CONFIRM_PATH}?tid={slot_id}"),
    }
}

/// What went wrong with a booking, as the address carries it back (`fel=`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BookingProblem {
    Taken,
    TooLate,
    CallClinic,
    TooMany,
    NoteTooLong,
    NotFound,
    Cancelled,
}

impl BookingProblem {
    const CODES: [(BookingProblem, &'static str); 7] = [
        (BookingProblem::Taken, "upptagen"),
        (BookingProblem::TooLate, "for-sent"),
        (BookingProblem::CallClinic, "ring"),
        (BookingProblem::TooMany, "for-manga"),
        (BookingProblem::NoteTooLong, "for-lang"),
        (BookingProblem::NotFound, "finns-inte"),
        (BookingProblem::Cancelled, "avbokad"),
    ];

    pub fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(p, _)| *p == self)
            .map_or("", |(_, c)| c)
    }

    pub fn from_code(code: &str) -> Option<BookingProblem> {
        Self::CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(p, _)| *p)
    }
}

/// A booking as its page and the lists show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingItem {
    pub id: i64,
    pub visit: VisitType,
    pub clinic: String,
    pub hsa_id: String,
    pub address: String,
    pub phone: String,
    /// `YYYY-MM-DD` and `HH:MM`, Swedish time.
    pub date: String,
    pub time: String,
    pub minutes: i32,
    pub note: String,
    pub status: BookingStatus,
    /// Whether it can still be cancelled or rebooked here (until 24 hours before).
    pub changeable: bool,
    /// The thread of messages about it.
    pub case_id: i64,
}

/// A clinic that takes bookings, and its kinds of visit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BookingClinic {
    pub hsa_id: String,
    pub name: String,
    pub address: String,
    pub visits: Vec<VisitType>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FreeTimeItem {
    pub slot_id: i64,
    pub time: String,
}

/// A week of free times of one kind of visit at one clinic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimesView {
    pub clinic: BookingClinic,
    pub visit: VisitType,
    pub first_day: String,
    pub days: Vec<(String, Vec<FreeTimeItem>)>,
    pub earlier: Option<String>,
    pub later: Option<String>,
}

/// The summary of a time before booking it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConfirmView {
    pub slot_id: i64,
    pub clinic: BookingClinic,
    pub visit: VisitType,
    pub date: String,
    pub time: String,
    pub minutes: i32,
    /// Whether it is still free and bookable.
    pub free: bool,
}

#[cfg(feature = "ssr")]
pub(super) mod on_server {
    use super::*;
    use samla_domain::booking::book::Refused;

    pub fn now() -> i64 {
        crate::api::request::now_ms() / 1000
    }

    pub fn address(clinic: &samla_domain::entities::clinic::Model) -> String {
        format!("{}, {} {}", clinic.street, clinic.postal_code, clinic.city)
    }

    pub fn problem(refused: &Refused) -> BookingProblem {
        match refused {
            Refused::Taken => BookingProblem::Taken,
            Refused::TooLate => BookingProblem::TooLate,
            Refused::CallClinic(_) => BookingProblem::CallClinic,
            Refused::TooMany => BookingProblem::TooMany,
            Refused::NoteTooLong => BookingProblem::NoteTooLong,
            Refused::NotFound => BookingProblem::NotFound,
            Refused::Cancelled => BookingProblem::Cancelled,
        }
    }

    pub async fn clinic_by_hsa(
        db: &samla_domain::DatabaseConnection,
        hsa_id: &str,
    ) -> Result<Option<samla_domain::entities::clinic::Model>, ServerFnError> {
        samla_domain::booking::bookable_clinic(db, hsa_id)
            .await
            .map_err(crate::api::request::failed)
    }

    pub async fn booking_clinic(
        db: &samla_domain::DatabaseConnection,
        clinic: &samla_domain::entities::clinic::Model,
    ) -> Result<BookingClinic, ServerFnError> {
        let visits = samla_domain::booking::schedule::visit_types(db, clinic.id)
            .await
            .map_err(crate::api::request::failed)?;
        Ok(BookingClinic {
            hsa_id: clinic.hsa_id.clone(),
            name: clinic.name.clone(),
            address: address(clinic),
            visits,
        })
    }

    pub async fn item(
        db: &samla_domain::DatabaseConnection,
        found: samla_domain::entities::booking::Model,
        now: i64,
    ) -> Result<BookingItem, ServerFnError> {
        let clinic = samla_domain::booking::clinic_of(db, found.clinic_id)
            .await
            .map_err(crate::api::request::failed)?;
        let (date, time) = samla_domain::swedish_date::local_date_time(found.starts_at);
        let status = BookingStatus::from_code(&found.status).unwrap_or(BookingStatus::Cancelled);
        Ok(BookingItem {
            id: found.id,
            visit: VisitType::from_code(&found.visit_type).unwrap_or(VisitType::Doctor),
            hsa_id: clinic
                .as_ref()
                .map(|c| c.hsa_id.clone())
                .unwrap_or_default(),
            address: clinic.as_ref().map(address).unwrap_or_default(),
            phone: clinic.map(|c| c.phone).unwrap_or_default(),
            clinic: found.clinic_name,
            date,
            time,
            minutes: found.minutes,
            note: found.note,
            changeable: status == BookingStatus::Booked
                && samla_model::booking::change_open(found.starts_at, now),
            status,
            case_id: found.case_id,
        })
    }
}

/// The logged-in citizen's upcoming bookings, soonest first.
#[server(prefix = "/api", endpoint = "my_bookings")]
pub async fn my_bookings() -> Result<Vec<BookingItem>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let db = db();
    let now = on_server::now();
    let found = samla_domain::booking::mine::upcoming(&db, &viewer.personnummer, now)
        .await
        .map_err(failed)?;
    super::request::log_own_read(&viewer, samla_model::access::Resource::Bookings).await?;
    let mut items = Vec::with_capacity(found.len());
    for booking in found {
        items.push(on_server::item(&db, booking, now).await?);
    }
    Ok(items)
}

/// The logged-in citizen's booking `id`; `None` if there is no such booking of theirs.
#[server(prefix = "/api", endpoint = "my_booking")]
pub async fn my_booking(id: i64) -> Result<Option<BookingItem>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let db = db();
    let Some(found) = samla_domain::booking::book::owned(&db, &viewer.personnummer, id)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    super::request::log_own_read(&viewer, samla_model::access::Resource::Bookings).await?;
    Ok(Some(on_server::item(&db, found, on_server::now()).await?))
}

/// The clinic `hsa_id` and its kinds of visit, if it takes bookings here.
#[server(prefix = "/api", endpoint = "clinic_for_booking")]
pub async fn clinic_for_booking(hsa_id: String) -> Result<Option<BookingClinic>, ServerFnError> {
    use super::request::{db, require_viewer};
    require_viewer()?;
    let db = db();
    let Some(clinic) = on_server::clinic_by_hsa(&db, &hsa_id).await? else {
        return Ok(None);
    };
    Ok(Some(on_server::booking_clinic(&db, &clinic).await?))
}

/// A week of free times of `visit` at `hsa_id` from `week` (`YYYY-MM-DD`; today when empty
/// or out of range).
#[server(prefix = "/api", endpoint = "free_times")]
pub async fn free_times(
    hsa_id: String,
    visit: String,
    week: String,
) -> Result<Option<TimesView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    require_viewer()?;
    let db = db();
    let Some(visit) = VisitType::from_code(&visit) else {
        return Ok(None);
    };
    let Some(clinic) = on_server::clinic_by_hsa(&db, &hsa_id).await? else {
        return Ok(None);
    };
    let choice = on_server::booking_clinic(&db, &clinic).await?;
    if !choice.visits.contains(&visit) {
        return Ok(None);
    }
    let asked = samla_domain::booking::parse_day(&week);
    let found =
        samla_domain::booking::times::free_week(&db, clinic.id, visit, asked, on_server::now())
            .await
            .map_err(failed)?;
    let day = |d: samla_domain::booking::Day| d.format("%Y-%m-%d").to_string();
    Ok(Some(TimesView {
        clinic: choice,
        visit,
        first_day: day(found.first_day),
        earlier: found.earlier.map(day),
        later: found.later.map(day),
        days: found
            .days
            .into_iter()
            .map(|(d, times)| {
                let times = times
                    .into_iter()
                    .map(|t| FreeTimeItem {
                        slot_id: t.slot_id,
                        time: samla_domain::swedish_date::local_date_time(t.starts_at).1,
                    })
                    .collect();
                (day(d), times)
            })
            .collect(),
    }))
}

/// The time `slot_id` as the summary shows it (saying whether it is still free).
#[server(prefix = "/api", endpoint = "time_to_confirm")]
pub async fn time_to_confirm(slot_id: i64) -> Result<Option<ConfirmView>, ServerFnError> {
    use super::request::{db, failed, require_viewer};
    require_viewer()?;
    let db = db();
    let Some((slot, clinic)) = samla_domain::booking::slot_at(&db, slot_id)
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let Some(visit) = VisitType::from_code(&slot.visit_type) else {
        return Ok(None);
    };
    let (date, time) = samla_domain::swedish_date::local_date_time(slot.starts_at);
    Ok(Some(ConfirmView {
        slot_id,
        clinic: on_server::booking_clinic(&db, &clinic).await?,
        visit,
        date,
        time,
        minutes: slot.minutes,
        free: !slot.taken
            && slot.starts_at >= on_server::now() + samla_model::booking::BOOK_LEAD_SECS,
    }))
}

/// "Boka": books the time `slot` with `note` for the clinic, then to the booking; back to the
/// summary with the problem (and the note) if it could not be booked.
#[server(prefix = "/api", endpoint = "book_time")]
pub async fn book_time(slot: i64, note: String) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    use samla_domain::cases::Writer;
    let viewer = require_viewer()?;
    let (author, name) = viewer.author();
    let writer = Writer {
        owner: &viewer.personnummer,
        author,
        name: &name,
    };
    let booked = samla_domain::booking::book::book(&db(), &writer, slot, &note, on_server::now())
        .await
        .map_err(failed)?;
    match booked {
        Ok(id) => leptos_axum::redirect(&format!("{}?bokad=1", booking_path(id))),
        Err(refused) => {
            let kept: String = note
                .chars()
                .take(samla_model::booking::NOTE_MAX * 2)
                .collect();
            let kept = samla_model::next_path::percent_encode(&kept, b"");
            leptos_axum::redirect(&format!(
                "{}&fel={}&anteckning={kept}",
                confirm_href(slot, None),
                on_server::problem(&refused).code()
            ))
        }
    }
    Ok(())
}

/// "Omboka": moves booking `booking` to the time `slot`, then to the booking.
#[server(prefix = "/api", endpoint = "rebook_time")]
pub async fn rebook_time(booking: i64, slot: i64) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let moved = samla_domain::booking::book::rebook(
        &db(),
        &viewer.personnummer,
        booking,
        slot,
        on_server::now(),
    )
    .await
    .map_err(failed)?;
    match moved {
        Ok(()) => leptos_axum::redirect(&format!("{}?ombokad=1", booking_path(booking))),
        Err(refused) => leptos_axum::redirect(&format!(
            "{}&fel={}",
            confirm_href(slot, Some(booking)),
            on_server::problem(&refused).code()
        )),
    }
    Ok(())
}

/// "Avboka" on the page that asks first: cancels booking `booking`, then to the booking.
#[server(prefix = "/api", endpoint = "cancel_booking")]
pub async fn cancel_booking(booking: i64) -> Result<(), ServerFnError> {
    use super::request::{db, failed, require_viewer};
    let viewer = require_viewer()?;
    let cancelled =
        samla_domain::booking::book::cancel(&db(), &viewer.personnummer, booking, on_server::now())
            .await
            .map_err(failed)?;
    match cancelled {
        Ok(()) => leptos_axum::redirect(&format!("{}?avbokad=1", booking_path(booking))),
        Err(refused) => leptos_axum::redirect(&format!(
            "{}?fel={}",
            booking_path(booking),
            on_server::problem(&refused).code()
        )),
    }
    Ok(())
}
