//! `/journalen?sida=` — the journal, read-only: care contacts (their notes with medical words
//! explained in place), lab results by analysis (what it measures, the range, a chart and the
//! values as a table), vaccinations. Plain links page the care contacts.

mod labs;
mod note;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use samla_model::records::ContactKind;

use crate::api::journal::{ContactItem, JOURNAL_PATH, VaccinationItem, journal_href, my_journal};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{date::long_date, event_labels::contact_label, use_texts};
use crate::pages::error_page::ErrorPage;
use labs::Labs;
use note::Note;

#[component]
pub fn JournalPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    let page: u64 = use_query_map()
        .get_untracked()
        .get("sida")
        .and_then(|p| p.parse().ok())
        .unwrap_or(1);
    view! {
        <PageMeta title=move || t.get().resource_journal description=move || t.get().journal_lead canonical=JOURNAL_PATH />
        {viewer.map(|_| {
            let journal = Resource::new(move || page, my_journal);
            view! {
                <h1>{move || t.get().resource_journal}</h1>
                <p class="lead">{move || t.get().journal_lead}</p>
                <nav class="kind-filter" aria-label=move || t.get().journal_parts>
                    <ul>
                        <li><a href="#journal-contacts">{move || t.get().events_show_visit}</a></li>
                        <li><a href="#journal-labs">{move || t.get().events_show_lab}</a></li>
                        <li><a href="#journal-vaccinations">{move || t.get().events_show_vaccination}</a></li>
                    </ul>
                </nav>
                <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                    {move || Suspend::new(async move {
                        let Ok(j) = journal.await else { return view! { <ErrorPage /> }.into_any() };
                        view! {
                            <Contacts items=j.contacts page=j.page more=j.more />
                            <Labs series=j.labs />
                            <Vaccinations items=j.vaccinations />
                        }
                        .into_any()
                    })}
                </Suspense>
            }
        })}
    }
}

#[component]
fn Contacts(items: Vec<ContactItem>, page: u64, more: bool) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="journal-contacts">
            <h2 id="journal-contacts">{move || t.get().events_show_visit}</h2>
            {items.is_empty().then(|| view! { <p>{move || t.get().events_none}</p> })}
            <ol class="journal-notes">
                {items.into_iter().map(|c| {
                    let date = c.date.clone();
                    let how = ContactKind::from_code(&c.kind);
                    view! {
                        <li class="journal-note">
                            <h3 class="journal-note__title">
                                {move || long_date(t.get(), &date)}": "{move || how.map(|k| contact_label(t.get(), k)).unwrap_or_default()}
                            </h3>
                            <p class="journal-note__meta">{c.caregiver.clone()}", "{c.clinic.clone()}</p>
                            <p lang="sv"><strong>{c.reason.clone()}</strong></p>
                            <Note text=c.note.clone() />
                            {(!c.diagnosis_text.is_empty()).then(|| view! {
                                <p>{move || t.get().event_diagnosis}": "<span lang="sv">{c.diagnosis_text.clone()}</span>" ("{c.diagnosis_code.clone()}")"</p>
                            })}
                        </li>
                    }.into_any()
                }).collect_view()}
            </ol>
            <nav class="week-pager" aria-label=move || t.get().journal_pages_label>
                {(page > 1).then(|| view! { <a href=journal_href(page - 1) data-full-load="">{move || t.get().journal_newer}</a> })}
                {more.then(|| view! { <a rel="next" href=journal_href(page + 1) data-full-load="">{move || t.get().journal_older}</a> })}
            </nav>
        </section>
    }
}

#[component]
fn Vaccinations(items: Vec<VaccinationItem>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="journal-vaccinations">
            <h2 id="journal-vaccinations">{move || t.get().events_show_vaccination}</h2>
            {items.is_empty().then(|| view! { <p>{move || t.get().events_none}</p> })}
            {(!items.is_empty()).then(|| view! {
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="journal-vaccinations">
                    <table class="data-table">
                        <thead><tr>
                            <th scope="col">{move || t.get().journal_date}</th>
                            <th scope="col">{move || t.get().event_vaccination}</th>
                            <th scope="col">{move || t.get().journal_against}</th>
                            <th scope="col">{move || t.get().medicine_clinic}</th>
                        </tr></thead>
                        <tbody>
                            {items.into_iter().map(|v| {
                                let date = v.date.clone();
                                view! {
                                    <tr>
                                        <td>{move || long_date(t.get(), &date)}</td>
                                        <th scope="row">{v.vaccine.clone()}<br /><span class="muted">{v.dose.clone()}</span></th>
                                        <td lang="sv">{v.against.clone()}</td>
                                        <td>{v.clinic.clone()}</td>
                                    </tr>
                                }.into_any()
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any())}
        </section>
    }
}
