//! Outbox rows → Telegram messages, and Telegram's errors → what the delivery worker should do.

use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId};
use teloxide::{ApiError, RequestError};

use crate::delivery::{Part, SendError, Sender};
use crate::domain::petition::Part as MediaPart;
use crate::message::Channel;
use crate::store::outbox::Button;

/// Telegram's limit on one message's text, in UTF-16 code units.
pub const MAX_TEXT_LEN: usize = 4096;
/// Telegram's limit on a button's callback data, in bytes.
pub const MAX_CALLBACK_DATA: usize = 64;

pub struct TelegramSender {
    bot: Bot,
    username: String,
}

impl TelegramSender {
    /// `username` is the bot's (from `getMe`), for deep links.
    pub fn new(bot: Bot, username: impl Into<String>) -> Self {
        Self {
            bot,
            username: username.into(),
        }
    }
}

impl Sender for TelegramSender {
    fn channel(&self) -> Channel {
        Channel::Telegram
    }

    fn max_text_len(&self) -> usize {
        MAX_TEXT_LEN
    }

    async fn send(&self, part: Part<'_>) -> Result<String, SendError> {
        let chat = part
            .chat_external_id
            .parse::<i64>()
            .map_err(|_| SendError::Final {
                deactivate_chat: false,
                reason: "not a Telegram chat id".into(),
            })?;
        let markup = keyboard(part.buttons, &self.username);
        if let Some(media) = part.media {
            return self
                .send_media(ChatId(chat), media, part.text, markup, part.paid_broadcast)
                .await;
        }
        if let Some(id) = part.edit_of.and_then(|id| id.parse::<i32>().ok()) {
            let mut edit = self
                .bot
                .edit_message_text(ChatId(chat), MessageId(id), part.text);
            if let Some(markup) = markup.clone() {
                edit = edit.reply_markup(markup);
            }
            match edit.await {
                Ok(message) => return Ok(message.id.0.to_string()),
                // Pressed twice: the picker already shows this page.
                Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(id.to_string()),
                Err(e) => match classify(e) {
                    // Too old to edit, deleted, …: send it as a new message instead.
                    SendError::Final {
                        deactivate_chat: false,
                        ..
                    } => {}
                    other => return Err(other),
                },
            }
        }
        let mut request = self.bot.send_message(ChatId(chat), part.text);
        if part.paid_broadcast {
            request = request.allow_paid_broadcast(true);
        }
        if let Some(markup) = markup {
            request = request.reply_markup(markup);
        }
        match request.await {
            Ok(message) => Ok(message.id.0.to_string()),
            Err(e) => sent_anyway(e),
        }
    }
}

impl TelegramSender {
    /// An attachment by its Telegram file id (voice notes, photos and documents people sent
    /// stay on Telegram's servers; the bot forwards the reference).
    async fn send_media(
        &self,
        chat: ChatId,
        media: &MediaPart,
        caption: &str,
        markup: Option<InlineKeyboardMarkup>,
        paid: bool,
    ) -> Result<String, SendError> {
        // A reference of another channel's (a Zalo attachment is an https address): Telegram
        // fetches it by its address.
        let file = |id: &str| match url::Url::parse(id) {
            Ok(u) if matches!(u.scheme(), "https" | "http") => InputFile::url(u),
            _ => InputFile::file_id(FileId(id.to_string())),
        };
        let caption = caption.to_string();
        let result = match media {
            MediaPart::Voice { file_ref } => {
                let mut r = self.bot.send_voice(chat, file(file_ref));
                if paid {
                    r = r.allow_paid_broadcast(true);
                }
                if !caption.is_empty() {
                    r = r.caption(caption);
                }
                if let Some(m) = markup {
                    r = r.reply_markup(m);
                }
                r.await
            }
            MediaPart::Audio { file_ref } => {
                let mut r = self.bot.send_audio(chat, file(file_ref));
                if paid {
                    r = r.allow_paid_broadcast(true);
                }
                if !caption.is_empty() {
                    r = r.caption(caption);
                }
                if let Some(m) = markup {
                    r = r.reply_markup(m);
                }
                r.await
            }
            MediaPart::Photo { file_ref, .. } => {
                let mut r = self.bot.send_photo(chat, file(file_ref));
                if paid {
                    r = r.allow_paid_broadcast(true);
                }
                if !caption.is_empty() {
                    r = r.caption(caption);
                }
                if let Some(m) = markup {
                    r = r.reply_markup(m);
                }
                r.await
            }
            MediaPart::Document { file_ref } => {
                let mut r = self.bot.send_document(chat, file(file_ref));
                if paid {
                    r = r.allow_paid_broadcast(true);
                }
                if !caption.is_empty() {
                    r = r.caption(caption);
                }
                if let Some(m) = markup {
                    r = r.reply_markup(m);
                }
                r.await
            }
            MediaPart::Location {
                latitude,
                longitude,
            } => {
                let mut r = self.bot.send_location(chat, *latitude, *longitude);
                if paid {
                    r = r.allow_paid_broadcast(true);
                }
                if let Some(m) = markup {
                    r = r.reply_markup(m);
                }
                r.await
            }
            MediaPart::Text { text } => self.bot.send_message(chat, text.clone()).await,
        };
        match result {
            Ok(m) => Ok(m.id.0.to_string()),
            Err(e) => sent_anyway(e),
        }
    }
}

