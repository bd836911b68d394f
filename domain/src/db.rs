//! Opening the database and keeping its schema current.

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DatabaseTransaction, DbBackend,
    DbErr, TransactionTrait,
};
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
    migrate(&db).await?;
    Ok(db)
}

/// The advisory-lock key PostgreSQL instances agree on while one of them migrates.
const MIGRATION_LOCK: i64 = 0x005A_311A_0001;

/// Applies pending migrations. On PostgreSQL one instance at a time: a transaction on another
/// connection of the pool holds an advisory lock meanwhile, so instances that start together
/// against one empty database do not race to create the same tables.
async fn migrate(db: &DatabaseConnection) -> Result<(), DbErr> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Migrator::up(db, None).await;
    }
    let guard = db.begin().await?;
    hold_advisory_lock(&guard, MIGRATION_LOCK).await?;
    Migrator::up(db, None).await?;
    guard.commit().await
}

/// Waits for PostgreSQL's advisory lock `key` and holds it until `txn` ends, so instances
/// sharing the database do one thing at a time.
pub(crate) async fn hold_advisory_lock(txn: &DatabaseTransaction, key: i64) -> Result<(), DbErr> {
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({key})"))
        .await
        .map(drop)
}

/// Readiness probe: a round trip to the database.
pub async fn is_ready(db: &DatabaseConnection) -> bool {
    db.ping().await.is_ok()
}
