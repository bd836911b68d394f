//! The whole router, called in process: pages, languages, health, and the security baseline.

mod support;

use axum::{Router, routing::get as route_get};
use axum::{
    body::Body,
    http::{Request, Response, StatusCode, header},
};
use support::{app, app_with, get, header_of, send, state_with, text};

fn language_post(origin: Option<&str>, accept: &str) -> Request<Body> {
    let mut request = Request::post("/api/set_language")
        .header(header::HOST, "127.0.0.1:3000")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, accept)
        .header(header::REFERER, "http://127.0.0.1:3000/om-samla");
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    request.body(Body::from("lang=en")).unwrap()
}

#[tokio::test]
async fn start_page_is_server_rendered_in_swedish_with_the_one_header() {
    let app = app().await;
    let response = get(&app, "/").await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = text(response).await;
    assert!(html.contains("<html lang=\"sv\""), "{html}");
    for expected in [
        "Hitta vård",
        "Logga in",
        "Sök på Samla",
        "Inkorg",
        "Boka tid",
        "Förnya recept",
        "Intyg",
        "Kommande och tidigare händelser",
        "Gå direkt till innehållet",
        "Tillgänglighetsredogörelse",
    ] {
        assert!(html.contains(expected), "missing {expected}");
    }
    assert!(
        html.contains("href=\"/logga-in?next=/inkorg\""),
        "inbox entry must keep its destination"
    );
    assert!(html.contains("<title>Vård och e-tjänster på ett ställe – Samla</title>"));
}

#[tokio::test]
async fn english_is_chosen_by_cookie() {
    let app = app().await;
    let request = Request::get("/")
        .header(header::COOKIE, "other=1; samla_lang=en")
        .body(Body::empty())
        .unwrap();
    let html = text(send(&app, request).await).await;
    assert!(html.contains("<html lang=\"en\""));
    assert!(html.contains("Find care") && html.contains("Inbox") && html.contains("På svenska"));
    assert!(!html.contains("Hitta vård"));
}

#[tokio::test]
async fn every_footer_page_renders() {
    let app = app().await;
    for (path, heading) in [
        ("/tillganglighet", "Tillgänglighetsredogörelse"),
        ("/falska-sms", "Så känner du igen falska sms och mejl"),
        ("/om-samla", "Om Samla"),
    ] {
        let response = get(&app, path).await;
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        assert!(
            text(response)
                .await
                .contains(&format!("<h1>{heading}</h1>")),
            "{path}"
        );
    }
    let fraud = text(get(&app, "/falska-sms").await).await;
    assert!(fraud.contains("Obs! Du kan inte svara på detta sms."));
}

#[tokio::test]
async fn unknown_pages_get_a_friendly_404_inside_the_site() {
    let app = app().await;
    let response = get(&app, "/finns-inte").await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let html = text(response).await;
    assert!(
        html.contains("Sidan finns inte")
            && html.contains("Hitta vård")
            && html.contains("Till startsidan")
    );
}

