//! `/installningar/vem-har-last?sida=` — "Vem har läst mina uppgifter": every read of the
//! citizen's personal data, newest first, a page at a time.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::settings::{ACCESS_LOG_PATH, SETTINGS_PATH, my_access_log};
use crate::components::{page_meta::PageMeta, pager::Pager, personal::viewer_or_login};
use crate::i18n::{
    date::long_date,
    labels::{resource_label, role_label},
    use_texts,
};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn AccessLogPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let page: u64 = use_query_map()
        .get_untracked()
        .get("sida")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    view! {
        <PageMeta title=move || t.get().access_title description=move || t.get().access_lead canonical=ACCESS_LOG_PATH />
        {viewer.map(|_| {
            let log = Resource::new(move || page, my_access_log);
            view! {
            <p class="breadcrumb"><a href=SETTINGS_PATH>{move || t.get().settings_title}</a></p>
            <h1>{move || t.get().access_title}</h1>
            <p class="lead">{move || t.get().access_lead}</p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    let Ok(log) = log.await else { return view! { <ErrorPage /> }.into_any() };
                    if log.entries.is_empty() && log.page == 1 {
                        return view! { <p>{move || t.get().access_empty}</p> }.into_any();
                    }
                    let rows = log.entries.into_iter().map(|entry| view! {
                        <tr>
                            <td>{long_date(t.get(), &entry.date)}" "{t.get().access_time_at}" "{entry.time}</td>
                            <td>{entry.reader}</td>
                            <td>{role_label(t.get(), entry.role)}</td>
                            <td>{resource_label(t.get(), entry.resource)}</td>
                        </tr>
                    }).collect_view();
                    view! {
                        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="access-caption">
                            <table class="data-table">
                                <caption id="access-caption">{move || t.get().access_caption}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{move || t.get().access_when}</th>
                                        <th scope="col">{move || t.get().access_who}</th>
                                        <th scope="col">{move || t.get().access_role}</th>
                                        <th scope="col">{move || t.get().access_what}</th>
                                    </tr>
                                </thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                        <Pager page=log.page more=log.more href=|p| format!("{ACCESS_LOG_PATH}?sida={p}") newer=|t| t.access_newer older=|t| t.access_older />
                    }
                    .into_any()
                })}
            </Suspense>
        }})}
    }
}
