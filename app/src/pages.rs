//! One routed page per file.

pub mod about_page;
pub mod accessibility_page;
pub mod article_page;
pub mod clinic_page;
pub mod cookies_page;
pub mod error_page;
pub mod find_care_page;
pub mod fraud_sms_page;
pub mod health_advice_page;
pub mod not_found_page;
pub mod rules_page;
pub mod search_page;
pub mod seek_care_page;
pub mod start_page;
mod text_page;
