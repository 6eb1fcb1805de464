//! Running the bot: [`serve`] runs HTTP, the configured channels with their delivery workers,
//! and housekeeping until shutdown; [`console`] runs the console channel in this terminal.
//!
//! Each channel has a starter that returns what it runs ([`Started`]: background tasks and HTTP
//! routes); [`serve`] merges them into its own (Telegram, Zalo).

use std::io::IsTerminal;
use std::sync::Arc;

use anyhow::Context;
use axum::Router;
use secrecy::ExposeSecret;
use tokio::sync::{Notify, watch};
use tokio::task::JoinHandle;
use tracing::Instrument;

use crate::app::App;
use crate::channels::console::Console;
use crate::channels::telegram::{self, Telegram, TelegramSender};
use crate::channels::zalo::{self, Zalo};
use crate::delivery::{DeliveryConfig, Worker};

/// What a channel starter leaves running: tasks that end when `stopped` turns true, and routes
/// for the HTTP server (a webhook).
#[derive(Default)]
pub struct Started {
    pub tasks: Vec<JoinHandle<()>>,
    pub routes: Router,
}

impl Started {
    /// Adds a channel's tasks and routes to these.
    pub fn merge(&mut self, other: Started) {
        self.tasks.extend(other.tasks);
        self.routes = std::mem::take(&mut self.routes).merge(other.routes);
    }
}

/// Runs HTTP (`/healthz`, `/metrics`, the Telegram webhook in webhook mode, the Zalo webhook)
/// and the configured channels: Telegram with a token (long polling unless
/// `LOATHON_WEBHOOK_URL` is set), Zalo with its app id and secrets, each with its delivery
/// worker, until `shutdown` completes; then stops taking updates and finishes the messages in
/// hand.
pub async fn serve(
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let addr = app.config.http_addr;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding {addr} (LOATHON_HTTP_ADDR)"))?;
    serve_on(listener, app, shutdown).await
}

/// [`serve`] on a listener already bound (tests bind port 0 and post webhooks to it).
pub async fn serve_on(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    println!(
        "Loa Thôn is serving http://{} (/healthz, /metrics)",
        listener.local_addr()?
    );
    println!("database: {}", app.db.backend.name());
    let (stop, stopped) = watch::channel(false);
    let mut running = Started {
        tasks: Vec::new(),
        routes: crate::http::router(app.clone()),
    };
    running.merge(start_telegram(&app, &stopped).await?);
    running.merge(start_zalo(&app, &stopped).await?);
    let channels: Vec<&str> = app
        .config
        .channels()
        .into_iter()
        .filter(|c| *c != "console")
        .collect();
    if channels.is_empty() {
        println!("channels: none configured (only the console)");
    } else {
        println!("channels: {}", channels.join(" and "));
    }
    println!("channel console: run `loathon console` to chat in a terminal");
    running
        .tasks
        .push(tokio::spawn(housekeeping(app.clone(), stopped.clone())));
    running
        .tasks
        .push(tokio::spawn(outbox_retention(app.clone(), stopped.clone())));
    // The peer's address is what the web sign-in's rate limit counts by.
    let routes = running
        .routes
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, routes)
        .with_graceful_shutdown(async move {
            shutdown.await;
            tracing::info!("shutting down: finishing the messages in hand");
            let _ = stop.send(true);
        })
        .await?;
    for task in running.tasks {
        let _ = task.await;
    }
    Ok(())
}

