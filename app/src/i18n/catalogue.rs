/// Declares the catalogue struct with one `&'static str` per key, and `entries()`
/// so tests can check every text at once.
macro_rules! catalogue {
    ($($key:ident),* $(,)?) => {
        /// Every UI text of one language. Paragraphs within a text are separated by a blank line.
        pub struct Texts {
            $(pub $key: &'static str,)*
        }

        impl Texts {
            /// All `(key, text)` pairs.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$((stringify!($key), self.$key)),*]
            }
        }
    };
}

catalogue! {
    site_name,
    site_tagline,
    skip_to_content,
    search_label,
    search_button,
    find_care,
    log_in,
    header_links_label,
    main_nav_label,
    switch_language,
    seek_care,
    seek_care_hint,
    booking,
    booking_hint,
    renewal,
    renewal_hint,
    timeline,
    timeline_hint,
    inbox,
    inbox_hint,
    certificates,
    certificates_hint,
    needs_login,
    start_title,
    start_lead,
    errands_heading,
    footer_label,
    accessibility_title,
    accessibility_body,
    fraud_title,
    fraud_body,
    fraud_sms_caption,
    fraud_sms_text,
    about_title,
    about_body,
    not_found_title,
    not_found_body,
    error_title,
    error_body,
    back_to_start,
    section_what_it_is,
    section_symptoms,
    section_self_care,
    section_seek_care,
    section_at_the_clinic,
    care_emergency,
    care_advice_line,
    care_health_centre,
    care_self_care,
    reviewed_label,
    months,
    only_in_swedish,
    book_for_condition,
    book_for_condition_hint,
    health_advice_title,
    health_advice_lead,
    health_advice_more,
    rules_title,
    rules_lead,
    cookies_title,
    cookies_body,
    loading,
}
