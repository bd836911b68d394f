//! The Samla web server: configuration, start-up, middleware and routes around the Leptos app.

pub mod assets;
pub mod attachment_routes;
pub mod case_forms;
pub mod case_jobs;
pub mod catalogue_refresh;
pub mod certificate_pdf;
pub mod config;
pub mod form_upload;
pub mod health;
pub mod message_page;
pub mod notifier;
pub mod oidc;
mod own_read;
mod page_context;
mod rerender;
pub mod router;
pub mod security;
pub mod seo;
mod server_fn_status;
pub mod session_cache;
pub mod settings_form;
pub mod staff_eservice_form;
pub mod staff_forms;
pub mod staff_invitation_form;
pub mod staff_oidc;
mod staff_recipient;
pub mod staff_send;
pub mod startup;
pub mod state;
pub mod test_clinic;
pub mod viewer;
pub mod work_queue;

pub use config::Config;
pub use router::{build_router, with_middleware};
pub use state::AppState;
