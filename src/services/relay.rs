//! Relay: announcements reach village groups the bot cannot post into.
//!
//! A Zalo OA cannot post into the village Zalo groups people made with personal accounts, and
//! many Telegram groups have no bot. Each village has relayers (village head, digital helper:
//! the `relay` role, scoped to the village, granted by an admin). When an announcement that
//! goes to village groups starts, each relayer of each target village gets it privately, in
//! their language, exactly as villagers read it (text, and the voice note as a file), then a
//! short request with «✅ Đã chuyển vào nhóm». Whoever has not confirmed after a set time gets
//! one reminder ([`remind`], under the housekeeping lease). The announcement's figures show, per
//! village, whether it was relayed, by whom and when.
//!
//! The confirm button names a task; a press is a request: only that task's relayer, while
//! they still hold the role, may confirm it, once.

use crate::clock::Clock;
use crate::domain::Role;
use crate::domain::audit::AuditAction;
use crate::i18n::{Localizer, Msg};
use crate::intent::Intent;
use crate::message::{ButtonSpec, Reply, Text, render};
use crate::store::broadcasts::{self as broadcasts_store, Announcement, Audience, Variant};
use crate::store::outbox::{self, Priority};
use crate::store::people::Person;
use crate::store::relay::{self as store, RelayTask};
use crate::store::{Conn, Db, StoreError, StoreResult, areas, chats, people};

use super::Ctx;
use super::invites::InviteError;
use super::notify::language_of;

/// Default of `LOATHON_RELAY_REMIND_AFTER_MINUTES`.
pub const DEFAULT_REMIND_AFTER_MINUTES: u32 = 120;

/// Why a confirmation changed nothing.
#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    /// No such task, or another relayer's: the person learns nothing about it.
    #[error("not this person's relay task")]
    NotYours,
    /// Their relayer role for the village was taken away since.
    #[error("no longer a relayer of the village")]
    NoLongerRelayer { village: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl RelayError {
    /// The localized answer; `None` for a storage failure.
    pub fn message(&self) -> Option<Msg> {
        match self {
            RelayError::NotYours => Some(Msg::new("relay-not-yours")),
            RelayError::NoLongerRelayer { village } => {
                Some(Msg::new("relay-no-longer").arg("village", village.clone()))
            }
            RelayError::Store(_) => None,
        }
    }
}

/// What a confirmation did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Confirmed {
    /// Recorded now.
    Now { announcement: i64, village: String },
    /// It was recorded before; nothing changed.
    Already { announcement: i64, village: String },
}

impl Confirmed {
    pub fn message(&self) -> Msg {
        match self {
            Confirmed::Now {
                announcement,
                village,
            } => Msg::new("relay-done")
                .arg("id", *announcement)
                .arg("village", village.clone()),
            Confirmed::Already {
                announcement,
                village,
            } => Msg::new("relay-already-done")
                .arg("id", *announcement)
                .arg("village", village.clone()),
        }
    }
}

/// Whether an announcement for this audience is relayed: it is meant for village groups.
pub fn relays(audience: Audience) -> bool {
    matches!(audience, Audience::Groups | Audience::Both)
}

/// Whom a task's messages are for, and whether they are the reminder.
#[derive(Clone, Copy)]
struct Asked<'a> {
    person: &'a Person,
    task: &'a RelayTask,
    village: &'a str,
    reminder: bool,
}

/// The two messages a relayer gets: the announcement as villagers read it (to forward as it
/// is), then the request with the confirm button.
fn relay_messages(i18n: &Localizer, to: &Asked<'_>, variants: &[Variant]) -> Vec<outbox::Outbound> {
    let Asked {
        person,
        task,
        village,
        reminder,
    } = *to;
    let locale = language_of(i18n, person);
    let announcement = super::broadcasts::message_for(i18n, variants, &locale);
    let has_voice = announcement.media.is_some();
    let id = if reminder {
        "relay-reminder"
    } else {
        "relay-ask"
    };
    let mut ask = Reply::new(
        Msg::new(id)
            .arg("id", task.announcement_id)
            .arg("village", village.to_string()),
    );
    if has_voice {
        ask = ask.then(Msg::new("relay-ask-voice"));
    }
    let ask = ask.row(vec![ButtonSpec::new(
        Text::L(Msg::new("relay-button-done")),
        Intent::RelayDone(task.id),
    )]);
    vec![announcement, render(i18n, &locale, &ask)]
}

