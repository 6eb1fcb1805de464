//! Village groups, and the door from a group to a private chat.
//!
//! ```text
//! (an officer adds the bot to the group "Bản Gia Khâu")
//! bot:       Xin chào bà con! … Quản trị viên mời gõ: /lienket <mã thôn, bản>
//! người dân: /lienket SLL-GK
//! bot:       Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm với thôn, bản. …
//! quản trị:  /lienket SLL-GK
//! bot:       Đã liên kết nhóm với Bản Gia Khâu, Xã Sì Lở Lầu. …
//! (a new member joins)
//! bot:       Chào mừng bạn đến với nhóm của Bản Gia Khâu! …   [💬 Nhắn riêng cho Loa Thôn]
//! (the button opens a private chat with `/start v12`: onboarding starts with the village known)
//! ```
//!
//! In a group the bot answers commands only, stays quiet otherwise, and never shows anything
//! personal: what belongs to one person moves to a private chat through a deep link. A deep
//! link is a button whose data is `start:<payload>`; a channel shows it as a link that opens the
//! private chat with `/start <payload>` (Telegram: `t.me/<bot>?start=<payload>`). A payload is
//! words joined by `-`: `v<id>` names the village of the group the person came from, and a
//! command name (`menu`, `ngonngu`, any command typed in the group) is where the person meant to
//! go. `td-<code>-<key>` is a petition its author shared (`services::sharing`): `/theodoi` it.

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Turn};
use crate::domain::LocaleTag;
use crate::i18n::Msg;
use crate::intent::{Command, Intent};
use crate::services::groups as service;
use crate::services::sharing::ShareRef;
use crate::store::areas::{self, Area, AreaKind};
use crate::store::chats::{self, ChatKind};
use crate::store::{outbox, people};

type Step = Result<State, EngineError>;

