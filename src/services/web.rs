//! Signing in to the web pages: `/web` in the chat gives an officer or admin a one-time link
//! (valid a few minutes, one use, bound to their person); opening it starts a browser session
//! (a few hours). Tokens are random, 256 bits, and kept only as SHA-256 hashes. Rights are not
//! carried by the session: every request loads the person's roles again, so a role taken back
//! ends what the session can do at once.

use rand::Rng;
use sha2::{Digest, Sha256};

use super::{Actor, Ctx};
use crate::domain::audit::AuditAction;
use crate::store::web::{self as store, LinkUse};
use crate::store::{Conn, StoreError, StoreResult};

const MINUTE_MS: i64 = 60_000;

/// Why a sign-in link was not given or did not open a session.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("only officers and admins use the web pages")]
    NotStaff,
    #[error("the link was used already")]
    LinkUsed,
    #[error("the link has expired")]
    LinkExpired,
    #[error("no such link")]
    LinkUnknown,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for WebError {
    fn from(e: sqlx::Error) -> Self {
        WebError::Store(e.into())
    }
}

/// A fresh random token: 32 bytes as 64 lowercase hex digits.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill(&mut bytes);
    hex(&bytes)
}

/// The SHA-256 of a token, as stored.
pub fn token_hash(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a person may use the web pages: an officer of a unit, or an admin.
pub fn may_use_web(actor: &Actor) -> bool {
    actor.is_officer() || actor.is_admin()
}

/// A new one-time sign-in link token for the acting person, valid `minutes`.
pub async fn create_link(cx: &mut Ctx<'_>, minutes: u32) -> Result<String, WebError> {
    let person = match cx.actor.person_id {
        Some(id) if may_use_web(cx.actor) => id,
        _ => return Err(WebError::NotStaff),
    };
    let token = new_token();
    let expires = cx.now + i64::from(minutes) * MINUTE_MS;
    store::create_link(cx.conn, &token_hash(&token), person, cx.now, expires).await?;
    Ok(token)
}

/// A session opened by a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    /// The cookie's value.
    pub token: String,
    pub person_id: i64,
    pub expires_at: i64,
}

/// Spends a sign-in link and opens a session of `hours` for its person, if they are still an
/// officer or admin. Audited (`web.sign_in`).
pub async fn sign_in(
    conn: &mut Conn,
    link_token: &str,
    now: i64,
    hours: u32,
) -> Result<Opened, WebError> {
    let person_id = match store::take_link(conn, &token_hash(link_token), now).await? {
        LinkUse::Taken { person_id } => person_id,
        LinkUse::Used => return Err(WebError::LinkUsed),
        LinkUse::Expired => return Err(WebError::LinkExpired),
        LinkUse::Unknown => return Err(WebError::LinkUnknown),
    };
    let actor = Actor::load(conn, person_id).await?;
    if !may_use_web(&actor) {
        return Err(WebError::NotStaff);
    }
    let token = new_token();
    let expires_at = now + i64::from(hours) * 60 * MINUTE_MS;
    store::create_session(
        conn,
        &token_hash(&token),
        person_id,
        &new_token(),
        now,
        expires_at,
    )
    .await?;
    crate::store::audit(
        conn,
        Some(person_id),
        AuditAction::WebSignIn,
        &format!("person:{person_id}"),
        None,
        now,
    )
    .await?;
    Ok(Opened {
        token,
        person_id,
        expires_at,
    })
}

/// The person of an open session, their roles as they are now, and the session's form token;
/// `None` when the session ended, expired, or its person no longer holds a role for the web.
pub async fn session(
    conn: &mut Conn,
    token: &str,
    now: i64,
) -> StoreResult<Option<(Actor, store::Session)>> {
    let Some(session) = store::session(conn, &token_hash(token), now).await? else {
        return Ok(None);
    };
    let actor = Actor::load(conn, session.person_id).await?;
    Ok(may_use_web(&actor).then_some((actor, session)))
}

/// Ends a session. Audited (`web.sign_out`) when it was open.
pub async fn sign_out(conn: &mut Conn, token: &str, now: i64) -> StoreResult<()> {
    let hash = token_hash(token);
    let person = store::session(conn, &hash, now).await?.map(|s| s.person_id);
    if store::end_session(conn, &hash, now).await?
        && let Some(id) = person
    {
        crate::store::audit(
            conn,
            Some(id),
            AuditAction::WebSignOut,
            &format!("person:{id}"),
            None,
            now,
        )
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_hex_and_stored_only_hashed() {
        let a = new_token();
        let b = new_token();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert!(a.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(token_hash(&a), a);
        assert_eq!(token_hash(&a), token_hash(&a));
    }
}
