//! The UI text catalogues: one per language, one term per concept (`shared/GLOSSARY.md`).
//! A missing key in either language is a compile error.

mod catalogue;
mod context;
mod en;
mod sv;
#[cfg(test)]
mod tests;

pub use catalogue::Texts;
pub use context::{provide_i18n, use_lang, use_texts};
use samla_model::Lang;

/// The catalogue for a language.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &sv::SV,
        Lang::En => &en::EN,
    }
}
