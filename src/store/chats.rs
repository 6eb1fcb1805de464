//! Chats: a private chat with one person, or a village group.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreError, StoreResult};
use crate::domain::LocaleTag;

pub use crate::message::ChatKind;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chat {
    pub id: i64,
    pub channel: String,
    pub external_id: String,
    pub kind: ChatKind,
    pub title: Option<String>,
    pub village_id: Option<i64>,
    /// A unit's own group (never also a village's).
    pub unit_id: Option<i64>,
    pub language: Option<LocaleTag>,
    pub active: bool,
    /// Set on a deleted person's private chat until its last message has gone: the tombstone
    /// its address then becomes (see `store::privacy`).
    pub forget_as: Option<String>,
}

macro_rules! chat_columns {
    () => {
        "id, channel, external_id, kind, title, village_id, unit_id, language, active, forget_as"
    };
}

fn chat_from_row(row: &AnyRow) -> StoreResult<Chat> {
    chat_from_row_as(row, "")
}

/// A chat from columns named `<prefix><column>` (a join that reads several tables at once).
pub(crate) fn chat_from_row_as(row: &AnyRow, prefix: &str) -> StoreResult<Chat> {
    let col = |name: &str| format!("{prefix}{name}");
    let kind: String = row.try_get(col("kind").as_str())?;
    let language: Option<String> = row.try_get(col("language").as_str())?;
    Ok(Chat {
        id: row.try_get(col("id").as_str())?,
        channel: row.try_get(col("channel").as_str())?,
        external_id: row.try_get(col("external_id").as_str())?,
        kind: match kind.as_str() {
            "private" => ChatKind::Private,
            "group" => ChatKind::Group,
            other => return Err(StoreError::Corrupt(format!("chat kind {other}"))),
        },
        title: row.try_get(col("title").as_str())?,
        village_id: row.try_get(col("village_id").as_str())?,
        unit_id: row.try_get(col("unit_id").as_str())?,
        language: language.and_then(|l| LocaleTag::parse(&l).ok()),
        active: super::flag(row.try_get(col("active").as_str())?),
        forget_as: row.try_get(col("forget_as").as_str())?,
    })
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<Chat>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        chat_columns!(),
        " FROM chats WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(chat_from_row).transpose()
}

pub async fn find(conn: &mut Conn, channel: &str, external_id: &str) -> StoreResult<Option<Chat>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        chat_columns!(),
        " FROM chats WHERE channel = $1 AND external_id = $2"
    ))
    .bind(channel)
    .bind(external_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(chat_from_row).transpose()
}

/// The chat, created on first contact. A chat marked inactive (the person had blocked the bot)
/// becomes active again: a new message from it means it can be reached. So does the chat of a
/// person who deleted their data and writes again before their chat was forgotten: it is theirs
/// again.
pub async fn find_or_create(
    conn: &mut Conn,
    channel: &str,
    external_id: &str,
    kind: ChatKind,
    title: Option<&str>,
    now_ms: i64,
) -> StoreResult<Chat> {
    if let Some(chat) = find(conn, channel, external_id).await? {
        if !chat.active || chat.forget_as.is_some() {
            sqlx::query(
                "UPDATE chats SET active = 1, inactive_reason = NULL, forget_as = NULL, updated_at = $1 \
                 WHERE id = $2",
            )
            .bind(now_ms)
            .bind(chat.id)
            .execute(&mut *conn)
            .await?;
            return Ok(Chat {
                active: true,
                forget_as: None,
                ..chat
            });
        }
        return Ok(chat);
    }
    let row = sqlx::query(concat!(
        "INSERT INTO chats (channel, external_id, kind, title, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) \
         ON CONFLICT (channel, external_id) DO UPDATE SET updated_at = chats.updated_at \
         RETURNING ",
        chat_columns!()
    ))
    .bind(channel)
    .bind(external_id)
    .bind(kind.as_str())
    .bind(title)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    chat_from_row(&row)
}

