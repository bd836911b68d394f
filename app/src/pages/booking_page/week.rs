//! `/boka-tid?mottagning=&besok=&vecka=` — a week of free times, day by day, each time a link
//! to the summary; links to the weeks before and after. With `omboka=` the clinic and the
//! kind of visit are the booking's, whatever else the address says.

use leptos::prelude::*;

use super::Asked;
use crate::api::booking::{
    BOOKING_PATH, BookingItem, TimesView, confirm_href, free_times, my_booking, times_href,
};
use crate::i18n::{
    date::{long_date, weekday_date},
    labels::visit_label,
    use_texts,
};
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};

/// The times to show, and the booking being moved.
async fn load(asked: Asked) -> Result<Option<(TimesView, Option<BookingItem>)>, ServerFnError> {
    let (hsa_id, visit, moving) = match asked.rebook {
        Some(id) => match my_booking(id).await? {
            Some(b) if b.changeable => (b.hsa_id.clone(), b.visit, Some(b)),
            _ => return Ok(None),
        },
        None => match (asked.hsa_id, asked.visit) {
            (Some(h), Some(v)) => (h, v, None),
            _ => return Ok(None),
        },
    };
    let times = free_times(hsa_id, visit.code().to_owned(), asked.week).await?;
    Ok(times.map(|times| (times, moving)))
}

#[component]
pub fn Week(asked: Asked) -> impl IntoView {
    let t = use_texts();
    let week = Resource::new(move || asked.clone(), load);
    view! {
        <p class="breadcrumb"><a href=BOOKING_PATH>{move || t.get().booking_title}</a></p>
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                match week.await {
                    Ok(Some((times, moving))) => view! { <Times times moving /> }.into_any(),
                    Ok(None) => view! { <NotFoundPage /> }.into_any(),
                    Err(_) => view! { <ErrorPage /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Times(times: TimesView, moving: Option<BookingItem>) -> impl IntoView {
    let t = use_texts();
    let visit = times.visit;
    let rebook = moving.as_ref().map(|b| b.id);
    let hsa_id = times.clinic.hsa_id.clone();
    let page = move |week: &str| times_href(&hsa_id, Some(visit), Some(week), rebook);
    let earlier = times.earlier.as_deref().map(&page);
    let later = times.later.as_deref().map(&page);
    view! {
        <h1>{move || t.get().booking_choose_time}</h1>
        <p class="lead">{move || visit_label(t.get(), visit)}", "{times.clinic.name.clone()}</p>
        {moving.map(|b| view! {
            <p class="notice">{move || t.get().booking_rebooking.replace("{when}", &format!("{} {} {}", long_date(t.get(), &b.date), t.get().access_time_at, b.time))}</p>
        })}
        <nav class="week-pager" aria-label=move || t.get().booking_weeks_label>
            {earlier.map(|href| view! { <a href=href rel="prev">{move || t.get().booking_earlier}</a> })}
            {later.map(|href| view! { <a href=href rel="next">{move || t.get().booking_later}</a> })}
        </nav>
        <div class="week">
            {times.days.into_iter().enumerate().map(|(i, (date, free))| {
                let heading = format!("dag-{i}");
                let list = (!free.is_empty()).then(|| view! {
                    <ul class="time-list" aria-labelledby=heading.clone()>
                        {free.into_iter().map(|f| view! {
                            <li><a class="time-list__time" href=confirm_href(f.slot_id, rebook)>{f.time}</a></li>
                        }).collect_view()}
                    </ul>
                });
                let none = list.is_none().then(|| view! { <p class="week__none">{move || t.get().booking_no_times_day}</p> });
                view! {
                    <section class="week__day">
                        <h2 id=heading>{move || weekday_date(t.get(), &date)}</h2>
                        {list}
                        {none}
                    </section>
                }
            }).collect_view()}
        </div>
    }
}