/// Telegram, when `TELOXIDE_TOKEN` is set: the command menu, the delivery worker, updates by
/// webhook (`LOATHON_WEBHOOK_URL` and its secret) or long polling, and pruning of handled
/// update ids. Nothing otherwise.
async fn start_telegram(app: &App, stopped: &watch::Receiver<bool>) -> anyhow::Result<Started> {
    if app.config.telegram_token.is_none() {
        println!("channel telegram: not configured (set TELOXIDE_TOKEN)");
        return Ok(Started::default());
    }
    let bot = telegram::bot_from_config(&app.config)?;
    let wake = Arc::new(Notify::new());
    let tg = Telegram::connect(app, bot.clone(), wake.clone())
        .await
        .context("connecting to Telegram (check TELOXIDE_TOKEN and TELOXIDE_API_URL)")?;
    let username = tg.identity().username.clone();
    if let Err(e) = tg.register_commands().await {
        tracing::warn!(error = %e, "telegram: setMyCommands failed; the command menu may be stale");
    }
    let config = DeliveryConfig {
        rates: app.config.send_rates.clone(),
        lease_ms: app.config.send_lease_ms,
        ..DeliveryConfig::default()
    };
    let worker = Worker::new(
        app.db.clone(),
        app.clock.clone(),
        TelegramSender::new(bot, username.clone()),
        config,
    )
    .woken_by(wake)
    .with_metrics(app.metrics.clone());
    let mut started = Started::default();
    started
        .tasks
        .push(tokio::spawn(worker.run(stopped.clone())));
    match (&app.config.webhook_url, &app.config.webhook_secret) {
        (Some(url), Some(secret)) => {
            tg.set_webhook(url, secret.expose_secret())
                .await
                .context("setting the Telegram webhook (LOATHON_WEBHOOK_URL)")?;
            let path = url::Url::parse(url)
                .map(|u| u.path().to_string())
                .unwrap_or_else(|_| "/".into());
            started.routes = telegram::webhook::router(tg, &path, secret.clone());
            println!("channel telegram: @{username}, webhook at {path}");
        }
        _ => {
            let stopped = stopped.clone();
            started
                .tasks
                .push(tokio::spawn(async move { tg.poll(stopped).await }));
            println!("channel telegram: @{username}, long polling");
        }
    }
    started
        .tasks
        .push(tokio::spawn(prune_updates(app.clone(), stopped.clone())));
    Ok(started)
}

/// Zalo, when `LOATHON_ZALO_APP_ID` and its secrets are set: the webhook route, the event
/// processor, token upkeep and the delivery worker at Zalo's rate. Nothing otherwise.
async fn start_zalo(app: &App, stopped: &watch::Receiver<bool>) -> anyhow::Result<Started> {
    let Some(config) = app.config.zalo.clone() else {
        println!(
            "channel zalo: not configured (set LOATHON_ZALO_APP_ID, LOATHON_ZALO_APP_SECRET, LOATHON_ZALO_OA_SECRET_KEY)"
        );
        return Ok(Started::default());
    };
    let wake = Arc::new(Notify::new());
    let channel = Zalo::connect(app, config.clone(), wake.clone())
        .await
        .context("starting Zalo (check the LOATHON_ZALO_ settings)")?;
    let delivery = DeliveryConfig {
        rates: config.rates.clone(),
        lease_ms: app.config.send_lease_ms,
        ..DeliveryConfig::default()
    };
    // A Telegram attachment (an announcement's voice note, an officer's) reaches Zalo users as
    // a link to the media store's copy, served at /media/ under LOATHON_PUBLIC_URL.
    let sender = match (&app.config.telegram_token, &app.config.public_url) {
        (Some(_), Some(public_url)) => {
            let media = telegram::media::TelegramMedia::new(
                telegram::bot_from_config(&app.config)?,
                crate::media::MediaStore::new(&app.config.media_dir),
                public_url.clone(),
            );
            channel.sender_with_links(Arc::new(media))
        }
        _ => channel.sender(),
    };
    let worker = Worker::new(app.db.clone(), app.clock.clone(), sender, delivery)
        .woken_by(wake)
        .with_metrics(app.metrics.clone());
    let mut started = Started {
        tasks: vec![tokio::spawn(worker.run(stopped.clone()))],
        routes: zalo::webhook::router(channel.clone(), &config.webhook_path),
    };
    started
        .tasks
        .push(tokio::spawn(channel.clone().run_inbox(stopped.clone())));
    started
        .tasks
        .push(tokio::spawn(channel.clone().run_upkeep(stopped.clone())));
    if !channel.tokens().has_refresh_token().await {
        println!(
            "channel zalo: no refresh token yet (set LOATHON_ZALO_REFRESH_TOKEN): Zalo messages wait"
        );
    }
    println!(
        "channel zalo: app {}, webhook at {}",
        config.app_id, config.webhook_path
    );
    Ok(started)
}

/// The lease that makes one instance (of several on one PostgreSQL) the one that does
/// housekeeping; another takes over within `HOUSEKEEPING_LEASE_MS` of its holder's crash.
const HOUSEKEEPING_LEASE: &str = "housekeeping";
const HOUSEKEEPING_LEASE_MS: i64 = 30_000;

/// Whether this instance holds the housekeeping lease now (taking or renewing it).
async fn holds_housekeeping(app: &App, owner: &str) -> bool {
    let now = app.clock.now_ms();
    match app.db.pool.acquire().await {
        Ok(mut conn) => crate::store::leases::try_acquire(
            &mut conn,
            HOUSEKEEPING_LEASE,
            owner,
            now,
            HOUSEKEEPING_LEASE_MS,
        )
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "housekeeping lease unavailable");
            false
        }),
        Err(_) => false,
    }
}

