//! `/intyg` — the citizen's certificates, newest first, each leading to its page.

use leptos::prelude::*;

use crate::api::certificates::{CERTIFICATES_PATH, certificate_path, my_certificates};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{date::long_date, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn CertificatesPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    view! {
        <PageMeta title=move || t.get().certificates description=move || t.get().certificates_lead canonical=CERTIFICATES_PATH />
        {viewer.map(|_| {
            let list = Resource::new(|| (), |_| my_certificates());
            view! {
                <h1>{move || t.get().certificates}</h1>
                <p class="lead">{move || t.get().certificates_lead}</p>
                <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(items) if items.is_empty() => view! { <p>{move || t.get().certificates_none}</p> }.into_any(),
                            Ok(items) => view! {
                                <ul class="case-list">
                                    {items.into_iter().map(|c| {
                                        let issued = c.issued.clone();
                                        view! {
                                            <li class="case-list__item">
                                                <a class="case-list__link" href=certificate_path(c.id) lang="sv">{c.title.clone()}</a>
                                                <span class="case-list__meta">
                                                    {move || t.get().certificate_issued}" "{move || long_date(t.get(), &issued)}", "{c.clinic.clone()}
                                                </span>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}
