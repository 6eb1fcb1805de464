//! The console channel: the bot in a terminal, or driven by a script on standard input.
//!
//! Line protocol (one line is one inbound message):
//! - a plain line is a text message; `/lenh` is a command;
//! - `N` or `[N]` presses button N of the latest message with buttons sent to that person (the
//!   engine reads a typed number so on every channel; the buttons come from the outbox, so
//!   they are remembered across runs);
//! - a line equal to a button's label (case- and diacritic-insensitive) presses that button;
//! - `@handle: text` sends as another person (created on first use), so one script can play a
//!   villager, an officer and an admin.
//!
//! Each bot message prints a heading line saying whom it is for (`🤖 Loa Thôn → @lan:`), its
//! text, then each button on its own line as `[N] label`, then a blank line.

use std::io::Write;

use tokio::io::{AsyncBufRead, AsyncBufReadExt};

use crate::domain::LocaleTag;
use crate::domain::petition::Part;
use crate::domain::text::{clean_input, label_key};
use crate::i18n::Msg;
use crate::message::{Channel, Event, HandleFailed, Handler, Inbound};
use crate::store::chats::ChatKind;
use crate::store::outbox::{self, Outbound};
use crate::store::{Db, StoreError};

/// How long a console delivery may hold an outbox row before another sender may take it.
const LEASE_MS: i64 = 30_000;

/// A message the console printed: to whom, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Printed {
    pub handle: String,
    pub message: Outbound,
}

/// Why a console line could not be played.
#[derive(Debug, thiserror::Error)]
pub enum ConsoleError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Handle(#[from] HandleFailed),
}

pub struct Console {
    handler: std::sync::Arc<dyn Handler>,
    i18n: std::sync::Arc<crate::i18n::Localizer>,
    db: Db,
    clock: std::sync::Arc<dyn crate::clock::Clock>,
    outbox_retention_days: u32,
    relay_remind_after_ms: i64,
    default_handle: String,
}

impl Console {
    pub fn new(app: &crate::app::App, default_handle: &str) -> Self {
        Self {
            handler: app.handler(),
            i18n: app.i18n.clone(),
            db: app.db.clone(),
            clock: app.clock.clone(),
            outbox_retention_days: app.config.outbox_retention_days,
            relay_remind_after_ms: i64::from(app.config.relay_remind_after_minutes) * 60_000,
            default_handle: default_handle.to_string(),
        }
    }

    pub fn default_handle(&self) -> &str {
        &self.default_handle
    }

    /// Handles one line of the protocol and returns what the bot sent, in order.
    pub async fn send_line(&mut self, raw: &str) -> Result<Vec<Printed>, ConsoleError> {
        let (handle, body) = split_sender(raw, &self.default_handle);
        let event = self.event_for(&handle, &body).await?;
        let inbound = Inbound {
            channel: Channel::Console,
            chat_id: handle.clone(),
            chat_kind: ChatKind::Private,
            chat_title: None,
            sender_id: handle.clone(),
            sender_name: None,
            language_hint: None,
            event,
        };
        // A failed update already queued an apology; deliver it either way.
        let result = self.handler.handle_update(inbound, None, None).await;
        // Deadlines fall due as time passes; the console checks them after each line.
        crate::services::deadlines::sweep(&self.db, &self.i18n, self.clock.as_ref()).await?;
        crate::services::broadcasts::tick(&self.db, &self.i18n, self.clock.as_ref()).await?;
        crate::services::relay::remind(
            &self.db,
            &self.i18n,
            self.clock.as_ref(),
            self.relay_remind_after_ms,
        )
        .await?;
        let printed = self.deliver().await?;
        // What was just printed may have been a deleted person's last message; and messages
        // past the retention time lose their text.
        let now = self.clock.now_ms();
        crate::services::privacy::forget_chats(&self.db, now).await?;
        crate::services::privacy::purge_outbox(&self.db, now, self.outbox_retention_days).await?;
        result?;
        Ok(printed)
    }

    /// Reads `[N]` and button labels as presses of the latest buttons shown to `handle`. A
    /// `[N]` past the last button goes on as the number `N`, which the engine answers.
    async fn event_for(&self, handle: &str, body: &str) -> Result<Event, StoreError> {
        let bracketed = body
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .map(str::trim)
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let key = label_key(body);
        if bracketed.is_none() && key.is_empty() {
            return Ok(Event::Text(body.to_string()));
        }
        let mut conn = self.db.pool.acquire().await?;
        let buttons =
            outbox::latest_buttons_in(&mut conn, Channel::Console.as_str(), handle).await?;
        if let Some(n) = bracketed {
            let pressed = n
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .and_then(|i| buttons.get(i));
            return Ok(match pressed {
                Some(b) => Event::Button(b.data.clone()),
                None => Event::Text(n.to_string()),
            });
        }
        Ok(match buttons.iter().find(|b| label_key(&b.label) == key) {
            Some(b) => Event::Button(b.data.clone()),
            None => Event::Text(body.to_string()),
        })
    }

