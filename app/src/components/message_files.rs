//! A message's files, each linked to its preview page (DOMAIN.md §6: the preview comes before
//! any download): in a case's thread and on a message from the inbox.

use leptos::prelude::*;
use samla_model::attachment::size_text;

use crate::api::attachments::{AttachmentItem, attachment_path};
use crate::i18n::{use_lang, use_texts};

/// A message's files, each to its preview page (the preview comes before any download).
#[component]
pub fn MessageFiles(files: Vec<AttachmentItem>) -> impl IntoView {
    let t = use_texts();
    let lang = use_lang().get_untracked();
    (!files.is_empty()).then(|| {
        let items = files
            .into_iter()
            .map(|f| {
                view! {
                    <li>
                        <a href=attachment_path(f.id)>{f.name}</a>" "
                        <span class="attachment__size">"("{size_text(f.size, lang == samla_model::Lang::Sv)}")"</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <div class="thread__files">
                <h3 class="thread__files-heading">{move || t.get().attachments_heading}</h3>
                <ul class="attachment-list">{items}</ul>
            </div>
        }
    })
}
