//! Named leases in the database, so that several instances on one PostgreSQL agree on who does
//! the work that must happen once (housekeeping). A lease is held until `until_ms`; its holder
//! renews it, anyone may take it once it ran out.

use sqlx::Row;

use super::{Conn, StoreResult};

/// Takes or renews the lease `name` for `owner` until `now_ms + ttl_ms`. Returns whether
/// `owner` holds it now.
pub async fn try_acquire(
    conn: &mut Conn,
    name: &str,
    owner: &str,
    now_ms: i64,
    ttl_ms: i64,
) -> StoreResult<bool> {
    let row = sqlx::query(
        "INSERT INTO leases (name, owner, until_ms) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms \
         WHERE leases.owner = excluded.owner OR leases.until_ms < $4 \
         RETURNING owner",
    )
    .bind(name)
    .bind(owner)
    .bind(now_ms + ttl_ms)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some(r) => r.try_get::<String, _>("owner")? == owner,
        None => false,
    })
}

/// Gives the lease up (on shutdown), so another instance takes over at once.
pub async fn release(conn: &mut Conn, name: &str, owner: &str) -> StoreResult<()> {
    sqlx::query("DELETE FROM leases WHERE name = $1 AND owner = $2")
        .bind(name)
        .bind(owner)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
