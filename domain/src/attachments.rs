//! Attachments (DOMAIN.md §6): what a file must be (`check`), receiving one as it streams in
//! (`receive`), and its rows (`records`). The bytes live in the object store
//! (`crate::file_store`); the database keeps name, type, size and SHA-256.

pub mod check;
mod pdf_scan;
pub mod receive;
pub mod records;
pub mod sample;

/// Something failed that is not the file's fault.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("database: {0}")]
    Db(#[from] sea_orm::DbErr),
    #[error("file store: {0}")]
    Store(#[from] crate::file_store::StoreError),
    #[error("temporary file: {0}")]
    Io(#[from] std::io::Error),
}