/// Whether `word` can stand in a deep-link payload as a command name (Telegram allows
/// `A-Z a-z 0-9 _ -` there, and `-` separates the words).
fn linkable_command(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 32
        && word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// Reads an update before the dialogue does. Returns the event the dialogue should see, or
/// `None` when the update is fully handled here (the bot's own membership changed).
pub(super) async fn prepare(
    turn: &mut Turn<'_>,
    event: &Event,
) -> Result<Option<Event>, EngineError> {
    match event {
        Event::BotRemoved => {
            chats::deactivate(turn.conn, turn.chat.id, "removed", turn.now).await?;
            outbox::skip_pending_for_chat(turn.conn, turn.chat.id, None, "chat removed the bot")
                .await?;
            turn.chat.active = false;
            Ok(None)
        }
        // A person who unblocks the bot is reachable again (the chat was reactivated on the
        // way in); the next thing they write gets the answer.
        Event::BotAdded if turn.chat.kind == ChatKind::Private => Ok(None),
        _ if turn.chat.kind == ChatKind::Group => Ok(Some(event.clone())),
        Event::Button(data) => match Intent::parse(data) {
            Some(Intent::OpenPrivate(payload)) => deep_link(turn, &payload).await.map(Some),
            _ => Ok(Some(event.clone())),
        },
        // An officer's invite (`/start MOI-…`, also as a t.me link) is the dialogue's to read.
        Event::Command { name, args }
            if name == "start" && args.to_uppercase().starts_with("MOI-") =>
        {
            Ok(Some(event.clone()))
        }
        Event::Command { name, args } if name == "start" && !args.is_empty() => {
            deep_link(turn, args).await.map(Some)
        }
        _ => Ok(Some(event.clone())),
    }
}

/// `/start <payload>` in a private chat: takes the village the person came from (when they
/// have none yet) and turns into the command they meant, once onboarding is done.
async fn deep_link(turn: &mut Turn<'_>, payload: &str) -> Result<Event, EngineError> {
    // A petition its author shared (`td-<code>-<key>`): followed at once, registered or not.
    if let Some(shared) = ShareRef::from_payload(payload) {
        return Ok(Event::Command {
            name: "theodoi".to_string(),
            args: shared.to_string(),
        });
    }
    let mut wanted = None;
    let mut from_group = None;
    for word in payload.split('-') {
        if let Some(id) = word.strip_prefix('v').and_then(|n| n.parse::<i64>().ok()) {
            let village = areas::get(turn.conn, id)
                .await?
                .filter(|a| a.kind == AreaKind::Village);
            if village.is_some() {
                // Onboarding then offers the village's announcements with "yes" first.
                people::set_came_from_group(turn.conn, turn.person.id, turn.now).await?;
            }
            if turn.person.village_id.is_none()
                && let Some(village) = village
            {
                people::set_village(turn.conn, turn.person.id, village.id, turn.now).await?;
                turn.person.village_id = Some(village.id);
                from_group = Some(village);
            }
        } else if linkable_command(word) {
            wanted = Some(word.to_string());
        }
    }
    if let Some(village) = from_group {
        // A newcomer from a village group: the place is known, the rest of onboarding follows.
        let commune = match village.parent_id {
            Some(id) => areas::get(turn.conn, id).await?.map(|c| c.name),
            None => None,
        };
        turn.say_msg(Msg::new("welcome"));
        turn.say_msg(
            Msg::new("deep-link-village")
                .arg("village", village.name)
                .arg("commune", commune.unwrap_or_default()),
        );
        return Ok(if turn.person.language.is_none() {
            command("ngonngu")
        } else {
            command("menu")
        });
    }
    Ok(match wanted {
        Some(name) if turn.person.onboarded() => command(&name),
        _ => command("start"),
    })
}

fn command(name: &str) -> Event {
    Event::Command {
        name: name.to_string(),
        args: String::new(),
    }
}

/// One update in a group.
pub(super) async fn step(turn: &mut Turn<'_>, event: &Event) -> Step {
    match event {
        Event::Command { name, args } => match Command::parse(name, args) {
            Command::Link(args) => link(turn, &args).await?,
            Command::Language(args) => language(turn, &args).await?,
            Command::Help | Command::Start(_) => help(turn, "group-help").await?,
            other => {
                let other = other.name();
                // The private chat takes over with the same command (`/start kiennghi` runs
                // `/kiennghi` there once the person is registered).
                let payload = if linkable_command(other) {
                    other.to_string()
                } else {
                    "menu".to_string()
                };
                let reply = with_private_button(turn, Reply::new("group-private-only"), &payload);
                turn.say(reply);
            }
        },
        Event::Button(data) => {
            if let Some(Intent::GroupLanguage(tag)) = Intent::parse(data) {
                set_language(turn, tag).await?;
            }
        }
        // Greeted once: a person who left and joins again has a conversation here already.
        Event::MemberJoined if turn.fresh => greet(turn).await?,
        Event::BotAdded => {
            if turn.chat.village_id.is_some() {
                help(turn, "group-help").await?;
            } else {
                turn.say(Reply::new("group-added").then("group-link-how"));
            }
        }
        _ => {}
    }
    Ok(State::Idle)
}

/// The button that opens a private chat with the bot, carrying `payload`.
fn private_button(payload: &str) -> ButtonSpec {
    ButtonSpec::new(
        "button-open-private",
        Intent::OpenPrivate(payload.to_string()),
    )
}

/// The payload that brings a person from this group: its village, if linked.
fn group_payload(turn: &Turn<'_>, then: Option<&str>) -> String {
    let mut words = Vec::new();
    if let Some(command) = then {
        words.push(command.to_string());
    }
    if let Some(village) = turn.chat.village_id {
        words.push(format!("v{village}"));
    }
    if words.is_empty() {
        words.push("menu".to_string());
    }
    words.join("-")
}

async fn help(turn: &mut Turn<'_>, id: &'static str) -> Result<(), EngineError> {
    let mut reply = Reply::new(id);
    if turn.chat.village_id.is_none() {
        reply = reply.then("group-link-how");
    }
    let payload = group_payload(turn, None);
    turn.say(with_private_button(turn, reply, &payload));
    Ok(())
}

/// The button to the private chat, where the group's messages can carry one (a Zalo OA's group
/// cannot: its texts say how to write to the bot instead).
fn with_private_button(turn: &Turn<'_>, reply: Reply, payload: &str) -> Reply {
    if turn.shows_buttons() {
        reply.row(vec![private_button(payload)])
    } else {
        reply
    }
}

/// `id`, or its variant for a group whose messages carry no buttons (`<id>-text`).
fn for_buttons(turn: &Turn<'_>, id: &'static str, text_only: &'static str) -> &'static str {
    if turn.shows_buttons() { id } else { text_only }
}

async fn greet(turn: &mut Turn<'_>) -> Result<(), EngineError> {
    let msg = match turn.chat.village_id {
        Some(id) => match areas::get(turn.conn, id).await? {
            Some(village) => Msg::new("group-welcome-village").arg("village", village.name),
            None => Msg::new("group-welcome"),
        },
        None => Msg::new("group-welcome"),
    };
    let payload = group_payload(turn, None);
    let private = for_buttons(turn, "group-welcome-private", "group-welcome-private-text");
    let reply = with_private_button(turn, Reply::new(msg).then(private), &payload);
    turn.say(reply);
    Ok(())
}

/// Whether the person may manage this group (the rule lives in the groups service).
async fn may_manage(turn: &mut Turn<'_>) -> Result<bool, EngineError> {
    let chat = turn.chat.clone();
    service::may_manage(&mut turn.cx(), &chat).await
}

/// `/lienket <village code>`: links the group to a village (admins of that village only).
async fn link(turn: &mut Turn<'_>, args: &str) -> Result<(), EngineError> {
    let query = args.trim();
    // A person's own link code (6 letters and digits, no village's or unit's) typed here:
    // it belongs in the private chat. Everybody here saw it, so it is spent.
    if crate::services::linking::normalise_code(query).is_some()
        && !query.contains('-')
        && areas::unit_by_code(turn.conn, &query.to_uppercase())
            .await?
            .is_none()
        && find_village(turn, query).await?.is_none()
    {
        crate::services::linking::burn(&mut turn.cx(), query).await?;
        let reply = with_private_button(turn, Reply::new("link-code-in-group"), "lienket");
        turn.say(reply);
        return Ok(());
    }
    if !may_manage(turn).await? {
        turn.say(Reply::new("group-link-not-admin"));
        return Ok(());
    }
    if query.is_empty() {
        turn.say(Reply::new("group-link-how"));
        return Ok(());
    }
    let chat = turn.chat.clone();
    // A unit code links the unit's own group: its petitions are announced there.
    if let Some(unit) = areas::unit_by_code(turn.conn, &query.to_uppercase()).await? {
        match service::link_unit(&mut turn.cx(), &chat, &unit).await? {
            Ok(()) => {
                turn.chat.unit_id = Some(unit.id);
                turn.say_msg(Msg::new("group-linked-unit").arg("unit", unit.name));
            }
            Err(refused) => turn.say_msg(Msg::new(refused.message_id()).arg("village", unit.name)),
        }
        return Ok(());
    }
    let Some(village) = find_village(turn, query).await? else {
        turn.say_msg(Msg::new("group-link-not-found").arg("query", query.to_string()));
        return Ok(());
    };
    if let Err(refused) = service::link_village(&mut turn.cx(), &chat, &village).await? {
        turn.say_msg(Msg::new(refused.message_id()).arg("village", village.name.clone()));
        return Ok(());
    }
    turn.chat.village_id = Some(village.id);
    // A group takes its village's language, unless an admin chose one already.
    if turn.chat.language.is_none()
        && let Some(tag) = village
            .language
            .as_deref()
            .and_then(|l| LocaleTag::parse(l).ok())
            .and_then(|t| turn.i18n.canonical(&t))
    {
        chats::set_language(turn.conn, turn.chat.id, &tag, turn.now).await?;
        turn.chat.language = Some(tag.clone());
        turn.locale = tag;
    }
    let commune = match village.parent_id {
        Some(id) => areas::get(turn.conn, id).await?.map(|c| c.name),
        None => None,
    };
    let payload = group_payload(turn, None);
    let next = for_buttons(turn, "group-linked-next", "group-linked-next-text");
    let reply = Reply::new(
        Msg::new("group-linked")
            .arg("village", village.name.clone())
            .arg("commune", commune.unwrap_or_default()),
    )
    .then(next);
    turn.say(with_private_button(turn, reply, &payload));
    Ok(())
}

/// A village by its code (`SLL-GK`, any case), or by a name that matches exactly one village.
async fn find_village(turn: &mut Turn<'_>, query: &str) -> Result<Option<Area>, EngineError> {
    if let Some(area) = areas::by_code(turn.conn, &query.to_uppercase()).await?
        && area.kind == AreaKind::Village
    {
        return Ok(Some(area));
    }
    let mut found = areas::search(turn.conn, AreaKind::Village, None, query).await?;
    Ok(if found.len() == 1 { found.pop() } else { None })
}

/// `/ngonngu` in a group: the group's language (admins only); `/ngonngu hnj` sets it at once.
async fn language(turn: &mut Turn<'_>, args: &str) -> Result<(), EngineError> {
    if !may_manage(turn).await? {
        let reply = with_private_button(turn, Reply::new("group-admin-only"), "ngonngu");
        turn.say(reply);
        return Ok(());
    }
    let wanted = crate::domain::text::label_key(args);
    if !wanted.is_empty() {
        let found = turn
            .i18n
            .languages()
            .iter()
            .find(|l| l.answers_to(&wanted))
            .map(|l| l.tag.clone());
        if let Some(tag) = found {
            return set_language(turn, tag).await;
        }
    }
    let buttons = turn
        .i18n
        .languages()
        .iter()
        .map(|l| ButtonSpec::new(l.picker_label(), Intent::GroupLanguage(l.tag.clone())))
        .collect();
    turn.say(Reply::new("group-language-choose").column(buttons));
    Ok(())
}

/// A press of a group language button: anyone in the group can press it, so the admin check
/// is made again here.
async fn set_language(turn: &mut Turn<'_>, tag: LocaleTag) -> Result<(), EngineError> {
    let Some(tag) = turn.i18n.canonical(&tag) else {
        return Ok(());
    };
    let chat = turn.chat.clone();
    if !service::set_language(&mut turn.cx(), &chat, &tag).await? {
        let reply = with_private_button(turn, Reply::new("group-admin-only"), "ngonngu");
        turn.say(reply);
        return Ok(());
    }
    turn.chat.language = Some(tag.clone());
    turn.locale = tag.clone();
    let name = turn
        .i18n
        .language(&tag)
        .map(|l| l.own_name.clone())
        .unwrap_or_default();
    turn.say_msg(Msg::new("group-language-set").arg("language", name));
    Ok(())
}