    /// Sends every pending console message: prints nothing itself, returns them in order.
    pub async fn deliver(&mut self) -> Result<Vec<Printed>, StoreError> {
        let mut printed = Vec::new();
        loop {
            let now = self.clock.now_ms();
            let batch = outbox::claim(
                &self.db,
                Channel::Console.as_str(),
                "console",
                100,
                now,
                LEASE_MS,
            )
            .await?;
            if batch.is_empty() {
                return Ok(printed);
            }
            for row in batch {
                outbox::mark_sent(&self.db, row.id, Some(&row.id.to_string()), now).await?;
                printed.push(Printed {
                    handle: row.chat_external_id,
                    message: row.message,
                });
            }
        }
    }

    /// Formats printed messages in the protocol's output format.
    pub fn format(&self, printed: &[Printed]) -> String {
        let mut out = String::new();
        for p in printed {
            let heading = self.i18n.render(
                &LocaleTag::vi(),
                &Msg::new("console-to").arg("handle", p.handle.clone()),
            );
            out.push_str(&heading);
            out.push('\n');
            out.push_str(&p.message.text);
            out.push('\n');
            if let Some(media) = &p.message.media {
                out.push_str(&media_line(media));
                out.push('\n');
            }
            for (i, b) in p.message.buttons.iter().flatten().enumerate() {
                out.push_str(&format!("[{}] {}\n", i + 1, b.label));
            }
            out.push('\n');
        }
        out
    }

    /// Runs the protocol over `input` until it ends. On a terminal, shows a prompt and opens
    /// the conversation with `/start` for a newcomer.
    pub async fn run<R, W>(
        &mut self,
        mut input: R,
        output: &mut W,
        interactive: bool,
    ) -> anyhow::Result<()>
    where
        R: AsyncBufRead + Unpin,
        W: Write,
    {
        if interactive {
            let hint = self
                .i18n
                .render(&LocaleTag::vi(), &Msg::new("console-hint"));
            writeln!(output, "{hint}\n")?;
            let printed = self.send_line("/start").await?;
            write!(output, "{}", self.format(&printed))?;
        }
        let mut buf = Vec::new();
        loop {
            if interactive {
                write!(output, "@{} › ", self.default_handle)?;
                output.flush()?;
            }
            buf.clear();
            if input.read_until(b'\n', &mut buf).await? == 0 {
                break;
            }
            // Invalid UTF-8 and control bytes become nothing: junk never reaches the engine.
            let line = String::from_utf8_lossy(&buf);
            let line = line.trim_end_matches(['\n', '\r']);
            match self.send_line(line).await {
                Ok(printed) => write!(output, "{}", self.format(&printed))?,
                Err(e) => {
                    tracing::error!(error = %e, "console: update failed");
                    let printed = self.deliver().await?;
                    write!(output, "{}", self.format(&printed))?;
                }
            }
            output.flush()?;
        }
        Ok(())
    }
}

/// How the console shows a platform attachment it cannot play: `<voice file-ref>`.
fn media_line(media: &Part) -> String {
    match media {
        Part::Text { text } => text.clone(),
        Part::Voice { file_ref } => format!("<voice {file_ref}>"),
        Part::Audio { file_ref } => format!("<audio {file_ref}>"),
        Part::Photo { file_ref, .. } => format!("<photo {file_ref}>"),
        Part::Document { file_ref } => format!("<document {file_ref}>"),
        Part::Location {
            latitude,
            longitude,
        } => format!("<location {latitude},{longitude}>"),
    }
}

/// `@handle: text` → (handle, text); anything else is from the default person.
fn split_sender(raw: &str, default: &str) -> (String, String) {
    if let Some(rest) = raw.trim_start().strip_prefix('@')
        && let Some((handle, text)) = rest.split_once(':')
    {
        let handle = handle.trim();
        let valid = !handle.is_empty()
            && handle.len() <= 32
            && handle
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'));
        if valid {
            return (handle.to_string(), clean_input(text));
        }
    }
    (default.to_string(), clean_input(raw))
}

#[cfg(test)]
mod tests {
    use super::split_sender;

    #[test]
    fn a_handle_prefix_speaks_as_someone_else() {
        assert_eq!(
            split_sender("@can_bo: /hangdoi", "lan"),
            ("can_bo".into(), "/hangdoi".into())
        );
        assert_eq!(
            split_sender("xin chào", "lan"),
            ("lan".into(), "xin chào".into())
        );
    }

    #[test]
    fn an_email_like_or_spaced_prefix_is_plain_text() {
        assert_eq!(split_sender("@ a b: x", "lan").0, "lan");
        assert_eq!(split_sender("@: x", "lan").0, "lan");
    }
}
