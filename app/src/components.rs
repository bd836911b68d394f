//! Shared UI pieces: the one header, navigation and footer every page has.

pub mod errands;
pub mod language_switch;
pub mod main_nav;
pub mod prose;
pub mod search_form;
pub mod site_footer;
pub mod site_header;
