//! The personal part of the start page: four short answers, each with its way on — the next
//! booked time, unread messages, open cases with what to expect, medicines to renew.

use leptos::prelude::*;

use crate::api::booking::{BOOKING_PATH, booking_path};
use crate::api::cases::{CASES_PATH, INBOX_PATH};
use crate::api::medicines::MedicineItem;
use crate::api::medicines::{MEDICINES_PATH, renew_path};
use crate::api::overview::{OverviewView, my_overview};
use crate::api::proxy::PROXY_PATH;
use crate::i18n::{
    date::{long_date, weekday_date},
    labels::visit_label,
    use_texts,
};
use crate::pages::cases_page::CaseRow;

#[component]
pub fn Overview() -> impl IntoView {
    let t = use_texts();
    let overview = Resource::new(|| (), |_| my_overview());
    view! {
        <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
            {move || Suspend::new(async move {
                // Without the overview the page still gives the errands below.
                overview.await.ok().map(|o| view! { <Parts o /> })
            })}
        </Suspense>
    }
}

#[component]
fn Parts(o: OverviewView) -> impl IntoView {
    let t = use_texts();
    let unread = o.unread;
    let name = o.given_name.clone();
    let unread_text = move || match unread {
        0 => t.get().overview_unread_none.to_owned(),
        1 => t.get().overview_unread_one.to_owned(),
        n => format!("{n} {}", t.get().overview_unread_many),
    };
    view! {
        <div class="hero hero--personal">
            <h1>{move || format!("{} {name}", t.get().overview_greeting)}</h1>
            {o.proxy_for.map(|child| view! {
                <p class="lead">{move || t.get().overview_proxy_greeting}" "<strong>{child.clone()}</strong></p>
            })}
            {o.may_act_for_children.then(|| view! {
                <p><a href=PROXY_PATH>{move || t.get().proxy_link}</a></p>
            })}
        </div>
        <section class="overview" aria-label=move || t.get().overview_label>
            <section class="overview__part" aria-labelledby="overview-booking">
                <h2 id="overview-booking">{move || t.get().overview_next_booking}</h2>
                {match o.next_booking {
                    Some(b) => {
                        let (visit, date) = (b.visit, b.date.clone());
                        view! {
                            <p><a href=booking_path(b.id)>{move || visit_label(t.get(), visit)}", "{move || weekday_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{b.time.clone()}</a></p>
                            <p class="overview__meta">{b.clinic.clone()}</p>
                        }.into_any()
                    }
                    None => view! {
                        <p>{move || t.get().overview_no_booking}" "<a href=BOOKING_PATH>{move || t.get().booking}</a></p>
                    }.into_any(),
                }}
            </section>
            <section class="overview__part" aria-labelledby="overview-unread">
                <h2 id="overview-unread">{move || t.get().overview_unread}</h2>
                <p><a href=INBOX_PATH>{unread_text}</a></p>
            </section>
            <section class="overview__part" aria-labelledby="overview-cases">
                <h2 id="overview-cases">{move || t.get().overview_open_cases}</h2>
                {o.open_cases.is_empty().then(|| view! { <p>{move || t.get().overview_no_cases}</p> })}
                {(!o.open_cases.is_empty()).then(|| view! {
                    <ul class="case-list">
                        {o.open_cases.into_iter().map(|item| view! { <CaseRow item /> }).collect_view()}
                    </ul>
                })}
                {o.more_cases.then(|| view! { <p><a href=CASES_PATH>{move || t.get().overview_all_cases}</a></p> })}
            </section>
            {o.medicines_shown.then(|| view! { <MedicinesDue due=o.medicines_due /> })}
        </section>
    }
}

/// Medicines that run out within a month, each with "Förnya".
#[component]
fn MedicinesDue(due: Vec<MedicineItem>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="overview__part" aria-labelledby="overview-medicines">
            <h2 id="overview-medicines">{move || t.get().overview_medicines_due}</h2>
            {due.is_empty().then(|| view! {
                <p>{move || t.get().overview_no_medicines_due}" "<a href=MEDICINES_PATH>{move || t.get().medicines_title}</a></p>
            })}
            {(!due.is_empty()).then(|| view! {
                <ul class="overview__list">
                    {due.into_iter().map(|m| {
                        let name = m.name();
                        let runs_out = m.runs_out.clone().unwrap_or_default();
                        view! {
                            <li>
                                <a href=renew_path(m.id)>{move || format!("{} {name}", t.get().medicine_renew)}</a>
                                <span class="overview__meta">{move || format!(", {} {}", t.get().overview_runs_out, long_date(t.get(), &runs_out))}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
