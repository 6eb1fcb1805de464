//! The messages every layer speaks: what a channel hands in ([`Inbound`], [`Event`]), what the
//! engine and the services want said ([`Reply`], [`ButtonSpec`]), and what the outbox stores and
//! a channel sends ([`Outbound`]). No platform types here, and nothing above this module: the
//! channels, the engine, the services and the delivery worker all import it.

use serde::{Deserialize, Serialize};

use crate::domain::LocaleTag;
use crate::domain::petition::Part;
use crate::i18n::{Localizer, Msg};
use crate::intent::Intent;

/// A private chat with one person, or a group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
}

impl ChatKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChatKind::Private => "private",
            ChatKind::Group => "group",
        }
    }
}

/// Which adapter a message came through; also the `channel` column of people and chats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Telegram,
    Zalo,
    Console,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Telegram => "telegram",
            Channel::Zalo => "zalo",
            Channel::Console => "console",
        }
    }

    /// The most buttons one message may carry, where the platform limits them (Zalo: 5);
    /// pickers page by it.
    pub fn max_buttons(self) -> Option<usize> {
        match self {
            Channel::Zalo => Some(5),
            Channel::Telegram | Channel::Console => None,
        }
    }

    /// Whether a message in a chat of `kind` can carry buttons: not in the groups a Zalo OA
    /// created (GMF), whose messages are text, image, file or sticker. Texts that say "press
    /// the button below" have a variant for the others.
    pub fn shows_buttons(self, kind: ChatKind) -> bool {
        !(self == Channel::Zalo && kind == ChatKind::Group)
    }

    /// Whether a message forwarded by a person keeps its buttons (Telegram's link buttons do;
    /// a forwarded Zalo message is its text only).
    pub fn forwards_buttons(self) -> bool {
        self != Channel::Zalo
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "telegram" => Some(Channel::Telegram),
            "zalo" => Some(Channel::Zalo),
            "console" => Some(Channel::Console),
            _ => None,
        }
    }
}

/// One update from a person, as every channel describes it.
#[derive(Clone, Debug)]
pub struct Inbound {
    pub channel: Channel,
    pub chat_id: String,
    pub chat_kind: ChatKind,
    pub chat_title: Option<String>,
    pub sender_id: String,
    pub sender_name: Option<String>,
    /// The platform's idea of the person's language (Telegram's `language_code`).
    pub language_hint: Option<String>,
    pub event: Event,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Text(String),
    /// `/name args`, already split; `name` is lowercase and without `@botname`.
    Command {
        name: String,
        args: String,
    },
    /// A button press, carrying the button's data.
    Button(String),
    Voice {
        file_ref: String,
        duration_s: u32,
    },
    Audio {
        file_ref: String,
    },
    Photo {
        file_ref: String,
        caption: Option<String>,
    },
    Document {
        file_ref: String,
        name: Option<String>,
    },
    Location {
        latitude: f64,
        longitude: f64,
    },
    /// An attachment larger than the bot keeps ([`crate::media::MAX_MEDIA_BYTES`]): answered
    /// with the limit, and nothing else changes.
    TooLarge {
        max_mb: u32,
    },
    /// A shared contact card. The number is personal data: never logged, never shown in a group.
    Contact {
        phone: String,
    },
    /// Someone joined a group the bot is in.
    MemberJoined,
    MemberLeft,
    /// The bot was added to this group (by the inbound's sender).
    BotAdded,
    /// The bot was removed from this group, or the person blocked it in a private chat: stop
    /// sending there until the chat speaks again.
    BotRemoved,
}

impl Event {
    /// Reads a typed line: `/cmd@bot args` is a command, anything else text.
    pub fn from_text(text: &str) -> Event {
        if let Some(rest) = text.strip_prefix('/') {
            let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let name = head.split('@').next().unwrap_or(head);
            if !name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || c == '_') {
                return Event::Command {
                    name: crate::domain::text::fold_key(name),
                    args: args.trim().to_string(),
                };
            }
        }
        Event::Text(text.to_string())
    }
}

