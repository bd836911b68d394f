//! `/logga-in?next=` — choose the e-ID (BankID or Freja eID+) and where it is (this device or
//! another, by QR code); `next` is where the citizen lands afterwards (checked by `safe_next`,
//! decoded once, by the query parser). A plain form: works without JavaScript.

use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_query_map;
use samla_model::login::{LoginDevice, LoginMethod, Viewer};
use samla_model::next_path::safe_next;

use crate::api::login::StartLogin;
use crate::components::{error_summary::ErrorSummary, page_meta::PageMeta};
use crate::i18n::{labels::method_name, use_texts};

#[component]
pub fn LoginPage() -> impl IntoView {
    let t = use_texts();
    let query = use_query_map().get_untracked();
    let next = query
        .get("next")
        .and_then(|n| safe_next(&n).map(str::to_owned))
        .unwrap_or_else(|| "/".into());
    let problems = match query.get("fel").as_deref() {
        Some("val") => vec![("login-method-bankid", t.get().login_bad_choice)],
        Some("oidc") => vec![("login-method-bankid", t.get().login_oidc_refused)],
        Some("oidc-gammal") => vec![("login-method-bankid", t.get().login_oidc_stale)],
        Some("for-manga") => vec![("login-method-bankid", t.get().login_too_many)],
        Some("avbruten") => vec![("login-method-bankid", t.get().login_oidc_cancelled)],
        Some(_) => vec![("login-method-bankid", t.get().login_unavailable)],
        None => vec![],
    };
    let already = use_context::<Viewer>().map(|_| {
        let next = next.clone();
        view! {
            <p class="notice">{move || t.get().login_already}" "<a href=next>{move || t.get().login_go_on}</a></p>
        }
    });
    let radio = move |name: &'static str,
                      id: &'static str,
                      value: &'static str,
                      checked: bool,
                      label: String| {
        view! {
            <div class="choice">
                <input type="radio" id=id name=name value=value checked=checked />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <PageMeta title=move || t.get().log_in description=move || t.get().login_lead canonical="/logga-in" />
        <h1>{move || t.get().log_in}</h1>
        <ErrorSummary problems />
        {already}
        <p class="lead">{move || t.get().login_lead}</p>
        {test_idp_on().then(|| view! { <p class="notice">{move || t.get().login_test_notice}</p> })}
        <form class="login-form" method="post" action=StartLogin::url()>
            <input type="hidden" name="next" value=next />
            <fieldset class="choices">
                <legend>{move || t.get().login_method_legend}</legend>
                {radio("eid", "login-method-bankid", LoginMethod::BankId.code(), true, method_name(LoginMethod::BankId).into())}
                {radio("eid", "login-method-freja", LoginMethod::Freja.code(), false, method_name(LoginMethod::Freja).into())}
            </fieldset>
            <fieldset class="choices">
                <legend>{move || t.get().login_device_legend}</legend>
                {radio("device", "login-device-this", LoginDevice::ThisDevice.code(), true, t.get().login_this_device.into())}
                {radio("device", "login-device-other", LoginDevice::OtherDevice.code(), false, t.get().login_other_device.into())}
            </fieldset>
            <p class="login-form__consent">{move || t.get().login_consent}</p>
            <button class="button" type="submit">{move || t.get().login_continue}</button>
        </form>
    }
}

/// Whether the test identity provider is on (it says so on the login page; its app's pages
/// exist only then). Pages render on the server only.
pub fn test_idp_on() -> bool {
    #[cfg(feature = "ssr")]
    {
        crate::api::login::test_idp_enabled()
    }
    #[cfg(not(feature = "ssr"))]
    {
        false
    }
}
