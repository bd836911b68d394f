//! Opening the database and keeping its schema current.

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;
use std::time::Duration;

use crate::migration::Migrator;

/// Connects to `url` (SQLite file, `sqlite::memory:` or PostgreSQL) and applies pending migrations.
pub async fn connect_and_migrate(url: &str) -> Result<DatabaseConnection, DbErr> {
    let mut options = ConnectOptions::new(url);
    options
        .connect_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    // Every connection to `sqlite::memory:` is a separate empty database: keep one.
    if url.contains(":memory:") {
        options.max_connections(1).min_connections(1);
    }
    let db = Database::connect(options).await?;
    Migrator::up(&db, None).await?;
    Ok(db)
}

/// Readiness probe: a round trip to the database.
pub async fn is_ready(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}
