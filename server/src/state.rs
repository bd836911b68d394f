//! What every handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use samla_domain::{DatabaseConnection, catalogue::Catalogue};

use crate::{Config, work_queue::WorkQueue};

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    /// Find care's and the site search's indexes, following the database (`catalogue_refresh`).
    pub catalogue: Arc<Catalogue>,
    pub config: Arc<Config>,
    /// How many requests are worked on at once (`work_queue`).
    pub work_queue: WorkQueue,
    /// The OpenID Connect relying party, when an issuer is configured.
    pub oidc: Option<Arc<crate::oidc::Oidc>>,
    /// The staff's SITHS relying party, when its issuer is configured.
    pub siths: Option<Arc<crate::oidc::Oidc>>,
    /// Sessions seen in the last moment (`session_cache`).
    pub sessions: crate::session_cache::SessionCache,
    /// Reads recorded in the access log in the last minute (`samla_domain::access_log`).
    pub reads: Arc<samla_domain::access_log::RecentReads>,
    /// Where attachments are kept (`SAMLA_FILE_STORE`).
    pub files: samla_domain::file_store::FileStore,
}

/// The file store `config` names.
pub fn file_store(config: &Config) -> Result<samla_domain::file_store::FileStore, String> {
    samla_domain::file_store::FileStore::from_setting(
        config.file_store.as_deref(),
        &config.data_dir,
    )
    .map_err(|e| format!("SAMLA_FILE_STORE: {e}"))
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

/// Leptos settings for this site; file hashing is on when cargo-leptos left a hash file
/// beside the binary (release builds).
pub fn leptos_options(config: &Config) -> LeptosOptions {
    let hash_files = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").exists()))
        .unwrap_or(false);
    LeptosOptions::builder()
        .output_name("samla")
        .site_root(config.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(hash_files)
        .build()
}

/// The OpenID Connect relying party for `config`, if an issuer is configured.
pub fn oidc(config: &Config) -> Result<Option<Arc<crate::oidc::Oidc>>, String> {
    config
        .oidc
        .clone()
        .map(|c| crate::oidc::Oidc::new(c, &config.site_origin(), crate::oidc::CALLBACK_PATH))
        .transpose()
}

/// The staff's SITHS relying party for `config`, if its issuer is configured.
pub fn siths(config: &Config) -> Result<Option<Arc<crate::oidc::Oidc>>, String> {
    config
        .siths
        .clone()
        .map(|c| crate::oidc::Oidc::new(c, &config.site_origin(), crate::staff_oidc::CALLBACK_PATH))
        .transpose()
}
