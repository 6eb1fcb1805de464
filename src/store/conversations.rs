//! Conversation state per chat and person, stored as JSON so that a restart, or a second
//! instance, continues the conversation where it was.

use sqlx::Row;

use super::chats::{self, Chat};
use super::people::{self, Person, RoleGrant};
use super::{Conn, StoreResult};

pub async fn load(conn: &mut Conn, chat_id: i64, person_id: i64) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT state FROM conversations WHERE chat_id = $1 AND person_id = $2")
        .bind(chat_id)
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("state")).transpose()?)
}

pub async fn save(
    conn: &mut Conn,
    chat_id: i64,
    person_id: i64,
    state: &str,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO conversations (chat_id, person_id, state, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (chat_id, person_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
    )
    .bind(chat_id)
    .bind(person_id)
    .bind(state)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a turn reads first, when the person and the chat have been seen before: both rows, the
/// conversation and the person's roles, and the directory's counter, in one round trip instead of five (each statement is a
/// hand-off to the database's thread, which is most of a turn's cost on SQLite).
#[derive(Clone, Debug)]
pub struct Opening {
    pub person: Person,
    pub chat: Chat,
    pub state: Option<String>,
    pub grants: Vec<RoleGrant>,
    /// The directory counter as committed ([`super::directory`]).
    pub directory_version: i64,
    /// The person chose to hear key messages as recordings (`voice_listeners`).
    pub listens: bool,
}

/// The [`Opening`] of a turn by `sender` in `chat` on `channel`, if both are known.
pub async fn opening(
    conn: &mut Conn,
    lead: &str,
    channel: &str,
    sender: &str,
    chat: &str,
) -> StoreResult<Option<Opening>> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{lead}SELECT p.id AS p_id, p.channel AS p_channel, p.external_id AS p_external_id, \
         p.display_name AS p_display_name, p.language AS p_language, p.village_id AS p_village_id, \
         p.consent_at AS p_consent_at, p.linked_to AS p_linked_to, \
         c.id AS c_id, c.channel AS c_channel, c.external_id AS c_external_id, c.kind AS c_kind, \
         c.title AS c_title, c.village_id AS c_village_id, c.unit_id AS c_unit_id, \
         c.language AS c_language, c.active AS c_active, c.forget_as AS c_forget_as, \
         cv.state AS cv_state, \
         r.person_id AS r_person_id, r.role AS r_role, r.area_id AS r_area_id, r.unit_id AS r_unit_id, \
         (SELECT version FROM directory_version WHERE id = 1) AS dv_version, \
         (SELECT COUNT(*) FROM voice_listeners v WHERE v.person_id = p.id) AS v_listens \
         FROM people p JOIN chats c ON c.channel = $1 AND c.external_id = $3 \
         LEFT JOIN conversations cv ON cv.chat_id = c.id AND cv.person_id = p.id \
         LEFT JOIN roles r ON r.person_id = p.id \
         WHERE p.channel = $1 AND p.external_id = $2 \
         ORDER BY r.id"
    )))
    .bind(channel)
    .bind(sender)
    .bind(chat)
    .fetch_all(&mut *conn)
    .await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let mut grants = Vec::new();
    for row in &rows {
        let role: Option<String> = row.try_get("r_role")?;
        if role.is_some() {
            grants.push(people::grant_from_row_as(row, "r_")?);
        }
    }
    Ok(Some(Opening {
        person: people::person_from_row_as(first, "p_")?,
        chat: chats::chat_from_row_as(first, "c_")?,
        state: first.try_get("cv_state")?,
        grants,
        directory_version: first.try_get::<Option<i64>, _>("dv_version")?.unwrap_or(0),
        listens: first.try_get::<i64, _>("v_listens")? > 0,
    }))
}
