//! The staff tool (`/personal/…`, DOMAIN.md §7): its server functions, words, header and
//! pages. Server-rendered pages and plain forms only — no island — so none of it is in the
//! citizens' browser bundle.

pub mod admin_api;
mod admin_page;
mod admin_texts;
mod answer_form;
pub mod api;
mod case_page;
mod cases_page;
pub mod eservice_api;
mod eservice_texts;
mod eservices_page;
mod gate;
pub mod header;
pub mod invitation_api;
mod invitation_texts;
mod invitations_page;
mod login_page;
mod send_page;
mod templates_page;
pub mod texts;
pub mod times_api;
mod times_page;
mod times_texts;

pub use admin_page::RolesPage;
pub use case_page::StaffCasePage;
pub use cases_page::{ClinicCasesPage, MyCasesPage, StaffHomePage};
pub use eservices_page::{EServicePage, EServicesPage};
pub use invitations_page::StaffInvitationsPage;
pub use login_page::StaffLoginPage;
pub use send_page::SendCasePage;
pub use templates_page::{TemplatePage, TemplatesPage};
pub use times_page::{TimesPage, WithdrawTimePage};

/// Whether `path` belongs to the staff tool (its own header and session).
pub fn is_staff_path(path: &str) -> bool {
    path == api::STAFF_PATH || path.starts_with("/personal/")
}

/// The staff tool's words in the page's language.
pub fn use_staff_texts() -> &'static texts::StaffTexts {
    use leptos::prelude::GetUntracked;
    texts::staff_texts(crate::i18n::use_lang().get_untracked())
}
