//! Outbox rows → Zalo OA messages, and Zalo's error codes → what the delivery worker should do.
//!
//! A private chat gets consultation messages (`POST /v3.0/oa/message/cs`): text (the worker
//! splits it at [`MAX_TEXT_LEN`]), buttons as `oa.query.hide` whose payload is
//! [`BUTTON_PREFIX`] + the button's data (at most [`MAX_BUTTONS`] a message: the engine pages
//! longer menus with «Trang sau ›», so that a typed number counts them as shown), images
//! and documents uploaded first (`/v2.0/oa/upload/image` ≤ 1 MB, `/v2.0/oa/upload/file`
//! ≤ 5 MB). The OA API has no voice message: a voice note goes as a link (one held by another
//! channel, a Telegram file id, as a link to the media store's copy). A group the OA
//! created (GMF) gets text through `/v3.0/oa/group/message` (no buttons there).
//!
//! Zalo answers errors with HTTP 200 and a non-zero `error`; [`classify`] sorts each code.
//! -216/-220 (token invalid or expired) are handled here: the token is refreshed once and the
//! call tried once more.

use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use super::inbound::{BUTTON_PREFIX, text_of};
use super::token::Tokens;
use crate::delivery::{Part, SendError, Sender};
use crate::domain::petition::Part as Media;
use crate::media::MediaLinks;
use crate::message::{Channel, ChatKind};
use crate::store::outbox::Button;

/// Zalo's limit on one message's text, in characters.
pub const MAX_TEXT_LEN: usize = 2000;
/// Zalo's limit on buttons in one message.
pub const MAX_BUTTONS: usize = 5;
pub const MAX_IMAGE_BYTES: usize = 1024 * 1024;
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// A button title is kept this short (Zalo's limit is not documented).
const MAX_TITLE_CHARS: usize = 100;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// One call's failure, before it is sorted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// HTTP 200 with a non-zero `error`.
    Code(i64, String),
    Http(u16, Option<Duration>),
    Network(String),
    Unreadable,
}

/// Sorts a failed call into retry / give up / chat gone / outside the window.
pub fn classify(failure: Failure) -> SendError {
    let retry = |reason: String| SendError::Retryable {
        retry_after: None,
        reason,
    };
    let last = |reason: String| SendError::Final {
        deactivate_chat: false,
        reason,
    };
    match failure {
        Failure::Code(code, message) => {
            let reason = format!(
                "zalo error {code}: {}",
                message.chars().take(120).collect::<String>()
            );
            match code {
                // Over the app's rate: hold back.
                -32 => SendError::Retryable {
                    retry_after: Some(Duration::from_secs(30)),
                    reason,
                },
                // Attachment expired (uploads last 7 days): the next try uploads again.
                -100 => retry(reason),
                -201 => last(reason),
                // Out of quota, per-recipient limit: later, with backoff, then given up.
                -211 | -218 => retry(reason),
                // The person does not follow the OA (any more).
                -213 => SendError::Final {
                    deactivate_chat: true,
                    reason,
                },
                // Still refused after a refresh: kept until a person fixes the token.
                -216 | -220 => retry(reason),
                // Outside the 7-day window: counted apart, not a failure.
                -230 | -232 => SendError::OutsideWindow { reason },
                // Not available for this type of OA; the person restricted this kind of message.
                -235 | -244 => last(reason),
                _ => retry(reason),
            }
        }
        Failure::Http(429, wait) => SendError::Retryable {
            retry_after: Some(wait.unwrap_or(Duration::from_secs(30))),
            reason: "HTTP 429".into(),
        },
        Failure::Http(status, _) => retry(format!("HTTP {status}")),
        Failure::Network(e) => retry(format!("network: {e}")),
        Failure::Unreadable => retry("unreadable answer from Zalo".into()),
    }
}

/// A request body, rebuilt for the retry after a token refresh.
enum Body<'a> {
    Json(&'a Value),
    File {
        bytes: &'a [u8],
        name: &'a str,
        mime: &'a str,
    },
}

/// The OA API: every call with the current access token.
#[derive(Clone)]
pub struct Api {
    http: reqwest::Client,
    base: String,
    tokens: Arc<Tokens>,
}

