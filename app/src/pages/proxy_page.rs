//! `/ombud` — "Agera ombud för ditt barn" (DOMAIN.md §4): the guardian's children under 13
//! whom they may act for, each with a button that starts proxy mode. Children who are not
//! offered are never named: one general explanation of the rule serves every reason, so the
//! page reveals nothing about a child with protected personal data.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use crate::api::proxy::{ActForChild, PROXY_PATH, my_children};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::use_texts;
use crate::pages::error_page::ErrorPage;

#[component]
pub fn ProxyPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let refused = use_query_map().get_untracked().get("nekad").is_some();
    view! {
        <PageMeta title=move || t.get().proxy_title description=move || t.get().proxy_lead canonical=PROXY_PATH />
        {viewer.map(|_| {
            let children = Resource::new(|| (), |_| my_children());
            view! {
                <h1>{move || t.get().proxy_title}</h1>
                {refused.then(|| view! {
                    <div class="notice notice--error" role="alert">
                        <p>{move || t.get().proxy_refused}</p>
                        <p>{move || t.get().proxy_rules}</p>
                    </div>
                })}
                <p class="lead">{move || t.get().proxy_lead}</p>
                <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                    {move || Suspend::new(async move {
                        let Ok(found) = children.await else { return view! { <ErrorPage /> }.into_any() };
                        let list = if found.offered.is_empty() {
                            view! { <p>{move || t.get().proxy_none}</p> }.into_any()
                        } else {
                            view! {
                                <h2>{move || t.get().proxy_choose}</h2>
                                <ul class="child-list">
                                    {found.offered.into_iter().map(|child| {
                                        let acting = found.acting_for.as_deref() == Some(child.personnummer.as_str());
                                        let name = child.name.clone();
                                        view! {
                                            <li class="child-list__item">
                                                <p class="child-list__name">
                                                    <strong>{child.name.clone()}</strong>", "{child.age}" "{move || t.get().proxy_years}
                                                </p>
                                                {if acting {
                                                    view! { <p>{move || t.get().proxy_acting_now}</p> }.into_any()
                                                } else {
                                                    view! {
                                                        <form method="post" action=ActForChild::url() data-full-load="">
                                                            <input type="hidden" name="child" value=child.personnummer.clone() />
                                                            <button class="button" type="submit">
                                                                {move || t.get().proxy_act}" "{name.clone()}
                                                            </button>
                                                        </form>
                                                    }.into_any()
                                                }}
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        };
                        view! {
                            {list}
                            {(found.others && !refused).then(|| view! {
                                <h2>{move || t.get().proxy_others}</h2>
                                <p>{move || t.get().proxy_rules}</p>
                            })}
                        }.into_any()
                    })}
                </Suspense>
            }
        })}
    }
}
