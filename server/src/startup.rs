//! Start-up: configuration, database, demo data, then serve until SIGINT or SIGTERM.

use std::{process::ExitCode, sync::Arc};

use tracing_subscriber::EnvFilter;

use crate::{AppState, Config, build_router, state};

pub async fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_env("SAMLA_LOG").unwrap_or_else(|_| EnvFilter::new("info")),
        )
        .init();
    match serve().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            eprintln!("Samla could not start: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn serve() -> Result<(), Box<dyn std::error::Error>> {
    let config = Config::from_env()?;
    let content = samla_domain::content::Content::init()?;
    tracing::info!(
        articles = content.articles.len(),
        rules = content.rules.len(),
        "content"
    );
    if config.database_url.starts_with("sqlite:") {
        std::fs::create_dir_all(&config.data_dir).map_err(|e| {
            format!(
                "cannot create data directory {}: {e}",
                config.data_dir.display()
            )
        })?;
    }
    let db = samla_domain::db::connect_and_migrate(&config.database_url).await?;
    if config.demo_scale > 0 {
        let report = samla_domain::seed::seed_demo(&db, config.demo_scale).await?;
        tracing::info!(?report, "demo data");
    }
    if config.demo_scale > 0 && config.test_idp {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        samla_domain::seed::personas::seed_personas(&db, samla_domain::swedish_date::today(), now)
            .await?;
        samla_domain::seed::staff::seed_staff(&db, now).await?;
    }
    crate::notifier::spawn(db.clone(), config.notify.clone())?;
    let files = state::file_store(&config)?;
    crate::case_jobs::spawn(db.clone(), files.clone(), config.case_jobs);
    let catalogue = Arc::new(samla_domain::catalogue::Catalogue::load(&db).await?);
    crate::catalogue_refresh::spawn(catalogue.clone(), db.clone(), config.catalogue_poll);
    let state = AppState {
        leptos_options: state::leptos_options(&config),
        catalogue,
        db,
        work_queue: crate::work_queue::WorkQueue::new(config.max_in_flight),
        oidc: state::oidc(&config)?,
        siths: state::siths(&config)?,
        sessions: crate::session_cache::SessionCache::new(config.session_cache),
        reads: Default::default(),
        files,
        config: Arc::new(config),
    };
    let listener = tokio::net::TcpListener::bind(state.config.addr)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", state.config.addr))?;
    println!("Samla is running at http://{}", listener.local_addr()?);
    // With the connection's address, which the login limit goes by.
    let app = build_router(state).into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    println!("Samla stopped.");
    Ok(())
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