/// Text that is either a Fluent message or data shown as it is (a village's name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    L(Msg),
    Plain(String),
}

impl From<Msg> for Text {
    fn from(m: Msg) -> Self {
        Text::L(m)
    }
}

impl From<&'static str> for Text {
    fn from(id: &'static str) -> Self {
        Text::L(Msg::new(id))
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ButtonSpec {
    pub label: Text,
    pub data: String,
}

impl ButtonSpec {
    /// A button that asks for `intent` when pressed.
    pub fn new(label: impl Into<Text>, intent: Intent) -> Self {
        Self {
            label: label.into(),
            data: intent.encode(),
        }
    }
}

/// A message the engine wants sent, before rendering: paragraphs, rows of buttons, and
/// optionally a voice note, photo or place forwarded by reference.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Reply {
    pub paragraphs: Vec<Text>,
    pub buttons: Vec<Vec<ButtonSpec>>,
    pub media: Option<Part>,
    /// Sent as a message of its own, never folded into the next (see [`merge`]).
    pub alone: bool,
}

impl Reply {
    pub fn new(first: impl Into<Text>) -> Self {
        Self {
            paragraphs: vec![first.into()],
            buttons: Vec::new(),
            media: None,
            alone: false,
        }
    }

    /// This reply is a message of its own: what comes before and after it is sent apart (a
    /// screen that must be read whole, such as the emergency numbers).
    pub fn alone(mut self) -> Self {
        self.alone = true;
        self
    }

    /// A forwarded attachment with a caption.
    pub fn media(part: Part, caption: impl Into<Text>) -> Self {
        Self {
            media: Some(part),
            ..Self::new(caption)
        }
    }

    pub fn then(mut self, paragraph: impl Into<Text>) -> Self {
        self.paragraphs.push(paragraph.into());
        self
    }

    pub fn row(mut self, row: Vec<ButtonSpec>) -> Self {
        if !row.is_empty() {
            self.buttons.push(row);
        }
        self
    }

    /// One button per row.
    pub fn column(mut self, buttons: Vec<ButtonSpec>) -> Self {
        self.buttons.extend(buttons.into_iter().map(|b| vec![b]));
        self
    }
}

/// A rendered message, ready for any channel.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Outbound {
    /// The text; with `media`, its caption.
    pub text: String,
    /// Rows of buttons.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Vec<Button>>,
    /// A voice note, photo, document or place, sent by the platform's reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<Part>,
    /// The platform id of an earlier message (a picker) this one replaces, where the channel
    /// can edit messages; others send it as a new message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit_of: Option<String>,
    /// Every button of a message with more than its channel shows at once ([`fit_buttons`]):
    /// what a «Trang sau ›» press pages through. Empty for any other message.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub all_buttons: Vec<Button>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// What the press sends back; at most 64 bytes (Telegram's callback data limit).
    pub data: String,
}

impl Outbound {
    pub fn has_buttons(&self) -> bool {
        self.buttons.iter().any(|r| !r.is_empty())
    }
}

/// The buttons of each page when `total` buttons are shown at most `max` a message, the
/// page's «‹ Trang trước» and «Trang sau ›» included: ranges into the buttons. One page when
/// they fit.
pub fn button_pages(total: usize, max: usize) -> Vec<std::ops::Range<usize>> {
    if total <= max || max < 3 {
        return std::iter::once(0..total).collect();
    }
    let mut pages = Vec::new();
    let mut start = 0;
    loop {
        // Every page but the first has «previous»; every page but the last has «next».
        let previous = usize::from(start > 0);
        if total - start <= max - previous {
            pages.push(start..total);
            return pages;
        }
        let room = max - previous - 1;
        pages.push(start..start + room);
        start += room;
    }
}

