//! Platform update ids already handled, so that an update delivered twice (a webhook retried,
//! a poll repeated after a crash) is acted on once.

use super::{Conn, StoreResult};

/// Records `update_id` of `channel` as handled. Returns `false` when it already was: the caller
/// then drops the update. Call it inside the transaction that acts on the update, so that a
/// failed update is not recorded and can be tried again.
pub async fn first_time(
    conn: &mut Conn,
    lead: &str,
    channel: &str,
    update_id: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    // RETURNING says whether the row went in (a count of changes would also count the
    // statements `lead` brings).
    let inserted = sqlx::query(sqlx::AssertSqlSafe(format!(
        "{lead}INSERT INTO processed_updates (channel, update_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (channel, update_id) DO NOTHING RETURNING 1 AS one"
    )))
    .bind(channel)
    .bind(update_id)
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?;
    Ok(!inserted.is_empty())
}

/// Forgets update ids recorded before `before_ms`; Telegram never repeats an update that old.
pub async fn prune(conn: &mut Conn, before_ms: i64) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM processed_updates WHERE received_at < $1")
        .bind(before_ms)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}
