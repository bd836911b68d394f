//! `sitemap.xml` and `robots.txt`: every open page for search engines, none of the personal ones.

use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use samla_domain::content::Content;
use samla_model::{Lang, next_path::PERSONAL_PATHS};

use crate::AppState;

/// Open pages that are not articles, rules or clinics.
const PAGES: [&str; 9] = [
    "/",
    "/soka-vard",
    "/halsa",
    "/regler-och-rattigheter",
    "/hitta-vard",
    "/tillganglighet",
    "/falska-sms",
    "/om-samla",
    "/kakor",
];

pub async fn sitemap(State(state): State<AppState>) -> Response {
    let base = state.config.site_origin();
    let clinics = match samla_domain::find_care::all_hsa_ids(&state.db).await {
        Ok(ids) => ids,
        Err(e) => {
            tracing::error!("sitemap: {e}");
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
    };
    let content = Content::get();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut url = |path: &str, lastmod: Option<&str>| {
        xml.push_str(&format!(
            "<url><loc>{}</loc>",
            escape(&format!("{base}{path}"))
        ));
        if let Some(date) = lastmod {
            xml.push_str(&format!("<lastmod>{}</lastmod>", escape(date)));
        }
        xml.push_str("</url>\n");
    };
    for path in PAGES {
        url(path, None);
    }
    for article in content.articles_in(Lang::Sv) {
        url(
            &format!("/artikel/{}", article.slug),
            Some(&article.reviewed),
        );
    }
    for rule in content.rules_in(Lang::Sv) {
        url(
            &format!("/regler-och-rattigheter/{}", rule.slug),
            Some(&rule.reviewed),
        );
    }
    for hsa_id in &clinics {
        url(&format!("/mottagning/{hsa_id}"), None);
    }
    xml.push_str("</urlset>\n");
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response()
}

pub async fn robots(State(state): State<AppState>) -> Response {
    // The logged-in part, the login and the test e-ID: personal, never to be indexed.
    let mut text = String::from(
        "User-agent: *\nDisallow: /api/\nDisallow: /logga-in\nDisallow: /test-e-legitimation\nDisallow: /utloggad\nDisallow: /personal\n",
    );
    for path in PERSONAL_PATHS {
        text.push_str(&format!("Disallow: {path}\n"));
    }
    text.push_str(&format!(
        "Sitemap: {}/sitemap.xml\n",
        state.config.site_origin()
    ));
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