/// A short key naming a paged message by its buttons (FNV-1a over labels and data): the page
/// turns carry it, so that «Trang sau ›» under an older message pages that message. Stable
/// across versions and restarts, as buttons wait in people's chats; two messages with the same
/// buttons share it, and paging either shows the same.
pub fn paged_key(buttons: &[Button]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            hash ^= u32::from(*b);
            hash = hash.wrapping_mul(0x0100_0193);
        }
        // A separator no label or data holds, so that ("ab", "c") and ("a", "bc") differ.
        hash ^= 0xff;
        hash = hash.wrapping_mul(0x0100_0193);
    };
    for b in buttons {
        eat(b.label.as_bytes());
        eat(b.data.as_bytes());
    }
    hash
}

/// Fits a message to a channel that shows at most `max` buttons a message (Zalo: 5): when it
/// has more, it shows page `page` of them, one a row, with «‹ Trang trước» / «Trang sau ›»
/// buttons ([`Intent::ButtonsPage`]), and keeps all of them for the page turns. A typed number
/// counts the buttons of the page on screen, as it counts those of any message.
pub fn fit_buttons(
    out: &mut Outbound,
    i18n: &Localizer,
    locale: &LocaleTag,
    max: usize,
    page: usize,
) {
    let all: Vec<Button> = if out.all_buttons.is_empty() {
        out.buttons.iter().flatten().cloned().collect()
    } else {
        out.all_buttons.clone()
    };
    let pages = button_pages(all.len(), max);
    if pages.len() < 2 {
        return;
    }
    let page = page.min(pages.len() - 1);
    let key = paged_key(&all);
    let mut rows: Vec<Vec<Button>> = all[pages[page].clone()]
        .iter()
        .map(|b| vec![b.clone()])
        .collect();
    let nav = |id: &'static str, to: usize| Button {
        label: i18n.render(locale, &Msg::new(id)),
        data: Intent::ButtonsPage {
            page: to,
            of: Some(key),
        }
        .encode(),
    };
    if page > 0 {
        rows.push(vec![nav("button-previous", page - 1)]);
    }
    if page + 1 < pages.len() {
        rows.push(vec![nav("button-next", page + 1)]);
    }
    out.buttons = rows;
    out.all_buttons = all;
}

/// What a handled update produced: the outbox rows to send, in order.
#[derive(Debug, Default)]
pub struct Handled {
    pub outbox_ids: Vec<i64>,
}

/// An update that could not be handled. Nothing of it was kept; the person was told to try
/// again (best effort) and the cause went to the log.
#[derive(Debug, thiserror::Error)]
#[error("the update was not handled: {0}")]
pub struct HandleFailed(pub String);

/// What a channel hands its updates to (the engine). Channels know only this trait, so they
/// sit below the engine and a new channel needs nothing of the engine's insides.
pub trait Handler: Send + Sync {
    /// Handles one update. With `update_id`, an id seen before is dropped (`Ok(None)`). For a
    /// button press, `pressed_message` is the platform's id of the message that carried it.
    fn handle_update<'a>(
        &'a self,
        inbound: Inbound,
        update_id: Option<&'a str>,
        pressed_message: Option<&'a str>,
    ) -> futures_util::future::BoxFuture<'a, Result<Option<Handled>, HandleFailed>>;
}

