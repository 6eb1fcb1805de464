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

/// The key the tokens are sealed with at rest (ChaCha20-Poly1305), derived from
/// `LOATHON_ZALO_APP_SECRET`: a copy of the database alone (a backup, a dump) does not give the
/// OA's access or refresh token. Changing the app secret makes the stored tokens unreadable:
/// the new app's refresh token is given in the settings, as on the first start.
#[derive(Clone)]
pub struct TokenKey(chacha20poly1305::Key);

impl std::fmt::Debug for TokenKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenKey(…)")
    }
}

/// What a sealed value starts with; a stored value without it is plaintext from before.
const SEALED_PREFIX: &str = "v1:";

impl TokenKey {
    pub fn from_app_secret(app_secret: &str) -> Self {
        use sha2::{Digest, Sha256};
        let mut hash = Sha256::new();
        hash.update(b"loathon/zalo-tokens/v1\0");
        hash.update(app_secret.as_bytes());
        Self(hash.finalize())
    }

    /// `v1:` + hex of a random 12-byte nonce and the ciphertext with its tag. The app id is
    /// bound in as associated data, so a value cannot be moved to another app's row.
    pub fn seal(&self, app_id: &str, plain: &str) -> String {
        use chacha20poly1305::aead::{Aead, AeadCore, OsRng, Payload};
        use chacha20poly1305::{ChaCha20Poly1305, KeyInit};
        let cipher = ChaCha20Poly1305::new(&self.0);
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plain.as_bytes(),
                    aad: app_id.as_bytes(),
                },
            )
            .expect("ChaCha20-Poly1305 seals any length a token has");
        let mut out = String::with_capacity(SEALED_PREFIX.len() + 2 * (12 + sealed.len()));
        out.push_str(SEALED_PREFIX);
        for b in nonce.iter().chain(sealed.iter()) {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }

    /// The plaintext of a stored value, and whether it was stored sealed. A value sealed with
    /// another key, or damaged, is an error (never returned as it is).
    pub fn open(&self, app_id: &str, stored: &str) -> StoreResult<(String, bool)> {
        use chacha20poly1305::aead::{Aead, Payload};
        use chacha20poly1305::{ChaCha20Poly1305, KeyInit, Nonce};
        let Some(hex) = stored.strip_prefix(SEALED_PREFIX) else {
            return Ok((stored.to_string(), false));
        };
        let unreadable = || {
            super::StoreError::Corrupt(
                "zalo_tokens: a token sealed with another LOATHON_ZALO_APP_SECRET, or damaged; \
                 give the refresh token again in LOATHON_ZALO_REFRESH_TOKEN"
                    .into(),
            )
        };
        let bytes = from_hex(hex).ok_or_else(unreadable)?;
        if bytes.len() < 12 + 16 {
            return Err(unreadable());
        }
        let (nonce, sealed) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().map_err(|_| unreadable())?;
        let plain = ChaCha20Poly1305::new(&self.0)
            .decrypt(
                &Nonce::from(nonce),
                Payload {
                    msg: sealed,
                    aad: app_id.as_bytes(),
                },
            )
            .map_err(|_| unreadable())?;
        let plain = String::from_utf8(plain).map_err(|_| unreadable())?;
        Ok((plain, true))
    }
}

fn from_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The stored tokens of one Zalo app, opened.
#[derive(Clone)]
pub struct Tokens {
    pub access_token: Option<String>,
    pub refresh_token: String,
    /// The refresh token's column as stored (sealed): what [`store_refreshed`] compares.
    pub stored_refresh: String,
    pub expires_at: i64,
    /// When the last refresh failed (cleared by a successful one).
    pub failed_at: Option<i64>,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("expires_at", &self.expires_at)
            .field("failed_at", &self.failed_at)
            .finish_non_exhaustive()
    }
}

