//! `/inkorg/:id` — one message from care. Opening it records the read receipt the clinic sees;
//! a message that asks for an answer links to its case, where the citizen answers.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::api::cases::{INBOX_PATH, case_path, open_message};
use crate::components::{
    message_files::MessageFiles, page_meta::PageMeta, personal::viewer_or_login,
};
use crate::i18n::{date::long_date, labels::author_label, use_texts};
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage};

#[component]
pub fn MessagePage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let id: Option<i64> = use_params_map()
        .get_untracked()
        .get("id")
        .and_then(|id| id.parse().ok());
    view! {
        <PageMeta title=move || t.get().message_title description=move || t.get().inbox_lead canonical=INBOX_PATH />
        {viewer.map(|_| {
            let message = Resource::new(move || id, |id| async move {
                match id { Some(id) => open_message(id).await, None => Ok(None) }
            });
            view! {
            <p class="breadcrumb"><a href=INBOX_PATH>{move || t.get().inbox}</a></p>
            <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                {move || Suspend::new(async move {
                    let message = match message.await {
                        Ok(Some(message)) => message,
                        Ok(None) => return view! { <NotFoundPage /> }.into_any(),
                        Err(_) => return view! { <ErrorPage /> }.into_any(),
                    };
                    let date = message.date.clone();
                    let author = message.author;
                    view! {
                        <article class="message">
                            <h1>{message.subject}</h1>
                            <p class="message__meta">
                                {move || t.get().message_from}" "{message.author_name}", "{move || author_label(t.get(), author)}", "{message.clinic}
                                <br />
                                {move || long_date(t.get(), &date)}" "{move || t.get().access_time_at}" "{message.time}
                            </p>
                            <div class="message__body">
                                {message.body.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                            </div>
                            <MessageFiles files=message.files />
                        </article>
                        {if let Some(invitation) = message.invitation {
                            view! { <p><a class="button" href=crate::api::invitations::invitation_path(invitation)>{move || t.get().invitation_answer}</a></p> }.into_any()
                        } else if message.asks_reply && message.case_open {
                            view! {
                                <p class="notice" role="note">{move || t.get().message_asks_reply}</p>
                                <p><a class="button" href=case_path(message.case_id)>{move || t.get().message_answer}</a></p>
                            }.into_any()
                        } else {
                            view! { <p><a href=case_path(message.case_id)>{move || t.get().message_to_case}</a></p> }.into_any()
                        }}
                    }
                    .into_any()
                })}
            </Suspense>
        }})}
    }
}
