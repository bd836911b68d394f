//! `/personal/behorigheter` — the clinic administrator's page (DOMAIN.md §7): everyone with a
//! role at the clinic, each role with "Ta bort"; a form to grant a role by HSA-id; a form to
//! activate another clinic. Plain forms; how it went comes back in the address.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::staff::StaffRole;

use super::admin_api::{
    HolderRow, StaffActivateClinic, StaffGrantRole, StaffRevokeRole, staff_roles,
};
use super::admin_texts::{AdminTexts, admin_texts};
use super::gate::staff_or_login;
use super::header::role_name;
use super::use_staff_texts;
use crate::components::{error_summary::ErrorSummary, page_meta::PageMeta};
use crate::pages::error_page::ErrorPage;

fn texts() -> &'static AdminTexts {
    admin_texts(crate::i18n::use_lang().get_untracked())
}

#[component]
pub fn RolesPage() -> impl IntoView {
    let t = texts();
    let viewer = staff_or_login();
    let query = use_query_map().get_untracked();
    let done = query.get("klart").and_then(|code| t.done(&code));
    let problem = query.get("fel").and_then(|code| t.problem(&code));
    view! {
        <PageMeta title=move || t.title description=move || t.lead />
        <h1>{t.title}</h1>
        {viewer.map(|viewer| {
            if !viewer.has(StaffRole::Admin) {
                return view! { <p>{t.only_admin}</p> }.into_any();
            }
            let found = Resource::new(|| (), |_| staff_roles());
            let summary: Vec<(&'static str, &'static str)> = problem.into_iter().collect();
            view! {
                <ErrorSummary problems=summary />
                {done.map(|d| view! { <p class="notice notice--success" role="status">{d}</p> })}
                <p class="lead">{t.lead}</p>
                <Suspense fallback=|| ()>
                    {move || Suspend::new(async move {
                        match found.await {
                            Ok(rows) => view! { <Holders rows /> }.into_any(),
                            Err(_) => view! { <ErrorPage /> }.into_any(),
                        }
                    })}
                </Suspense>
                <Grant problem=problem.filter(|(at, _)| *at == "grant-member").map(|(_, m)| m) />
                <Activate problem=problem.filter(|(at, _)| *at == "activate-clinic").map(|(_, m)| m) />
            }.into_any()
        })}
    }
}

#[component]
fn Holders(rows: Vec<HolderRow>) -> impl IntoView {
    let t = texts();
    let staff = use_staff_texts();
    view! {
        <h2 id="roles-title" tabindex="-1">{t.col_roles}</h2>
        <table class="case-table">
            <thead><tr><th scope="col">{t.col_member}</th><th scope="col">{t.col_roles}</th></tr></thead>
            <tbody>
                {rows.into_iter().map(|row| {
                    let roles = row.roles.iter().map(|role| {
                        let name = role_name(staff, *role);
                        view! {
                            <li>
                                {name}" "
                                <form class="inline-form" method="post" action=StaffRevokeRole::url() data-full-load="">
                                    <input type="hidden" name="hsa_id" value=row.hsa_id.clone() />
                                    <input type="hidden" name="role" value=role.code() />
                                    <button class="button button--secondary button--small" type="submit">
                                        {t.remove}<span class="visually-hidden">" "{name}", "{row.name.clone()}</span>
                                    </button>
                                </form>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        <tr>
                            <th scope="row">{row.name.clone()}<br /><span class="field__hint">{row.title}", "{row.hsa_id.clone()}</span></th>
                            <td><ul class="role-list">{roles}</ul></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn Grant(problem: Option<&'static str>) -> impl IntoView {
    let t = texts();
    let staff = use_staff_texts();
    view! {
        <section aria-labelledby="grant-title">
            <h2 id="grant-title">{t.grant_title}</h2>
            <form method="post" action=StaffGrantRole::url() novalidate data-full-load="">
                <div class=if problem.is_some() { "field field--error" } else { "field" }>
                    <label for="grant-member">{t.member_label}</label>
                    <span class="field__hint" id="grant-member-hint">{t.member_hint}</span>
                    {problem.map(|m| view! { <span class="field__error" id="grant-member-error">{m}</span> })}
                    <input id="grant-member" name="hsa_id" type="text" maxlength="64" autocomplete="off"
                        aria-invalid=problem.map(|_| "true")
                        aria-describedby=if problem.is_some() { "grant-member-hint grant-member-error" } else { "grant-member-hint" } />
                </div>
                <div class="field">
                    <label for="grant-role">{t.role_label}</label>
                    <select id="grant-role" name="role">
                        {[StaffRole::Receiver, StaffRole::Handler, StaffRole::Admin].into_iter().map(|r| view! {
                            <option value=r.code()>{role_name(staff, r)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button class="button" type="submit">{t.grant}</button>
            </form>
        </section>
    }
}

#[component]
fn Activate(problem: Option<&'static str>) -> impl IntoView {
    let t = texts();
    view! {
        <section aria-labelledby="activate-title">
            <h2 id="activate-title">{t.activate_title}</h2>
            <p class="field__hint">{t.activate_lead}</p>
            <form method="post" action=StaffActivateClinic::url() novalidate data-full-load="">
                <div class=if problem.is_some() { "field field--error" } else { "field" }>
                    <label for="activate-clinic">{t.clinic_label}</label>
                    {problem.map(|m| view! { <span class="field__error" id="activate-clinic-error">{m}</span> })}
                    <input id="activate-clinic" name="hsa_id" type="text" maxlength="64" autocomplete="off"
                        aria-invalid=problem.map(|_| "true") aria-describedby=problem.map(|_| "activate-clinic-error") />
                </div>
                <button class="button button--secondary" type="submit">{t.activate}</button>
            </form>
        </section>
    }
}
