//! `/intyg/:id` — one certificate as issued (in Swedish), with who issued it and until when it
//! is valid, and "Ladda ner intyget som PDF".

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::certificates::{CERTIFICATES_PATH, certificate_pdf_path, my_certificate};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{date::long_date, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn CertificatePage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    view! {
        <PageMeta title=move || t.get().certificates description=move || t.get().certificates_lead canonical=CERTIFICATES_PATH />
        {viewer.map(|_| {
            let found = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_certificate(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=CERTIFICATES_PATH>{move || t.get().certificate_back}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    match found.await {
                        Ok(Some(c)) => {
                            let issued = c.issued.clone();
                            view! {
                                <h1 lang="sv">{c.title.clone()}</h1>
                                <dl class="facts">
                                    <dt>{move || t.get().certificate_issued}</dt>
                                    <dd>{move || long_date(t.get(), &issued)}</dd>
                                    {c.valid_until.clone().map(|d| view! {
                                        <dt>{move || t.get().certificate_valid_until}</dt>
                                        <dd>{move || long_date(t.get(), &d)}</dd>
                                    })}
                                    <dt>{move || t.get().certificate_issuer}</dt>
                                    <dd>{c.issuer.clone()}", "{c.clinic.clone()}</dd>
                                </dl>
                                <div class="certificate__body" lang="sv"><p>{c.body.clone()}</p></div>
                                <p class="field__hint">{move || t.get().certificate_swedish_note}</p>
                                <p><a class="button" href=certificate_pdf_path(c.id) download="" rel="external">{move || t.get().certificate_download}</a></p>
                            }.into_any()
                        }
                        Ok(None) => view! {
                            <h1>{move || t.get().certificates}</h1>
                            <p>{move || t.get().certificate_not_found}</p>
                        }.into_any(),
                        Err(_) => view! { <ErrorPage /> }.into_any(),
                    }
                })}
            </Suspense>
        }})}
    }
}
