//! `/handelser?visa=&fore=` — upcoming and past events: booked times first, then everything
//! that has happened, month by month, newest first; a filter by kind and a link to older
//! entries (plain links, so it works without JavaScript and each view can be linked to).

mod entry;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::timeline::EventKind;

use crate::api::booking::BOOKING_PATH;
use crate::api::timeline::{EVENTS_PATH, EventItem, events_href, my_events};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{event_labels::event_filter_label, use_texts};
use crate::pages::error_page::ErrorPage;
use entry::Entry;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let query = use_query_map().get_untracked();
    let kind = query.get("visa").and_then(|k| EventKind::from_code(&k));
    let fore = query.get("fore").filter(|f| f.len() <= 64);
    view! {
        <PageMeta title=move || t.get().timeline description=move || t.get().events_lead canonical=EVENTS_PATH />
        {viewer.map(|_| {
            let asked = (kind.map(|k| k.code().to_owned()).unwrap_or_default(), fore.clone().unwrap_or_default());
            let flow = Resource::new(move || asked.clone(), |(kind, fore)| my_events(kind, fore));
            let first_page = fore.is_none();
            view! {
                <h1>{move || t.get().timeline}</h1>
                <p class="lead">{move || t.get().events_lead}</p>
                <KindFilter chosen=kind />
                <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                    {move || Suspend::new(async move {
                        let Ok(flow) = flow.await else { return view! { <ErrorPage /> }.into_any() };
                        let older = flow.older.clone().map(|c| events_href(kind, Some(&c)));
                        let shows_bookings = kind.is_none_or(|k| k == EventKind::Booking);
                        view! {
                            {(first_page && shows_bookings).then(|| view! { <Upcoming items=flow.upcoming.clone() /> })}
                            <section aria-labelledby="events-past">
                                <h2 id="events-past">{move || t.get().events_past}</h2>
                                {flow.past.is_empty().then(|| view! { <p>{move || t.get().events_none}</p> })}
                                {months(flow.past).into_iter().map(|(month, items)| view! { <Month month items /> }).collect_view()}
                            </section>
                            <nav class="week-pager" aria-label=move || t.get().events_pages_label>
                                {(!first_page).then(|| view! { <a href=events_href(kind, None) data-full-load="">{move || t.get().events_newest}</a> })}
                                {older.map(|h| view! { <a rel="next" href=h data-full-load="">{move || t.get().events_older}</a> })}
                            </nav>
                        }
                        .into_any()
                    })}
                </Suspense>
            }
        })}
    }
}

/// The kinds to show, as links; the chosen one is marked as the current page.
#[component]
fn KindFilter(chosen: Option<EventKind>) -> impl IntoView {
    let t = use_texts();
    let link = move |kind: Option<EventKind>| {
        let label = move || kind.map_or(t.get().events_all, |k| event_filter_label(t.get(), k));
        let current = (kind == chosen).then_some("page");
        view! { <li><a href=events_href(kind, None) aria-current=current data-full-load="">{label}</a></li> }
    };
    view! {
        <nav class="kind-filter" aria-labelledby="kind-filter-label">
            <h2 id="kind-filter-label" class="kind-filter__label">{move || t.get().events_filter_label}</h2>
            <ul>
                {link(None)}
                {samla_model::timeline::shown_kinds(use_context::<samla_model::login::Viewer>().is_some_and(|v| v.is_proxy()))
                    .map(|k| link(Some(k)))
                    .collect_view()}
            </ul>
        </nav>
    }
}

#[component]
fn Upcoming(items: Vec<EventItem>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="events-upcoming">
            <h2 id="events-upcoming">{move || t.get().events_upcoming}</h2>
            {if items.is_empty() {
                view! {
                    <p>{move || t.get().events_no_upcoming}" "<a href=BOOKING_PATH>{move || t.get().booking}</a></p>
                }
                .into_any()
            } else {
                view! { <ol class="event-list">{items.into_iter().map(|item| view! { <Entry item /> }).collect_view()}</ol> }.into_any()
            }}
        </section>
    }
}

/// The entries grouped by month (`YYYY-MM`), in the order they came.
fn months(items: Vec<EventItem>) -> Vec<(String, Vec<EventItem>)> {
    let mut grouped: Vec<(String, Vec<EventItem>)> = Vec::new();
    for item in items {
        match grouped.last_mut() {
            Some((month, list)) if month == item.month() => list.push(item),
            _ => grouped.push((item.month().to_owned(), vec![item])),
        }
    }
    grouped
}

#[component]
fn Month(month: String, items: Vec<EventItem>) -> impl IntoView {
    let t = use_texts();
    let heading = month.clone();
    view! {
        <h3 class="event-month"><time datetime=month>{move || month_name(t.get(), &heading)}</time></h3>
        <ol class="event-list">{items.into_iter().map(|item| view! { <Entry item /> }).collect_view()}</ol>
    }
}

/// "november 2026" from `2026-11`, with a capital first letter: "November 2026".
fn month_name(t: &crate::i18n::Texts, month: &str) -> String {
    let long = crate::i18n::date::long_date(t, &format!("{month}-01"));
    let name = long.split_once(' ').map_or(long.as_str(), |(_, rest)| rest);
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::texts;
    use samla_model::Lang;

    fn item(date: &str) -> EventItem {
        EventItem {
            kind: EventKind::Visit,
            id: 1,
            date: date.into(),
            time: "10:00".into(),
            title: String::new(),
            clinic: String::new(),
            code: String::new(),
            detail: String::new(),
            value: None,
            href: None,
        }
    }

    #[test]
    fn entries_are_grouped_by_month_in_their_order() {
        let grouped = months(vec![
            item("2026-11-30"),
            item("2026-11-02"),
            item("2026-10-31"),
            item("2025-10-01"),
        ]);
        let shape: Vec<(&str, usize)> =
            grouped.iter().map(|(m, l)| (m.as_str(), l.len())).collect();
        assert_eq!(shape, vec![("2026-11", 2), ("2026-10", 1), ("2025-10", 1)]);
        assert_eq!(month_name(texts(Lang::Sv), "2026-11"), "November 2026");
        assert_eq!(month_name(texts(Lang::En), "2026-03"), "March 2026");
    }
}