/// Every few seconds: deadline reminders and escalations, scheduled broadcasts starting and
/// finished ones reported, relayers reminded once, deleted people's chats forgotten once their
/// last message went.
async fn housekeeping(app: App, mut stopped: watch::Receiver<bool>) {
    let owner = format!("{}-{}", std::process::id(), rand::random::<u32>());
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(5));
    loop {
        tokio::select! {
            _ = tick.tick() => {}
            _ = stopped.changed() => break,
        }
        if *stopped.borrow() {
            break;
        }
        // Several instances may share the database: one of them sweeps.
        if !holds_housekeeping(&app, &owner).await {
            continue;
        }
        if let Err(e) = crate::services::deadlines::sweep(&app.db, &app.i18n, app.clock.as_ref())
            .instrument(tracing::info_span!("deadlines::sweep"))
            .await
        {
            tracing::warn!(error = %e, "deadline sweep failed");
        }
        if let Err(e) = crate::services::broadcasts::tick(&app.db, &app.i18n, app.clock.as_ref())
            .instrument(tracing::info_span!("broadcasts::tick"))
            .await
        {
            tracing::warn!(error = %e, "broadcast tick failed");
        }
        if let Err(e) = crate::services::relay::remind(
            &app.db,
            &app.i18n,
            app.clock.as_ref(),
            i64::from(app.config.relay_remind_after_minutes) * 60_000,
        )
        .instrument(tracing::info_span!("relay::remind"))
        .await
        {
            tracing::warn!(error = %e, "relay reminders failed");
        }
        if let Err(e) = crate::services::privacy::forget_chats(&app.db, app.clock.now_ms())
            .instrument(tracing::info_span!("privacy::forget_chats"))
            .await
        {
            tracing::warn!(error = %e, "forgetting deleted people's chats failed");
        }
    }
    if let Ok(mut conn) = app.db.pool.acquire().await {
        let _ = crate::store::leases::release(&mut conn, HOUSEKEEPING_LEASE, &owner).await;
    }
}

/// Once an hour: the text of messages older than `LOATHON_OUTBOX_RETENTION_DAYS` is emptied,
/// and media store files older than [`crate::media::RETENTION`] go.
async fn outbox_retention(app: App, mut stopped: watch::Receiver<bool>) {
    loop {
        match crate::services::privacy::purge_outbox(
            &app.db,
            app.clock.now_ms(),
            app.config.outbox_retention_days,
        )
        .instrument(tracing::info_span!("privacy::purge_outbox"))
        .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(rows = n, "outbox: old message texts emptied"),
            Err(e) => tracing::warn!(error = %e, "outbox retention failed"),
        }
        match crate::media::MediaStore::new(&app.config.media_dir)
            .prune()
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(files = n, "media store: old files removed"),
            Err(e) => tracing::warn!(error = %e, "media store retention failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = stopped.changed() => return,
        }
    }
}

/// Forgets handled update ids after a week, once an hour.
async fn prune_updates(app: App, mut stopped: watch::Receiver<bool>) {
    const WEEK_MS: i64 = 7 * 24 * 3600 * 1000;
    loop {
        if let Ok(mut conn) = app.db.pool.acquire().await
            && let Err(e) =
                crate::store::updates::prune(&mut conn, app.clock.now_ms() - WEEK_MS).await
        {
            tracing::warn!(error = %e, "pruning processed updates failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = stopped.changed() => return,
        }
    }
}

/// The console channel in this terminal (or on a script from standard input) as `handle`; on
/// an empty database it first loads the demo province and makes `console:<handle>` its admin.
pub async fn console(app: &App, handle: &str) -> anyhow::Result<()> {
    if let Some(report) = app.prepare_demo(handle).await? {
        eprintln!(
            "Empty database: loaded the demo province ({} areas, {} units) and made console:{handle} its admin.",
            report.areas.added, report.units.added
        );
    }
    let interactive = std::io::stdin().is_terminal();
    let mut console = Console::new(app, handle);
    let stdin = tokio::io::BufReader::new(tokio::io::stdin());
    let mut stdout = std::io::stdout();
    console.run(stdin, &mut stdout, interactive).await?;
    Ok(())
}

/// Ctrl-C, or SIGTERM from a service manager.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
