//! Telegram attachments for other channels: a voice note (or photo, file) is a file id only
//! Telegram can read; it is downloaded once into the media store and linked by its public URL.

use std::future::Future;
use std::pin::Pin;

use teloxide::net::Download;
use teloxide::prelude::*;
use teloxide::types::FileId;

use crate::media::{MAX_MEDIA_BYTES, MediaLinks, MediaStore};

pub struct TelegramMedia {
    bot: Bot,
    store: MediaStore,
    /// The bot's public base URL.
    public_url: String,
    /// Links already made, by file id: an announcement's voice note to a thousand Zalo users is
    /// fetched once, not a thousand times (`getFile` counts against the bot's limits).
    /// Held while fetching, so that sends side by side wait for the one fetch.
    made: tokio::sync::Mutex<std::collections::HashMap<String, String>>,
    /// Files fetched into the private part, by file id: a petition's photos are fetched once
    /// however often its page is opened.
    kept: tokio::sync::Mutex<std::collections::HashMap<String, String>>,
}

impl TelegramMedia {
    pub fn new(bot: Bot, store: MediaStore, public_url: impl Into<String>) -> Self {
        Self {
            bot,
            store,
            public_url: public_url.into(),
            made: tokio::sync::Mutex::default(),
            kept: tokio::sync::Mutex::default(),
        }
    }

    async fn fetch(&self, file_ref: &str) -> Option<String> {
        let mut made = self.made.lock().await;
        // A link made earlier holds while its file is still in the store (files are pruned
        // after 30 days; a voice prompt is played for longer).
        if let Some(link) = made.get(file_ref)
            && link
                .rsplit('/')
                .next()
                .and_then(|name| self.store.path_of(name))
                .is_some_and(|path| path.exists())
        {
            return Some(link.clone());
        }
        let name = self.download(&self.store, file_ref).await?;
        let link = format!("{}/media/{name}", self.public_url);
        if made.len() > 10_000 {
            made.clear();
        }
        made.insert(file_ref.to_string(), link.clone());
        Some(link)
    }

    /// A Telegram file fetched into the media store's private part, for a reader the caller
    /// has checked (a petition's attachment on the web); its name there. Nothing public links
    /// to it.
    pub async fn fetch_private(&self, file_ref: &str) -> Option<String> {
        let private = self.store.private();
        let mut kept = self.kept.lock().await;
        if let Some(name) = kept.get(file_ref)
            && private.path_of(name).is_some_and(|path| path.exists())
        {
            return Some(name.clone());
        }
        let name = self.download(&private, file_ref).await?;
        if kept.len() > 10_000 {
            kept.clear();
        }
        kept.insert(file_ref.to_string(), name.clone());
        Some(name)
    }

    /// Downloads the file into `store`; its name there.
    async fn download(&self, store: &MediaStore, file_ref: &str) -> Option<String> {
        let file = match self.bot.get_file(FileId(file_ref.to_string())).await {
            Ok(f) => f,
            Err(e) => {
                tracing::warn!(error = %e, "telegram: getFile failed; the attachment is not linked");
                return None;
            }
        };
        if file.size as usize > MAX_MEDIA_BYTES {
            return None;
        }
        let mut bytes: Vec<u8> = Vec::new();
        if let Err(e) = self.bot.download_file(&file.path, &mut bytes).await {
            tracing::warn!(error = %e, "telegram: download failed; the attachment is not linked");
            return None;
        }
        let ext = file
            .path
            .rsplit('.')
            .next()
            .filter(|e| *e != file.path)
            .unwrap_or("oga");
        match store.put(&bytes, ext).await {
            Ok(name) => Some(name),
            Err(e) => {
                tracing::error!(error = %e, "media store: could not keep an attachment");
                None
            }
        }
    }
}

impl MediaLinks for TelegramMedia {
    fn link<'a>(
        &'a self,
        file_ref: &'a str,
    ) -> Pin<Box<dyn Future<Output = Option<String>> + Send + 'a>> {
        Box::pin(self.fetch(file_ref))
    }
}
