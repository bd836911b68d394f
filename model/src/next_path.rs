//! The `next` destination of a login link: kept through login, and only ever a path on this
//! site, never an open redirect.

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
    let mut encoded = String::with_capacity(next.len() + 8);
    for byte in next.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                encoded.push(byte as char)
            }
            _ => encoded.push_str(&format!("%{byte:02X}")),
        }
    }
    format!("/logga-in?next={encoded}")
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
    fn login_links_encode_the_query_of_next() {
        assert_eq!(login_href("/inkorg"), "/logga-in?next=/inkorg");
        assert_eq!(
            login_href("/boka-tid?mottagning=SE1"),
            "/logga-in?next=/boka-tid%3Fmottagning%3DSE1"
        );
    }
}
