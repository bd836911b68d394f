//! The in-memory indexes made from the clinic catalogue (find care's [`ClinicIndex`] and the
//! site search), kept in step with the database. Every change to a clinic raises the
//! catalogue's version in the same transaction ([`raise_version`]); an instance that sees a
//! version other than the one its indexes were built from builds new ones beside the old and
//! swaps them in, so searches never wait. Several instances on one PostgreSQL each do this on
//! their own: the server checks every `SAMLA_CATALOGUE_POLL_MS` (2 s), so an instance is at
//! most that plus one rebuild (about 0.6 s at 13,000 clinics, `scripts/bench-search`) behind a change.

use std::sync::{Arc, RwLock};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    sea_query::{Expr, ExprTrait},
};

use crate::entities::{catalogue_version, prelude::CatalogueVersion};
use crate::find_care::ClinicIndex;
use crate::search::{SearchError, SearchIndex};

/// The indexes of one version of the catalogue.
pub struct Indexes {
    pub version: i64,
    pub clinics: ClinicIndex,
    pub search: SearchIndex,
}

pub struct Catalogue {
    current: RwLock<Arc<Indexes>>,
}

impl Catalogue {
    pub async fn load(db: &DatabaseConnection) -> Result<Catalogue, SearchError> {
        Ok(Catalogue {
            current: RwLock::new(Arc::new(build(db).await?)),
        })
    }

    /// The indexes to answer with now; a search holds on to them even if new ones come.
    pub fn current(&self) -> Arc<Indexes> {
        self.current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Builds new indexes when the database's catalogue has another version than the current
    /// ones; true when it did.
    pub async fn refresh(&self, db: &DatabaseConnection) -> Result<bool, SearchError> {
        if version(db).await? == self.current().version {
            return Ok(false);
        }
        let fresh = Arc::new(build(db).await?);
        let mut current = self.current.write().unwrap_or_else(|e| e.into_inner());
        // Two refreshes at once: the newer wins, whichever finishes last.
        if fresh.version > current.version {
            *current = fresh;
        }
        Ok(true)
    }
}

/// The version is read before the data: a change committed in between is in the data, and
/// its higher version makes the next check build again. A change is never missed.
async fn build(db: &DatabaseConnection) -> Result<Indexes, SearchError> {
    let version = version(db).await?;
    Ok(Indexes {
        version,
        clinics: ClinicIndex::build(db).await?,
        search: SearchIndex::build(db).await?,
    })
}

/// The catalogue's version in the database (0 before any change).
pub async fn version(db: &impl ConnectionTrait) -> Result<i64, DbErr> {
    Ok(CatalogueVersion::find_by_id(1)
        .one(db)
        .await?
        .map(|row| row.version)
        .unwrap_or(0))
}

/// Marks the catalogue as changed; call it in the transaction that changes a clinic.
pub async fn raise_version(txn: &impl ConnectionTrait) -> Result<(), DbErr> {
    CatalogueVersion::update_many()
        .col_expr(
            catalogue_version::Column::Version,
            Expr::col(catalogue_version::Column::Version).add(1),
        )
        .filter(catalogue_version::Column::Id.eq(1))
        .exec(txn)
        .await
        .map(drop)
}
