//! The one header on every page, logged in or not.

use crate::api::settings::SETTINGS_PATH;
use leptos::{prelude::*, server_fn::ServerFn};
use leptos_router::hooks::use_location;
use samla_model::{login::Viewer, next_path::login_href};

use super::{
    language_switch::LanguageSwitch, main_nav::MainNav, search_form::SearchForm,
    session_timer::SessionTimer,
};
use crate::api::login::Logout;
use crate::api::proxy::StopActing;
use crate::i18n::{use_lang, use_texts};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_texts();
    // `target="_self"` keeps the router out: the browser's own jump to `#main` moves the focus
    // there, which the router's client-side navigation would not.
    view! {
        <a class="skip-link" href="#main" target="_self">{move || t.get().skip_to_content}</a>
        <header class="site-header">
            <ProxyBanner />
            <div class="site-header__bar">
                <a class="brand" href="/">{move || t.get().site_name}</a>
                <SearchForm lang=use_lang().get_untracked() />
                <nav class="header-links" aria-label=move || t.get().header_links_label>
                    <a class="header-links__link" href="/hitta-vard">{move || t.get().find_care}</a>
                    <Account />
                </nav>
                <LanguageSwitch />
            </div>
            <MainNav />
        </header>
    }
}

/// Logged in: the citizen's name, the inbox and "Logga ut" (a form: logging out changes
/// state on the server). Otherwise "Logga in", coming back to this page.
#[component]
fn Account() -> impl IntoView {
    let t = use_texts();
    match use_context::<Viewer>() {
        Some(viewer) => view! {
            <span class="header-links__user">
                <span class="visually-hidden">{move || t.get().logged_in_as}" "</span>{viewer.logged_in_name()}
            </span>
            <a class="header-links__link" href="/inkorg"><InboxLink /></a>
            <a class="header-links__link" href=SETTINGS_PATH>{move || t.get().settings_title}</a>
            <form class="header-links__logout" method="post" action=Logout::url() data-full-load="">
                <button class="header-links__link header-links__button" type="submit">{move || t.get().log_out}</button>
            </form>
            <SessionTimer lang=use_lang().get_untracked() seconds_left=seconds_left(viewer.expires_at) warn_secs=viewer.warn_secs />
        }
        .into_any(),
        None => {
            let here = use_location();
            let path = here.pathname.get_untracked();
            let href = if path.starts_with("/logga-in") || path.starts_with("/utloggad") || path == "/" {
                "/logga-in".to_owned()
            } else {
                login_href(&format!("{path}{}", here.search.get_untracked()))
            };
            view! {
                <a class="header-links__link header-links__link--login" href=href>
                    {move || t.get().log_in}
                </a>
            }
            .into_any()
        }
    }
}

/// In proxy mode, on every page: whom the guardian acts for, and one click back to their own
/// pages (a form: it changes the session on the server).
#[component]
fn ProxyBanner() -> impl IntoView {
    let t = use_texts();
    use_context::<Viewer>().filter(Viewer::is_proxy).map(|viewer| view! {
        <div class="proxy-banner">
            <p class="proxy-banner__text">
                {move || t.get().proxy_banner}" "<strong>{viewer.name()}</strong>
            </p>
            <form method="post" action=StopActing::url() data-full-load="">
                <button class="button button--secondary proxy-banner__back" type="submit">{move || t.get().proxy_back}</button>
            </form>
        </div>
    })
}

/// "Inkorg" with the number of unopened messages, in words for screen readers too. Blocking:
/// the page is sent with the number in it, so nothing moves when it arrives.
#[component]
fn InboxLink() -> impl IntoView {
    let t = use_texts();
    let unread = Resource::new_blocking(|| (), |_| crate::api::cases::unread_count());
    view! {
        {move || t.get().inbox}
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let count = unread.await.unwrap_or(0);
                (count > 0).then(|| view! {
                    " "<span class="badge">{count}<span class="visually-hidden">" "{move || t.get().inbox_unread_count}</span></span>
                })
            })}
        </Suspense>
    }
}

/// Seconds until `expires_at` (rendered on the server, so the browser's clock does not matter).
fn seconds_left(expires_at: i64) -> i64 {
    #[cfg(feature = "ssr")]
    {
        crate::api::session::seconds_left(expires_at)
    }
    #[cfg(not(feature = "ssr"))]
    {
        expires_at
    }
}
