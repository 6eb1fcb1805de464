//! The media store: attachments fetched once from the channel that holds them (a Telegram
//! voice note is a file id only Telegram can read) into a folder (`LOATHON_MEDIA_DIR`, default
//! `data/media`), served by the bot's HTTP server at `/media/<name>` so that another channel
//! (Zalo, which has no audio messages) can send a link to it; its private part
//! ([`MediaStore::private`]) is not served. Names are the content's hash, so
//! a file fetched twice is stored once; files go after [`RETENTION`].

use std::future::Future;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::time::Duration;

use sha2::{Digest, Sha256};

/// The largest attachment kept (Telegram's bots may download up to 20 MB).
pub const MAX_MEDIA_BYTES: usize = 20 * 1024 * 1024;
/// How long a stored file is kept.
pub const RETENTION: Duration = Duration::from_secs(30 * 24 * 3600);

/// The folder of [`MediaStore::private`], inside the store's.
const PRIVATE_DIR: &str = "private";

/// A folder of attachments, named by their content.
#[derive(Clone, Debug)]
pub struct MediaStore {
    dir: PathBuf,
}

impl MediaStore {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into() }
    }

    /// Stores `bytes` (at most [`MAX_MEDIA_BYTES`]) with the extension `ext`; returns its name.
    pub async fn put(&self, bytes: &[u8], ext: &str) -> std::io::Result<String> {
        if bytes.len() > MAX_MEDIA_BYTES {
            return Err(std::io::Error::other("attachment over the size limit"));
        }
        let ext: String = ext
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .take(5)
            .collect::<String>()
            .to_ascii_lowercase();
        let ext = if ext.is_empty() { "bin".into() } else { ext };
        let hash: String = Sha256::digest(bytes)
            .iter()
            .take(16)
            .map(|b| format!("{b:02x}"))
            .collect();
        let name = format!("{hash}.{ext}");
        tokio::fs::create_dir_all(&self.dir).await?;
        let path = self.dir.join(&name);
        if tokio::fs::metadata(&path).await.is_err() {
            let tmp = self.dir.join(format!(".{name}.tmp"));
            tokio::fs::write(&tmp, bytes).await?;
            tokio::fs::rename(&tmp, &path).await?;
        } else {
            // Stored before and asked for again (a voice prompt played for months): it counts
            // as new for the retention, so what is still in use is not pruned.
            let file = std::fs::File::options().write(true).open(&path)?;
            file.set_modified(std::time::SystemTime::now())?;
        }
        Ok(name)
    }

    /// The file of a name this store gives out (`<32 hex>.<ext>`); nothing else is served.
    pub fn path_of(&self, name: &str) -> Option<PathBuf> {
        let (hash, ext) = name.split_once('.')?;
        let valid = hash.len() == 32
            && hash
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
            && (1..=5).contains(&ext.len())
            && ext
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit());
        valid.then(|| self.dir.join(name))
    }

    /// The store's private part: files the bot reads for someone it has checked (a petition's
    /// attachment shown on the web), never served at `/media/` (a name there has no folder).
    pub fn private(&self) -> MediaStore {
        MediaStore {
            dir: self.dir.join(PRIVATE_DIR),
        }
    }

    /// Removes files stored longer ago than [`RETENTION`], in the private part too; returns
    /// how many.
    pub async fn prune(&self) -> std::io::Result<usize> {
        Ok(prune_dir(&self.dir, RETENTION).await?
            + prune_dir(&self.private().dir, RETENTION).await?)
    }
}

async fn prune_dir(dir: &Path, keep: Duration) -> std::io::Result<usize> {
    let mut removed = 0;
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    while let Some(entry) = entries.next_entry().await? {
        if !entry.file_type().await?.is_file() {
            continue;
        }
        let old = entry
            .metadata()
            .await?
            .modified()?
            .elapsed()
            .is_ok_and(|age| age > keep);
        if old {
            tokio::fs::remove_file(entry.path()).await?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// The `Content-Type` of a stored file, by its extension.
pub fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or("") {
        "oga" | "ogg" | "opus" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "m4a" | "aac" => "audio/aac",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// A link anyone can open for an attachment another channel holds, when it can be fetched.
pub trait MediaLinks: Send + Sync {
    fn link<'a>(
        &'a self,
        file_ref: &'a str,
    ) -> Pin<Box<dyn Future<Output = Option<String>> + Send + 'a>>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_file_is_stored_once_under_its_hash_and_only_such_names_are_served() {
        let dir = tempfile::tempdir().unwrap();
        let store = MediaStore::new(dir.path().join("media"));
        let a = store.put(b"voice", "OGA").await.unwrap();
        let b = store.put(b"voice", "oga").await.unwrap();
        assert_eq!(a, b);
        assert!(a.ends_with(".oga") && a.len() == 36, "{a}");
        assert!(store.path_of(&a).unwrap().exists());
        for bad in ["../etc/passwd", "x.oga", &a.to_uppercase(), "", "a/b.oga"] {
            assert!(store.path_of(bad).is_none(), "{bad}");
        }
        assert_eq!(content_type(&a), "audio/ogg");
    }
}
