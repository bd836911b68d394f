//! The file store on a local directory (always, a fresh temporary one) and on S3 when
//! `SAMLA_TEST_S3_URL` names a bucket (`s3://samla-test`; the test command starts moto's server
//! and sets the AWS_* variables). Each test body is one async fn taking a `FileStore`, run on
//! every configured store by `on_each_store`; each prints which stores it ran on.

use std::future::Future;
use std::path::PathBuf;

use futures_util::TryStreamExt;
use samla_domain::file_store::{FileStore, StoreError};
use sha2::{Digest, Sha256};

/// A fresh directory under the system's temporary directory, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(what: &str) -> Self {
        let dir = std::env::temp_dir().join(format!(
            "samla-file-store-{what}-{}",
            &samla_domain::secrets::random_token()[..16]
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `test` on a local store in a fresh directory, then on S3 if one is configured.
async fn on_each_store<F, Fut>(name: &str, test: F)
where
    F: Fn(FileStore) -> Fut,
    Fut: Future<Output = ()>,
{
    let dir = TempDir::new(name);
    let local = FileStore::local(&dir.0.join("files")).unwrap();
    test(local).await;
    let mut ran = vec![format!("local {}", dir.0.display())];
    if let Some(url) = s3_url() {
        test(FileStore::s3(&url).unwrap()).await;
        ran.push(format!("S3 {url}"));
    }
    println!("{name}: ran on {}", ran.join(", "));
}

fn s3_url() -> Option<String> {
    std::env::var("SAMLA_TEST_S3_URL")
        .ok()
        .filter(|url| !url.is_empty())
}

/// `len` bytes that differ from part to part (so a part out of place would show).
fn test_bytes(len: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(len + 32);
    let mut block = Sha256::digest(b"samla file store");
    while out.len() < len {
        out.extend_from_slice(&block);
        block = Sha256::digest(block);
    }
    out.truncate(len);
    out
}

/// The object's size as the store reports it, and the SHA-256 and length of its streamed bytes.
async fn fetch(store: &FileStore, key: &str) -> (u64, String, u64) {
    let (size, mut stream) = store.get(key).await.unwrap();
    let mut hasher = Sha256::new();
    let mut streamed = 0u64;
    while let Some(chunk) = stream.try_next().await.unwrap() {
        streamed += chunk.len() as u64;
        hasher.update(&chunk);
    }
    (size, hex::encode(hasher.finalize()), streamed)
}

async fn put_file_round_trip(store: FileStore) {
    const LEN: usize = 12 * 1024 * 1024;
    let dir = TempDir::new("upload");
    let path = dir.0.join("upload.bin");
    let bytes = test_bytes(LEN);
    let want = hex::encode(Sha256::digest(&bytes));
    std::fs::write(&path, &bytes).unwrap();
    drop(bytes);

    let key = FileStore::new_key();
    store.put_file(&key, &path).await.unwrap();
    assert!(store.exists(&key).await.unwrap());
    let (size, got, streamed) = fetch(&store, &key).await;
    assert_eq!(size, LEN as u64);
    assert_eq!(streamed, LEN as u64);
    assert_eq!(got, want);
    store.delete(&key).await.unwrap();
}

#[tokio::test]
async fn put_file_of_12_mib_comes_back_the_same() {
    on_each_store("put_file", put_file_round_trip).await;
}

async fn small_and_empty_files(store: FileStore) {
    let dir = TempDir::new("small");
    for len in [0, 1, 1024 * 1024, 5 * 1024 * 1024 + 1] {
        let path = dir.0.join(format!("{len}.bin"));
        let bytes = test_bytes(len);
        std::fs::write(&path, &bytes).unwrap();
        let key = FileStore::new_key();
        store.put_file(&key, &path).await.unwrap();
        let (size, got, _) = fetch(&store, &key).await;
        assert_eq!(size, len as u64, "{len} bytes");
        assert_eq!(got, hex::encode(Sha256::digest(&bytes)), "{len} bytes");
        store.delete(&key).await.unwrap();
    }
}

#[tokio::test]
async fn put_file_at_the_part_edges() {
    on_each_store("part_edges", small_and_empty_files).await;
}

async fn put_bytes_round_trip(store: FileStore) {
    let key = FileStore::new_key();
    let bytes = b"%PDF-1.7 a small attachment".to_vec();
    store.put_bytes(&key, bytes.clone()).await.unwrap();
    let (size, stream) = store.get(&key).await.unwrap();
    assert_eq!(size, bytes.len() as u64);
    let chunks: Vec<bytes::Bytes> = stream.try_collect().await.unwrap();
    assert_eq!(chunks.concat(), bytes);
    // A second put under the same key replaces the object.
    store.put_bytes(&key, b"replaced".to_vec()).await.unwrap();
    assert_eq!(store.get(&key).await.unwrap().0, 8);
    store.delete(&key).await.unwrap();
}

#[tokio::test]
async fn put_bytes_then_get() {
    on_each_store("put_bytes", put_bytes_round_trip).await;
}

async fn delete_then_gone(store: FileStore) {
    let key = FileStore::new_key();
    assert!(!store.exists(&key).await.unwrap());
    store
        .put_bytes(&key, b"to be deleted".to_vec())
        .await
        .unwrap();
    assert!(store.exists(&key).await.unwrap());
    store.delete(&key).await.unwrap();
    assert!(!store.exists(&key).await.unwrap());
    let error = store
        .get(&key)
        .await
        .err()
        .expect("get of a deleted object");
    assert!(error.is_not_found(), "{error}");
    // Deleting again, and deleting what never was, are fine.
    store.delete(&key).await.unwrap();
    store.delete(&FileStore::new_key()).await.unwrap();
}

#[tokio::test]
async fn deleted_objects_are_gone_and_deleting_twice_is_fine() {
    on_each_store("delete", delete_then_gone).await;
}

async fn bad_keys_refused(store: FileStore) {
    let dir = TempDir::new("bad-key");
    let path = dir.0.join("x");
    std::fs::write(&path, b"x").unwrap();
    for key in ["files/../escaped", "../escaped", "/etc/escaped", "files/.."] {
        let refused = |result: Result<(), StoreError>| match result {
            Err(StoreError::BadKey { .. }) => {}
            other => panic!("{key:?}: {other:?}"),
        };
        refused(store.put_bytes(key, b"x".to_vec()).await);
        refused(store.put_file(key, &path).await);
        refused(store.delete(key).await);
        assert!(matches!(
            store.exists(key).await,
            Err(StoreError::BadKey { .. })
        ));
        assert!(matches!(
            store.get(key).await.map(|(size, _)| size),
            Err(StoreError::BadKey { .. })
        ));
    }
}

#[tokio::test]
async fn keys_with_dot_dot_or_a_leading_slash_are_refused() {
    on_each_store("bad_keys", bad_keys_refused).await;
}

#[tokio::test]
async fn settings() {
    let dir = TempDir::new("settings");
    let data = dir.0.join("data");
    for setting in [None, Some(""), Some("  ")] {
        let store = FileStore::from_setting(setting, &data).unwrap();
        let key = FileStore::new_key();
        store.put_bytes(&key, b"here".to_vec()).await.unwrap();
        assert_eq!(
            std::fs::read(data.join("files").join(&key)).unwrap(),
            b"here"
        );
    }

    let error = FileStore::from_setting(Some("ftp://x"), &data).expect_err("ftp:// is no store");
    assert!(matches!(error, StoreError::Setting(_)), "{error:?}");
    let text = error.to_string();
    for accepted in ["ftp://x", "unset or empty", "s3://bucket[/prefix]", "files"] {
        assert!(
            text.contains(accepted),
            "{text:?} does not name {accepted:?}"
        );
    }
    for bad in ["s3://", "s3:///prefix", "s3://bucket/a/../b"] {
        let error = FileStore::from_setting(Some(bad), &data)
            .err()
            .unwrap_or_else(|| panic!("{bad} was accepted"));
        assert!(matches!(error, StoreError::Setting(_)), "{bad}: {error:?}");
    }
    // A local directory that is a file cannot be a store.
    std::fs::write(dir.0.join("a-file"), b"").unwrap();
    assert!(FileStore::local(&dir.0.join("a-file")).is_err());
}

/// With a prefix (`s3://bucket/prefix`) objects land under it, and a key cannot reach outside.
#[tokio::test]
async fn s3_prefix_keeps_objects_under_it() {
    let Some(url) = s3_url() else {
        println!("s3_prefix: skipped, SAMLA_TEST_S3_URL is not set");
        return;
    };
    let prefix = format!("run-{}", &samla_domain::secrets::random_token()[..8]);
    let root = FileStore::s3(&url).unwrap();
    let under = FileStore::s3(&format!("{}/{prefix}/", url.trim_end_matches('/'))).unwrap();
    let key = FileStore::new_key();
    under.put_bytes(&key, b"prefixed".to_vec()).await.unwrap();
    assert!(under.exists(&key).await.unwrap());
    assert!(root.exists(&format!("{prefix}/{key}")).await.unwrap());
    assert!(!root.exists(&key).await.unwrap());
    under.delete(&key).await.unwrap();
    assert!(!root.exists(&format!("{prefix}/{key}")).await.unwrap());
    println!("s3_prefix: ran on S3 {url}/{prefix}");
}