impl Api {
    pub fn new(http: reqwest::Client, base: &str, tokens: Arc<Tokens>) -> Self {
        Self {
            http,
            base: base.trim_end_matches('/').to_string(),
            tokens,
        }
    }

    /// A client for Zalo's servers (and for downloading attachments).
    pub fn client() -> Result<reqwest::Client, String> {
        reqwest::Client::builder()
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| e.to_string())
    }

    /// Posts to `path`; on -216/-220 refreshes the token once and tries once more.
    async fn post(&self, path: &str, body: Body<'_>) -> Result<Value, SendError> {
        let token = self
            .tokens
            .access()
            .await
            .map_err(|e| SendError::Retryable {
                retry_after: None,
                reason: e.to_string(),
            })?;
        match self.post_with(path, &body, &token).await {
            Err(Failure::Code(code @ (-216 | -220), _)) => {
                tracing::warn!(code, "zalo: access token refused; refreshing");
                let token =
                    self.tokens
                        .refresh(Some(&token))
                        .await
                        .map_err(|e| SendError::Retryable {
                            retry_after: None,
                            reason: e.to_string(),
                        })?;
                self.post_with(path, &body, &token).await.map_err(classify)
            }
            other => other.map_err(classify),
        }
    }

    async fn post_with(&self, path: &str, body: &Body<'_>, token: &str) -> Result<Value, Failure> {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("access_token", token);
        let request = match body {
            Body::Json(v) => request.json(v),
            Body::File { bytes, name, mime } => {
                let part = reqwest::multipart::Part::bytes(bytes.to_vec())
                    .file_name(name.to_string())
                    .mime_str(mime)
                    .map_err(|e| Failure::Network(e.without_url().to_string()))?;
                request.multipart(reqwest::multipart::Form::new().part("file", part))
            }
        };
        let response = request
            .send()
            .await
            .map_err(|e| Failure::Network(e.without_url().to_string()))?;
        let status = response.status();
        if !status.is_success() {
            let wait = response
                .headers()
                .get("retry-after")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(Failure::Http(status.as_u16(), wait));
        }
        let answer: Value = response.json().await.map_err(|_| Failure::Unreadable)?;
        let code = answer
            .get("error")
            .and_then(|e| e.as_i64().or_else(|| text_of(e)?.parse().ok()))
            .unwrap_or(0);
        if code != 0 {
            let message = answer
                .get("message")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            return Err(Failure::Code(code, message));
        }
        Ok(answer.get("data").cloned().unwrap_or(Value::Null))
    }

    /// Fetches an attachment (a Zalo CDN URL) to upload it again, up to `max` bytes.
    async fn download(&self, url: &str, max: usize) -> Result<Option<Vec<u8>>, SendError> {
        let response = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| classify(Failure::Network(e.without_url().to_string())))?;
        if !response.status().is_success() {
            return Err(classify(Failure::Http(response.status().as_u16(), None)));
        }
        if response.content_length().is_some_and(|n| n as usize > max) {
            return Ok(None);
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| classify(Failure::Network(e.without_url().to_string())))?;
        Ok((bytes.len() <= max).then(|| bytes.to_vec()))
    }
}

pub struct ZaloSender {
    api: Api,
    /// Links for attachments another channel holds (a Telegram voice note).
    links: Option<Arc<dyn MediaLinks>>,
}

impl ZaloSender {
    pub fn new(api: Api) -> Self {
        Self { api, links: None }
    }

    /// Sends another channel's attachments as links from `links`.
    pub fn with_links(mut self, links: Arc<dyn MediaLinks>) -> Self {
        self.links = Some(links);
        self
    }

    async fn cs(&self, user: &str, message: Value) -> Result<String, SendError> {
        let body = json!({"recipient": {"user_id": user}, "message": message});
        let data = self
            .api
            .post("/v3.0/oa/message/cs", Body::Json(&body))
            .await?;
        Ok(data.get("message_id").and_then(text_of).unwrap_or_default())
    }

