//! The UI text catalogues: one per language, one term per concept (`docs/GLOSSARY.md`).
//! A missing key in either language is a compile error.

mod catalogue;
mod context;
pub mod date;
mod en;
pub mod event_labels;
pub mod labels;
mod sv;
#[cfg(test)]
mod tests;

pub use catalogue::Texts;
pub use context::{UiTexts, provide_i18n, use_lang, use_texts};
use samla_model::Lang;

/// A text chosen from the catalogue, so one piece of UI can name its text for every language.
pub type TextOf = fn(&Texts) -> &'static str;

/// The catalogue for a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &sv::SV,
        Lang::En => &en::EN,
    }
}
