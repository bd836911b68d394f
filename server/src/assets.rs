//! The built bundle under `/pkg`: precompressed files when the build made them, and
//! cached for a year when their names carry a content hash.

use axum::http::{HeaderValue, header::CACHE_CONTROL};
use leptos::config::LeptosOptions;
use tower::Layer;
use tower_http::{services::ServeDir, set_header::SetResponseHeaderLayer};

pub fn pkg_service(
    options: &LeptosOptions,
) -> tower_http::set_header::SetResponseHeader<ServeDir, HeaderValue> {
    let dir = std::path::Path::new(options.site_root.as_ref()).join(options.site_pkg_dir.as_ref());
    let cache = if options.hash_files {
        HeaderValue::from_static("public, max-age=31536000, immutable")
    } else {
        HeaderValue::from_static("no-cache")
    };
    SetResponseHeaderLayer::overriding(CACHE_CONTROL, cache)
        .layer(ServeDir::new(dir).precompressed_br().precompressed_gzip())
}
