//! The wasm chunks of the page being rendered: the server names them in the page's head
//! (`<meta name="samla-chunks">`), and `PREFETCH_SCRIPT` has the browser prefetch them once the
//! page has been painted. They then arrive beside the main bundle instead of after it. Not `<link rel="preload">`: code fetched before the first
//! paint competes with the text and the stylesheet for a slow phone's bandwidth, which cost
//! about 1.5 s of Lighthouse's mobile LCP. The split loader reads them from the HTTP cache.
//!
//! Leptos records the lazy functions a page used and adds preloads itself, but it reads that
//! record before a page whose data loads asynchronously has reached its route's view; about
//! one page in three then went out without them. A tag registered here, while the view renders,
//! is in the head of every page, because the head is written once the body is ready.

/// Runs in the page's head: once the page is painted (the second animation frame after `load`),
/// prefetches the chunks the server named.
pub const PREFETCH_SCRIPT: &str = r#"addEventListener("load",()=>requestAnimationFrame(()=>requestAnimationFrame(()=>{const m=document.querySelector('meta[name="samla-chunks"]');if(m)for(const u of m.content.split(" ")){const l=document.createElement("link");l.rel="prefetch";l.as=u.endsWith(".js")?"script":"fetch";l.crossOrigin="anonymous";l.href=u;document.head.append(l)}})))"#;

/// Names the chunks of the lazy route type `route` (e.g. `ClinicRoute`), as listed in the split
/// manifest the build wrote. No manifest (an unsplit build) → nothing.
#[cfg(feature = "ssr")]
pub fn name_chunks_of(route: &str) {
    use leptos::prelude::*;
    use leptos_meta::Meta;

    let Some(manifest) = use_context::<leptos::WasmSplitManifest>() else {
        return;
    };
    let Some(manifest) = manifest.0.try_read_value() else {
        return;
    };
    let (pkg_path, chunks_by_split, split_loader) = &*manifest;
    // `#[lazy_route]` names the split `__<route in snake case>_view_<hash>`.
    let prefix = format!("__{}_view_", snake_case(route));
    let mut chunks: Vec<&String> = chunks_by_split
        .iter()
        .filter(|(split, _)| split.starts_with(&prefix))
        .flat_map(|(_, chunks)| chunks)
        .collect();
    chunks.sort();
    chunks.dedup();
    let urls = chunks
        .iter()
        .map(|chunk| format!("{pkg_path}/{chunk}.wasm"))
        .chain([format!("{pkg_path}/{split_loader}")])
        .collect::<Vec<_>>()
        .join(" ");
    let _ = view! { <Meta name="samla-chunks" content=urls /> }.to_html();
}

#[cfg(feature = "ssr")]
fn snake_case(name: &str) -> String {
    let mut snake = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            snake.push('_');
        }
        snake.push(c.to_ascii_lowercase());
    }
    snake
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::snake_case;

    #[test]
    fn route_type_names_become_the_split_names_leptos_gives() {
        assert_eq!(snake_case("ClinicRoute"), "clinic_route");
        assert_eq!(snake_case("RulesIndexRoute"), "rules_index_route");
        assert_eq!(snake_case("FraudSmsRoute"), "fraud_sms_route");
    }
}
