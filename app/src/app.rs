//! The HTML shell and the one site: header, routes, footer.

use leptos::{nonce::use_nonce, prelude::*};
use leptos_meta::{HashedStylesheet, Html, MetaTags, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::i18n::provide_i18n;
use crate::lazy_pages::*;
use crate::page_load_fallback::GUARD_SCRIPT;
use crate::pages::{error_page::ErrorPage, not_found_page::NotFoundPage, start_page::StartPage};
use crate::route_chunks::PREFETCH_SCRIPT;

/// The document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <script nonce=use_nonce() inner_html=GUARD_SCRIPT></script>
                <script nonce=use_nonce() inner_html=PREFETCH_SCRIPT></script>
                // Hydration starts when the browser is idle, after the first paint: the text is
                // painted at once instead of after the wasm has compiled (LCP on slow phones).
                <HydrationScripts options defer=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Leptos's own record of the lazy routes a page used, shadowed so it stays empty: the
    // chunks it would preload are named by `route_chunks` instead, reliably (see there).
    #[cfg(feature = "ssr")]
    provide_context(leptos::PrefetchLazyFn::default());
    let lang = provide_i18n();
    view! {
        <Html attr:lang=move || lang.get().code() />
        <Router>
            <SiteHeader />
            <main id="main" class="page" tabindex="-1">
                <ErrorBoundary fallback=|_| view! { <ErrorPage /> }>
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=StartPage />
                        <Route path=path!("/tillganglighet") view={Lazy::<AccessibilityRoute>::new()} />
                        <Route path=path!("/falska-sms") view={Lazy::<FraudSmsRoute>::new()} />
                        <Route path=path!("/om-samla") view={Lazy::<AboutRoute>::new()} />
                        <Route path=path!("/kakor") view={Lazy::<CookiesRoute>::new()} />
                        <Route path=path!("/soka-vard") view={Lazy::<SeekCareRoute>::new()} />
                        // Pages with data render completely before they are sent: they must
                        // work without JavaScript, which out-of-order streaming would need.
                        <Route path=path!("/halsa") view={Lazy::<HealthAdviceRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/artikel/:slug") view={Lazy::<ArticleRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/regler-och-rattigheter") view={Lazy::<RulesIndexRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/regler-och-rattigheter/:slug") view={Lazy::<RuleRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/sok") view={Lazy::<SearchRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/hitta-vard") view={Lazy::<FindCareRoute>::new()} ssr=SsrMode::Async />
                        <Route path=path!("/mottagning/:hsa_id") view={Lazy::<ClinicRoute>::new()} ssr=SsrMode::Async />
                    </Routes>
                </ErrorBoundary>
            </main>
            <SiteFooter />
        </Router>
    }
}
