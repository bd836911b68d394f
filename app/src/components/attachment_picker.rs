//! Choosing files to attach (DOMAIN.md §6). Without JavaScript it is a plain file input in a
//! `multipart/form-data` form: the files go with the form and come back as kept (a hidden
//! `bilaga` id each) or refused with why; a kept file is taken off by ticking "Ta bort" and
//! continuing. With JavaScript each chosen file is checked here first (size, how many), then
//! uploaded at once to `POST /bilagor` with a progress bar of its own, and can be taken off
//! with a button. The server decides again either way.

use leptos::prelude::*;
use samla_model::Lang;
use samla_model::attachment::{ACCEPT, size_text};

use crate::api::attachments::{AttachmentItem, Refused};
use crate::i18n::{labels::refusal_text, texts};

/// The file input's name, as the server reads it.
pub const FILE_FIELD: &str = "fil";

#[derive(Clone, Debug, PartialEq)]
enum State {
    Kept {
        id: i64,
        size: String,
    },
    /// Percent sent (only in the browser: the server never renders an upload under way).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Uploading(RwSignal<u32>),
    Refused(String),
}

#[derive(Clone, Debug, PartialEq)]
struct Entry {
    key: u32,
    name: String,
    state: State,
}

/// `context`: the form's own fields the upload needs (`mottagning` and `tjanst`, or
/// `arende`), so the server can tell whether this form takes files.
#[island(lazy)]
pub fn AttachmentPicker(
    lang: Lang,
    input_id: String,
    kept: Vec<AttachmentItem>,
    refused: Vec<Refused>,
    context: Vec<(String, String)>,
) -> impl IntoView {
    let t = texts(lang);
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let mut next_key = 0;
    let mut initial = Vec::new();
    for file in kept {
        initial.push(Entry {
            key: next_key,
            name: file.name,
            state: State::Kept {
                id: file.id,
                size: size_text(file.size, lang == Lang::Sv),
            },
        });
        next_key += 1;
    }
    for file in refused {
        initial.push(Entry {
            key: next_key,
            name: file.name,
            state: State::Refused(refusal_text(t, file.why).to_owned()),
        });
        next_key += 1;
    }
    let entries = RwSignal::new(initial);
    let keys = StoredValue::new(next_key);
    let input = NodeRef::<leptos::html::Input>::new();
    let hint_id = format!("{input_id}-hint");
    let has_refused =
        entries.with_untracked(|e| e.iter().any(|e| matches!(e.state, State::Refused(_))));
    let on_change = move |_| {
        let Some(input) = input.get_untracked() else {
            return;
        };
        choose(&input, entries, keys, lang, &context);
    };
    let list = move || {
        entries
            .get()
            .into_iter()
            .map(|entry| entry_view(entry, entries, input, interactive, lang))
            .collect_view()
    };
    view! {
        <div class=if has_refused { "field field--error attachments" } else { "field attachments" }
            data-interactive=move || interactive.get().then_some("")>
            <label for=input_id.clone()>{t.attachments_label}</label>
            <span class="field__hint" id=hint_id.clone()>{t.attachments_hint}</span>
            <ul class="attachment-list" aria-live="polite">{list}</ul>
            <input id=input_id type="file" name=FILE_FIELD multiple accept=ACCEPT
                aria-describedby=hint_id node_ref=input on:change=on_change />
        </div>
    }
}

fn entry_view(
    entry: Entry,
    entries: RwSignal<Vec<Entry>>,
    input: NodeRef<leptos::html::Input>,
    interactive: RwSignal<bool>,
    lang: Lang,
) -> impl IntoView {
    let t = texts(lang);
    let key = entry.key;
    let name = entry.name.clone();
    match entry.state {
        State::Kept { id, size } => {
            let remove = move |_| {
                discard(id);
                entries.update(|e| e.retain(|e| e.key != key));
                // Focus goes back to where files are chosen, not lost with the button.
                if let Some(input) = input.get_untracked() {
                    let _ = input.focus();
                }
            };
            let check_id = format!("ta-bort-{id}");
            view! {
                <li class="attachment">
                    <input type="hidden" name="bilaga" value=id.to_string() />
                    <span class="attachment__name">{name.clone()}</span>" "
                    <span class="attachment__size">"("{size}")"</span>
                    <span class="attachment__remove" hidden=move || interactive.get()>
                        <input type="checkbox" id=check_id.clone() name="ta-bort" value=id.to_string() />
                        <label for=check_id>{t.attachment_remove}<span class="visually-hidden">" "{name.clone()}</span></label>
                    </span>
                    <button type="button" class="link-button attachment__remove" hidden=move || !interactive.get() on:click=remove>
                        {t.attachment_remove}<span class="visually-hidden">" "{name}</span>
                    </button>
                </li>
            }
            .into_any()
        }
        State::Uploading(progress) => view! {
            <li class="attachment">
                <span class="attachment__name">{name.clone()}</span>" "
                <progress max="100" value=move || progress.get().to_string()
                    aria-label=t.attachment_uploading.replace("{name}", &name)>
                    {move || format!("{} %", progress.get())}
                </progress>
            </li>
        }
        .into_any(),
        State::Refused(message) => view! {
            <li class="attachment attachment--refused">
                <span class="field__error">{name}": "{message}</span>
            </li>
        }
        .into_any(),
    }
}

