//! One routed page per file.

pub mod about_page;
pub mod access_log_page;
pub mod accessibility_page;
pub mod article_page;
pub mod clinic_page;
pub mod cookies_page;
pub mod error_page;
pub mod find_care_page;
pub mod fraud_sms_page;
pub mod health_advice_page;
pub mod inbox_page;
pub mod logged_out_page;
pub mod login_page;
pub mod login_wait_page;
pub mod not_found_page;
pub mod rules_page;
pub mod search_page;
pub mod seek_care_page;
pub mod settings_page;
pub mod start_page;
pub mod test_eid_done_page;
pub mod test_eid_identify_page;
pub mod test_eid_page;
mod text_page;
