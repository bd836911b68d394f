//! `/personal/logga-in`: staff log in with SITHS; on a test installation they choose a member
//! of staff and the clinic to work at.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;

use super::api::{SITHS_START_PATH, SithsLogin, StaffLogIn, staff_personas};
use super::header::role_name;
use super::use_staff_texts;
use crate::components::page_meta::PageMeta;
use crate::pages::error_page::ErrorPage;

#[component]
pub fn StaffLoginPage() -> impl IntoView {
    let t = use_staff_texts();
    let query = use_query_map().get_untracked();
    // A refused test login (`nekad`), or the SITHS login's refusal (`fel`): no role, or
    // anything else about the card or the issuer.
    let refused = query.get("nekad").is_some() || query.get("fel").as_deref() == Some("ingen-roll");
    let siths_failed = query.get("fel").is_some_and(|f| f != "ingen-roll");
    let siths = use_context::<SithsLogin>().is_some_and(|on| on.0);
    let logged_out = query.get("utloggad").is_some();
    let personas = Resource::new(|| (), |_| staff_personas());
    view! {
        <PageMeta title=move || t.login_title description=move || t.login_lead />
        <h1>{t.login_title}</h1>
        {logged_out.then(|| view! { <p class="notice notice--success" role="status">{t.logged_out}</p> })}
        {refused.then(|| view! { <p class="notice notice--error" role="alert">{t.login_refused}</p> })}
        {siths_failed.then(|| view! { <p class="notice notice--error" role="alert">{t.login_siths_failed}</p> })}
        <p class="lead">{t.login_lead}</p>
        {siths.then(|| view! { <p><a class="button" href=SITHS_START_PATH data-full-load="">{t.login_siths}</a></p> })}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let Ok(personas) = personas.await else { return view! { <ErrorPage /> }.into_any() };
                if personas.is_empty() {
                    return (!siths).then(|| view! { <p>{t.login_not_set_up}</p> }).into_any();
                }
                view! {
                    <p>{t.login_test_lead}</p>
                    <ul class="child-list">
                        {personas.into_iter().flat_map(|p| {
                            let (name, title, hsa) = (p.name.clone(), p.title.clone(), p.hsa_id.clone());
                            p.clinics.into_iter().map(move |clinic| {
                                let (clinic_id, roles) = (clinic.id, clinic.roles);
                                let clinic = clinic.name;
                                let roles = roles.iter().map(|r| role_name(t, *r)).collect::<Vec<_>>().join(", ");
                                view! {
                                    <li class="child-list__item">
                                        <p class="child-list__name">
                                            <strong>{name.clone()}</strong>", "{title.clone()}<br />
                                            {roles}" "{t.roles_at}" "{clinic}
                                        </p>
                                        <form method="post" action=StaffLogIn::url() data-full-load="">
                                            <input type="hidden" name="hsa_id" value=hsa.clone() />
                                            <input type="hidden" name="clinic" value=clinic_id.to_string() />
                                            <button class="button" type="submit">{t.login_as}" "{name.clone()}</button>
                                        </form>
                                    </li>
                                }
                            }).collect::<Vec<_>>()
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </Suspense>
    }
}
