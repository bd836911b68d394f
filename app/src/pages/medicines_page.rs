//! `/forny-recept` — "Mina läkemedel": the medicines taken now, each with what is left and a
//! way to renew it, and the earlier prescriptions of five years. Under 16 (and for a guardian
//! acting for a child) the list is not shown (DOMAIN.md §4): the page says so and leads to
//! writing to the clinic instead.

use leptos::prelude::*;
use samla_model::medicines::{ListHidden, RENEWAL_ESERVICE};

use crate::api::cases::new_case_href;
use crate::api::medicines::{
    MEDICINES_PATH, MedicineItem, MedicinesView, my_medicines, renew_path,
};
use crate::components::{page_meta::PageMeta, personal::viewer_or_login};
use crate::i18n::{date::long_date, labels::list_hidden_text, use_texts};
use crate::pages::error_page::ErrorPage;

#[component]
pub fn MedicinesPage() -> impl IntoView {
    let t = use_texts();
    let viewer = viewer_or_login();
    view! {
        <PageMeta title=move || t.get().medicines_title description=move || t.get().medicines_lead canonical=MEDICINES_PATH />
        {viewer.map(|_| {
            let list = Resource::new(|| (), |_| my_medicines());
            view! {
                <h1>{move || t.get().medicines_title}</h1>
                <Suspense fallback=move || view! { <p>{move || t.get().loading}</p> }>
                    {move || Suspend::new(async move {
                        match list.await {
                            Ok(MedicinesView { hidden: Some(hidden), clinics, .. }) => view! { <Hidden hidden clinics /> }.into_any(),
                            Ok(view) => view! { <List items=view.items /> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
        })}
    }
}

/// Why there is no list, and where to write instead.
#[component]
fn Hidden(hidden: ListHidden, clinics: Vec<(String, String)>) -> impl IntoView {
    let t = use_texts();
    let why = move || list_hidden_text(t.get(), hidden);
    view! {
        <p class="notice">{why}</p>
        <ul class="entry__links">
            {clinics.into_iter().map(|(hsa, name)| view! {
                <li><a href=new_case_href(&hsa, RENEWAL_ESERVICE)>{move || t.get().renewal}": "{name}</a></li>
            }).collect_view()}
            <li><a href="/hitta-vard">{move || t.get().medicines_find_clinic}</a></li>
        </ul>
    }
}

#[component]
fn List(items: Vec<MedicineItem>) -> impl IntoView {
    let t = use_texts();
    let (current, earlier): (Vec<_>, Vec<_>) = items.into_iter().partition(|m| m.current);
    let none = current.is_empty() && earlier.is_empty();
    view! {
        <p class="lead">{move || t.get().medicines_lead}</p>
        {none.then(|| view! { <p>{move || t.get().medicines_none}</p> })}
        {(!current.is_empty()).then(|| view! {
            <section aria-labelledby="medicines-current">
                <h2 id="medicines-current">{move || t.get().medicines_current}</h2>
                <ul class="card-list">
                    {current.into_iter().map(|m| view! { <li><Current m /></li> }.into_any()).collect_view()}
                </ul>
            </section>
        }.into_any())}
        {(!earlier.is_empty()).then(|| view! { <Earlier items=earlier /> }.into_any())}
    }
}

/// A medicine taken now: dosage, who prescribed it, what is left, and "Förnya".
#[component]
fn Current(m: MedicineItem) -> impl IntoView {
    let t = use_texts();
    let name = m.name();
    let heading = name.clone();
    view! {
        <article class="medicine" aria-label=name.clone()>
            <h3 class="medicine__name">{heading}</h3>
            {m.due.then(|| view! { <p class="medicine__due">{move || t.get().medicine_due}</p> })}
            <p>{m.dosage.clone()}</p>
            <dl class="facts">
                <dt>{move || t.get().medicine_withdrawals_left}</dt>
                <dd>{m.withdrawals_left}</dd>
                {m.runs_out.clone().map(|d| view! {
                    <dt>{move || t.get().medicine_runs_out}</dt>
                    <dd>{move || long_date(t.get(), &d)}</dd>
                })}
                <dt>{move || t.get().medicine_valid_until}</dt>
                <dd>{let d = m.valid_until.clone(); move || long_date(t.get(), &d)}</dd>
                <dt>{move || t.get().medicine_prescriber}</dt>
                <dd>{m.prescriber.clone()}</dd>
                <dt>{move || t.get().medicine_clinic}</dt>
                <dd>{m.clinic.clone()}</dd>
            </dl>
            <Renew m=m.clone() />
        </article>
    }
    .into_any()
}

/// "Förnya" (naming the medicine for screen readers), or why it cannot be done here.
#[component]
fn Renew(m: MedicineItem) -> impl IntoView {
    let t = use_texts();
    let name = m.name();
    if m.renewable {
        view! {
            <a class="button" href=renew_path(m.id)>
                {move || t.get().medicine_renew}<span class="visually-hidden">" "{name}</span>
            </a>
        }
        .into_any()
    } else {
        view! { <p>{move || t.get().medicine_not_renewable}</p> }.into_any()
    }
}

/// The prescriptions of five years that are no longer taken, as a table.
#[component]
fn Earlier(items: Vec<MedicineItem>) -> impl IntoView {
    let t = use_texts();
    view! {
        <section aria-labelledby="medicines-earlier">
            <h2 id="medicines-earlier">{move || t.get().medicines_earlier}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="medicines-earlier">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t.get().event_medicine}</th>
                            <th scope="col">{move || t.get().medicine_written}</th>
                            <th scope="col">{move || t.get().medicine_prescriber}</th>
                            <th scope="col">{move || t.get().medicine_clinic}</th>
                            <th scope="col"><span class="visually-hidden">{move || t.get().medicine_renew}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {items.into_iter().map(|m| {
                            let written = m.written.clone();
                            let renew = m.renewable.then(|| {
                                let name = m.name();
                                view! { <a href=renew_path(m.id)>{move || t.get().medicine_renew}<span class="visually-hidden">" "{name}</span></a> }.into_any()
                            });
                            view! {
                                <tr>
                                    <th scope="row">{m.name()}<br /><span class="muted">{m.dosage.clone()}</span></th>
                                    <td>{move || long_date(t.get(), &written)}</td>
                                    <td>{m.prescriber.clone()}</td>
                                    <td>{m.clinic.clone()}</td>
                                    <td>{renew}</td>
                                </tr>
                            }.into_any()
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
