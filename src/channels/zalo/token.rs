//! The OA's access token: kept in the database (`zalo_tokens`), refreshed an hour before it
//! expires and when Zalo refuses it (-216/-220), by one instance at a time (the `zalo:token`
//! lease), because refresh tokens are single-use: two instances spending the same one would
//! leave both without a token. The pair a refresh returns is stored before it is used.
//!
//! A failed refresh needs a person (a new refresh token from the OAuth consent): the admins are
//! told once, `/healthz` says `degraded`, and this instance waits [`COOLDOWN_MS`] before it
//! tries again, so a dead token never turns into a loop of requests.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use secrecy::ExposeSecret;
use serde_json::Value;
use tokio::sync::Notify;

use super::inbound::text_of;
use crate::clock::Clock;
use crate::config::ZaloConfig;
use crate::i18n::{Localizer, Msg};
use crate::message::Reply;
use crate::services::Outgoing;
use crate::store::outbox::Priority;
use crate::store::{Db, StoreError, leases, zalo as store};

/// Refreshed this long before it expires.
pub const REFRESH_MARGIN_MS: i64 = 60 * 60 * 1000;
/// After a failed refresh, this instance waits this long before trying again.
pub const COOLDOWN_MS: i64 = 10 * 60 * 1000;
const LEASE: &str = "zalo:token";
const LEASE_MS: i64 = 30_000;
/// The OAuth call's own limit, well inside the lease.
const OAUTH_TIMEOUT: Duration = Duration::from_secs(10);

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("no Zalo refresh token stored: set LOATHON_ZALO_REFRESH_TOKEN")]
    Missing,
    #[error("the Zalo token refresh failed: {0}")]
    Refused(String),
    #[error("a Zalo token refresh failed lately; waiting before the next try")]
    CoolingDown,
    #[error("another instance is refreshing the Zalo token")]
    Busy,
    #[error("database: {0}")]
    Store(#[from] StoreError),
}

/// The access token of one OA, shared by the sender and the refresher.
pub struct Tokens {
    db: Db,
    clock: Arc<dyn Clock>,
    i18n: Arc<Localizer>,
    http: reqwest::Client,
    config: ZaloConfig,
    owner: String,
    /// When this instance's last refresh failed.
    failed_at: Mutex<Option<i64>>,
    /// One refresh at a time in this process (the lease is per process: its owner is this
    /// instance, which may renew it while it holds it).
    refreshing: tokio::sync::Mutex<()>,
    /// Wakes the delivery workers when the admins' alert was queued.
    wake: Arc<Notify>,
    /// Seals the tokens at rest (from the app secret).
    key: store::TokenKey,
}

impl Tokens {
    pub fn new(
        db: Db,
        clock: Arc<dyn Clock>,
        i18n: Arc<Localizer>,
        http: reqwest::Client,
        config: ZaloConfig,
        wake: Arc<Notify>,
    ) -> Self {
        let key = store::TokenKey::from_app_secret(config.app_secret.expose_secret());
        Self {
            db,
            clock,
            i18n,
            http,
            config,
            owner: format!("{}-{:08x}", std::process::id(), rand::random::<u32>()),
            key,
            failed_at: Mutex::new(None),
            refreshing: tokio::sync::Mutex::new(()),
            wake,
        }
    }

    /// Stores the refresh token from the settings when it is new (see
    /// [`store::seed_refresh_token`]).
    pub async fn seed(&self) -> Result<(), TokenError> {
        let Some(token) = &self.config.refresh_token else {
            return Ok(());
        };
        let token = token.expose_secret();
        let hash = super::webhook::sha256_hex(token.as_bytes());
        let mut conn = self.db.pool.acquire().await.map_err(StoreError::from)?;
        if store::seed_refresh_token(
            &mut conn,
            &self.key,
            &self.config.app_id,
            token,
            &hash,
            self.clock.now_ms(),
        )
        .await?
        {
            tracing::info!("zalo: refresh token taken from LOATHON_ZALO_REFRESH_TOKEN");
        }
        Ok(())
    }

    /// Whether a refresh token is stored (from the settings or a refresh).
    pub async fn has_refresh_token(&self) -> bool {
        matches!(self.stored().await, Ok(Some(_)))
    }

    /// A usable access token: the stored one while it lasts, else a fresh one.
    pub async fn access(&self) -> Result<String, TokenError> {
        let now = self.clock.now_ms();
        let stored = self.stored().await?.ok_or(TokenError::Missing)?;
        match stored.access_token {
            Some(token) if stored.expires_at > now + 60_000 => Ok(token),
            _ => self.refresh(None).await,
        }
    }

    async fn stored(&self) -> Result<Option<store::Tokens>, TokenError> {
        let mut conn = self.db.pool.acquire().await.map_err(StoreError::from)?;
        Ok(store::tokens(&mut conn, &self.key, &self.config.app_id).await?)
    }

    /// Whether `t` makes a refresh unnecessary: another token than the one Zalo refused, or,
    /// when none was refused, one that lasts past the margin.
    fn good(&self, t: &store::Tokens, rejected: Option<&str>, now: i64) -> Option<String> {
        let token = t.access_token.clone()?;
        let ok = match rejected {
            Some(r) => token != r && t.expires_at > now,
            None => t.expires_at > now + REFRESH_MARGIN_MS,
        };
        ok.then_some(token)
    }