/// Queues a task's messages in the relayer's private chat; the chat, or `None` when the bot
/// has no chat with them yet.
async fn send_task(
    conn: &mut Conn,
    i18n: &Localizer,
    to: &Asked<'_>,
    variants: &[Variant],
    now_ms: i64,
) -> StoreResult<Option<i64>> {
    let person = to.person;
    let Some(chat) = chats::private_of(conn, &person.channel, &person.external_id).await? else {
        return Ok(None);
    };
    for message in relay_messages(i18n, to, variants) {
        outbox::enqueue(conn, chat.id, Priority::Notification, &message, now_ms).await?;
    }
    Ok(Some(chat.id))
}

/// When an announcement starts (inside its transaction): a task, and its messages, for every
/// relayer of every target village. Returns the private chats the relayers were asked in:
/// a relayer who is also a subscriber gets the announcement once, as the relay copy.
pub async fn start_in(
    conn: &mut Conn,
    i18n: &Localizer,
    a: &Announcement,
    variants: &[Variant],
    now_ms: i64,
) -> StoreResult<std::collections::BTreeSet<i64>> {
    let mut asked = std::collections::BTreeSet::new();
    if !relays(a.audience) {
        return Ok(asked);
    }
    for village_id in broadcasts_store::target_villages(conn, &a.target).await? {
        let relayers = store::relayers_of(conn, village_id).await?;
        if relayers.is_empty() {
            continue;
        }
        let village = areas::get(conn, village_id)
            .await?
            .map(|v| v.name)
            .unwrap_or_default();
        for person in relayers {
            let Some(id) = store::create(conn, a.id, village_id, person.id, now_ms).await? else {
                continue;
            };
            let task = RelayTask {
                id,
                announcement_id: a.id,
                village_id,
                person_id: person.id,
                created_at: now_ms,
                reminded_at: None,
                confirmed_at: None,
            };
            let to = Asked {
                person: &person,
                task: &task,
                village: &village,
                reminder: false,
            };
            if let Some(chat) = send_task(conn, i18n, &to, variants, now_ms).await? {
                asked.insert(chat);
            }
        }
    }
    Ok(asked)
}

/// Whom an announcement would ask to relay, as the admin sees it before sending.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RelayPreview {
    /// How many people are asked (a relayer of two target villages counts once).
    pub people: usize,
    /// Their private chats: a relayer who also subscribed gets the announcement once, as the
    /// relay copy, so these chats are not counted again among the subscribers.
    pub chats: std::collections::BTreeSet<i64>,
}

/// The relayers an announcement to `target` for `audience` would ask.
pub async fn preview(
    conn: &mut Conn,
    target: &crate::store::broadcasts::Target,
    audience: Audience,
) -> StoreResult<RelayPreview> {
    let mut out = RelayPreview::default();
    if !relays(audience) {
        return Ok(out);
    }
    let mut people = std::collections::BTreeSet::new();
    for village in broadcasts_store::target_villages(conn, target).await? {
        for person in store::relayers_of(conn, village).await? {
            if !people.insert(person.id) {
                continue;
            }
            if let Some(chat) =
                chats::private_of(conn, &person.channel, &person.external_id).await?
            {
                out.chats.insert(chat.id);
            }
        }
    }
    out.people = people.len();
    Ok(out)
}

/// A relayer presses «✅ Đã chuyển vào nhóm» on task `task_id`.
pub async fn confirm(cx: &mut Ctx<'_>, task_id: i64) -> Result<Confirmed, RelayError> {
    let task = store::get(cx.conn, task_id)
        .await?
        .ok_or(RelayError::NotYours)?;
    if !cx.actor.is(task.person_id) {
        return Err(RelayError::NotYours);
    }
    let village = areas::get(cx.conn, task.village_id).await?;
    let (village_name, village_code) = village.map(|v| (v.name, v.code)).unwrap_or_default();
    if !cx.actor.is_relayer_of(task.village_id) {
        return Err(RelayError::NoLongerRelayer {
            village: village_name,
        });
    }
    if !store::confirm(cx.conn, task.id, task.person_id, cx.now).await? {
        return Ok(Confirmed::Already {
            announcement: task.announcement_id,
            village: village_name,
        });
    }
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::RelayConfirm,
        &task.announcement_id.to_string(),
        Some(&village_code),
        cx.now,
    )
    .await?;
    // A confirmation after the author's report (the broadcast finished, the reminder went
    // out): the report is brought up to date with this village.
    super::broadcasts::relay_confirmed(cx.conn, cx.i18n, task.announcement_id, cx.now).await?;
    Ok(Confirmed::Now {
        announcement: task.announcement_id,
        village: village_name,
    })
}