    /// Text with up to [`MAX_BUTTONS`] buttons. The engine pages longer menus
    /// (`message::fit_buttons`), so that a typed number counts what is shown; a message that
    /// still has more (none should) shows the first five rather than fail.
    async fn text_and_buttons(
        &self,
        user: &str,
        text: &str,
        buttons: &[Vec<Button>],
    ) -> Result<String, SendError> {
        let flat: Vec<&Button> = buttons.iter().flatten().collect();
        if flat.is_empty() {
            return self.cs(user, json!({"text": text})).await;
        }
        if flat.len() > MAX_BUTTONS {
            tracing::warn!(
                buttons = flat.len(),
                "a Zalo message over five buttons, cut to five"
            );
        }
        let buttons: Vec<Value> = flat.iter().take(MAX_BUTTONS).map(|b| button(b)).collect();
        self.cs(
            user,
            json!({
                "text": text,
                "attachment": {"type": "template", "payload": {"buttons": buttons}}
            }),
        )
        .await
    }

    async fn upload(
        &self,
        path: &str,
        bytes: &[u8],
        name: &str,
        mime: &str,
    ) -> Result<Value, SendError> {
        self.api.post(path, Body::File { bytes, name, mime }).await
    }

    async fn media(&self, user: &str, media: &Media, caption: &str) -> Result<String, SendError> {
        match media {
            Media::Photo { file_ref, .. } if is_url(file_ref) => {
                let image = match self.api.download(file_ref, MAX_IMAGE_BYTES).await? {
                    Some(bytes) => {
                        let data = self
                            .upload("/v2.0/oa/upload/image", &bytes, "anh.jpg", "image/jpeg")
                            .await?;
                        match data.get("attachment_id").and_then(text_of) {
                            Some(id) => json!({"media_type": "image", "attachment_id": id}),
                            None => json!({"media_type": "image", "url": file_ref}),
                        }
                    }
                    // Over Zalo's upload limit: Zalo fetches it by its address.
                    None => json!({"media_type": "image", "url": file_ref}),
                };
                let mut message = json!({"attachment": {"type": "template", "payload": {
                    "template_type": "media", "elements": [image]}}});
                if !caption.is_empty() {
                    message["text"] = json!(caption);
                }
                self.cs(user, message).await
            }
            Media::Document { file_ref } if is_url(file_ref) => {
                if !caption.is_empty() {
                    self.cs(user, json!({"text": caption})).await?;
                }
                match self.api.download(file_ref, MAX_FILE_BYTES).await? {
                    Some(bytes) => {
                        let data = self
                            .upload(
                                "/v2.0/oa/upload/file",
                                &bytes,
                                &file_name(file_ref),
                                "application/octet-stream",
                            )
                            .await?;
                        let token = data.get("token").and_then(text_of).ok_or_else(|| {
                            SendError::Retryable {
                                retry_after: None,
                                reason: "upload answered without a token".into(),
                            }
                        })?;
                        self.cs(
                            user,
                            json!({"attachment": {"type": "file", "payload": {"token": token}}}),
                        )
                        .await
                    }
                    None => self.cs(user, json!({"text": file_ref})).await,
                }
            }
            // No audio messages on the OA API: the voice note as a link.
            Media::Voice { file_ref } | Media::Audio { file_ref } if is_url(file_ref) => {
                self.cs(user, json!({"text": with_link(caption, file_ref)}))
                    .await
            }
            Media::Location {
                latitude,
                longitude,
            } => {
                let link = format!("https://maps.google.com/?q={latitude},{longitude}");
                self.cs(user, json!({"text": with_link(caption, &link)}))
                    .await
            }
            Media::Text { text } => self.cs(user, json!({"text": text})).await,
            // A file id of another platform (a Telegram voice note): a link to the media
            // store's copy, when there is one.
            Media::Voice { file_ref }
            | Media::Audio { file_ref }
            | Media::Photo { file_ref, .. }
            | Media::Document { file_ref } => {
                let link = match &self.links {
                    Some(links) => links.link(file_ref).await,
                    None => None,
                };
                match link {
                    Some(url) => {
                        self.cs(user, json!({"text": with_link(caption, &url)}))
                            .await
                    }
                    None if !caption.is_empty() => self.cs(user, json!({"text": caption})).await,
                    None => Err(SendError::Final {
                        deactivate_chat: false,
                        reason: "attachment not reachable from Zalo".into(),
                    }),
                }
            }
        }
    }

