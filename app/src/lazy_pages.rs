//! Every routed page but the start page, as a lazy route: its code is split out of the main
//! WebAssembly bundle into a chunk of its own, loaded (and prefetched, `route_chunks`) only
//! where the page is shown. Growth of one page then costs the other pages nothing.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};

use crate::pages::{
    about_page::AboutPage, accessibility_page::AccessibilityPage, article_page::ArticlePage,
    clinic_page::ClinicPage, cookies_page::CookiesPage, find_care_page::FindCarePage,
    fraud_sms_page::FraudSmsPage, health_advice_page::HealthAdvicePage, rules_page::RulePage,
    rules_page::RulesIndexPage, search_page::SearchPage, seek_care_page::SeekCarePage,
};

/// `lazy_page!(Route => Page)`: the lazy route `Route` that shows the component `Page`. The
/// page's data is loaded by the page itself, as before: on the server it is rendered with the
/// page, and in the browser the page's chunk and data load together on the first visit.
macro_rules! lazy_page {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        pub struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                Self
            }

            fn view(_this: Self) -> AnyView {
                #[cfg(feature = "ssr")]
                crate::route_chunks::name_chunks_of(stringify!($route));
                $page().into_any()
            }
        }
    )*};
}

lazy_page! {
    AboutRoute => AboutPage,
    AccessibilityRoute => AccessibilityPage,
    ArticleRoute => ArticlePage,
    ClinicRoute => ClinicPage,
    CookiesRoute => CookiesPage,
    FindCareRoute => FindCarePage,
    FraudSmsRoute => FraudSmsPage,
    HealthAdviceRoute => HealthAdvicePage,
    RuleRoute => RulePage,
    RulesIndexRoute => RulesIndexPage,
    SearchRoute => SearchPage,
    SeekCareRoute => SeekCarePage,
}
