//! Conversation state per chat and person, stored as JSON so that a restart, or a second
//! instance, continues the conversation where it was.

use sqlx::Row;

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
