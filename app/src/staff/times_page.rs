//! `/personal/tider` — the clinic's bookable times of a kind of visit, a day at a time: each
//! free one can be withdrawn at once, a booked one on its own page with a message to the
//! citizen (`/personal/tider/:id`); more times are published on the day. Plain forms; what
//! happened or went wrong comes back in the address.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::booking::VisitType;
use samla_model::case::MESSAGE_MAX;

use super::gate::{id_param, staff_or_login};
use super::times_api::{
    StaffPublishTimes, StaffWithdrawTime, TIMES_PATH, TimeStateView, TimesDay, day_href,
    staff_booked_time, staff_times, time_path,
};
use super::times_texts::{TimesTexts, times_texts};
use crate::components::{error_summary::ErrorSummary, page_meta::PageMeta};
use crate::i18n::{date::weekday_date, labels::visit_label, use_texts};
use crate::pages::error_page::ErrorPage;

fn texts() -> &'static TimesTexts {
    times_texts(crate::i18n::use_lang().get_untracked())
}

#[component]
pub fn TimesPage() -> impl IntoView {
    let t = texts();
    let viewer = staff_or_login();
    let query = use_query_map().get_untracked();
    let (visit, day) = (
        query.get("besok").unwrap_or_default(),
        query.get("dag").unwrap_or_default(),
    );
    view! {
        <PageMeta title=move || t.title description=move || t.lead />
        <h1>{t.title}</h1>
        {viewer.map(|viewer| {
            if !viewer.manages_times() {
                return view! { <p>{t.no_role}</p> }.into_any();
            }
            let found = Resource::new(move || (), move |_| staff_times(visit.clone(), day.clone()));
            view! {
                <p class="lead">{t.lead}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match found.await {
                            Ok(Some(day)) => view! { <Day day /> }.into_any(),
                            Ok(None) => view! { <p>{t.no_visits}</p> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }.into_any()
        })}
    }
}

#[component]
fn Day(day: TimesDay) -> impl IntoView {
    let t = texts();
    let ui = use_texts().get();
    let query = use_query_map().get_untracked();
    let problem = query.get("fel").and_then(|code| t.problem(&code));
    let published = query.get("publicerade");
    let notice = published
        .map(|n| format!("{} {n}", t.published))
        .or_else(|| query.get("dragen").map(|_| t.withdrawn.to_owned()));
    let typed = |name: &str, default: &str| query.get(name).unwrap_or_else(|| default.to_owned());
    let (from, to) = (typed("fran", "16:00"), typed("till", "18:00"));
    let summary: Vec<(&'static str, &'static str)> = problem.into_iter().collect();
    let error_at = |id: &str| problem.filter(|(at, _)| *at == id).map(|(_, m)| m);
    let (day_error, hours_error) = (error_at("publish-day"), error_at("publish-from"));
    let visit = day.visit;
    let rows = day
        .rows
        .iter()
        .map(|row| {
            let action = match row.state {
                TimeStateView::Free => view! {
                    <form method="post" action=StaffWithdrawTime::url() data-full-load="">
                        <input type="hidden" name="id" value=row.id.to_string() />
                        <input type="hidden" name="text" value="" />
                        <input type="hidden" name="besok" value=visit.code() />
                        <input type="hidden" name="dag" value=day.day.clone() />
                        <button class="button button--secondary button--small" type="submit">
                            {t.withdraw}<span class="visually-hidden">" "{row.time.clone()}</span>
                        </button>
                    </form>
                }.into_any(),
                TimeStateView::Booked => view! {
                    <a href=format!("{}?besok={}&dag={}", time_path(row.id), visit.code(), day.day)>
                        {t.withdraw_booked}<span class="visually-hidden">" "{row.time.clone()}</span>
                    </a>
                }.into_any(),
                TimeStateView::Invited | TimeStateView::Held => ().into_any(),
            };
            view! {
                <tr>
                    <th scope="row">{row.time.clone()}</th>
                    <td>{t.state(row.state)}</td>
                    <td>{action}</td>
                </tr>
            }
        })
        .collect::<Vec<_>>();
    view! {
        <ErrorSummary problems=summary.clone() />
        {notice.map(|n| view! { <p class="notice notice--success" role="status">{n}</p> })}
        <form class="times-form" method="get" action=TIMES_PATH>
            <div class="field">
                <label for="times-visit">{t.visit_label}</label>
                <select id="times-visit" name="besok">
                    {day.visits.iter().map(|v| view! {
                        <option value=v.code() selected={*v == visit}>{visit_label(ui, *v)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="times-day">{t.day_label}</label>
                <span class="field__hint" id="times-day-hint">{t.day_hint}</span>
                <input id="times-day" name="dag" type="text" inputmode="numeric" maxlength="10"
                    class="input--short" value=day.day.clone() aria-describedby="times-day-hint" />
            </div>
            <button class="button button--secondary" type="submit">{t.show}</button>
        </form>
        <h2 id="times-title" tabindex="-1">{t.day_title}": "{visit_label(ui, visit)}", "{weekday_date(ui, &day.day)}</h2>
        {if rows.is_empty() {
            view! { <p>{t.none}</p> }.into_any()
        } else {
            view! {
                <table class="case-table">
                    <thead><tr>
                        <th scope="col">{t.col_time}</th>
                        <th scope="col">{t.col_state}</th>
                        <th scope="col"><span class="visually-hidden">{t.withdraw}</span></th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            }.into_any()
        }}
        <section id="publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{t.publish_title}</h2>
            <p class="field__hint">{t.publish_hint}</p>
            <form method="post" action=StaffPublishTimes::url() novalidate data-full-load="">
                <input type="hidden" name="besok" value=visit.code() />
                <div class=if day_error.is_some() { "field field--error" } else { "field" }>
                    <label for="publish-day">{t.day_label}</label>
                    {day_error.map(|m| view! { <span class="field__error" id="publish-day-error">{m}</span> })}
                    <input id="publish-day" name="dag" type="text" inputmode="numeric" maxlength="10" class="input--short"
                        value=typed("dag", &day.day) aria-invalid=day_error.map(|_| "true")
                        aria-describedby=day_error.map(|_| "publish-day-error") />
                </div>
                <div class=if hours_error.is_some() { "field field--error" } else { "field" }>
                    <label for="publish-from">{t.from_label}</label>
                    {hours_error.map(|m| view! { <span class="field__error" id="publish-from-error">{m}</span> })}
                    <input id="publish-from" name="fran" type="text" inputmode="numeric" maxlength="5" class="input--short"
                        value=from aria-invalid=hours_error.map(|_| "true")
                        aria-describedby=hours_error.map(|_| "publish-from-error") />
                </div>
                <div class="field">
                    <label for="publish-to">{t.to_label}</label>
                    <input id="publish-to" name="till" type="text" inputmode="numeric" maxlength="5" class="input--short" value=to />
                </div>
                <button class="button" type="submit">{t.publish}</button>
            </form>
        </section>
    }
}

#[component]
pub fn WithdrawTimePage() -> impl IntoView {
    let t = texts();
    let ui = use_texts().get();
    let id = id_param();
    let viewer = staff_or_login();
    let query = use_query_map().get_untracked();
    let problem = query.get("fel").and_then(|code| t.problem(&code));
    let (visit, day) = (
        query.get("besok").unwrap_or_default(),
        query.get("dag").unwrap_or_default(),
    );
    let back = match (VisitType::from_code(&visit), day.len() == 10) {
        (Some(v), true) => day_href(v, &day),
        _ => TIMES_PATH.to_owned(),
    };
    view! {
        <PageMeta title=move || t.booked_title description=move || t.booked_lead />
        <p class="breadcrumb"><a href=back>{t.title}</a></p>
        <h1>{t.booked_title}</h1>
        {viewer.filter(|v| v.manages_times()).map(|_| {
            let found = Resource::new(move || (), move |_| staff_booked_time(id));
            let error = problem.map(|(_, m)| m);
            let summary: Vec<(&'static str, &'static str)> = problem.into_iter().collect();
            view! {
                <Suspense fallback=|| ()>
                    {move || {
                        let (visit, day, summary) = (visit.clone(), day.clone(), summary.clone());
                        Suspend::new(async move {
                        match found.await {
                            Ok(Some(booked)) => view! {
                                <ErrorSummary problems=summary.clone() />
                                <p class="lead">{t.booked_lead}</p>
                                <dl class="facts">
                                    <dt>{t.citizen}</dt><dd>{booked.citizen}</dd>
                                    <dt>{t.when}</dt>
                                    <dd>{visit_label(ui, booked.visit)}", "{weekday_date(ui, &booked.date)}" "{booked.time}</dd>
                                </dl>
                                <form method="post" action=StaffWithdrawTime::url() novalidate data-full-load="">
                                    <input type="hidden" name="id" value=booked.id.to_string() />
                                    <input type="hidden" name="besok" value=visit />
                                    <input type="hidden" name="dag" value=day />
                                    <div class=if error.is_some() { "field field--error" } else { "field" }>
                                        <label for="withdraw-text">{t.message_label}</label>
                                        <span class="field__hint" id="withdraw-text-hint">{t.message_hint}</span>
                                        {error.map(|m| view! { <span class="field__error" id="withdraw-text-error">{m}</span> })}
                                        <textarea id="withdraw-text" name="text" rows="5" maxlength=MESSAGE_MAX.to_string()
                                            aria-invalid=error.map(|_| "true")
                                            aria-describedby=if error.is_some() { "withdraw-text-hint withdraw-text-error" } else { "withdraw-text-hint" }></textarea>
                                    </div>
                                    <button class="button" type="submit">{t.withdraw_and_cancel}</button>
                                </form>
                            }.into_any(),
                            Ok(None) => view! { <p>{t.not_found}</p> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}}
                </Suspense>
            }
        })}
    }
}
