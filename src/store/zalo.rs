//! The Zalo channel's own tables: webhook events recorded before they are handled, and the
//! Official Account's tokens (migration 0015).

use sqlx::Row;

use super::{Conn, StoreResult};

/// A recorded webhook event not handled yet.
#[derive(Clone, Debug)]
pub struct PendingEvent {
    pub id: i64,
    pub event_key: String,
    /// The chat the event belongs to: one chat's events are handled in order.
    pub chat_key: String,
    pub body: String,
}

/// Records a webhook event. Returns `false` when an event with this key was recorded before
/// (a retry or a replay): nothing is stored then.
pub async fn record_event(
    conn: &mut Conn,
    event_key: &str,
    chat_key: &str,
    body: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO zalo_events (event_key, chat_key, body, received_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (event_key) DO NOTHING",
    )
    .bind(event_key)
    .bind(chat_key)
    .bind(body)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The oldest events not handled yet and received at `received_by` or before, in the order
/// they came.
pub async fn unhandled_events(
    conn: &mut Conn,
    received_by: i64,
    limit: i64,
) -> StoreResult<Vec<PendingEvent>> {
    let rows = sqlx::query(
        "SELECT id, event_key, chat_key, body FROM zalo_events WHERE handled_at IS NULL \
         AND received_at <= $1 ORDER BY id LIMIT $2",
    )
    .bind(received_by)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PendingEvent {
                id: r.try_get("id")?,
                event_key: r.try_get("event_key")?,
                chat_key: r.try_get("chat_key")?,
                body: r.try_get("body")?,
            })
        })
        .collect()
}

/// Marks an event handled and empties its body (it holds what the person wrote); the key stays
/// so that a repeat is still refused.
pub async fn mark_event_handled(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<()> {
    sqlx::query("UPDATE zalo_events SET handled_at = $1, body = '' WHERE id = $2")
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Forgets handled events received before `before_ms`.
pub async fn prune_events(conn: &mut Conn, before_ms: i64) -> StoreResult<u64> {
    let done =
        sqlx::query("DELETE FROM zalo_events WHERE handled_at IS NOT NULL AND received_at < $1")
            .bind(before_ms)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected())
}

/// The stored tokens of one Zalo app.
#[derive(Clone, Debug)]
pub struct Tokens {
    pub access_token: Option<String>,
    pub refresh_token: String,
    pub expires_at: i64,
    /// When the last refresh failed (cleared by a successful one).
    pub failed_at: Option<i64>,
}

pub async fn tokens(conn: &mut Conn, app_id: &str) -> StoreResult<Option<Tokens>> {
    let row = sqlx::query(
        "SELECT access_token, refresh_token, expires_at, failed_at FROM zalo_tokens WHERE app_id = $1",
    )
    .bind(app_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(Tokens {
            access_token: r.try_get("access_token")?,
            refresh_token: r.try_get("refresh_token")?,
            expires_at: r.try_get("expires_at")?,
            failed_at: r.try_get("failed_at")?,
        })
    })
    .transpose()
}

/// Takes the refresh token from the settings: stored when there is none yet, or when it is not
/// the one taken last time (`seed_hash` differs: an admin put a new one in the settings, e.g.
/// after a failed refresh). Otherwise the stored one, newer, is kept. Returns whether it was
/// taken.
pub async fn seed_refresh_token(
    conn: &mut Conn,
    app_id: &str,
    refresh_token: &str,
    seed_hash: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO zalo_tokens (app_id, refresh_token, seed_hash, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (app_id) DO UPDATE SET refresh_token = excluded.refresh_token, \
         seed_hash = excluded.seed_hash, access_token = NULL, expires_at = 0, \
         updated_at = excluded.updated_at, failed_at = NULL, failure = NULL \
         WHERE zalo_tokens.seed_hash IS NULL OR zalo_tokens.seed_hash <> excluded.seed_hash",
    )
    .bind(app_id)
    .bind(refresh_token)
    .bind(seed_hash)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores the pair a refresh returned, only if the refresh token spent was still the stored
/// one (else another instance refreshed meanwhile). Returns whether it was stored.
#[allow(clippy::too_many_arguments)]
pub async fn store_refreshed(
    conn: &mut Conn,
    app_id: &str,
    spent_refresh_token: &str,
    access_token: &str,
    refresh_token: &str,
    expires_at: i64,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE zalo_tokens SET access_token = $1, refresh_token = $2, expires_at = $3, \
         updated_at = $4, failed_at = NULL, failure = NULL WHERE app_id = $5 AND refresh_token = $6",
    )
    .bind(access_token)
    .bind(refresh_token)
    .bind(expires_at)
    .bind(now_ms)
    .bind(app_id)
    .bind(spent_refresh_token)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records a failed refresh. Returns whether it is the first failure since the last success
/// (the admins are told once).
pub async fn refresh_failed(
    conn: &mut Conn,
    app_id: &str,
    failure: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE zalo_tokens SET failed_at = $1, failure = $2 WHERE app_id = $3 AND failed_at IS NULL",
    )
    .bind(now_ms)
    .bind(failure)
    .bind(app_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 1 {
        return Ok(true);
    }
    sqlx::query("UPDATE zalo_tokens SET failure = $1 WHERE app_id = $2")
        .bind(failure)
        .bind(app_id)
        .execute(&mut *conn)
        .await?;
    Ok(false)
}

/// Whether a Zalo token refresh has failed and not succeeded since (for `/healthz`).
pub async fn refresh_failing(conn: &mut Conn) -> StoreResult<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM zalo_tokens WHERE failed_at IS NOT NULL")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// Every admin, as a person to tell (a failed Zalo token needs one of them).
pub async fn admins(conn: &mut Conn) -> StoreResult<Vec<super::people::Person>> {
    let rows = sqlx::query(
        "SELECT DISTINCT p.id FROM roles r JOIN people p ON p.id = r.person_id \
         WHERE r.role = 'admin' ORDER BY p.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        if let Some(p) = super::people::get(conn, r.try_get("id")?).await? {
            out.push(p);
        }
    }
    Ok(out)
}
