//! The Zalo Official Account channel: events in by webhook ([`webhook`]), recorded and then
//! mapped to [`Inbound`](crate::message::Inbound)s ([`inbound`]); messages out through the
//! delivery worker with [`ZaloSender`]; the OA's tokens kept fresh ([`token`]).
//!
//! Every event is recorded (`zalo_events`) before Zalo gets its answer, and handled right
//! after by [`Zalo::process`], one chat's events in order, chats side by side. Events recorded
//! but not handled (a crash, a restart, another instance that died) are handled by the next
//! sweep. Each is handled once: its key goes into `processed_updates` in the transaction that
//! acts on it. A failure is logged (ids only, never text) and nothing stops the loop.

pub mod inbound;
pub mod sender;
pub mod token;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{Notify, watch};

pub use inbound::{BUTTON_PREFIX, Mapped, map_event};
pub use sender::{Api, ZaloSender};
pub use token::Tokens;

use crate::app::App;
use crate::clock::Clock;
use crate::config::ZaloConfig;
use crate::message::Handler;
use crate::store::{Db, StoreError, zalo as store};

/// Events handled in one pass.
const BATCH: i64 = 100;
/// The periodic sweep takes events recorded this long ago and not handled (their receiver
/// died): younger ones are being handled by whoever received them.
const SWEEP_AGE_MS: i64 = 30_000;
/// Handled events are forgotten after a week (well past the replay window).
const KEEP_EVENTS_MS: i64 = 7 * 24 * 3600 * 1000;

/// The receiving half of the channel, and the tokens the sending half uses.
#[derive(Clone)]
pub struct Zalo {
    inner: Arc<Inner>,
}

struct Inner {
    handler: Arc<dyn Handler>,
    db: Db,
    clock: Arc<dyn Clock>,
    config: ZaloConfig,
    tokens: Arc<Tokens>,
    api: Api,
    /// Wakes the event processor.
    inbox: Notify,
    /// Wakes the delivery worker when an event queued replies.
    wake: Arc<Notify>,
    /// One pass at a time in this process.
    pass: tokio::sync::Mutex<()>,
}

#[derive(Debug, thiserror::Error)]
pub enum ZaloError {
    #[error("the HTTP client could not be built: {0}")]
    Client(String),
    #[error(transparent)]
    Token(#[from] token::TokenError),
}

impl Zalo {
    /// The channel for `config`; stores the refresh token from the settings when it is new.
    pub async fn connect(
        app: &App,
        config: ZaloConfig,
        wake: Arc<Notify>,
    ) -> Result<Self, ZaloError> {
        let http = Api::client().map_err(ZaloError::Client)?;
        let tokens = Arc::new(Tokens::new(
            app.db.clone(),
            app.clock.clone(),
            app.i18n.clone(),
            http.clone(),
            config.clone(),
            wake.clone(),
        ));
        tokens.seed().await?;
        let api = Api::new(http, &config.api_url, tokens.clone());
        Ok(Self {
            inner: Arc::new(Inner {
                handler: app.handler(),
                db: app.db.clone(),
                clock: app.clock.clone(),
                config,
                tokens,
                api,
                inbox: Notify::new(),
                wake,
                pass: tokio::sync::Mutex::new(()),
            }),
        })
    }

    pub fn config(&self) -> &ZaloConfig {
        &self.inner.config
    }

    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    pub fn now_ms(&self) -> i64 {
        self.inner.clock.now_ms()
    }

    pub fn tokens(&self) -> &Arc<Tokens> {
        &self.inner.tokens
    }

    /// The sending half, for a delivery worker.
    pub fn sender(&self) -> ZaloSender {
        ZaloSender::new(self.inner.api.clone())
    }

    /// The sending half, linking other channels' attachments through `links`.
    pub fn sender_with_links(&self, links: Arc<dyn crate::media::MediaLinks>) -> ZaloSender {
        self.sender().with_links(links)
    }

    /// Tells the processor an event was recorded.
    pub fn wake_inbox(&self) {
        self.inner.inbox.notify_one();
    }