    /// A GMF group: text only (no buttons in group messages); media as links.
    async fn group(&self, group: &str, part: &Part<'_>) -> Result<String, SendError> {
        let text = match part.media {
            Some(Media::Voice { file_ref })
            | Some(Media::Audio { file_ref })
            | Some(Media::Photo { file_ref, .. })
            | Some(Media::Document { file_ref })
                if is_url(file_ref) =>
            {
                with_link(part.text, file_ref)
            }
            _ => part.text.to_string(),
        };
        if text.trim().is_empty() {
            return Err(SendError::Final {
                deactivate_chat: false,
                reason: "nothing Zalo groups can show".into(),
            });
        }
        let body = json!({"recipient": {"group_id": group}, "message": {"text": text}});
        let data = self
            .api
            .post("/v3.0/oa/group/message", Body::Json(&body))
            .await?;
        Ok(data.get("message_id").and_then(text_of).unwrap_or_default())
    }
}

fn is_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

fn with_link(caption: &str, url: &str) -> String {
    if caption.trim().is_empty() {
        url.to_string()
    } else {
        format!("{caption}\n{url}")
    }
}

fn file_name(url: &str) -> String {
    url.split(['?', '#'])
        .next()
        .and_then(|u| u.rsplit('/').next())
        .filter(|n| !n.is_empty())
        .unwrap_or("tep")
        .to_string()
}

/// One button as Zalo's `oa.query.hide`. Labels are not numbered: where a step takes typed
/// content (a petition's text), a typed "1" is content, and a number on the button would say
/// otherwise; where numbers press buttons, they count as on Telegram.
pub fn button(b: &Button) -> Value {
    let title: String = b.label.chars().take(MAX_TITLE_CHARS).collect();
    json!({
        "title": title,
        "type": "oa.query.hide",
        "payload": format!("{BUTTON_PREFIX}{}", b.data),
    })
}

impl Sender for ZaloSender {
    fn channel(&self) -> Channel {
        Channel::Zalo
    }

    fn max_text_len(&self) -> usize {
        MAX_TEXT_LEN
    }

    async fn send(&self, part: Part<'_>) -> Result<String, SendError> {
        let chat = part.chat_external_id;
        if part.chat_kind == ChatKind::Group {
            return self.group(chat, &part).await;
        }
        match part.media {
            // Buttons cannot go under an attachment: the attachment first, then its text with
            // the buttons (a bare arrow where there is no text).
            Some(media) if part.buttons.iter().any(|r| !r.is_empty()) => {
                self.media(chat, media, "").await?;
                let text = if part.text.trim().is_empty() {
                    "⬆️"
                } else {
                    part.text
                };
                self.text_and_buttons(chat, text, part.buttons).await
            }
            Some(media) => self.media(chat, media, part.text).await,
            None => self.text_and_buttons(chat, part.text, part.buttons).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_documented_code_is_sorted() {
        let c = |code| classify(Failure::Code(code, "x".into()));
        assert!(matches!(
            c(-32),
            SendError::Retryable {
                retry_after: Some(_),
                ..
            }
        ));
        for code in [-100, -211, -216, -218, -220, -1] {
            assert!(
                matches!(
                    c(code),
                    SendError::Retryable {
                        retry_after: None,
                        ..
                    }
                ),
                "{code}"
            );
        }
        for code in [-201, -235, -244] {
            assert!(
                matches!(
                    c(code),
                    SendError::Final {
                        deactivate_chat: false,
                        ..
                    }
                ),
                "{code}"
            );
        }
        assert!(matches!(
            c(-213),
            SendError::Final {
                deactivate_chat: true,
                ..
            }
        ));
        for code in [-230, -232] {
            assert!(matches!(c(code), SendError::OutsideWindow { .. }), "{code}");
        }
        assert!(matches!(
            classify(Failure::Http(502, None)),
            SendError::Retryable { .. }
        ));
    }

    #[test]
    fn buttons_carry_their_data_behind_the_prefix() {
        let b = Button {
            label: "Tiếng Việt".into(),
            data: "lang:vi".into(),
        };
        let v = button(&b);
        assert_eq!(v["type"], "oa.query.hide");
        assert_eq!(v["payload"], "#lt:lang:vi");
        assert_eq!(v["title"], "Tiếng Việt");
    }

    #[test]
    fn a_file_name_is_read_from_its_address() {
        assert_eq!(file_name("https://z.cdn/a/don-thu.pdf?x=1"), "don-thu.pdf");
        assert_eq!(file_name("https://z.cdn/"), "tep");
    }
}
