//! Sign-in links and browser sessions of the web pages, kept by the SHA-256 hash of their
//! tokens (the tokens themselves are only in the link and the cookie).

use sqlx::Row;

use super::{Conn, StoreResult};

/// Stores a new sign-in link for `person_id`.
pub async fn create_link(
    conn: &mut Conn,
    token_hash: &str,
    person_id: i64,
    now_ms: i64,
    expires_at: i64,
) -> StoreResult<()> {
    // Links long past their time are of no use to anyone: they go as new ones are made.
    sqlx::query("DELETE FROM web_links WHERE expires_at < $1")
        .bind(now_ms - 86_400_000)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO web_links (token_hash, person_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(person_id)
    .bind(now_ms)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// What a sign-in link turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkUse {
    /// Spent now, for this person.
    Taken {
        person_id: i64,
    },
    Used,
    Expired,
    Unknown,
}

/// Spends a link once: a guarded write, so two openings at once cannot both succeed.
pub async fn take_link(conn: &mut Conn, token_hash: &str, now_ms: i64) -> StoreResult<LinkUse> {
    let taken = sqlx::query(
        "UPDATE web_links SET used_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING person_id",
    )
    .bind(token_hash)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = taken {
        return Ok(LinkUse::Taken {
            person_id: row.try_get("person_id")?,
        });
    }
    let row = sqlx::query("SELECT used_at FROM web_links WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        None => LinkUse::Unknown,
        Some(r) if r.try_get::<Option<i64>, _>("used_at")?.is_some() => LinkUse::Used,
        Some(_) => LinkUse::Expired,
    })
}

/// What a link is, without spending it.
pub async fn peek_link(conn: &mut Conn, token_hash: &str, now_ms: i64) -> StoreResult<LinkUse> {
    let row =
        sqlx::query("SELECT person_id, used_at, expires_at FROM web_links WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(&mut *conn)
            .await?;
    let Some(r) = row else {
        return Ok(LinkUse::Unknown);
    };
    Ok(if r.try_get::<Option<i64>, _>("used_at")?.is_some() {
        LinkUse::Used
    } else if r.try_get::<i64, _>("expires_at")? <= now_ms {
        LinkUse::Expired
    } else {
        LinkUse::Taken {
            person_id: r.try_get("person_id")?,
        }
    })
}

/// Stores a new session.
pub async fn create_session(
    conn: &mut Conn,
    token_hash: &str,
    person_id: i64,
    csrf: &str,
    now_ms: i64,
    expires_at: i64,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM web_sessions WHERE expires_at < $1")
        .bind(now_ms - 86_400_000)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO web_sessions (token_hash, person_id, csrf, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token_hash)
    .bind(person_id)
    .bind(csrf)
    .bind(now_ms)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A session still open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    pub person_id: i64,
    pub csrf: String,
    pub expires_at: i64,
}

/// The session of a token hash, if it is neither ended nor expired.
pub async fn session(
    conn: &mut Conn,
    token_hash: &str,
    now_ms: i64,
) -> StoreResult<Option<Session>> {
    let row = sqlx::query(
        "SELECT person_id, csrf, expires_at FROM web_sessions \
         WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(Session {
            person_id: r.try_get("person_id")?,
            csrf: r.try_get("csrf")?,
            expires_at: r.try_get("expires_at")?,
        })
    })
    .transpose()
}

/// Ends a session (signing out); true when it was open.
pub async fn end_session(conn: &mut Conn, token_hash: &str, now_ms: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE web_sessions SET ended_at = $2 WHERE token_hash = $1 AND ended_at IS NULL",
    )
    .bind(token_hash)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}
