//! The Telegram channel (teloxide): updates in by long polling or webhook, mapped to
//! [`Inbound`](crate::message::Inbound)s ([`inbound`]); messages out through the delivery worker
//! with [`TelegramSender`].
//!
//! Every update is handled once: its `update_id` is recorded in the transaction that acts on it.
//! A button press is always acknowledged. A failure is logged (ids only, never text or names)
//! and the next update is read: nothing here can stop the loop.

pub mod inbound;
pub mod media;
pub mod sender;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;
use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, BotCommand, BotCommandScope, Update};
use teloxide::{ApiError, RequestError};
use tokio::sync::{Notify, watch};

pub use inbound::{Action, Identity, Mapped, map_update};
pub use sender::TelegramSender;

use crate::app::App;
use crate::clock::Clock;
use crate::config::Config;
use crate::domain::LocaleTag;
use crate::i18n::{Localizer, Msg};
use crate::message::{Channel, Handler};
use crate::store::{Db, chats, updates};

/// Seconds a `getUpdates` call waits for news; well below the HTTP client's request timeout.
const POLL_TIMEOUT_S: u32 = 10;

/// How long one Bot API request may take before the client gives up on it. Chosen on purpose:
/// above the long poll (10 s) with room for a slow mobile-network hop, and long enough that a
/// slow but successful `sendMessage` is rarely abandoned — Telegram cannot deduplicate sends, so
/// a send abandoned after this long and retried may reach the chat twice (that is the window).
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);
/// Connecting to the Bot API: failing fast lets the worker retry on schedule.
pub const CONNECT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// The updates the bot asks Telegram for.
pub fn allowed_updates() -> Vec<AllowedUpdate> {
    vec![
        AllowedUpdate::Message,
        AllowedUpdate::EditedMessage,
        AllowedUpdate::CallbackQuery,
        AllowedUpdate::MyChatMember,
    ]
}

#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    #[error("TELOXIDE_TOKEN is not set")]
    NoToken,
    #[error("TELOXIDE_API_URL is not a URL: {0}")]
    ApiUrl(String),
    #[error("LOATHON_WEBHOOK_URL is not a URL: {0}")]
    WebhookUrl(String),
    #[error("Telegram: {0}")]
    Request(#[from] RequestError),
    #[error("the HTTP client could not be built: {0}")]
    Client(String),
}

/// A teloxide `Bot` for the configured token and API URL.
pub fn bot_from_config(config: &Config) -> Result<Bot, TelegramError> {
    let token = config
        .telegram_token
        .as_ref()
        .ok_or(TelegramError::NoToken)?;
    let client = teloxide::net::default_reqwest_settings()
        .timeout(REQUEST_TIMEOUT)
        .connect_timeout(CONNECT_TIMEOUT)
        .build()
        .map_err(|e| TelegramError::Client(e.to_string()))?;
    let mut bot = Bot::with_client(token.expose_secret(), client);
    if let Some(api) = &config.telegram_api_url {
        let url = url::Url::parse(api).map_err(|e| TelegramError::ApiUrl(e.to_string()))?;
        bot = bot.set_api_url(url);
    }
    Ok(bot)
}

/// The receiving half of the channel.
#[derive(Clone)]
pub struct Telegram {
    inner: Arc<Inner>,
}

struct Inner {
    bot: Bot,
    handler: Arc<dyn Handler>,
    db: Db,
    clock: Arc<dyn Clock>,
    i18n: Arc<Localizer>,
    me: Identity,
    /// Wakes the delivery worker when an update queued replies.
    wake: Arc<Notify>,
}

impl Telegram {
    /// Asks Telegram who the bot is (`getMe`); fails on a wrong token or an unreachable API.
    pub async fn connect(app: &App, bot: Bot, wake: Arc<Notify>) -> Result<Self, TelegramError> {
        let me = bot.get_me().await?;
        let me = Identity {
            id: me.user.id.0,
            username: me.user.username.clone().unwrap_or_default(),
        };
        Ok(Self {
            inner: Arc::new(Inner {
                bot,
                handler: app.handler(),
                db: app.db.clone(),
                clock: app.clock.clone(),
                i18n: app.i18n.clone(),
                me,
                wake,
            }),
        })
    }

    pub fn identity(&self) -> &Identity {
        &self.inner.me
    }

    pub fn bot(&self) -> &Bot {
        &self.inner.bot
    }

