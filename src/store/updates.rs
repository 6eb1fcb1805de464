//! Platform update ids already handled, so that an update delivered twice (a webhook retried,
//! a poll repeated after a crash) is acted on once.

use super::{Conn, StoreResult};

/// Records `update_id` of `channel` as handled. Returns `false` when it already was: the caller
/// then drops the update. Call it inside the transaction that acts on the update, so that a
/// failed update is not recorded and can be tried again.
pub async fn first_time(
    conn: &mut Conn,
    channel: &str,
    update_id: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO processed_updates (channel, update_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (channel, update_id) DO NOTHING",
    )
    .bind(channel)
    .bind(update_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Forgets update ids recorded before `before_ms`; Telegram never repeats an update that old.
pub async fn prune(conn: &mut Conn, before_ms: i64) -> StoreResult<u64> {
    let done = sqlx::query("DELETE FROM processed_updates WHERE received_at < $1")
        .bind(before_ms)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}
