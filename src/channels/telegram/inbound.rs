//! Telegram updates → [`Inbound`]s. Pure: no I/O, so every update shape is tested on its own.
//!
//! What is read: messages (text and commands, voice, audio, photo, document, location, contact,
//! members joining and leaving), button presses, the bot's own membership (`my_chat_member`),
//! and a group's move to a supergroup. Edited messages, channel posts, other bots and anything
//! else are ignored: acting on an edit would run a command or an answer a second time.

use teloxide::types::{
    CallbackQueryId, Chat, ChatMemberUpdated, Message, MessageKind, Update, UpdateKind, User,
};

use crate::message::{Channel, Event, Inbound};
use crate::store::chats::ChatKind;

/// Who the bot is, from `getMe`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub id: u64,
    pub username: String,
}

/// What to do with one update.
#[derive(Clone, Debug)]
pub enum Action {
    /// Hand to the engine.
    Handle(Inbound),
    /// A group became a supergroup: move its record from one chat id to the other.
    Migrate { from: String, to: String },
}

/// The update's actions, in order, and the button press to acknowledge.
#[derive(Clone, Debug, Default)]
pub struct Mapped {
    pub actions: Vec<Action>,
    /// Every button press is answered (`answerCallbackQuery`), or the person's app spins.
    pub callback: Option<CallbackQueryId>,
    /// The id of the message whose button was pressed (a picker that may be edited in place).
    pub pressed_message: Option<String>,
}

pub fn map_update(update: &Update, me: &Identity) -> Mapped {
    match &update.kind {
        UpdateKind::Message(m) => Mapped {
            actions: map_message(m, me),
            ..Mapped::default()
        },
        UpdateKind::CallbackQuery(q) => {
            let actions = match (&q.message, &q.data) {
                (Some(msg), Some(data)) => chat_kind(msg.chat())
                    .map(|kind| {
                        vec![Action::Handle(inbound(
                            msg.chat(),
                            kind,
                            &q.from,
                            Event::Button(data.clone()),
                        ))]
                    })
                    .unwrap_or_default(),
                _ => Vec::new(),
            };
            Mapped {
                actions,
                callback: Some(q.id.clone()),
                pressed_message: q.message.as_ref().map(|m| m.id().0.to_string()),
            }
        }
        UpdateKind::MyChatMember(u) => Mapped {
            actions: map_membership(u, me).into_iter().collect(),
            ..Mapped::default()
        },
        _ => Mapped::default(),
    }
}

fn chat_kind(chat: &Chat) -> Option<ChatKind> {
    if chat.is_private() {
        Some(ChatKind::Private)
    } else if chat.is_group() || chat.is_supergroup() {
        Some(ChatKind::Group)
    } else {
        None
    }
}

fn inbound(chat: &Chat, kind: ChatKind, from: &User, event: Event) -> Inbound {
    Inbound {
        channel: Channel::Telegram,
        chat_id: chat.id.0.to_string(),
        chat_kind: kind,
        chat_title: chat.title().map(str::to_string),
        sender_id: from.id.0.to_string(),
        sender_name: Some(from.full_name()),
        language_hint: from.language_code.clone(),
        event,
    }
}

