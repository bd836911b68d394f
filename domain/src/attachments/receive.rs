//! Receiving one file as it streams in: each chunk is counted, hashed and written to a
//! temporary file, never gathered in memory; past `FILE_MAX` bytes receiving stops. Then the
//! file is judged and checked (`check`, off the async threads), put in the object store and
//! recorded as pending for its uploader.

use std::path::{Path, PathBuf};

use samla_model::attachment::{FILE_MAX, Refusal, clean_name};
use sea_orm::ConnectionTrait;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use super::Error;
use super::check::{Checked, check_file, judge};
use super::records::{self, NewFile};
use crate::entities::attachment;
use crate::file_store::FileStore;

/// Bytes kept from the start of the file for judging its type (`infer` finds a PDF header
/// anywhere in the first 1024).
const HEAD: usize = 1024;

/// Checks run at once, process-wide. A check decodes an image (up to the decoder's memory
/// limit) or parses a PDF (about twice its size in memory), on the blocking threads: this
/// bounds both the cores and the memory they take, however many files arrive together.
pub const CHECKS_AT_ONCE: usize = 2;
static CHECKS: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(CHECKS_AT_ONCE);

/// A temporary file, deleted when dropped, whatever happened.
struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// A file on its way in.
pub struct Receiving {
    temp: TempFile,
    file: tokio::io::BufWriter<tokio::fs::File>,
    size: u64,
    hasher: Sha256,
    head: Vec<u8>,
    too_large: bool,
}

/// How a received file ended.
pub enum Received {
    Kept(attachment::Model),
    Refused(Refusal),
}

impl Receiving {
    /// Starts a file in `temp_dir` (created if missing).
    pub async fn start(temp_dir: &Path) -> Result<Self, Error> {
        tokio::fs::create_dir_all(temp_dir).await?;
        let path = temp_dir.join(format!("upload-{}", &FileStore::new_key()[6..]));
        let temp = TempFile(path);
        let file = tokio::fs::File::create(&temp.0).await?;
        Ok(Self {
            temp,
            file: tokio::io::BufWriter::with_capacity(64 * 1024, file),
            size: 0,
            hasher: Sha256::new(),
            head: Vec::with_capacity(HEAD),
            too_large: false,
        })
    }

    /// Takes the next chunk; false once the file is over `FILE_MAX` (the caller stops reading
    /// it: nothing more is written).
    pub async fn push(&mut self, chunk: &[u8]) -> Result<bool, Error> {
        if self.too_large {
            return Ok(false);
        }
        self.size += chunk.len() as u64;
        if self.size > FILE_MAX {
            self.too_large = true;
            return Ok(false);
        }
        if self.head.len() < HEAD {
            let take = (HEAD - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.hasher.update(chunk);
        self.file.write_all(chunk).await?;
        Ok(true)
    }

    /// Bytes so far (past the limit: how many were counted).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Checks the file and, if it passes, stores and records it as `owner`'s pending file
    /// named `name`.
    pub async fn finish(
        mut self,
        conn: &impl ConnectionTrait,
        store: &FileStore,
        owner: &str,
        name: &str,
        now: i64,
    ) -> Result<Received, Error> {
        if self.too_large {
            return Ok(Received::Refused(Refusal::TooLarge));
        }
        if self.size == 0 {
            return Ok(Received::Refused(Refusal::Empty));
        }
        if judge(&self.head).is_none() {
            return Ok(Received::Refused(Refusal::WrongType));
        }
        self.file.flush().await?;
        self.file.get_mut().sync_data().await?;
        let path = self.temp.0.clone();
        let turn = CHECKS.acquire().await.map_err(std::io::Error::other)?;
        let checked = tokio::task::spawn_blocking(move || check_file(&path))
            .await
            .map_err(|e| std::io::Error::other(e.to_string()))?;
        drop(turn);
        let checked = match checked {
            Ok(checked) => checked,
            Err(refusal) => return Ok(Received::Refused(refusal)),
        };
        let key = FileStore::new_key();
        let (kind, size, sha256) = match checked {
            Checked::AsIs(kind) => {
                store.put_file(&key, &self.temp.0).await?;
                (kind, self.size, hex::encode(self.hasher.finalize()))
            }
            Checked::Reencoded { kind, bytes } => {
                let size = bytes.len() as u64;
                let sha256 = hex::encode(Sha256::digest(&bytes));
                store.put_bytes(&key, bytes).await?;
                (kind, size, sha256)
            }
        };
        let name = clean_name(name);
        let file = NewFile {
            owner,
            name: &name,
            kind,
            size,
            sha256: &sha256,
            object_key: &key,
        };
        match records::add_pending(conn, &file, now).await {
            Ok(row) => Ok(Received::Kept(row)),
            Err(e) => {
                // Never an object without its row.
                let _ = store.delete(&key).await;
                Err(e.into())
            }
        }
    }
}