/// Joins a turn's replies into as few messages as reads well: each message without buttons is
/// folded into the next one. Telegram allows one message per second per chat, and on a weak
/// signal one message arrives more surely than three. A reply marked [`Reply::alone`] is not
/// joined to anything.
pub fn merge(replies: Vec<Reply>) -> Vec<Reply> {
    let mut out = Vec::new();
    let mut pending: Vec<Text> = Vec::new();
    for reply in replies {
        if reply.media.is_some() || reply.alone {
            // Attachments travel alone, with their own caption.
            if !pending.is_empty() {
                out.push(Reply {
                    paragraphs: std::mem::take(&mut pending),
                    ..Reply::default()
                });
            }
            out.push(reply);
            continue;
        }
        pending.extend(reply.paragraphs);
        if !reply.buttons.is_empty() {
            out.push(Reply {
                paragraphs: std::mem::take(&mut pending),
                buttons: reply.buttons,
                media: None,
                alone: false,
            });
        }
    }
    if !pending.is_empty() {
        out.push(Reply {
            paragraphs: pending,
            ..Reply::default()
        });
    }
    out
}

/// Renders a reply in `locale`: paragraphs joined by blank lines, button labels rendered.
pub fn render(i18n: &Localizer, locale: &LocaleTag, reply: &Reply) -> Outbound {
    let text_of = |t: &Text| match t {
        Text::L(msg) => i18n.render(locale, msg),
        Text::Plain(s) => s.clone(),
    };
    Outbound {
        text: reply
            .paragraphs
            .iter()
            .map(text_of)
            .collect::<Vec<_>>()
            .join("\n\n"),
        buttons: reply
            .buttons
            .iter()
            .map(|row| {
                row.iter()
                    .map(|b| Button {
                        label: text_of(&b.label),
                        data: b.data.clone(),
                    })
                    .collect()
            })
            .collect(),
        media: reply.media.clone(),
        all_buttons: Vec::new(),
        edit_of: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_pages_keep_to_the_channel_with_room_for_previous_and_next() {
        // Fits: one page.
        assert_eq!(button_pages(5, 5).len(), 1);
        assert_eq!(button_pages(5, 5)[0], 0..5);
        // Nine menu items on Zalo: 4 + next, then 3 + previous + next, then 2 + previous.
        assert_eq!(button_pages(9, 5), vec![0..4, 4..7, 7..9]);
        // The last page takes four beside «previous».
        assert_eq!(button_pages(8, 5), vec![0..4, 4..8]);
        for total in 0..40 {
            let pages = button_pages(total, 5);
            assert_eq!(pages.iter().map(|r| r.len()).sum::<usize>(), total);
            for (i, r) in pages.iter().enumerate() {
                let nav = usize::from(i > 0) + usize::from(i + 1 < pages.len());
                assert!(r.len() + nav <= 5, "{total}: {pages:?}");
                assert!(!r.is_empty() || total == 0, "{total}: {pages:?}");
            }
        }
    }

    #[test]
    fn commands_lose_the_bot_name_and_keep_their_arguments() {
        assert_eq!(
            Event::from_text("/start@LoaThonBot abc"),
            Event::Command {
                name: "start".into(),
                args: "abc".into()
            }
        );
        assert_eq!(
            Event::from_text("/NgonNgu"),
            Event::Command {
                name: "ngonngu".into(),
                args: String::new()
            }
        );
    }

    #[test]
    fn replies_fold_into_the_next_with_buttons_unless_alone() {
        let menu = || Reply::new("menu").row(vec![ButtonSpec::new("b", Intent::Page(1))]);
        let merged = merge(vec![Reply::new("a"), Reply::new("b"), menu()]);
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].paragraphs.len(), 3);
        let apart = merge(vec![Reply::new("a"), Reply::new("b").alone(), menu()]);
        let texts: Vec<usize> = apart.iter().map(|r| r.paragraphs.len()).collect();
        assert_eq!(texts, [1, 1, 1], "{apart:?}");
        assert!(apart[2].buttons.len() == 1 && apart[1].buttons.is_empty());
    }

    #[test]
    fn a_lone_slash_or_a_path_is_text() {
        assert_eq!(Event::from_text("/"), Event::Text("/".into()));
        assert_eq!(Event::from_text("/a/b"), Event::Text("/a/b".into()));
        assert_eq!(Event::from_text("xin chào"), Event::Text("xin chào".into()));
    }
}
