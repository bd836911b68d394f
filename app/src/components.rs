//! Shared UI pieces: the one header, navigation and footer every page has.

pub mod attachment_picker;
pub mod booking_facts;
pub mod care_level_box;
pub mod errands;
pub mod error_summary;
pub mod lab_chart;
pub mod language_switch;
pub mod loaded_page;
pub mod main_nav;
pub mod markup_view;
pub mod message_files;
pub mod page_meta;
pub mod pager;
pub mod personal;
pub mod search_form;
pub mod session_timer;
pub mod site_footer;
pub mod site_header;
pub mod summary_list;
pub mod textarea_text;
