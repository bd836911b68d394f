//! All routes and the middleware around them.

use axum::{
    Router,
    http::{HeaderValue, StatusCode, header::CONTENT_TYPE},
    middleware::{from_fn, from_fn_with_state},
    response::{IntoResponse, Response},
    routing::get,
};
use std::sync::OnceLock;

use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list};
use samla_app::{App, shell};
use tower_http::{
    catch_panic::CatchPanicLayer,
    compression::{CompressionLayer, CompressionLevel},
};

use crate::{
    AppState, assets, health, page_context::page_context, security, seo, server_fn_status,
    settings_form, viewer, work_queue::take_turns,
};

pub fn build_router(state: AppState) -> Router {
    with_middleware(routes(&state), state)
}

/// Every route: health, sitemap, robots, the bundle, server functions and pages.
fn routes(state: &AppState) -> Router<AppState> {
    let context = page_context(state.clone());
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/sitemap.xml", get(seo::sitemap))
        .route("/robots.txt", get(seo::robots))
        .nest_service("/pkg", assets::pkg_service(&state.leptos_options))
        .route(crate::oidc::START_PATH, get(crate::oidc::start))
        .route(crate::oidc::CALLBACK_PATH, get(crate::oidc::callback))
        .route(crate::staff_oidc::START_PATH, get(crate::staff_oidc::start))
        .route(
            crate::staff_oidc::CALLBACK_PATH,
            get(crate::staff_oidc::callback),
        )
        .route(
            samla_app::api::settings::SETTINGS_PATH,
            axum::routing::post(settings_form::post),
        )
        .route(
            samla_app::api::cases::NEW_CASE_PATH,
            axum::routing::post(crate::case_forms::new_case),
        )
        .route(
            "/arenden/{id}/svar",
            axum::routing::post(crate::case_forms::reply),
        )
        .route(
            crate::attachment_routes::UPLOAD_PATH,
            axum::routing::post(crate::attachment_routes::upload),
        )
        .route(
            "/bilagor/{id}/ta-bort",
            axum::routing::post(crate::attachment_routes::discard),
        )
        .route("/bilagor/{id}/fil", get(crate::attachment_routes::file))
        .route(
            crate::certificate_pdf::PATH,
            get(crate::certificate_pdf::get),
        )
        .route(crate::message_page::PATH, get(crate::message_page::get))
        .route(
            crate::staff_forms::ANSWER_PATH,
            axum::routing::post(crate::staff_forms::answer),
        )
        .route(crate::staff_forms::FILE_PATH, get(crate::staff_forms::file))
        .route(
            samla_app::staff::api::SEND_CASE_PATH,
            axum::routing::post(crate::staff_send::send),
        )
        .route(
            crate::staff_forms::NEW_TEMPLATE_PATH,
            axum::routing::post(crate::staff_forms::new_template),
        )
        .route(
            crate::staff_forms::TEMPLATE_PATH,
            axum::routing::post(crate::staff_forms::edit_template),
        )
        .route(
            crate::staff_eservice_form::PATH,
            axum::routing::post(crate::staff_eservice_form::save),
        )
        .route(
            samla_app::staff::invitation_api::STAFF_INVITATIONS_PATH,
            axum::routing::post(crate::staff_invitation_form::post),
        )
        .merge(crate::test_clinic::routes(state))
        .leptos_routes_with_context(state, page_routes(), context.clone(), move || {
            shell(options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
}

/// The page routes Leptos serves: all but those with a route of their own above.
fn page_routes() -> Vec<AxumRouteListing> {
    route_list()
        .iter()
        .filter(|route| route.path() != crate::message_page::PATH)
        .cloned()
        .collect()
}

/// The page routes, generated once per process. Generating runs the whole app with resource
/// loading suppressed by a process-wide flag (leptos#4773), so a page rendered by another
/// router meanwhile would wait forever; every router waits here until the one generation ends.
fn route_list() -> &'static [AxumRouteListing] {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App))
}

/// The middleware around `routes`, innermost first. The panic catcher sits inside the
/// security headers, so a panic page carries the same CSP and nosniff as any other.
pub fn with_middleware(routes: Router<AppState>, state: AppState) -> Router {
    routes
        .layer(from_fn_with_state(state.clone(), viewer::identify))
        .layer(from_fn(server_fn_status::caller_errors_are_400))
        .layer(from_fn_with_state(
            security::login_limit::LoginLimit::new(state.config.login_limit),
            security::login_limit::limit_login_attempts,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            security::same_origin::reject_cross_site,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            security::body_limit::limit_body,
        ))
        .layer(CatchPanicLayer::custom(|_| panic_page()))
        .layer(from_fn_with_state(
            state.clone(),
            security::headers::security_headers,
        ))
        .layer(from_fn(security::csp::content_security_policy))
        .layer(CompressionLayer::new().quality(CompressionLevel::Precise(5)))
        .layer(from_fn_with_state(state.work_queue.clone(), take_turns))
        .with_state(state)
}

/// A friendly page when rendering panicked; the language is unknown here, so both are shown.
fn panic_page() -> Response {
    let (sv, en) = (
        samla_app::i18n::texts(samla_model::Lang::Sv),
        samla_app::i18n::texts(samla_model::Lang::En),
    );
    let body = format!(
        "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>{} – Samla</title>\
         <link rel=\"stylesheet\" href=\"/pkg/samla.css\"></head><body><main class=\"page\">\
         <h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p>\
         <h2 lang=\"en\">{}</h2><p lang=\"en\">{}</p></main></body></html>",
        sv.error_title,
        sv.error_title,
        sv.error_body,
        sv.back_to_start,
        en.error_title,
        en.error_body
    );
    let mut response = (StatusCode::INTERNAL_SERVER_ERROR, body).into_response();
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    response
}
