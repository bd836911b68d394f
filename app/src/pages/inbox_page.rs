//! `/inkorg?mottagning=&sok=&sida=` — the inbox: messages from care, newest first, unread
//! ones marked in words as well as weight; filtered by clinic, searched within one's own
//! messages. Personal: without a session it goes through login and comes back here.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::cases::{CASES_PATH, INBOX_PATH, InboxItem, message_path, my_inbox};
use crate::components::{page_meta::PageMeta, pager::Pager, personal::viewer_or_login};
use crate::i18n::{date::long_date, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn InboxPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let query = use_query_map().get_untracked();
    let page: u64 = query.get("sida").and_then(|p| p.parse().ok()).unwrap_or(1);
    let clinic: Option<i32> = query.get("mottagning").and_then(|c| c.parse().ok());
    let text = query.get("sok").unwrap_or_default();
    view! {
        <PageMeta title=move || t.get().inbox description=move || t.get().inbox_lead canonical=INBOX_PATH />
        {viewer.map(|_| {
            let search = text.clone();
            let inbox = Resource::new(move || (page, clinic, search.clone()), |(p, c, s)| my_inbox(p, c, s));
            view! {
            <h1>{move || t.get().inbox}</h1>
            <p class="lead">{move || t.get().inbox_lead}</p>
            <p><a href=CASES_PATH>{move || t.get().cases_link}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || {
                    let text = text.clone();
                    Suspend::new(async move {
                    let Ok(inbox) = inbox.await else { return view! { <ErrorPage /> }.into_any() };
                    let filtered = clinic.is_some() || !text.trim().is_empty();
                    let searched = text.clone();
                    let keep = move |p: u64| {
                        let mut href = format!("{INBOX_PATH}?sida={p}");
                        if let Some(c) = clinic { href.push_str(&format!("&mottagning={c}")); }
                        if !searched.is_empty() { href.push_str(&format!("&sok={}", samla_model::next_path::percent_encode(&searched, b""))); }
                        href
                    };
                    let empty = inbox.items.is_empty();
                    view! {
                        // `data-full-load`: the islands router's patch left the old list in place
                        // (15 messages stayed after a search that finds 3).
                        <form class="inbox-filter" method="get" action=INBOX_PATH role="search" aria-label=move || t.get().inbox_filter_label data-full-load="">
                            <div class="field">
                                <label for="inbox-clinic">{move || t.get().inbox_clinic}</label>
                                <select id="inbox-clinic" name="mottagning">
                                    <option value="">{move || t.get().inbox_all_clinics}</option>
                                    {inbox.clinics.into_iter().map(|(id, name)| view! {
                                        <option value=id.to_string() selected=clinic == Some(id)>{name}</option>
                                    }).collect_view()}
                                </select>
                            </div>
                            <div class="field">
                                <label for="inbox-search">{move || t.get().inbox_search}</label>
                                <input id="inbox-search" name="sok" type="search" maxlength="100" value=text.clone() />
                            </div>
                            <button class="button button--secondary" type="submit">{move || t.get().inbox_show}</button>
                        </form>
                        {if empty {
                            view! { <p>{move || if filtered { t.get().inbox_no_match } else { t.get().inbox_empty }}</p> }.into_any()
                        } else {
                            view! { <ul class="message-list">{inbox.items.into_iter().map(|item| view! { <MessageRow item /> }).collect_view()}</ul> }.into_any()
                        }}
                        <Pager page=inbox.page more=inbox.more href=keep newer=|t| t.pager_newer older=|t| t.pager_older />
                    }
                    .into_any()
                })}}
            </Suspense>
        }})}
    }
}

#[component]
fn MessageRow(item: InboxItem) -> impl IntoView {
    let t = use_texts();
    let date = item.date.clone();
    view! {
        <li class=if item.unread { "message-list__item message-list__item--unread" } else { "message-list__item" }>
            <a class="message-list__link" href=message_path(item.id)>
                {item.unread.then(|| view! { <span class="tag tag--unread">{move || t.get().inbox_unread}</span>" " })}
                <span class="message-list__subject">{item.subject}</span>
            </a>
            <span class="message-list__meta">
                {item.clinic}", "{move || long_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{item.time}
            </span>
            {item.asks_reply.then(|| view! { <span class="tag">{move || t.get().inbox_asks_reply}</span> })}
            <span class="message-list__excerpt">{item.excerpt}</span>
        </li>
    }
}
