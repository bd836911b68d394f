//! The chosen language as a reactive value shared by the whole page.

use leptos::prelude::*;
use samla_model::Lang;

use super::{Texts, texts};

#[derive(Clone, Copy)]
struct LangContext(RwSignal<Lang>);

/// Provides the page's language: on the server from the request's cookie; in the browser
/// from what the server rendered into `<html lang>`, so hydration sees the same choice.
pub fn provide_i18n() -> RwSignal<Lang> {
    let lang = RwSignal::new(initial_lang());
    provide_context(LangContext(lang));
    lang
}

pub fn use_lang() -> RwSignal<Lang> {
    expect_context::<LangContext>().0
}

/// The texts of the current language. A handle on the app-wide language signal (not a signal
/// of its own), so closures holding it stay valid after the component that made them is gone.
#[derive(Clone, Copy)]
pub struct UiTexts {
    #[cfg(not(feature = "ssr"))]
    lang: RwSignal<Lang>,
    /// On the server a request's language never changes, and leptos_meta evaluates the
    /// `<title>` text after rendering, outside the request's reactive arena (on whichever
    /// thread the task then runs): reading a signal there panics. So the server reads a value.
    #[cfg(feature = "ssr")]
    lang: Lang,
}

impl UiTexts {
    /// The catalogue; in the browser tracked: a closure that calls this re-runs when the
    /// language changes.
    pub fn get(self) -> &'static Texts {
        #[cfg(not(feature = "ssr"))]
        return texts(self.lang.get());
        #[cfg(feature = "ssr")]
        return texts(self.lang);
    }
}

pub fn use_texts() -> UiTexts {
    #[cfg(not(feature = "ssr"))]
    return UiTexts { lang: use_lang() };
    #[cfg(feature = "ssr")]
    return UiTexts {
        lang: use_lang().get_untracked(),
    };
}

#[cfg(feature = "ssr")]
fn initial_lang() -> Lang {
    use_context::<http::request::Parts>()
        .map(|parts| {
            Lang::from_cookie_headers(
                parts
                    .headers
                    .get_all(http::header::COOKIE)
                    .iter()
                    .filter_map(|value| value.to_str().ok()),
            )
        })
        .unwrap_or_default()
}

#[cfg(not(feature = "ssr"))]
fn initial_lang() -> Lang {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}