/// Inline keyboard for the engine's buttons. `start:<payload>` is a deep link into the private
/// chat (`t.me/<bot>?start=<payload>`); anything else is a callback button. A button whose data
/// does not fit Telegram's 64 bytes is left out (and logged) rather than losing the message.
pub fn keyboard(rows: &[Vec<Button>], username: &str) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = rows
        .iter()
        .map(|row| {
            row.iter()
                .filter_map(|b| button(b, username))
                .collect::<Vec<_>>()
        })
        .filter(|row| !row.is_empty())
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

fn button(b: &Button, username: &str) -> Option<InlineKeyboardButton> {
    if let Some(payload) = b.data.strip_prefix("start:") {
        let valid = payload.len() <= 64
            && payload
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        let link = if valid && !payload.is_empty() {
            format!("https://t.me/{username}?start={payload}")
        } else {
            format!("https://t.me/{username}")
        };
        return url::Url::parse(&link)
            .ok()
            .map(|u| InlineKeyboardButton::url(b.label.clone(), u));
    }
    if b.data.len() > MAX_CALLBACK_DATA {
        tracing::error!(
            bytes = b.data.len(),
            "button data over Telegram's 64 bytes left out"
        );
        return None;
    }
    Some(InlineKeyboardButton::callback(
        b.label.clone(),
        b.data.clone(),
    ))
}

/// A send's error, unless the Bot API said it succeeded in an answer teloxide could not read
/// (a field it does not know, a truncated body that still shows `"ok":true`): then the message
/// is in the chat, and sending it again would show it twice. Its id is unknown (empty).
fn sent_anyway(error: RequestError) -> Result<String, SendError> {
    match &error {
        RequestError::InvalidJson { raw, .. } if answered_ok(raw) => {
            tracing::warn!("telegram: a send succeeded but its answer could not be read");
            Ok(String::new())
        }
        _ => Err(classify(error)),
    }
}

/// Whether a Bot API answer says `"ok": true`, however the rest of it reads.
fn answered_ok(raw: &str) -> bool {
    let compact: String = raw
        .chars()
        .take(64)
        .filter(|c| !c.is_whitespace())
        .collect();
    compact.starts_with("{\"ok\":true")
}

/// Sorts a Telegram error into retry / give up / chat gone / chat moved.
pub fn classify(error: RequestError) -> SendError {
    match error {
        RequestError::RetryAfter(wait) => SendError::Retryable {
            retry_after: Some(Duration::from_secs(u64::from(wait.seconds()))),
            reason: "Too Many Requests".into(),
        },
        RequestError::MigrateToChatId(to) => SendError::Migrated {
            to: to.0.to_string(),
        },
        RequestError::Network(e) => SendError::Retryable {
            retry_after: None,
            reason: format!("network: {e}"),
        },
        RequestError::Io(e) => SendError::Retryable {
            retry_after: None,
            reason: format!("io: {e}"),
        },
        // A proxy's HTML error page, a truncated answer: try again.
        RequestError::InvalidJson { .. } => SendError::Retryable {
            retry_after: None,
            reason: "unreadable answer from the Bot API".into(),
        },
        RequestError::Api(api) => classify_api(api),
    }
}