fn map_message(m: &Message, me: &Identity) -> Vec<Action> {
    let Some(kind) = chat_kind(&m.chat) else {
        return Vec::new();
    };
    let chat = m.chat.id.0.to_string();
    if let Some(to) = m.migrate_to_chat_id() {
        return vec![Action::Migrate {
            from: chat,
            to: to.0.to_string(),
        }];
    }
    if let Some(from) = m.migrate_from_chat_id() {
        return vec![Action::Migrate {
            from: from.0.to_string(),
            to: chat,
        }];
    }
    if let MessageKind::NewChatMembers(joined) = &m.kind {
        // The bot itself joining arrives as `my_chat_member` too; other bots are not greeted.
        return joined
            .new_chat_members
            .iter()
            .filter(|u| u.id.0 != me.id && !u.is_bot)
            .map(|u| Action::Handle(inbound(&m.chat, kind, u, Event::MemberJoined)))
            .collect();
    }
    if let Some(left) = m.left_chat_member() {
        if left.id.0 == me.id || left.is_bot {
            return Vec::new();
        }
        return vec![Action::Handle(inbound(
            &m.chat,
            kind,
            left,
            Event::MemberLeft,
        ))];
    }
    let Some(from) = m.from.as_ref().filter(|u| !u.is_bot) else {
        return Vec::new();
    };
    let event = if let Some(text) = m.text() {
        if addressed_elsewhere(text, &me.username) {
            return Vec::new();
        }
        Event::Text(text.to_string())
    } else if let Some(size) = attachment_size(m).filter(|s| *s > crate::media::MAX_MEDIA_BYTES) {
        tracing::debug!(size, "telegram: attachment over the limit");
        Event::TooLarge {
            max_mb: (crate::media::MAX_MEDIA_BYTES / (1024 * 1024)) as u32,
        }
    } else if let Some(v) = m.voice() {
        Event::Voice {
            file_ref: v.file.id.0.clone(),
            duration_s: v.duration.seconds(),
        }
    } else if let Some(a) = m.audio() {
        Event::Audio {
            file_ref: a.file.id.0.clone(),
        }
    } else if let Some(sizes) = m.photo() {
        let Some(largest) = sizes.iter().max_by_key(|p| p.width * p.height) else {
            return Vec::new();
        };
        Event::Photo {
            file_ref: largest.file.id.0.clone(),
            caption: m.caption().map(str::to_string),
        }
    } else if let Some(d) = m.document() {
        Event::Document {
            file_ref: d.file.id.0.clone(),
            name: d.file_name.clone(),
        }
    } else if let Some(l) = m.location() {
        Event::Location {
            latitude: l.latitude,
            longitude: l.longitude,
        }
    } else if let Some(c) = m.contact() {
        Event::Contact {
            phone: c.phone_number.clone(),
        }
    } else {
        return Vec::new();
    };
    vec![Action::Handle(inbound(&m.chat, kind, from, event))]
}

/// `/cmd@OtherBot` in a group is for another bot.
fn addressed_elsewhere(text: &str, username: &str) -> bool {
    let Some(rest) = text.strip_prefix('/') else {
        return false;
    };
    let head = rest.split(char::is_whitespace).next().unwrap_or("");
    match head.split_once('@') {
        Some((_, bot)) => !bot.eq_ignore_ascii_case(username),
        None => false,
    }
}

fn map_membership(u: &ChatMemberUpdated, me: &Identity) -> Option<Action> {
    if u.new_chat_member.user.id.0 != me.id {
        return None;
    }
    let kind = chat_kind(&u.chat)?;
    let was = u.old_chat_member.is_present();
    let is = u.new_chat_member.is_present();
    let event = match (was, is) {
        (false, true) => Event::BotAdded,
        (true, false) => Event::BotRemoved,
        _ => return None,
    };
    Some(Action::Handle(inbound(&u.chat, kind, &u.from, event)))
}

/// The size of a message's voice note, audio, photo or file, as Telegram states it.
fn attachment_size(m: &teloxide::types::Message) -> Option<usize> {
    let size = if let Some(v) = m.voice() {
        v.file.size
    } else if let Some(a) = m.audio() {
        a.file.size
    } else if let Some(sizes) = m.photo() {
        sizes.iter().map(|p| p.file.size).max()?
    } else if let Some(d) = m.document() {
        d.file.size
    } else {
        return None;
    };
    Some(size as usize)
}

#[cfg(test)]
mod tests {
    use super::addressed_elsewhere;

    #[test]
    fn commands_for_other_bots_are_not_ours() {
        assert!(addressed_elsewhere("/start@OtherBot", "LoaThonBot"));
        assert!(!addressed_elsewhere("/start@loathonbot x", "LoaThonBot"));
        assert!(!addressed_elsewhere("/start", "LoaThonBot"));
        assert!(!addressed_elsewhere("email a@b", "LoaThonBot"));
    }
}