/// Stops sending to a chat (blocked, kicked, deleted); `reason` is kept for reports.
pub async fn deactivate(conn: &mut Conn, id: i64, reason: &str, now_ms: i64) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET active = 0, inactive_reason = $1, updated_at = $2 WHERE id = $3")
        .bind(reason)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The private chat the bot has with a person on their channel, if they ever wrote. A deleted
/// person has none: their tombstoned chat cannot be reached, and nothing is to be said there.
pub async fn private_of(
    conn: &mut Conn,
    channel: &str,
    person_external_id: &str,
) -> StoreResult<Option<Chat>> {
    if person_external_id.starts_with(super::people::TOMBSTONE_PREFIX) {
        return Ok(None);
    }
    Ok(find(conn, channel, person_external_id)
        .await?
        .filter(|c| c.kind == ChatKind::Private))
}

/// Links a group to a village (`/lienket`); its announcements follow the village from now on.
pub async fn set_village(
    conn: &mut Conn,
    id: i64,
    village_id: i64,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET village_id = $1, updated_at = $2 WHERE id = $3")
        .bind(village_id)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Sets the language a group is spoken to in.
pub async fn set_language(
    conn: &mut Conn,
    id: i64,
    tag: &LocaleTag,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(tag.as_str())
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// What [`migrate`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Migration {
    /// No chat had the old id: nothing to move.
    Unknown,
    /// The record now carries the new id; everything attached to it follows.
    Moved { chat_id: i64 },
    /// A record for the new id existed already (its first update came before the notice of the
    /// move): the old record's link, language and waiting messages moved onto it, and the old
    /// record points to it.
    Merged { from: i64, into: i64 },
}

/// A group became a supergroup with a new platform id: moves the chat record to `new_external`
/// so that its village link, language and waiting messages carry on there. Idempotent.
pub async fn migrate(
    conn: &mut Conn,
    channel: &str,
    old_external: &str,
    new_external: &str,
    now_ms: i64,
) -> StoreResult<Migration> {
    let Some(old) = find(conn, channel, old_external).await? else {
        return Ok(Migration::Unknown);
    };
    let Some(new) = find(conn, channel, new_external).await? else {
        sqlx::query(
            "UPDATE chats SET external_id = $1, kind = 'group', active = 1, inactive_reason = NULL, \
             updated_at = $2 WHERE id = $3",
        )
        .bind(new_external)
        .bind(now_ms)
        .bind(old.id)
        .execute(&mut *conn)
        .await?;
        return Ok(Migration::Moved { chat_id: old.id });
    };
    if new.id == old.id {
        return Ok(Migration::Moved { chat_id: old.id });
    }
    sqlx::query(
        "UPDATE chats SET village_id = COALESCE(village_id, $1), language = COALESCE(language, $2), \
         unit_id = COALESCE(unit_id, (SELECT unit_id FROM chats WHERE id = $3)), \
         kind = 'group', updated_at = $4 WHERE id = $5",
    )
    .bind(old.village_id)
    .bind(old.language.as_ref().map(|l| l.as_str().to_string()))
    .bind(old.id)
    .bind(now_ms)
    .bind(new.id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE outbox SET chat_id = $1 WHERE chat_id = $2 AND status IN ('pending', 'sending')",
    )
    .bind(new.id)
    .bind(old.id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE chats SET active = 0, inactive_reason = 'migrated', migrated_to_chat_id = $1, \
         updated_at = $2 WHERE id = $3",
    )
    .bind(new.id)
    .bind(now_ms)
    .bind(old.id)
    .execute(&mut *conn)
    .await?;
    Ok(Migration::Merged {
        from: old.id,
        into: new.id,
    })
}

/// Makes a group the unit's own: new petitions and reminders of the unit go there.
pub async fn set_unit(conn: &mut Conn, id: i64, unit_id: i64, now_ms: i64) -> StoreResult<()> {
    sqlx::query("UPDATE chats SET unit_id = $1, updated_at = $2 WHERE id = $3")
        .bind(unit_id)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