/// The files just chosen: each checked here, then uploaded.
#[cfg(feature = "hydrate")]
fn choose(
    input: &web_sys::HtmlInputElement,
    entries: RwSignal<Vec<Entry>>,
    keys: StoredValue<u32>,
    lang: Lang,
    context: &[(String, String)],
) {
    use samla_model::attachment::{CITIZEN_FILES_MAX, FILE_MAX, Refusal};
    let t = texts(lang);
    let Some(files) = input.files() else { return };
    // Refusals of earlier choices make way for this one's.
    entries.update(|e| e.retain(|e| !matches!(e.state, State::Refused(_))));
    for index in 0..files.length() {
        let Some(file) = files.get(index) else {
            continue;
        };
        let key = keys.get_value();
        keys.set_value(key + 1);
        let name = file.name();
        let taken = entries.with_untracked(|e| {
            e.iter()
                .filter(|e| !matches!(e.state, State::Refused(_)))
                .count()
        });
        let refusal = if taken >= CITIZEN_FILES_MAX {
            Some(Refusal::TooMany)
        } else if file.size() > FILE_MAX as f64 {
            Some(Refusal::TooLarge)
        } else if file.size() == 0.0 {
            Some(Refusal::Empty)
        } else {
            None
        };
        if let Some(why) = refusal {
            entries.update(|e| {
                e.push(Entry {
                    key,
                    name,
                    state: State::Refused(refusal_text(t, why).to_owned()),
                })
            });
            continue;
        }
        let progress = RwSignal::new(0);
        entries.update(|e| {
            e.push(Entry {
                key,
                name: name.clone(),
                state: State::Uploading(progress),
            })
        });
        let kept: Vec<i64> = entries.with_untracked(|e| {
            e.iter()
                .filter_map(|e| match e.state {
                    State::Kept { id, .. } => Some(id),
                    _ => None,
                })
                .collect()
        });
        upload(
            &file,
            context,
            &kept,
            progress,
            move |outcome| {
                // The page may have moved on meanwhile: then there is nothing to update.
                entries.try_update(|e| {
                    if let Some(entry) = e.iter_mut().find(|e| e.key == key) {
                        match outcome {
                            Ok((id, name, size)) => {
                                entry.name = name;
                                entry.state = State::Kept { id, size };
                            }
                            Err(message) => entry.state = State::Refused(message),
                        }
                    }
                });
            },
            lang,
        );
    }
    // The files went up on their own: the form must not send them again.
    input.set_value("");
}

#[cfg(not(feature = "hydrate"))]
fn choose(
    _input: &leptos::web_sys::HtmlInputElement,
    _entries: RwSignal<Vec<Entry>>,
    _keys: StoredValue<u32>,
    _lang: Lang,
    _context: &[(String, String)],
) {
}

#[cfg(feature = "hydrate")]
type Outcome = Result<(i64, String, String), String>;

/// Posts one file with the form's context; `done` gets the kept file (id, name, size) or
/// the server's sentence on why not.
#[cfg(feature = "hydrate")]
fn upload(
    file: &web_sys::File,
    context: &[(String, String)],
    kept: &[i64],
    progress: RwSignal<u32>,
    done: impl FnOnce(Outcome) + 'static,
    lang: Lang,
) {
    use wasm_bindgen::{JsCast, closure::Closure};
    let t = texts(lang);
    let failed = t.attachment_failed.to_owned();
    let Ok(xhr) = web_sys::XmlHttpRequest::new() else {
        return done(Err(failed));
    };
    let Ok(form) = web_sys::FormData::new() else {
        return done(Err(failed));
    };
    for (name, value) in context {
        let _ = form.append_with_str(name, value);
    }
    for id in kept {
        let _ = form.append_with_str("bilaga", &id.to_string());
    }
    let _ = form.append_with_blob_and_filename(FILE_FIELD, file, &file.name());
    if xhr
        .open("POST", crate::api::attachments::UPLOAD_PATH)
        .is_err()
    {
        return done(Err(failed));
    }
    let on_progress =
        Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |event: web_sys::ProgressEvent| {
            if event.length_computable() && event.total() > 0.0 {
                let _ = progress.try_set((event.loaded() / event.total() * 100.0).floor() as u32);
            }
        });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    let answered = xhr.clone();
    let on_end = Closure::once_into_js(move || {
        let text = answered.response_text().ok().flatten().unwrap_or_default();
        let status = answered.status().unwrap_or(0);
        let mut lines = text.lines();
        let outcome = match (status, lines.next().and_then(|id| id.parse().ok())) {
            (201, Some(id)) => Ok((
                id,
                lines.next().unwrap_or_default().to_owned(),
                lines.next().unwrap_or_default().to_owned(),
            )),
            (413, _) if text.is_empty() || !text.contains(':') => {
                Err(refusal_text(t, samla_model::attachment::Refusal::TooLarge).to_owned())
            }
            (_, _) if !text.is_empty() && (400..500).contains(&status) => Err(text),
            _ => Err(failed),
        };
        done(outcome);
    });
    xhr.set_onloadend(Some(on_end.unchecked_ref()));
    if xhr.send_with_opt_form_data(Some(&form)).is_err() {
        return;
    }
    // The progress callback lives as long as the upload; the browser drops it after.
    on_progress.forget();
}

/// Takes a pending file off on the server (the list has already let it go).
#[cfg(feature = "hydrate")]
fn discard(id: i64) {
    if let Ok(xhr) = web_sys::XmlHttpRequest::new()
        && xhr
            .open("POST", &crate::api::attachments::discard_path(id))
            .is_ok()
    {
        let _ = xhr.send();
    }
}

#[cfg(not(feature = "hydrate"))]
fn discard(_id: i64) {}
