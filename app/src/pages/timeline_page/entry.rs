//! One entry of the flow: its kind, what it is (a link where it has a page of its own), when
//! and where, and a line of detail in the kind's words.

use leptos::prelude::*;
use samla_model::Lang;
use samla_model::booking::{BookingStatus, VisitType};
use samla_model::case::CaseStatus;
use samla_model::records::{ContactKind, analysis};
use samla_model::timeline::EventKind;

use crate::api::timeline::EventItem;
use crate::i18n::event_labels::{contact_label, decimal, event_kind_label, range_label};
use crate::i18n::labels::{booking_status_label, case_status_label, visit_label};
use crate::i18n::{Texts, date::long_date, use_lang, use_texts};
use crate::pages::cases_page::expectation;

#[component]
pub fn Entry(item: EventItem) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang();
    let kind = item.kind;
    let when = format!("{}T{}", item.date, item.time);
    let (headline, detail) = describe(t.get(), lang.get_untracked(), &item);
    let date = item.date.clone();
    let time = item.time.clone();
    let clinic = item.clinic.clone();
    let href = item.href.clone();
    view! {
        <li class=format!("event event--{}", kind.code())>
            <span class="event__kind">{move || event_kind_label(t.get(), kind)}</span>
            <span class="event__title">
                {match href {
                    Some(h) => view! { <a href=h>{headline}</a> }.into_any(),
                    None => view! { <span>{headline}</span> }.into_any(),
                }}
            </span>
            <span class="event__meta">
                <time datetime=when.clone()>{move || long_date(t.get(), &date)}" "{time.clone()}</time>
                {(!clinic.is_empty()).then(|| format!(" · {clinic}"))}
            </span>
            {(!detail.is_empty()).then(|| view! { <span class="event__detail">{detail}</span> })}
        </li>
    }
}

/// The entry's headline and its line of detail, in `lang`.
fn describe(t: &Texts, lang: Lang, item: &EventItem) -> (String, String) {
    match item.kind {
        EventKind::Booking => (
            VisitType::from_code(&item.code).map_or_else(
                || t.event_booking.to_owned(),
                |v| visit_label(t, v).to_owned(),
            ),
            BookingStatus::from_code(&item.detail)
                .map(|s| booking_status_label(t, s).to_owned())
                .unwrap_or_default(),
        ),
        EventKind::Visit => {
            let how = ContactKind::from_code(&item.code)
                .map(|k| contact_label(t, k))
                .unwrap_or_default();
            let diagnosis = if item.detail.is_empty() {
                String::new()
            } else {
                format!("{}: {}", t.event_diagnosis, item.detail)
            };
            (format!("{how}: {}", item.title), diagnosis)
        }
        EventKind::Case => {
            let status = CaseStatus::from_code(&item.code);
            let waiting = matches!(status, Some(CaseStatus::Sent | CaseStatus::Received));
            let detail = match status {
                Some(s) if waiting => format!(
                    "{}. {}",
                    case_status_label(t, s),
                    expectation(t, s, &item.detail)
                ),
                Some(s) => case_status_label(t, s).to_owned(),
                None => String::new(),
            };
            (item.title.clone(), detail)
        }
        EventKind::Message => (
            item.title.clone(),
            if item.code == "unread" {
                t.inbox_unread.to_owned()
            } else {
                String::new()
            },
        ),
        EventKind::LabResult => {
            let known = analysis(&item.code);
            let name = known.map_or(item.code.as_str(), |a| match lang {
                Lang::Sv => a.name_sv,
                Lang::En => a.name_en,
            });
            let detail = item.value.map(|(value, range)| {
                format!(
                    "{} {} · {}",
                    decimal(lang, value),
                    item.detail,
                    range_label(t, range)
                )
            });
            (name.to_owned(), detail.unwrap_or_default())
        }
        EventKind::Vaccination => (
            item.title.clone(),
            format!("{} · {}", item.code, item.detail),
        ),
        EventKind::Medicine | EventKind::Certificate => (item.title.clone(), item.detail.clone()),
    }
}
