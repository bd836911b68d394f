//! Login links: which paths need login, and the `next` destination a login link keeps through
//! login — only ever a path on this site, never an open redirect.

/// The logged-in part of the site: these paths and everything under them need login. The one
/// list that the errands, the search results and robots.txt go by.
pub const PERSONAL_PATHS: [&str; 10] = [
    "/inkorg",
    "/arenden",
    "/boka-tid",
    "/bokningar",
    "/forny-recept",
    "/handelser",
    "/intyg",
    "/journalen",
    "/installningar",
    "/ombud",
];

/// Whether `path` (with or without a query) belongs to the logged-in part.
pub fn needs_login(path: &str) -> bool {
    let path = path.split(['?', '#']).next().unwrap_or_default();
    PERSONAL_PATHS.iter().any(|personal| {
        path.strip_prefix(personal)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    })
}

/// Where a link to `path` leads a visitor who is not logged in: through login for the
/// personal part, directly otherwise.
pub fn entry_href(path: &str) -> String {
    if needs_login(path) {
        login_href(path)
    } else {
        path.to_owned()
    }
}

/// `next` if it is a path on this site (starts with one `/`, no scheme, no backslash, no control
/// characters); `None` otherwise.
pub fn safe_next(raw: &str) -> Option<&str> {
    let ok = raw.starts_with('/')
        && !raw.starts_with("//")
        && !raw.contains('\\')
        && !raw.chars().any(char::is_control)
        && raw.len() <= 512;
    ok.then_some(raw)
}

/// The login link that lands on `next` afterwards.
pub fn login_href(next: &str) -> String {
    format!("/logga-in?next={}", percent_encode(next, b"/"))
}

/// `text` as a value in a query: every byte but letters, digits, `-_.~` and those in `keep`
/// as `%XX`.
pub fn percent_encode(text: &str, keep: &[u8]) -> String {
    let mut encoded = String::with_capacity(text.len() + 8);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                encoded.push(byte as char)
            }
            _ if keep.contains(&byte) => encoded.push(byte as char),
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_paths_are_kept() {
        assert_eq!(safe_next("/inkorg"), Some("/inkorg"));
        assert_eq!(
            safe_next("/boka-tid?mottagning=SE1"),
            Some("/boka-tid?mottagning=SE1")
        );
    }

    #[test]
    fn other_sites_are_refused() {
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "evil",
            "",
            "/a\nb",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_personal_part_needs_login_and_nothing_else_does() {
        for personal in [
            "/inkorg",
            "/inkorg/nytt",
            "/boka-tid?mottagning=SE1",
            "/installningar#avisering",
        ] {
            assert!(needs_login(personal), "{personal}");
        }
        for open in ["/", "/hitta-vard", "/inkorgen", "/halsa", "/artikel/inkorg"] {
            assert!(!needs_login(open), "{open}");
        }
        assert_eq!(entry_href("/intyg"), "/logga-in?next=/intyg");
        assert_eq!(entry_href("/hitta-vard"), "/hitta-vard");
    }

    #[test]
    fn login_links_encode_the_query_of_next() {
        assert_eq!(login_href("/inkorg"), "/logga-in?next=/inkorg");
        assert_eq!(
            login_href("/boka-tid?mottagning=SE1"),
            "/logga-in?next=/boka-tid%3Fmottagning%3DSE1"
        );
    }
}