    /// Refreshes the token, unless another instance did meanwhile. `rejected` is the access
    /// token Zalo just refused, if that is why.
    pub async fn refresh(&self, rejected: Option<&str>) -> Result<String, TokenError> {
        let _one = self.refreshing.lock().await;
        // Wait (a few seconds at most) for the lease; whoever holds it is refreshing.
        for _ in 0..40 {
            let now = self.clock.now_ms();
            if self
                .failed_at
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .is_some_and(|at| now - at < COOLDOWN_MS)
            {
                return Err(TokenError::CoolingDown);
            }
            let held = {
                let mut conn = self.db.pool.acquire().await.map_err(StoreError::from)?;
                leases::try_acquire(&mut conn, LEASE, &self.owner, now, LEASE_MS).await?
            };
            if held {
                let result = self.refresh_holding(rejected).await;
                if let Ok(mut conn) = self.db.pool.acquire().await {
                    let _ = leases::release(&mut conn, LEASE, &self.owner).await;
                }
                return result;
            }
            tokio::time::sleep(Duration::from_millis(150)).await;
            if let Some(t) = self.stored().await?
                && let Some(token) = self.good(&t, rejected, self.clock.now_ms())
            {
                return Ok(token);
            }
        }
        Err(TokenError::Busy)
    }

    async fn refresh_holding(&self, rejected: Option<&str>) -> Result<String, TokenError> {
        let now = self.clock.now_ms();
        let stored = self.stored().await?.ok_or(TokenError::Missing)?;
        if let Some(token) = self.good(&stored, rejected, now) {
            return Ok(token);
        }
        // Another instance failed lately: the same wait holds for all.
        if stored.failed_at.is_some_and(|at| now - at < COOLDOWN_MS) {
            return Err(TokenError::CoolingDown);
        }
        match self.call_oauth(&stored.refresh_token).await {
            Ok((access, refresh, expires_in_s)) => {
                let mut conn = self.db.pool.acquire().await.map_err(StoreError::from)?;
                let kept = store::store_refreshed(
                    &mut conn,
                    &self.key,
                    &self.config.app_id,
                    &stored.stored_refresh,
                    &access,
                    &refresh,
                    now + expires_in_s * 1000,
                    now,
                )
                .await?;
                if !kept {
                    // Under the lease this should not happen: the stored token changed anyway.
                    tracing::warn!("zalo: the refreshed token was not stored (changed meanwhile)");
                }
                *self.failed_at.lock().unwrap_or_else(|e| e.into_inner()) = None;
                tracing::info!(expires_in_s, "zalo: access token refreshed");
                Ok(access)
            }
            Err(reason) => {
                *self.failed_at.lock().unwrap_or_else(|e| e.into_inner()) = Some(now);
                tracing::error!(%reason, "zalo: token refresh failed; the admins are told");
                let first = {
                    let mut conn = self.db.pool.acquire().await.map_err(StoreError::from)?;
                    store::refresh_failed(&mut conn, &self.config.app_id, &reason, now).await?
                };
                if first && let Err(e) = self.alert_admins(now).await {
                    tracing::error!(error = %e, "zalo: could not queue the admins' alert");
                }
                Err(TokenError::Refused(reason))
            }
        }
    }

    /// Spends the refresh token. Returns (access token, new refresh token, lifetime in s), or
    /// why not (codes and HTTP statuses only, never a token).
    async fn call_oauth(&self, refresh_token: &str) -> Result<(String, String, i64), String> {
        let url = format!("{}/v4/oa/access_token", self.config.oauth_url);
        let response = self
            .http
            .post(&url)
            .timeout(OAUTH_TIMEOUT)
            .header("secret_key", self.config.app_secret.expose_secret())
            .form(&[
                ("refresh_token", refresh_token),
                ("app_id", self.config.app_id.as_str()),
                ("grant_type", "refresh_token"),
            ])
            .send()
            .await
            .map_err(|e| format!("network: {}", e.without_url()))?;
        let status = response.status();
        let body: Value = response
            .json()
            .await
            .map_err(|_| format!("unreadable answer (HTTP {})", status.as_u16()))?;
        let access = body.get("access_token").and_then(text_of);
        let refresh = body.get("refresh_token").and_then(text_of);
        match (access, refresh) {
            (Some(a), Some(r)) => {
                let expires = body
                    .get("expires_in")
                    .and_then(text_of)
                    .and_then(|s| s.parse::<i64>().ok())
                    .unwrap_or(90_000);
                Ok((a, r, expires))
            }
            _ => Err(format!(
                "refused (HTTP {}, error {})",
                status.as_u16(),
                body.get("error").and_then(text_of).unwrap_or_default()
            )),
        }
    }

    /// Tells every admin, in their private chat, that Zalo needs a new refresh token.
    async fn alert_admins(&self, now: i64) -> Result<(), StoreError> {
        let mut tx = self.db.begin().await?;
        let mut out = Outgoing::default();
        for admin in store::admins(&mut tx).await? {
            out.person(
                &mut tx,
                &self.i18n,
                &admin,
                Reply::new(Msg::new("zalo-token-refresh-failed")),
            )
            .await?;
        }
        out.enqueue(&mut tx, &self.i18n, Priority::Notification, now)
            .await?;
        tx.commit().await?;
        self.wake.notify_one();
        Ok(())
    }

    /// Refreshes when the stored token is missing or expires within the margin; for the
    /// refresher task.
    pub async fn refresh_if_due(&self) -> Result<(), TokenError> {
        let now = self.clock.now_ms();
        let Some(t) = self.stored().await? else {
            return Err(TokenError::Missing);
        };
        if self.good(&t, None, now).is_some() {
            return Ok(());
        }
        self.refresh(None).await.map(|_| ())
    }
}