    /// Registers the command menus (`setMyCommands`), in Vietnamese: one for private chats,
    /// one for groups.
    pub async fn register_commands(&self) -> Result<(), TelegramError> {
        let vi = LocaleTag::vi();
        let describe = |command: &str, id: &'static str| {
            BotCommand::new(command, self.inner.i18n.render(&vi, &Msg::new(id)))
        };
        let private = vec![
            describe("start", "cmd-start"),
            describe("menu", "cmd-menu"),
            describe("kiennghi", "cmd-kiennghi"),
            describe("theodoi", "cmd-theodoi"),
            describe("hoc", "cmd-hoc"),
            describe("dangky", "cmd-dangky"),
            describe("huydangky", "cmd-huydangky"),
            describe("ngonngu", "cmd-ngonngu"),
            describe("trogiup", "cmd-trogiup"),
            describe("huy", "cmd-huy"),
            // Officers' and admins' commands: Telegram's scopes cannot follow roles granted in
            // the bot, so they are in every private chat's menu, marked for whom; the bot
            // refuses them to anyone else with a clear message.
            describe("web", "cmd-web"),
            describe("ghiam", "cmd-ghiam"),
        ];
        let group = vec![
            describe("trogiup", "cmd-trogiup"),
            describe("lienket", "cmd-lienket"),
            describe("ngonngu", "cmd-group-ngonngu"),
        ];
        let bot = &self.inner.bot;
        bot.set_my_commands(private)
            .scope(BotCommandScope::AllPrivateChats)
            .await?;
        bot.set_my_commands(group)
            .scope(BotCommandScope::AllGroupChats)
            .await?;
        Ok(())
    }

    /// Handles one update: maps it, hands it to the engine once, acknowledges a button press.
    pub async fn handle(&self, update: Update) {
        let inner = &self.inner;
        let update_id = update.id.0;
        let mapped = map_update(&update, &inner.me);
        // The button's acknowledgement is best effort and off the path that handles updates:
        // a slow or failing answerCallbackQuery never holds the next person back.
        if let Some(id) = mapped.callback.clone() {
            let bot = inner.bot.clone();
            tokio::spawn(async move {
                if let Err(e) = bot.answer_callback_query(id).await {
                    tracing::warn!(update_id, error = %e, "telegram: answerCallbackQuery failed");
                }
            });
        }
        let pressed = mapped.pressed_message.as_deref();
        for (n, action) in mapped.actions.into_iter().enumerate() {
            // One update can name several people (members added together): one key each.
            let key = if n == 0 {
                update_id.to_string()
            } else {
                format!("{update_id}:{n}")
            };
            match action {
                Action::Handle(inbound) => {
                    match inner
                        .handler
                        .handle_update(inbound, Some(&key), pressed)
                        .await
                    {
                        Ok(Some(handled)) => {
                            if !handled.outbox_ids.is_empty() {
                                inner.wake.notify_one();
                            }
                        }
                        Ok(None) => {
                            tracing::debug!(update_id, "telegram: duplicate update dropped")
                        }
                        // The engine logged it and queued an apology.
                        Err(_) => inner.wake.notify_one(),
                    }
                }
                Action::Migrate { from, to } => {
                    if let Err(e) = self.migrate(&key, &from, &to).await {
                        tracing::error!(update_id, error = %e, "telegram: moving a migrated group failed");
                    }
                }
            }
        }
    }

    async fn migrate(
        &self,
        key: &str,
        from: &str,
        to: &str,
    ) -> Result<(), crate::store::StoreError> {
        let now = self.inner.clock.now_ms();
        let channel = Channel::Telegram.as_str();
        let mut tx = self.inner.db.begin().await?;
        if updates::first_time(&mut tx, "", channel, key, now).await? {
            let moved = chats::migrate(&mut tx, channel, from, to, now).await?;
            tracing::info!(?moved, "telegram: group became a supergroup");
        }
        tx.commit().await?;
        self.inner.wake.notify_one();
        Ok(())
    }

    /// Long polling until `shutdown`: `getUpdates` in a loop, each update handled in order.
    /// A webhook left over from webhook mode is removed first (Telegram allows one or the other).
    pub async fn poll(&self, mut shutdown: watch::Receiver<bool>) {
        let bot = &self.inner.bot;
        if let Err(e) = bot.delete_webhook().await {
            tracing::warn!(error = %e, "telegram: deleteWebhook failed");
        }
        tracing::info!("telegram: long polling started");
        let mut offset: i32 = 0;
        let mut failures: u32 = 0;
        loop {
            if *shutdown.borrow() {
                break;
            }
            let request = bot
                .get_updates()
                .offset(offset)
                .timeout(POLL_TIMEOUT_S)
                .allowed_updates(allowed_updates());
            let result = tokio::select! {
                r = request.send() => r,
                _ = shutdown.changed() => break,
            };
            match result {
                Ok(batch) => {
                    failures = 0;
                    // Chats side by side, each chat's updates in order.
                    let mut chats: Vec<(Option<i64>, Vec<Update>)> = Vec::new();
                    for update in batch {
                        offset = offset.max(update.id.0 as i32 + 1);
                        let chat = update.chat().map(|c| c.id.0);
                        match chats.iter_mut().find(|(c, _)| chat.is_some() && *c == chat) {
                            Some((_, updates)) => updates.push(update),
                            None => chats.push((chat, vec![update])),
                        }
                    }
                    let runs = chats.into_iter().map(|(_, updates)| async move {
                        for update in updates {
                            self.handle(update).await;
                        }
                    });
                    futures_util::future::join_all(runs).await;
                }
                Err(e) => {
                    failures += 1;
                    let wait = match &e {
                        RequestError::RetryAfter(s) => Duration::from_secs(u64::from(s.seconds())),
                        _ => Duration::from_millis((500u64 << failures.min(6)).min(30_000)),
                    };
                    if matches!(e, RequestError::Api(ApiError::TerminatedByOtherGetUpdates)) {
                        tracing::error!("telegram: another instance is polling with this token");
                    } else {
                        tracing::warn!(error = %e, failures, "telegram: getUpdates failed");
                    }
                    tokio::select! {
                        _ = tokio::time::sleep(wait) => {}
                        _ = shutdown.changed() => break,
                    }
                }
            }
        }
        tracing::info!("telegram: long polling stopped");
    }

    /// Webhook mode: tells Telegram where to post updates, with the secret it must send back.
    pub async fn set_webhook(&self, url: &str, secret: &str) -> Result<(), TelegramError> {
        let url = url::Url::parse(url).map_err(|e| TelegramError::WebhookUrl(e.to_string()))?;
        self.inner
            .bot
            .set_webhook(url)
            .secret_token(secret.to_string())
            .allowed_updates(allowed_updates())
            .await?;
        Ok(())
    }
}
