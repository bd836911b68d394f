//! The HTML shell and the one site: header, routes, footer.

use leptos::{nonce::use_nonce, prelude::*};
use leptos_meta::{HashedStylesheet, Html, MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::components::{site_footer::SiteFooter, site_header::SiteHeader};
use crate::i18n::provide_i18n;
use crate::navigation_guard::GUARD_SCRIPT;
use crate::pages::{
    about_page::AboutPage, access_log_page::AccessLogPage, accessibility_page::AccessibilityPage,
    article_page::ArticlePage, attachment_page::AttachmentPage,
    booking_cancel_page::BookingCancelPage, booking_confirm_page::BookingConfirmPage,
    booking_detail_page::BookingDetailPage, booking_page::BookingPage, case_page::CasePage,
    cases_page::CasesPage, certificate_page::CertificatePage, certificates_page::CertificatesPage,
    clinic_page::ClinicPage, cookies_page::CookiesPage, error_page::ErrorPage,
    find_care_page::FindCarePage, fraud_sms_page::FraudSmsPage,
    health_advice_page::HealthAdvicePage, inbox_page::InboxPage, invitation_page::InvitationPage,
    journal_page::JournalPage, logged_out_page::LoggedOutPage, login_page::LoginPage,
    login_wait_page::LoginWaitPage, medicines_page::MedicinesPage, message_page::MessagePage,
    new_case_page::NewCasePage, not_found_page::NotFoundPage, proxy_page::ProxyPage,
    renew_page::RenewPage, rules_page::RulePage, rules_page::RulesIndexPage,
    search_page::SearchPage, seek_care_page::SeekCarePage, settings_page::SettingsPage,
    start_page::StartPage, test_eid_done_page::TestEidDonePage,
    test_eid_identify_page::TestEidIdentifyPage, test_eid_page::TestEidPage,
    timeline_page::TimelinePage,
};
use crate::staff::{
    ClinicCasesPage, EServicePage, EServicesPage, MyCasesPage, RolesPage, SendCasePage,
    StaffCasePage, StaffHomePage, StaffInvitationsPage, StaffLoginPage, TemplatePage,
    TemplatesPage, TimesPage, WithdrawTimePage, header::StaffHeader, is_staff_path,
};

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
                // Islands: the page is complete HTML; the browser loads the wasm when idle and
                // hydrates only the `#[island]` components. The islands router fetches the next
                // page's HTML on a click or a form and patches the document in place.
                <HydrationScripts options islands=true islands_router=true />
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
    let lang = provide_i18n();
    view! {
        <Html attr:lang=move || lang.get().code() />
        <Router>
            <Header />
            <main id="main" class="page" tabindex="-1">
                <ErrorBoundary fallback=|_| view! { <ErrorPage /> }>
                    <Routes fallback=|| view! { <NotFoundPage /> }>
                        <Route path=path!("/") view=StartPage ssr=SsrMode::Async />
                        <Route path=path!("/tillganglighet") view=AccessibilityPage />
                        <Route path=path!("/falska-sms") view=FraudSmsPage />
                        <Route path=path!("/om-samla") view=AboutPage />
                        <Route path=path!("/kakor") view=CookiesPage />
                        <Route path=path!("/soka-vard") view=SeekCarePage />
                        // Pages with data render completely before they are sent: they must
                        // work without JavaScript, which out-of-order streaming would need.
                        <Route path=path!("/halsa") view=HealthAdvicePage ssr=SsrMode::Async />
                        <Route path=path!("/artikel/:slug") view=ArticlePage ssr=SsrMode::Async />
                        <Route path=path!("/regler-och-rattigheter") view=RulesIndexPage ssr=SsrMode::Async />
                        <Route path=path!("/regler-och-rattigheter/:slug") view=RulePage ssr=SsrMode::Async />
                        <Route path=path!("/sok") view=SearchPage ssr=SsrMode::Async />
                        <Route path=path!("/hitta-vard") view=FindCarePage ssr=SsrMode::Async />
                        <Route path=path!("/mottagning/:hsa_id") view=ClinicPage ssr=SsrMode::Async />
                        // The logged-in part and the login (DOMAIN.md §2).
                        <Route path=path!("/logga-in") view=LoginPage />
                        <Route path=path!("/logga-in/vantar") view=LoginWaitPage ssr=SsrMode::Async />
                        <Route path=path!("/utloggad") view=LoggedOutPage />
                        <Route path=path!("/test-e-legitimation") view=TestEidPage />
                        <Route path=path!("/test-e-legitimation/identifiera") view=TestEidIdentifyPage ssr=SsrMode::Async />
                        <Route path=path!("/test-e-legitimation/klart") view=TestEidDonePage />
                        <Route path=path!("/inkorg") view=InboxPage ssr=SsrMode::Async />
                        <Route path=path!("/inkorg/:id") view=MessagePage ssr=SsrMode::Async />
                        <Route path=path!("/arenden") view=CasesPage ssr=SsrMode::Async />
                        <Route path=path!("/arenden/nytt") view=NewCasePage ssr=SsrMode::Async />
                        <Route path=path!("/arenden/:id") view=CasePage ssr=SsrMode::Async />
                        <Route path=path!("/bilagor/:id") view=AttachmentPage ssr=SsrMode::Async />
                        <Route path=path!("/boka-tid") view=BookingPage ssr=SsrMode::Async />
                        <Route path=path!("/boka-tid/bekrafta") view=BookingConfirmPage ssr=SsrMode::Async />
                        <Route path=path!("/bokningar/:id") view=BookingDetailPage ssr=SsrMode::Async />
                        <Route path=path!("/bokningar/:id/avboka") view=BookingCancelPage ssr=SsrMode::Async />
                        <Route path=path!("/kallelser/:id") view=InvitationPage ssr=SsrMode::Async />
                        <Route path=path!("/handelser") view=TimelinePage ssr=SsrMode::Async />
                        <Route path=path!("/forny-recept") view=MedicinesPage ssr=SsrMode::Async />
                        <Route path=path!("/forny-recept/:id") view=RenewPage ssr=SsrMode::Async />
                        <Route path=path!("/intyg") view=CertificatesPage ssr=SsrMode::Async />
                        <Route path=path!("/journalen") view=JournalPage ssr=SsrMode::Async />
                        <Route path=path!("/intyg/:id") view=CertificatePage ssr=SsrMode::Async />
                        <Route path=path!("/installningar") view=SettingsPage ssr=SsrMode::Async />
                        <Route path=path!("/installningar/vem-har-last") view=AccessLogPage ssr=SsrMode::Async />
                        <Route path=path!("/ombud") view=ProxyPage ssr=SsrMode::Async />
                        // The staff tool (DOMAIN.md §7): its own header and session.
                        <Route path=path!("/personal") view=StaffHomePage />
                        <Route path=path!("/personal/logga-in") view=StaffLoginPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/arenden") view=ClinicCasesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/mina-arenden") view=MyCasesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/arenden/:id") view=StaffCasePage ssr=SsrMode::Async />
                        <Route path=path!("/personal/mallar") view=TemplatesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/skicka") view=SendCasePage ssr=SsrMode::Async />
                        <Route path=path!("/personal/mallar/:id") view=TemplatePage ssr=SsrMode::Async />
                        <Route path=path!("/personal/e-tjanster") view=EServicesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/kallelser") view=StaffInvitationsPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/tider") view=TimesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/behorigheter") view=RolesPage ssr=SsrMode::Async />
                        <Route path=path!("/personal/tider/:id") view=WithdrawTimePage ssr=SsrMode::Async />
                        <Route path=path!("/personal/e-tjanster/:id") view=EServicePage ssr=SsrMode::Async />
                    </Routes>
                </ErrorBoundary>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The citizens' header, or on the staff tool's pages its own.
#[component]
fn Header() -> impl IntoView {
    let path = leptos_router::hooks::use_location()
        .pathname
        .get_untracked();
    if is_staff_path(&path) {
        view! { <StaffHeader /> }.into_any()
    } else {
        view! { <SiteHeader /> }.into_any()
    }
}