    /// Handles recorded events not handled yet (all of them, or with `swept_only` those older
    /// than [`SWEEP_AGE_MS`]), one chat's in order and chats side by side. Returns how many.
    pub async fn process(&self, swept_only: bool) -> Result<usize, StoreError> {
        let _pass = self.inner.pass.lock().await;
        let mut total = 0;
        loop {
            let received_by = if swept_only {
                self.now_ms() - SWEEP_AGE_MS
            } else {
                i64::MAX
            };
            let events = {
                let mut conn = self.inner.db.pool.acquire().await?;
                store::unhandled_events(&mut conn, received_by, BATCH).await?
            };
            if events.is_empty() {
                return Ok(total);
            }
            let n = events.len();
            let mut chats: Vec<(String, Vec<store::PendingEvent>)> = Vec::new();
            for event in events {
                match chats.iter_mut().find(|(c, _)| *c == event.chat_key) {
                    Some((_, list)) => list.push(event),
                    None => chats.push((event.chat_key.clone(), vec![event])),
                }
            }
            let runs = chats.into_iter().map(|(_, events)| async move {
                for event in events {
                    if let Err(e) = self.handle(&event).await {
                        tracing::error!(event_id = event.id, error = %e, "zalo: event not handled; it stays for the next pass");
                        return false;
                    }
                }
                true
            });
            let all = futures_util::future::join_all(runs).await;
            total += n;
            if (n as i64) < BATCH || swept_only || all.contains(&false) {
                return Ok(total);
            }
        }
    }

    /// Hands one recorded event to the engine, then marks it handled.
    async fn handle(&self, event: &store::PendingEvent) -> Result<(), StoreError> {
        let body: serde_json::Value = serde_json::from_str(&event.body).unwrap_or_default();
        let name = body
            .get("event_name")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        match map_event(&body) {
            Mapped::Handle(inbound) => {
                match self
                    .inner
                    .handler
                    .handle_update(inbound, Some(&event.event_key), None)
                    .await
                {
                    Ok(Some(handled)) => {
                        if !handled.outbox_ids.is_empty() {
                            self.inner.wake.notify_one();
                        }
                    }
                    Ok(None) => {
                        tracing::debug!(event_id = event.id, "zalo: duplicate event dropped")
                    }
                    // The engine logged it and queued an apology.
                    Err(_) => self.inner.wake.notify_one(),
                }
            }
            // Unknown events are worth seeing (a new Zalo event to map); receipts, echoes and
            // stickers are not. Ids and names only.
            Mapped::Ignore(why) if why.starts_with("unknown") => {
                tracing::info!(event_id = event.id, event = %name, why, "zalo: event ignored")
            }
            Mapped::Ignore(why) => {
                tracing::debug!(event_id = event.id, event = %name, why, "zalo: event ignored")
            }
        }
        let mut conn = self.inner.db.pool.acquire().await?;
        store::mark_event_handled(&mut conn, event.id, self.now_ms()).await
    }

    /// Handles events as they are recorded, and sweeps up the ones left behind, until
    /// `shutdown`.
    pub async fn run_inbox(self, mut shutdown: watch::Receiver<bool>) {
        // Left from before a restart.
        if let Err(e) = self.process(false).await {
            tracing::error!(error = %e, "zalo: recorded events unavailable");
        }
        let mut sweep = tokio::time::interval(Duration::from_secs(10));
        loop {
            let swept_only = tokio::select! {
                _ = self.inner.inbox.notified() => false,
                _ = sweep.tick() => true,
                _ = shutdown.changed() => break,
            };
            if *shutdown.borrow() {
                break;
            }
            if let Err(e) = self.process(swept_only).await {
                tracing::error!(error = %e, "zalo: recorded events unavailable");
            }
        }
    }

    /// Keeps the access token fresh (an hour before it expires, checked every minute) and
    /// forgets old events, until `shutdown`.
    pub async fn run_upkeep(self, mut shutdown: watch::Receiver<bool>) {
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        let mut minutes: u64 = 0;
        loop {
            tokio::select! {
                _ = tick.tick() => {}
                _ = shutdown.changed() => break,
            }
            if *shutdown.borrow() {
                break;
            }
            match self.inner.tokens.refresh_if_due().await {
                Ok(()) | Err(token::TokenError::CoolingDown) => {}
                Err(e) => tracing::warn!(error = %e, "zalo: token upkeep"),
            }
            // Once an hour: handled events and handled update ids older than a week go
            // (Telegram's starter prunes the update ids too; Zalo may run alone).
            if minutes.is_multiple_of(60)
                && let Ok(mut conn) = self.inner.db.pool.acquire().await
            {
                let before = self.now_ms() - KEEP_EVENTS_MS;
                if let Err(e) = store::prune_events(&mut conn, before).await {
                    tracing::warn!(error = %e, "zalo: pruning handled events failed");
                }
                if let Err(e) = crate::store::updates::prune(&mut conn, before).await {
                    tracing::warn!(error = %e, "zalo: pruning processed updates failed");
                }
            }
            minutes += 1;
        }
    }
}
