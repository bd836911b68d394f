//! Cross-site request forgery defence: Leptos has none of its own, so every state-changing
//! request that a browser marks as coming from another site is refused.

use axum::{
    extract::{Request, State},
    http::{HeaderMap, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::AppState;

pub async fn reject_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && is_cross_site(request.headers(), state.config.public_origin.as_deref()) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        return (
            StatusCode::FORBIDDEN,
            "Anropet kom från en annan webbplats och stoppades.\n\
             The request came from another website and was refused.\n",
        )
            .into_response();
    }
    next.run(request).await
}

/// True when the browser says the request comes from another origin. Requests without
/// `Origin` and `Sec-Fetch-Site` (non-browser clients) cannot be forged by a web page.
pub fn is_cross_site(headers: &HeaderMap, public_origin: Option<&str>) -> bool {
    let fetch_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    if let Some(site) = fetch_site
        && site != "same-origin"
        && site != "none"
    {
        return true;
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return false;
    };
    let Ok(origin) = origin.to_str() else {
        return true;
    };
    match public_origin {
        Some(expected) => origin != expected,
        None => {
            let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
            let origin_host = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            host.is_none() || origin_host != host
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_cross_site;
    use axum::http::HeaderMap;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (k.parse().unwrap(), v.parse().unwrap()))
            .collect()
    }

    #[test]
    fn another_origin_is_refused() {
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "https://evil.example"),
        ]);
        assert!(is_cross_site(&h, None));
    }

    #[test]
    fn own_origin_passes() {
        let h = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
        ]);
        assert!(!is_cross_site(&h, None));
    }

    #[test]
    fn null_origin_and_lookalike_hosts_are_refused() {
        let null = headers(&[("host", "samla.example"), ("origin", "null")]);
        assert!(is_cross_site(&null, None));
        let lookalike = headers(&[
            ("host", "samla.example"),
            ("origin", "https://samla.example.evil"),
        ]);
        assert!(is_cross_site(&lookalike, None));
    }

    #[test]
    fn fetch_metadata_cross_site_is_refused_even_without_origin() {
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            None
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            None
        ));
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            None
        ));
    }

    #[test]
    fn configured_public_origin_is_the_only_one_allowed() {
        let h = headers(&[
            ("host", "internal:3000"),
            ("origin", "https://samla.example"),
        ]);
        assert!(!is_cross_site(&h, Some("https://samla.example")));
        let h = headers(&[
            ("host", "internal:3000"),
            ("origin", "http://internal:3000"),
        ]);
        assert!(is_cross_site(&h, Some("https://samla.example")));
    }

    #[test]
    fn clients_without_browser_headers_pass() {
        assert!(!is_cross_site(&headers(&[("host", "samla.example")]), None));
    }
}
