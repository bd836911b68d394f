//! Where attachment files are kept: a local directory or an S3-compatible bucket, both through
//! the `object_store` crate. Chosen by the setting `SAMLA_FILE_STORE` ([`FileStore::from_setting`]).
//!
//! Keys are made only by [`FileStore::new_key`], never from user input; every key is still
//! checked ([`StoreError::BadKey`]) so that a bug cannot reach outside the store's directory
//! or prefix.

use std::path::Path;
use std::sync::Arc;

use bytes::{Bytes, BytesMut};
use futures_util::stream::{BoxStream, StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::buffered::BufWriter;
use object_store::local::LocalFileSystem;
use object_store::prefix::PrefixStore;
use object_store::{ObjectStore, PutPayload};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How much of a file [`FileStore::put_file`] reads at a time.
const READ_CHUNK: usize = 1024 * 1024;

/// S3 refuses multipart parts under 5 MiB (all but the last), so the writer's buffer, which is
/// also its part size, can be no smaller there.
const S3_PART: usize = 5 * 1024 * 1024;

/// A local directory has no minimum part size: each part is a write at its offset into a
/// staging file that is renamed into place at the end, so a small part keeps memory low.
const LOCAL_PART: usize = 1024 * 1024;

/// How many parts of one upload may be in flight at once. With the part size this bounds the
/// memory of one `put_file`: about (this + 1) parts plus one read chunk, ~26 MiB on S3, ~6 MiB
/// locally, whatever the file's size.
const PARTS_IN_FLIGHT: usize = 4;

/// The file store: cheap to clone (an `Arc` inside), shared by every request.
#[derive(Clone)]
pub struct FileStore {
    store: Arc<dyn ObjectStore>,
    /// The buffered writer's capacity, which is also its multipart part size.
    part_size: usize,
    /// For `Debug` and logs: where the files are.
    place: Arc<str>,
}

impl std::fmt::Debug for FileStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStore")
            .field("place", &self.place)
            .finish_non_exhaustive()
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("file store: {0}")]
    Store(#[from] object_store::Error),
    #[error("file store I/O: {0}")]
    Io(#[from] std::io::Error),
    /// A setting (`SAMLA_FILE_STORE`, an S3 URL) that cannot be used; the text says why.
    #[error("{0}")]
    Setting(String),
    /// A key that could leave the store's directory or prefix, or is not a valid key.
    #[error("refused file store key {key:?}: {reason}")]
    BadKey { key: String, reason: String },
}

impl StoreError {
    /// Whether the object was not there (for a 404 rather than a 500).
    pub fn is_not_found(&self) -> bool {
        match self {
            StoreError::Store(object_store::Error::NotFound { .. }) => true,
            StoreError::Io(e) => e.kind() == std::io::ErrorKind::NotFound,
            _ => false,
        }
    }
}

/// An I/O error from the buffered writer usually carries an object store error: unwrap it.
fn from_writer(error: std::io::Error) -> StoreError {
    if !error
        .get_ref()
        .is_some_and(|inner| inner.is::<object_store::Error>())
    {
        return StoreError::Io(error);
    }
    let kind = error.kind();
    let inner = error
        .into_inner()
        .expect("checked above: it carries an error");
    match inner.downcast::<object_store::Error>() {
        Ok(store) => StoreError::Store(*store),
        Err(other) => StoreError::Io(std::io::Error::new(kind, other)),
    }
}

/// The object path for `key`, refusing anything that could leave the prefix.
fn location(key: &str) -> Result<object_store::path::Path, StoreError> {
    let bad = |reason: &str| StoreError::BadKey {
        key: key.to_owned(),
        reason: reason.to_owned(),
    };
    if key.is_empty() {
        return Err(bad("empty"));
    }
    if key.starts_with('/') {
        return Err(bad("starts with /"));
    }
    if key.contains("..") {
        return Err(bad("contains .."));
    }
    if key.contains('\\') {
        return Err(bad("contains \\"));
    }
    object_store::path::Path::parse(key).map_err(|e| bad(&e.to_string()))
}

/// Reads up to [`READ_CHUNK`] bytes, fewer only at the end of the file (empty there).
async fn read_chunk(file: &mut tokio::fs::File) -> std::io::Result<Bytes> {
    let mut chunk = BytesMut::with_capacity(READ_CHUNK);
    while chunk.len() < READ_CHUNK {
        let want = (READ_CHUNK - chunk.len()) as u64;
        if (&mut *file).take(want).read_buf(&mut chunk).await? == 0 {
            break;
        }
    }
    Ok(chunk.freeze())
}

impl FileStore {
    /// Files in a local directory (created if missing).
    pub fn local(dir: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(dir)?;
        let store = LocalFileSystem::new_with_prefix(dir)?;
        Ok(Self {
            store: Arc::new(store),
            part_size: LOCAL_PART,
            place: dir.display().to_string().into(),
        })
    }

    /// Files in an S3-compatible bucket, `s3://bucket[/prefix]`; endpoint, keys and region from
    /// the AWS_* environment (AWS_ENDPOINT, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION,
    /// AWS_ALLOW_HTTP).
    pub fn s3(url: &str) -> Result<Self, StoreError> {
        let rest = url.strip_prefix("s3://").ok_or_else(|| {
            StoreError::Setting(format!(
                "the S3 file store {url:?} does not start with s3:// (s3://bucket[/prefix])"
            ))
        })?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(StoreError::Setting(format!(
                "the S3 file store {url:?} names no bucket (s3://bucket[/prefix])"
            )));
        }
        let prefix = match prefix.trim_end_matches('/') {
            "" => None,
            prefix => Some(location(prefix).map_err(|e| {
                StoreError::Setting(format!("the prefix of the S3 file store {url:?}: {e}"))
            })?),
        };
        // object_store takes only the bucket from an s3:// URL; the prefix is ours.
        let s3 = AmazonS3Builder::from_env()
            .with_url(format!("s3://{bucket}"))
            .build()?;
        let store: Arc<dyn ObjectStore> = match prefix {
            None => Arc::new(s3),
            Some(prefix) => Arc::new(PrefixStore::new(s3, prefix)),
        };
        Ok(Self {
            store,
            part_size: S3_PART,
            place: url.into(),
        })
    }

    /// `setting` is SAMLA_FILE_STORE: unset/empty → local `data_dir/files`; `s3://…` → s3;
    /// anything else → an error that says what is accepted.
    pub fn from_setting(setting: Option<&str>, data_dir: &Path) -> Result<Self, StoreError> {
        match setting.map(str::trim).unwrap_or("") {
            "" => Self::local(&data_dir.join("files")),
            url if url.starts_with("s3://") => Self::s3(url),
            other => Err(StoreError::Setting(format!(
                "SAMLA_FILE_STORE is {other:?}; accepted: unset or empty (files in {}) or \
                 s3://bucket[/prefix] (an S3-compatible bucket, with AWS_ENDPOINT, \
                 AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION from the environment)",
                data_dir.join("files").display()
            ))),
        }
    }

    /// Copies the file at `path` into the store under `key`, streamed in parts: the whole file
    /// is never in memory (see [`PARTS_IN_FLIGHT`]). It is read in chunks of at most 1 MiB into
    /// a buffered writer whose capacity is the part size: 5 MiB on S3, the smallest part S3
    /// accepts, and 1 MiB locally. A file smaller than that is written with one plain put.
    pub async fn put_file(&self, key: &str, path: &Path) -> Result<(), StoreError> {
        let location = location(key)?;
        let mut file = tokio::fs::File::open(path).await?;
        let mut writer =
            BufWriter::with_capacity(Arc::clone(&self.store), location, self.part_size)
                .with_max_concurrency(PARTS_IN_FLIGHT);
        let copied: Result<(), StoreError> = async {
            loop {
                let chunk = read_chunk(&mut file).await?;
                if chunk.is_empty() {
                    return Ok(());
                }
                writer.put(chunk).await?;
            }
        }
        .await;
        if let Err(e) = copied {
            // Leaves no half-uploaded parts behind; the copy's error is the one that matters.
            let _ = writer.abort().await;
            return Err(e);
        }
        writer.shutdown().await.map_err(from_writer)
    }

    pub async fn put_bytes(&self, key: &str, bytes: Vec<u8>) -> Result<(), StoreError> {
        let location = location(key)?;
        self.store.put(&location, PutPayload::from(bytes)).await?;
        Ok(())
    }

    /// The object's size and its bytes as a stream (for an HTTP response body).
    pub async fn get(
        &self,
        key: &str,
    ) -> Result<(u64, BoxStream<'static, Result<Bytes, StoreError>>), StoreError> {
        let location = location(key)?;
        let got = self.store.get(&location).await?;
        let size = got.meta.size;
        Ok((size, got.into_stream().map_err(StoreError::from).boxed()))
    }

    /// Deletes; a missing object is not an error (retention may run twice).
    pub async fn delete(&self, key: &str) -> Result<(), StoreError> {
        let location = location(key)?;
        match self.store.delete(&location).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(e) => Err(e.into()),
        }
    }

    pub async fn exists(&self, key: &str) -> Result<bool, StoreError> {
        let location = location(key)?;
        match self.store.head(&location).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(e.into()),
        }
    }

    /// A new random key, `files/<32 hex chars>` (128 random bits).
    pub fn new_key() -> String {
        let token = crate::secrets::random_token();
        format!("files/{}", &token[..32])
    }
}

#[cfg(test)]
mod tests {
    use super::{FileStore, location};

    #[test]
    fn keys_are_random_and_checked() {
        let (a, b) = (FileStore::new_key(), FileStore::new_key());
        assert_ne!(a, b);
        assert_eq!(a.len(), "files/".len() + 32);
        assert!(a.starts_with("files/") && a[6..].bytes().all(|c| c.is_ascii_hexdigit()));
        assert!(location(&a).is_ok());
        for bad in [
            "",
            "/files/x",
            "files/../x",
            "..",
            "files/x/..",
            "a..b",
            "a//b",
            "a\\b",
        ] {
            assert!(location(bad).is_err(), "{bad:?} was accepted");
        }
    }
}