fn classify_api(api: ApiError) -> SendError {
    let gone = |reason: String| SendError::Final {
        deactivate_chat: true,
        reason,
    };
    match api {
        ApiError::BotBlocked
        | ApiError::BotKicked
        | ApiError::BotKickedFromSupergroup
        | ApiError::BotKickedFromChannel
        | ApiError::UserDeactivated
        | ApiError::CantInitiateConversation
        | ApiError::ChatNotFound
        | ApiError::GroupDeactivated => gone(api.to_string()),
        // A wrong token fails every send: keep the messages until the operator fixes it.
        ApiError::InvalidToken => SendError::Retryable {
            retry_after: None,
            reason: api.to_string(),
        },
        ApiError::Unknown(text) => classify_text(&text),
        other => SendError::Final {
            deactivate_chat: false,
            reason: other.to_string(),
        },
    }
}

/// Descriptions teloxide does not know (it reports them as `ApiError::Unknown`), e.g.
/// "Forbidden: bot was kicked from the group chat" and server errors.
fn classify_text(text: &str) -> SendError {
    let lower = text.to_lowercase();
    let reason = text.chars().take(200).collect::<String>();
    if lower.starts_with("forbidden")
        || lower.contains("bot was kicked")
        || lower.contains("bot was blocked")
        || lower.contains("chat not found")
        || lower.contains("user is deactivated")
    {
        SendError::Final {
            deactivate_chat: true,
            reason,
        }
    } else if lower.starts_with("bad request") {
        SendError::Final {
            deactivate_chat: false,
            reason,
        }
    } else {
        // Internal Server Error, Bad Gateway, Too Many Requests without a delay, …
        SendError::Retryable {
            retry_after: None,
            reason,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unreadable_success_counts_as_sent() {
        assert!(answered_ok(
            r#"{"ok":true,"result":{"message_id":7,"chat":{"#
        ));
        assert!(answered_ok("{ \"ok\" : true, \"result\": 1}"));
        assert!(!answered_ok("<html><body>502 Bad Gateway</body></html>"));
        assert!(!answered_ok(r#"{"ok":false,"error_code":500}"#));
    }

    #[test]
    fn kicked_from_a_group_is_final_and_deactivates() {
        let e = classify(RequestError::Api(ApiError::Unknown(
            "Forbidden: bot was kicked from the group chat".into(),
        )));
        assert!(matches!(
            e,
            SendError::Final {
                deactivate_chat: true,
                ..
            }
        ));
    }

    #[test]
    fn blocked_is_final_and_deactivates() {
        assert!(matches!(
            classify(RequestError::Api(ApiError::BotBlocked)),
            SendError::Final {
                deactivate_chat: true,
                ..
            }
        ));
    }

    #[test]
    fn server_errors_are_retried() {
        assert!(matches!(
            classify(RequestError::Api(ApiError::Unknown(
                "Internal Server Error".into()
            ))),
            SendError::Retryable {
                retry_after: None,
                ..
            }
        ));
    }

    #[test]
    fn deep_links_become_url_buttons_and_long_data_is_dropped() {
        let rows = vec![vec![
            Button {
                label: "Nhắn riêng".into(),
                data: "start:menu-v12".into(),
            },
            Button {
                label: "x".into(),
                data: "y".repeat(65),
            },
        ]];
        let markup = keyboard(&rows, "LoaThonBot").unwrap();
        let json = serde_json::to_string(&markup).unwrap();
        assert!(
            json.contains("https://t.me/LoaThonBot?start=menu-v12"),
            "{json}"
        );
        assert!(!json.contains("yyyy"));
    }
}
