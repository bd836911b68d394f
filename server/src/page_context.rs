//! Context every rendered page and server function gets.

use axum::http::request::Parts;
use leptos::{nonce::Nonce, prelude::*};
use samla_app::api::{
    cases::{NewCaseSubmission, ReplySubmission},
    settings::SettingsSubmission,
};
use samla_app::staff::api::{StaffAnswerSubmission, StaffSendSubmission, TemplateSubmission};
use samla_app::staff::eservice_api::EServiceSubmission;
use samla_app::staff::invitation_api::InvitationSubmission;
use samla_model::{login::Viewer, staff::StaffViewer};

use crate::{AppState, security::csp::RequestNonce};

/// Provides the database, the catalogue's indexes, the login settings and who is logged in to
/// pages and server functions, and the request's nonce (set by the CSP middleware) for Leptos
/// to put on its scripts — replacing the one leptos_axum made up.
pub fn page_context(state: AppState) -> impl Fn() + Clone + Send + Sync + 'static {
    move || {
        provide_context(state.db.clone());
        provide_context(state.catalogue.clone());
        provide_context(state.reads.clone());
        provide_context(samla_domain::test_idp::Enabled(state.config.test_idp));
        provide_context(samla_app::api::login::OidcLogin(state.oidc.is_some()));
        provide_context(samla_app::staff::api::SithsLogin(state.siths.is_some()));
        provide_context(state.config.session);
        provide_context(samla_app::components::page_meta::SiteOrigin(
            state.config.site_origin(),
        ));
        let parts = use_context::<Parts>();
        if let Some(RequestNonce(nonce)) = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<RequestNonce>().cloned())
        {
            provide_context(Nonce::from_value(nonce));
        }
        // Who is logged in, as the session middleware (`viewer`) found.
        if let Some(viewer) = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<Viewer>().cloned())
        {
            provide_context(viewer);
        }
        // The staff tool's member, on its own paths only (`viewer::identify_staff`).
        if let Some(staff) = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<StaffViewer>().cloned())
        {
            provide_context(staff);
        }
        // A form with mistakes, to show again (`rerender`).
        if let Some(parts) = parts {
            provide_submission::<SettingsSubmission>(&parts);
            provide_submission::<NewCaseSubmission>(&parts);
            provide_submission::<ReplySubmission>(&parts);
            provide_submission::<StaffAnswerSubmission>(&parts);
            provide_submission::<TemplateSubmission>(&parts);
            provide_submission::<StaffSendSubmission>(&parts);
            provide_submission::<EServiceSubmission>(&parts);
            provide_submission::<InvitationSubmission>(&parts);
        }
    }
}

fn provide_submission<T: Clone + Send + Sync + 'static>(parts: &Parts) {
    if let Some(submitted) = parts.extensions.get::<T>().cloned() {
        provide_context(submitted);
    }
}