/// The tokens of `app_id`, opened with `key`. Plaintext left by a version before sealing is
/// read once and sealed in place.
pub async fn tokens(conn: &mut Conn, key: &TokenKey, app_id: &str) -> StoreResult<Option<Tokens>> {
    let row = sqlx::query(
        "SELECT access_token, refresh_token, expires_at, failed_at FROM zalo_tokens WHERE app_id = $1",
    )
    .bind(app_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    let access: Option<String> = r.try_get("access_token")?;
    let stored_refresh: String = r.try_get("refresh_token")?;
    let (refresh_token, refresh_sealed) = key.open(app_id, &stored_refresh)?;
    let (access_token, access_sealed) = match &access {
        Some(a) => {
            let (plain, sealed) = key.open(app_id, a)?;
            (Some(plain), sealed)
        }
        None => (None, true),
    };
    let mut tokens = Tokens {
        access_token,
        refresh_token,
        stored_refresh,
        expires_at: r.try_get("expires_at")?,
        failed_at: r.try_get("failed_at")?,
    };
    if !refresh_sealed || !access_sealed {
        let refresh = key.seal(app_id, &tokens.refresh_token);
        let access = tokens.access_token.as_deref().map(|a| key.seal(app_id, a));
        let done = sqlx::query(
            "UPDATE zalo_tokens SET refresh_token = $1, access_token = $2 \
             WHERE app_id = $3 AND refresh_token = $4",
        )
        .bind(&refresh)
        .bind(access)
        .bind(app_id)
        .bind(&tokens.stored_refresh)
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 1 {
            tracing::info!("zalo: stored tokens sealed (they were kept in plaintext before)");
            tokens.stored_refresh = refresh;
        }
    }
    Ok(Some(tokens))
}

/// Takes the refresh token from the settings: stored (sealed) when there is none yet, or when
/// it is not the one taken last time (`seed_hash` differs: an admin put a new one in the
/// settings, e.g. after a failed refresh). Otherwise the stored one, newer, is kept. Returns
/// whether it was taken.
pub async fn seed_refresh_token(
    conn: &mut Conn,
    key: &TokenKey,
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
    .bind(key.seal(app_id, refresh_token))
    .bind(seed_hash)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores (sealed) the pair a refresh returned, only if the refresh token spent was still the
/// stored one (`spent_stored`, as [`Tokens::stored_refresh`] read it; else another instance
/// refreshed meanwhile). Returns whether it was stored.
#[allow(clippy::too_many_arguments)]
pub async fn store_refreshed(
    conn: &mut Conn,
    key: &TokenKey,
    app_id: &str,
    spent_stored: &str,
    access_token: &str,
    refresh_token: &str,
    expires_at: i64,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE zalo_tokens SET access_token = $1, refresh_token = $2, expires_at = $3, \
         updated_at = $4, failed_at = NULL, failure = NULL WHERE app_id = $5 AND refresh_token = $6",
    )
    .bind(key.seal(app_id, access_token))
    .bind(key.seal(app_id, refresh_token))
    .bind(expires_at)
    .bind(now_ms)
    .bind(app_id)
    .bind(spent_stored)
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

#[cfg(test)]
mod tests {
    use super::TokenKey;

    #[test]
    fn a_sealed_token_opens_with_its_key_and_app_only() {
        let key = TokenKey::from_app_secret("app-secret");
        let sealed = key.seal("app-1", "refresh-abc");
        assert!(sealed.starts_with("v1:"), "{sealed}");
        assert!(!sealed.contains("refresh-abc"));
        assert_ne!(
            sealed,
            key.seal("app-1", "refresh-abc"),
            "a fresh nonce each time"
        );
        assert_eq!(
            key.open("app-1", &sealed).unwrap(),
            ("refresh-abc".into(), true)
        );
        assert!(key.open("app-2", &sealed).is_err(), "bound to the app");
        let other = TokenKey::from_app_secret("another-secret");
        assert!(other.open("app-1", &sealed).is_err());
        assert_eq!(
            key.open("app-1", "plain-old").unwrap(),
            ("plain-old".into(), false)
        );
        assert!(key.open("app-1", "v1:zz").is_err());
    }
}
