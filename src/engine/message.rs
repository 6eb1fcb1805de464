//! What channels hand the engine, and what the engine hands back: no platform types here.

use crate::domain::petition::Part;
use crate::i18n::Msg;
use crate::store::chats::ChatKind;

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
    pub fn new(label: impl Into<Text>, data: impl Into<String>) -> Self {
        let data = data.into();
        debug_assert!(data.len() <= 64, "callback data over 64 bytes: {data}");
        Self {
            label: label.into(),
            data,
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
}

impl Reply {
    pub fn new(first: impl Into<Text>) -> Self {
        Self {
            paragraphs: vec![first.into()],
            buttons: Vec::new(),
            media: None,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_lone_slash_or_a_path_is_text() {
        assert_eq!(Event::from_text("/"), Event::Text("/".into()));
        assert_eq!(Event::from_text("/a/b"), Event::Text("/a/b".into()));
        assert_eq!(Event::from_text("xin chào"), Event::Text("xin chào".into()));
    }
}