#[tokio::test]
async fn healthz_reports_the_database() {
    let app = app().await;
    let response = get(&app, "/healthz").await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(text(response).await, r#"{"status":"ok","database":"ok"}"#);
}

#[tokio::test]
async fn cross_site_posts_are_refused_and_same_site_posts_pass() {
    let app = app().await;
    let evil = send(&app, language_post(Some("https://evil.example"), "*/*")).await;
    assert_eq!(evil.status(), StatusCode::FORBIDDEN);
    assert!(evil.headers().get(header::SET_COOKIE).is_none());

    let own = send(&app, language_post(Some("http://127.0.0.1:3000"), "*/*")).await;
    assert_eq!(own.status(), StatusCode::OK);
    assert!(header_of(&own, "set-cookie").starts_with("samla_lang=en;"));
}

#[tokio::test]
async fn language_form_without_javascript_sets_the_cookie_and_returns_to_the_page() {
    let app = app().await;
    let response = send(
        &app,
        language_post(Some("http://127.0.0.1:3000"), "text/html"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::FOUND);
    assert!(header_of(&response, "location").starts_with("http://127.0.0.1:3000/om-samla"));
    assert!(header_of(&response, "set-cookie").starts_with("samla_lang=en;"));
}

#[tokio::test]
async fn an_unknown_language_is_refused_and_sets_nothing() {
    let app = app().await;
    let request = Request::post("/api/set_language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from("lang=xx"))
        .unwrap();
    let response = send(&app, request).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.headers().get(header::SET_COOKIE).is_none());
}

#[tokio::test]
async fn pages_carry_the_security_headers_and_a_fresh_nonce() {
    let app = app().await;
    let (first, second) = (get(&app, "/").await, get(&app, "/").await);
    let nonce = |r: &Response<Body>| {
        let csp = header_of(r, "content-security-policy");
        let start = csp.find("'nonce-").expect("page CSP has a nonce") + 7;
        csp[start..start + csp[start..].find('\'').unwrap()].to_owned()
    };
    let (n1, n2) = (nonce(&first), nonce(&second));
    assert_ne!(n1, n2, "each response gets its own nonce");
    let csp = header_of(&first, "content-security-policy").to_owned();
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
    assert_eq!(header_of(&first, "x-content-type-options"), "nosniff");
    assert_eq!(header_of(&first, "referrer-policy"), "same-origin");
    assert_eq!(header_of(&first, "x-frame-options"), "DENY");
    assert!(
        first.headers().get("strict-transport-security").is_none(),
        "no HSTS over plain HTTP"
    );
    // The hydration scripts carry exactly the nonce the header allows.
    let html = text(first).await;
    assert!(
        html.contains(&format!("nonce=\"{n1}\"")),
        "scripts must carry the header's nonce"
    );
}

#[tokio::test]
async fn hsts_is_sent_when_served_over_tls() {
    let app = app_with(&[("SAMLA_PUBLIC_ORIGIN", "https://samla.example")], false).await;
    let response = get(&app, "/healthz").await;
    assert!(header_of(&response, "strict-transport-security").starts_with("max-age="));
    assert!(header_of(&response, "content-security-policy").contains("default-src 'self'"));
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = app_with(&[("SAMLA_BODY_LIMIT", "1024")], false).await;
    let request = Request::post("/api/set_language")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, "4096")
        .body(Body::from(format!("lang=en&pad={}", "x".repeat(4085))))
        .unwrap();
    assert_eq!(
        send(&app, request).await.status(),
        StatusCode::PAYLOAD_TOO_LARGE
    );
}

#[tokio::test]
async fn html_is_compressed_for_browsers_that_accept_it() {
    let app = app().await;
    for encoding in ["br", "gzip"] {
        let request = Request::get("/")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap();
        let response = send(&app, request).await;
        assert_eq!(header_of(&response, "content-encoding"), encoding);
    }
}

#[tokio::test]
async fn bundle_files_are_cached_for_a_year_only_when_hashed() {
    let hashed = get(&app_with(&[], true).await, "/pkg/samla.css").await;
    assert_eq!(hashed.status(), StatusCode::OK);
    assert_eq!(
        header_of(&hashed, "cache-control"),
        "public, max-age=31536000, immutable"
    );
    let plain = get(&app().await, "/pkg/samla.css").await;
    assert_eq!(header_of(&plain, "cache-control"), "no-cache");
    let asset = get(&app().await, "/favicon.svg").await;
    assert_eq!(asset.status(), StatusCode::OK);
}

/// A request whose `Host` header a client made up.
fn from_host(path: &str, host: &str) -> Request<Body> {
    Request::get(path)
        .header(header::HOST, host)
        .body(Body::empty())
        .unwrap()
}

#[tokio::test]
async fn a_made_up_host_never_reaches_links_sitemap_or_robots() {
    let app = app().await;
    for path in ["/sitemap.xml", "/robots.txt", "/", "/artikel/ont-i-ryggen"] {
        let body = text(send(&app, from_host(path, "evil.example")).await).await;
        assert!(!body.contains("evil.example"), "{path} trusts Host");
        assert!(body.contains("http://127.0.0.1:3000/"), "{path}: {body}");
    }
    let configured = app_with(&[("SAMLA_PUBLIC_ORIGIN", "https://samla.example")], false).await;
    let page = text(send(&configured, from_host("/halsa", "evil.example")).await).await;
    assert!(page.contains(r#"<link href="https://samla.example/halsa" rel="canonical">"#));
}

async fn boom() -> &'static str {
    panic!("a bug in a handler")
}

#[tokio::test]
async fn a_panic_page_carries_the_security_headers() {
    let state = state_with(&[], false).await;
    let routes: Router<samla_server::AppState> = Router::new().route("/boom", route_get(boom));
    let app = samla_server::with_middleware(routes, state);
    let response = get(&app, "/boom").await;
    assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert!(header_of(&response, "content-security-policy").contains("default-src 'self'"));
    assert_eq!(header_of(&response, "x-content-type-options"), "nosniff");
    assert_eq!(header_of(&response, "x-frame-options"), "DENY");
    assert!(text(response).await.contains("Något gick fel"));
}
