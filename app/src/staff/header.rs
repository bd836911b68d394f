//! The staff tool's header: the same design as the citizens', its own navigation — the lists
//! the member's roles give — who is logged in, at which clinic, and "Logga ut".

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_location;
use samla_model::staff::{StaffRole, StaffViewer};

use super::admin_api::ROLES_PATH;
use super::api::{
    CLINIC_CASES_PATH, MY_CASES_PATH, SEND_CASE_PATH, STAFF_PATH, StaffLogOut, TEMPLATES_PATH,
};
use super::eservice_api::ESERVICES_PATH;
use super::invitation_api::STAFF_INVITATIONS_PATH;
use super::texts::StaffTexts;
use super::times_api::TIMES_PATH;
use super::use_staff_texts;
use crate::components::language_switch::LanguageSwitch;

pub fn role_name(t: &StaffTexts, role: StaffRole) -> &'static str {
    match role {
        StaffRole::Receiver => t.role_receiver,
        StaffRole::Handler => t.role_handler,
        StaffRole::Admin => t.role_admin,
    }
}

#[component]
pub fn StaffHeader() -> impl IntoView {
    let t = use_staff_texts();
    let skip = crate::i18n::use_texts().get().skip_to_content;
    let viewer = use_context::<StaffViewer>();
    let here = use_location().pathname.get_untracked();
    let link = move |path: &'static str, label: &'static str| {
        let current = here.starts_with(path);
        view! {
            <li><a class="main-nav__link" href=path aria-current=current.then_some("page")>{label}</a></li>
        }
    };
    view! {
        <a class="skip-link" href="#main" target="_self">{skip}</a>
        <header class="site-header site-header--staff">
            <div class="site-header__bar">
                <a class="brand" href=STAFF_PATH>{t.tool_name}</a>
                {viewer.clone().map(|v| {
                    let roles = v.roles.iter().map(|r| role_name(t, *r)).collect::<Vec<_>>().join(", ");
                    view! {
                        <div class="header-links">
                            <span class="header-links__user">
                                <span class="visually-hidden">{t.logged_in_as}" "</span>
                                {v.name()}", "{roles}" "{t.roles_at}" "{v.clinic_name.clone()}
                            </span>
                            <form class="header-links__logout" method="post" action=StaffLogOut::url() data-full-load="">
                                <button class="header-links__link header-links__button" type="submit">{t.log_out}</button>
                            </form>
                        </div>
                    }
                })}
                <LanguageSwitch />
            </div>
            {viewer.map(|v| view! {
                <nav class="main-nav" aria-label=t.nav_label>
                    <ul class="main-nav__list">
                        {v.has(StaffRole::Receiver).then(|| link(CLINIC_CASES_PATH, t.clinic_cases))}
                        {v.has(StaffRole::Handler).then(|| link(MY_CASES_PATH, t.my_cases))}
                        {v.sees_cases().then(|| link(SEND_CASE_PATH, t.send_title))}
                        {v.sees_cases().then(|| link(STAFF_INVITATIONS_PATH, t.invitations))}
                        {v.manages_times().then(|| link(TIMES_PATH, t.times))}
                        {link(TEMPLATES_PATH, t.templates_title)}
                        {v.has(StaffRole::Admin).then(|| link(ESERVICES_PATH, t.eservices))}
                        {v.has(StaffRole::Admin).then(|| link(ROLES_PATH, t.roles))}
                    </ul>
                </nav>
            })}
        </header>
    }
}
