//! The site's cookies: reading one from a `Cookie` header, and the secret ones of the login.
//! The `__Host-` prefix makes the browser insist on Secure, Path=/ and no Domain, so no other
//! site or subdomain can set or read them.

/// The login session's id (`samla_domain::sessions`).
pub const SESSION: &str = "__Host-samla-session";
/// The staff tool's session id (`samla_domain::staff::sessions`): a cookie of its own, so a
/// staff session never serves the citizens' pages nor a citizen's the staff tool.
pub const STAFF_SESSION: &str = "__Host-samla-staff";
/// Binds a started login order to this browser (`samla_domain::test_idp`).
pub const LOGIN: &str = "__Host-samla-login";

/// The value of cookie `name` in a `Cookie` request header.
pub fn value<'a>(header: &'a str, name: &str) -> Option<&'a str> {
    header
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(n, _)| n.trim() == name)
        .map(|(_, v)| v.trim())
}

/// `Set-Cookie` for a secret: HttpOnly (no script reads it), Secure, SameSite=Lax, for the
/// whole site, kept for `max_age` seconds (a session cookie of the browser when `None`).
pub fn set_secret(name: &str, value: &str, max_age: Option<i64>) -> String {
    let age = max_age
        .map(|s| format!("; Max-Age={s}"))
        .unwrap_or_default();
    format!("{name}={value}; Path=/; HttpOnly; Secure; SameSite=Lax{age}")
}

/// `Set-Cookie` that removes cookie `name`.
pub fn remove(name: &str) -> String {
    set_secret(name, "", Some(0))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_cookie_is_found_by_its_exact_name() {
        let header = "samla_lang=en; __Host-samla-session=abc ; x__Host-samla-login=no";
        assert_eq!(super::value(header, super::SESSION), Some("abc"));
        assert_eq!(super::value(header, super::LOGIN), None);
        assert_eq!(super::value(header, "samla_lang"), Some("en"));
    }

    #[test]
    fn secrets_are_http_only_secure_and_lax() {
        assert_eq!(
            super::set_secret(super::SESSION, "abc", None),
            "__Host-samla-session=abc; Path=/; HttpOnly; Secure; SameSite=Lax"
        );
        assert!(super::remove(super::LOGIN).ends_with("Max-Age=0"));
    }
}
