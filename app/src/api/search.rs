//! The one search. Open to everyone; read-only.

use leptos::prelude::*;
use samla_model::{
    Lang,
    search::{SearchHit, SearchResults},
};

/// The longest text searched; anything longer is cut, not refused.
#[cfg(feature = "ssr")]
const MAX_QUERY: usize = 200;

#[server(prefix = "/api", endpoint = "search")]
pub async fn search(text: String, lang: Lang) -> Result<SearchResults, ServerFnError> {
    let catalogue = expect_context::<std::sync::Arc<samla_domain::catalogue::Catalogue>>();
    let text: String = text.chars().take(MAX_QUERY).collect();
    catalogue.current().search.search(&text, lang).map_err(|e| {
        tracing::error!("search: {e}");
        ServerFnError::new("Sökningen gick inte att göra just nu / the search failed")
    })
}

#[server(prefix = "/api", endpoint = "suggest")]
pub async fn suggest(text: String, lang: Lang) -> Result<Vec<SearchHit>, ServerFnError> {
    let catalogue = expect_context::<std::sync::Arc<samla_domain::catalogue::Catalogue>>();
    let text: String = text.chars().take(MAX_QUERY).collect();
    catalogue
        .current()
        .search
        .suggest(&text, lang, 6)
        .map_err(|e| ServerFnError::new(e.to_string()))
}
