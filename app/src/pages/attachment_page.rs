//! `/bilagor/:id` — a file's preview (DOMAIN.md §6: the citizen first sees a preview, and may
//! download from there). Images are shown in the page; a PDF in the browser's own viewer,
//! framed from the same origin. Only the person the case is about gets here; the read is in
//! the access log.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use samla_model::attachment::size_text;

use crate::api::attachments::{download_path, file_path, my_attachment};
use crate::api::cases::{CASES_PATH, case_path};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{date::long_date, use_lang, use_texts};
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};

#[component]
pub fn AttachmentPage() -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    view! {
        <PageMeta title=move || t.get().attachment_title description=move || t.get().attachment_preview_lead canonical=CASES_PATH />
        {viewer.map(|_| {
            let file = Resource::new(move || id, |id| async move {
                match id { Some(id) => my_attachment(id).await, None => Ok(None) }
            });
            view! {
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    let view = match file.await {
                        Ok(Some(view)) => view,
                        Ok(None) => return view! { <NotFoundPage /> }.into_any(),
                        Err(_) => return view! { <ErrorPage /> }.into_any(),
                    };
                    let item = view.item.clone();
                    let date = view.date.clone();
                    let name = item.name.clone();
                    let preview = if item.kind.is_image() {
                        let alt = t.get().attachment_image_alt.replace("{name}", &name);
                        view! { <img class="preview__image" src=file_path(item.id) alt=alt /> }.into_any()
                    } else {
                        let title = t.get().attachment_pdf_title.replace("{name}", &name);
                        view! { <iframe class="preview__pdf" src=file_path(item.id) title=title></iframe> }.into_any()
                    };
                    view! {
                        {view.case_id.map(|case_id| view! {
                            <p class="breadcrumb"><a href=case_path(case_id)>{move || t.get().attachment_back}": "{view.case_subject.clone()}</a></p>
                        })}
                        <h1>{name.clone()}</h1>
                        <p class="lead">{move || t.get().attachment_preview_lead}</p>
                        {view.case_id.is_none().then(|| view! { <p class="notice" role="note">{move || t.get().attachment_pending}</p> })}
                        <dl class="facts">
                            <dt>{move || t.get().attachment_kind}</dt>
                            <dd>{item.kind.label()}</dd>
                            <dt>{move || t.get().attachment_size}</dt>
                            <dd>{size_text(item.size, lang == samla_model::Lang::Sv)}</dd>
                            <dt>{move || t.get().attachment_date}</dt>
                            <dd>{move || long_date(t.get(), &date)}</dd>
                        </dl>
                        <div class="preview">{preview}</div>
                        {(!item.kind.is_image()).then(|| view! { <p class="field__hint">{move || t.get().attachment_pdf_fallback}</p> })}
                        <p><a class="button" href=download_path(item.id) download=name>{move || t.get().attachment_download}</a></p>
                    }
                    .into_any()
                })}
            </Suspense>
        }})}
    }
}