/// One reminder to every relayer who has not confirmed `after_ms` after being asked. Runs in
/// housekeeping (one instance at a time) and after each console line; guarded, so a task is
/// reminded once whatever runs it. Returns how many were reminded.
pub async fn remind(
    db: &Db,
    i18n: &Localizer,
    clock: &dyn Clock,
    after_ms: i64,
) -> StoreResult<usize> {
    let now = clock.now_ms();
    let mut tx = db.begin().await?;
    let mut reminded = 0;
    for task in store::due_for_reminder(&mut tx, now - after_ms).await? {
        if !store::mark_reminded(&mut tx, task.id, now).await? {
            continue;
        }
        let Some(person) = people::get(&mut tx, task.person_id).await? else {
            continue;
        };
        let village = areas::get(&mut tx, task.village_id)
            .await?
            .map(|v| v.name)
            .unwrap_or_default();
        let variants = broadcasts_store::variants(&mut tx, task.announcement_id).await?;
        let to = Asked {
            person: &person,
            task: &task,
            village: &village,
            reminder: true,
        };
        if send_task(&mut tx, i18n, &to, &variants, now)
            .await?
            .is_some()
        {
            reminded += 1;
        }
    }
    tx.commit().await?;
    if reminded > 0 {
        tracing::info!(reminded, "relay reminders");
    }
    Ok(reminded)
}

/// A single-use invite for a relayer of `village`, valid `days` days, by an admin over it
/// (audited). The person who opens it (`/start MOI-…`) becomes the village's relayer.
pub async fn invite(
    cx: &mut Ctx<'_>,
    village: &areas::Area,
    days: i64,
) -> Result<(String, i64), InviteError> {
    if !cx.actor.is_admin() {
        return Err(InviteError::NotAdmin);
    }
    if village.kind != areas::AreaKind::Village || !cx.actor.admin_over(cx.conn, village.id).await?
    {
        return Err(InviteError::OutOfScope);
    }
    let code = crate::services::access::new_invite_code();
    let expires_at = cx.now + days * 86_400_000;
    store::create_invite(
        cx.conn,
        &code,
        village.id,
        cx.actor.person_id,
        cx.now,
        expires_at,
    )
    .await?;
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::InviteCreate,
        &village.code,
        Some("relay"),
        cx.now,
    )
    .await?;
    Ok((code, expires_at))
}

/// `person` (the actor) opens `code`: when it is a relayer invite, they become the village's
/// relayer (audited) and the village is returned; `Ok(None)` for any other code.
pub async fn accept_invite(
    cx: &mut Ctx<'_>,
    person: &Person,
    code: &str,
) -> Result<Option<areas::Area>, InviteError> {
    let Some((invite_id, village_id, expires_at, used_by)) = store::invite(cx.conn, code).await?
    else {
        return Ok(None);
    };
    if !cx.actor.is(person.id) {
        return Err(InviteError::Invalid);
    }
    if used_by.is_some() {
        return Err(InviteError::Used);
    }
    if expires_at <= cx.now {
        return Err(InviteError::Expired);
    }
    let village = areas::get(cx.conn, village_id)
        .await?
        .ok_or(InviteError::Invalid)?;
    if !crate::store::units::use_invite(cx.conn, invite_id, person.id, cx.now).await? {
        return Err(InviteError::Used);
    }
    people::grant(
        cx.conn,
        &people::RoleGrant {
            person_id: person.id,
            role: Role::Relayer,
            area_id: Some(village.id),
            unit_id: None,
        },
        None,
        cx.now,
    )
    .await?;
    crate::store::audit(
        cx.conn,
        Some(person.id),
        AuditAction::InviteAccept,
        &village.code,
        Some(code),
        cx.now,
    )
    .await?;
    Ok(Some(village))
}
