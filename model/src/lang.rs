//! The portal's two languages and how the choice is remembered.

use serde::{Deserialize, Serialize};

/// A UI language. Swedish is the default; English is chosen by the citizen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// Name of the cookie that keeps the choice (a preference, so readable by scripts).
    pub const COOKIE: &'static str = "samla_lang";

    /// The BCP 47 code used in `<html lang>` and in the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// Parses a language code; anything unknown is `None` so callers decide the fallback.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Reads the choice from a `Cookie` request header; Swedish when absent or unknown.
    pub fn from_cookie_header(header: &str) -> Lang {
        crate::cookies::value(header, Self::COOKIE)
            .and_then(Lang::from_code)
            .unwrap_or_default()
    }

    /// The choice from a request's `Cookie` headers (a request may send several): the first
    /// that names a language other than the default.
    pub fn from_cookie_headers<'a>(headers: impl IntoIterator<Item = &'a str>) -> Lang {
        headers
            .into_iter()
            .map(Lang::from_cookie_header)
            .find(|lang| *lang != Lang::default())
            .unwrap_or_default()
    }

    /// The `Set-Cookie` value that remembers this choice for a year.
    pub fn set_cookie_value(self) -> String {
        format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            Self::COOKIE,
            self.code()
        )
    }

    /// The language a switch link offers.
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swedish_is_the_default() {
        assert_eq!(Lang::default(), Lang::Sv);
        assert_eq!(Lang::from_cookie_header(""), Lang::Sv);
    }

    #[test]
    fn reads_the_choice_among_other_cookies() {
        assert_eq!(
            Lang::from_cookie_header("a=1; samla_lang=en; b=2"),
            Lang::En
        );
        assert_eq!(Lang::from_cookie_header("samla_lang=sv"), Lang::Sv);
        assert_eq!(
            Lang::from_cookie_headers(["a=1", "samla_lang=en"]),
            Lang::En
        );
        assert_eq!(Lang::from_cookie_headers([]), Lang::Sv);
    }

    #[test]
    fn unknown_or_lookalike_cookies_fall_back_to_swedish() {
        assert_eq!(Lang::from_cookie_header("samla_lang=de"), Lang::Sv);
        assert_eq!(Lang::from_cookie_header("xsamla_lang=en"), Lang::Sv);
    }

    #[test]
    fn cookie_round_trips() {
        for lang in [Lang::Sv, Lang::En] {
            let set = lang.set_cookie_value();
            let pair = set.split(';').next().unwrap();
            assert_eq!(Lang::from_cookie_header(pair), lang);
            assert_eq!(lang.other().other(), lang);
        }
    }
}
