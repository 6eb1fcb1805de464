//! Voice prompts (recordings of key messages per language), who may record them, who listens
//! to them, and who declined the data notice.

use sqlx::Row;

use super::{Conn, StoreResult};

/// One recording of a message in a language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VoicePrompt {
    pub locale: String,
    pub message_id: String,
    /// `voice` or `audio`: how the platform took it, and how it is sent back.
    pub kind: String,
    pub file_ref: String,
    pub channel: String,
    /// The hash of the Vietnamese text it was recorded against.
    pub vi_hash: String,
    pub recorded_by: i64,
    pub recorded_at: i64,
}

fn prompt_of(r: &sqlx::any::AnyRow) -> StoreResult<VoicePrompt> {
    Ok(VoicePrompt {
        locale: r.try_get("locale")?,
        message_id: r.try_get("message_id")?,
        kind: r.try_get("kind")?,
        file_ref: r.try_get("file_ref")?,
        channel: r.try_get("channel")?,
        vi_hash: r.try_get("vi_hash")?,
        recorded_by: r.try_get("recorded_by")?,
        recorded_at: r.try_get("recorded_at")?,
    })
}

const COLUMNS: &str =
    "locale, message_id, kind, file_ref, channel, vi_hash, recorded_by, recorded_at";

/// Records (or replaces) the recording of `message_id` in `locale`.
pub async fn put(conn: &mut Conn, p: &VoicePrompt) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO voice_prompts (locale, message_id, kind, file_ref, channel, vi_hash, recorded_by, recorded_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (locale, message_id) DO UPDATE SET kind = excluded.kind, \
         file_ref = excluded.file_ref, channel = excluded.channel, vi_hash = excluded.vi_hash, \
         recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at",
    )
    .bind(&p.locale)
    .bind(&p.message_id)
    .bind(&p.kind)
    .bind(&p.file_ref)
    .bind(&p.channel)
    .bind(&p.vi_hash)
    .bind(p.recorded_by)
    .bind(p.recorded_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The recordings in `locale` of any of `message_ids`.
pub async fn of_messages(
    conn: &mut Conn,
    locale: &str,
    message_ids: &[&str],
) -> StoreResult<Vec<VoicePrompt>> {
    if message_ids.is_empty() {
        return Ok(Vec::new());
    }
    let placeholders: Vec<String> = (0..message_ids.len())
        .map(|i| format!("${}", i + 2))
        .collect();
    // Only numbered placeholders are formatted in; the ids are bound.
    let sql = format!(
        "SELECT {COLUMNS} FROM voice_prompts WHERE locale = $1 AND message_id IN ({})",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(locale.to_string());
    for id in message_ids {
        query = query.bind(id.to_string());
    }
    query
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(prompt_of)
        .collect()
}

/// Every recording, by language then message.
pub async fn all(conn: &mut Conn) -> StoreResult<Vec<VoicePrompt>> {
    let sql = format!("SELECT {COLUMNS} FROM voice_prompts ORDER BY locale, message_id");
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(prompt_of)
        .collect()
}

/// Whether `person_id` was named to record `locale`.
pub async fn is_recorder(conn: &mut Conn, person_id: i64, locale: &str) -> StoreResult<bool> {
    Ok(
        sqlx::query("SELECT 1 AS one FROM voice_recorders WHERE person_id = $1 AND locale = $2")
            .bind(person_id)
            .bind(locale)
            .fetch_optional(&mut *conn)
            .await?
            .is_some(),
    )
}

/// Names `person_id` a recorder of `locale`; false when they were already.
pub async fn add_recorder(
    conn: &mut Conn,
    person_id: i64,
    locale: &str,
    named_by: Option<i64>,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO voice_recorders (person_id, locale, named_by, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (person_id, locale) DO NOTHING",
    )
    .bind(person_id)
    .bind(locale)
    .bind(named_by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A yes/no a person carries, one table each: a row while it holds.
#[derive(Clone, Copy)]
enum Mark {
    /// They chose to hear the recordings (`voice_listeners`).
    Listening,
    /// They said no to the data notice and have not agreed since (`consent_declines`).
    Declined,
}

impl Mark {
    fn table(self) -> &'static str {
        match self {
            Mark::Listening => "voice_listeners",
            Mark::Declined => "consent_declines",
        }
    }
}

async fn has_mark(conn: &mut Conn, mark: Mark, person_id: i64) -> StoreResult<bool> {
    // Only the table's name, one of two constants, is formatted in.
    let sql = format!("SELECT 1 AS one FROM {} WHERE person_id = $1", mark.table());
    Ok(sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?
        .is_some())
}

async fn set_mark(
    conn: &mut Conn,
    mark: Mark,
    person_id: i64,
    on: bool,
    now_ms: i64,
) -> StoreResult<()> {
    let table = mark.table();
    if on {
        let sql = format!(
            "INSERT INTO {table} (person_id, created_at) VALUES ($1, $2) \
             ON CONFLICT (person_id) DO NOTHING"
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(person_id)
            .bind(now_ms)
            .execute(&mut *conn)
            .await?;
    } else {
        let sql = format!("DELETE FROM {table} WHERE person_id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(person_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// Whether the person chose to hear the recordings.
pub async fn listens(conn: &mut Conn, person_id: i64) -> StoreResult<bool> {
    has_mark(conn, Mark::Listening, person_id).await
}

/// Whether the person of a private chat (by the chat's id) chose to hear the recordings; false
/// for a group.
pub async fn listens_in_chat(conn: &mut Conn, chat_id: i64) -> StoreResult<bool> {
    Ok(sqlx::query(
        "SELECT 1 AS one FROM chats c JOIN people p ON p.channel = c.channel AND p.external_id = c.external_id \
         JOIN voice_listeners v ON v.person_id = COALESCE(p.linked_to, p.id) \
         WHERE c.id = $1 AND c.kind = 'private'",
    )
    .bind(chat_id)
    .fetch_optional(&mut *conn)
    .await?
    .is_some())
}

pub async fn set_listening(
    conn: &mut Conn,
    person_id: i64,
    on: bool,
    now_ms: i64,
) -> StoreResult<()> {
    set_mark(conn, Mark::Listening, person_id, on, now_ms).await
}

/// Whether the person said no to the data notice (and has not agreed since).
pub async fn declined(conn: &mut Conn, person_id: i64) -> StoreResult<bool> {
    has_mark(conn, Mark::Declined, person_id).await
}

pub async fn set_declined(
    conn: &mut Conn,
    person_id: i64,
    on: bool,
    now_ms: i64,
) -> StoreResult<()> {
    set_mark(conn, Mark::Declined, person_id, on, now_ms).await
}
