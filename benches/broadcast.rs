//! `cargo bench --bench broadcast`: announcements sent by the real delivery worker through the
//! real teloxide `Bot`, against a fake Bot API on loopback that enforces Telegram's limits and
//! answers 429 with `retry_after` beyond them. While each runs, a villager writes to the bot
//! every 200 ms (just over a second at the real limits, one message a second to a chat); the time from `Engine::handle` to the reply reaching the fake is the reply
//! latency. Scenarios (`BENCH_SCENARIOS`, comma-separated; all by default):
//!
//! - `real`: 1,000 chats at Telegram's real limits (30 messages/s overall, one a second per
//!   chat, 20 a minute per group), then the same sends through teloxide's `Throttle` set to
//!   the same limits.
//! - `faults`: the same, with 1 % of chats answering after 10 s and 1 % answering 500 once.
//! - `urgent`: 10,000 chats, an urgent announcement, at 30/s (village groups first).
//! - `paid`: the same with paid broadcasting on (`allow_paid_broadcast`, 1,000/s).
//! - `scaled`: 10,000 chats at the limits ×100 (3,000/s), worker and `Throttle`.
//! - `serve`: peak RSS of a `loathon serve` process sending 10,000 chats (limits ×100).
//!
//! Recipients: nine in ten subscribers' private chats, one in ten village groups. SQLite in a
//! temporary folder. The ratio is the achieved rate (messages after the first ÷ time from the
//! first to the last accepted one) over the allowed rate; with faults, also over the first
//! 98 % (the retries of the failed 1 % come after everyone else's, ~12 s later). The last line
//! of each scenario is a summary for scripts.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use loathon::channels::telegram::TelegramSender;
use loathon::clock::SystemClock;
use loathon::delivery::{DeliveryConfig, Rates, Worker};
use loathon::message::{Channel, Event, Inbound};
use loathon::store::broadcasts::{self as announcements, Audience, Target, Variant};
use loathon::store::chats::ChatKind;
use loathon::{App, Config};
use serde_json::{Value, json};
use teloxide::Bot;
use teloxide::adaptors::throttle::Limits;
use teloxide::prelude::*;
use tokio::sync::watch;

const TOKEN: &str = "123:TEST";
/// Telegram's limits are multiplied by this.
const SCALE: u32 = 100;
/// The villager who writes to the bot during the broadcast.
const VILLAGER: i64 = 777;
const SUBSCRIBER_BASE: i64 = 10_000_000;
const GROUP_BASE: i64 = -1_000_000;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The limits the fake enforces, and its faults.
#[derive(Clone, Copy)]
struct Limit {
    per_second: usize,
    chat_interval: Duration,
    group_per_minute: usize,
    /// Messages sent with `allow_paid_broadcast`, per second (0: not accepted apart).
    paid_per_second: usize,
    /// One chat in this many answers after 10 s (0: none).
    slow_every: i64,
    /// One chat in this many answers 500 on its first message (0: none).
    error_every: i64,
}

impl Limit {
    fn real() -> Self {
        Self {
            per_second: 30,
            chat_interval: Duration::from_secs(1),
            group_per_minute: 20,
            paid_per_second: 1_000,
            slow_every: 0,
            error_every: 0,
        }
    }

    fn scaled() -> Self {
        Self {
            per_second: 30 * SCALE as usize,
            chat_interval: Duration::from_millis(1000 / u64::from(SCALE)),
            group_per_minute: 20 * SCALE as usize,
            ..Self::real()
        }
    }

    fn slow(&self, chat: i64) -> bool {
        self.slow_every > 0 && chat.rem_euclid(self.slow_every) == 17
    }

    fn failing(&self, chat: i64) -> bool {
        self.error_every > 0 && chat.rem_euclid(self.error_every) == 42
    }

    fn rates(&self, paid: bool) -> Rates {
        Rates {
            global_per_second: self.per_second as u32,
            per_chat_interval_ms: self.chat_interval.as_millis() as i64,
            group_per_minute: self.group_per_minute as u32,
            paid_per_second: if paid { self.paid_per_second as u32 } else { 0 },
        }
    }
}

#[derive(Default)]
struct Counts {
    /// Every accepted `sendMessage`, when it arrived.
    accepted: VecDeque<Instant>,
    /// Accepted in the last second, for the overall limit.
    window: VecDeque<Instant>,
    /// The same for paid broadcasts.
    paid_window: VecDeque<Instant>,
    paid: usize,
    chats: HashMap<i64, (Instant, VecDeque<Instant>)>,
    too_many: usize,
    server_errors: usize,
    errored: std::collections::HashSet<i64>,
    /// Arrival times of messages to the villager.
    villager: Vec<Instant>,
    /// Every accepted message, the villager's too (the overall limit counts them all).
    all: Vec<Instant>,
    /// Group chats in the order they got their message, and how many private ones came before.
    first_private: Option<usize>,
    last_group: Option<usize>,
    next_id: i64,
}

#[derive(Clone)]
struct Fake {
    limit: Limit,
    counts: Arc<Mutex<Counts>>,
}

impl Fake {
    async fn start(limit: Limit) -> (Self, String) {
        let fake = Fake {
            limit,
            counts: Arc::default(),
        };
        let app = Router::new().fallback(answer).with_state(fake.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        (fake, url)
    }

    /// Accepted messages to anyone but the villager, and 429s.
    fn totals(&self) -> (usize, usize) {
        let c = self.counts.lock().unwrap();
        (c.accepted.len(), c.too_many)
    }

    fn villager_messages(&self) -> Vec<Instant> {
        self.counts.lock().unwrap().villager.clone()
    }

    /// (messages − 1) ÷ seconds between the first and the last accepted one, over the
    /// allowed rate; over the first `share` of the messages.
    fn ratio_over(&self, share: f64, per_second: usize) -> f64 {
        let c = self.counts.lock().unwrap();
        let k = ((c.accepted.len() as f64 * share).floor() as usize).min(c.accepted.len());
        match (
            c.accepted.front(),
            k.checked_sub(1).and_then(|i| c.accepted.get(i)),
        ) {
            (Some(first), Some(last)) if k > 1 => {
                let secs = last.duration_since(*first).as_secs_f64();
                (k - 1) as f64 / secs / per_second as f64
            }
            _ => 0.0,
        }
    }

    fn ratio(&self) -> f64 {
        self.ratio_over(1.0, self.limit.per_second)
    }

    /// Takes one `sendMessage` to `chat` now, or says how many seconds to wait.
    fn admit(&self, chat: i64, paid: bool) -> Result<i64, u32> {
        let now = Instant::now();
        let mut c = self.counts.lock().unwrap();
        let second = |w: &mut VecDeque<Instant>| {
            while w
                .front()
                .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
            {
                w.pop_front();
            }
            w.len()
        };
        let over_all = if paid {
            second(&mut c.paid_window) >= self.limit.paid_per_second
        } else {
            second(&mut c.window) >= self.limit.per_second
        };
        let (over_chat, over_group) = match c.chats.get_mut(&chat) {
            Some((last, minute)) => {
                while minute
                    .front()
                    .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(60))
                {
                    minute.pop_front();
                }
                (
                    now.duration_since(*last) < self.limit.chat_interval,
                    chat < 0 && minute.len() >= self.limit.group_per_minute,
                )
            }
            None => (false, false),
        };
        if over_all || over_chat || over_group {
            c.too_many += 1;
            return Err(if over_group { 3 } else { 1 });
        }
        if paid {
            c.paid_window.push_back(now);
            c.paid += 1;
        } else {
            c.window.push_back(now);
        }
        let entry = c.chats.entry(chat).or_insert((now, VecDeque::new()));
        entry.0 = now;
        if chat < 0 {
            entry.1.push_back(now);
        }
        c.all.push(now);
        if chat == VILLAGER {
            c.villager.push(now);
        } else {
            let i = c.accepted.len();
            if chat < 0 {
                c.last_group = Some(i);
            } else if c.first_private.is_none() {
                c.first_private = Some(i);
            }
            c.accepted.push_back(now);
        }
        c.next_id += 1;
        Ok(c.next_id)
    }
}

async fn answer(State(fake): State<Fake>, uri: Uri, body: Bytes) -> (StatusCode, Json<Value>) {
    let method = uri
        .path()
        .strip_prefix(&format!("/bot{TOKEN}/"))
        .unwrap_or("")
        .to_ascii_lowercase();
    let body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let chat = body.get("chat_id").and_then(Value::as_i64).unwrap_or(0);
    // The fields teloxide 0.17 requires of `getMe` (not only those of a message's `from`).
    let bot = json!({
        "id": 123, "is_bot": true, "first_name": "Loa Thôn", "username": "LoaThonBot",
        "can_join_groups": true, "can_read_all_group_messages": false,
        "supports_inline_queries": false, "has_main_web_app": false
    });
    match method.as_str() {
        "sendmessage" | "editmessagetext" => {
            if fake.limit.failing(chat) && fake.counts.lock().unwrap().errored.insert(chat) {
                fake.counts.lock().unwrap().server_errors += 1;
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    Json(
                        json!({"ok": false, "error_code": 500, "description": "Internal Server Error"}),
                    ),
                );
            }
            let paid = body.get("allow_paid_broadcast").and_then(Value::as_bool) == Some(true);
            match fake.admit(chat, paid) {
                Ok(id) => {
                    if fake.limit.slow(chat) {
                        tokio::time::sleep(Duration::from_secs(10)).await;
                    }
                    let chat_json = if chat > 0 {
                        json!({"id": chat, "type": "private", "first_name": "Người dân"})
                    } else {
                        json!({"id": chat, "type": "group", "title": "Nhóm thôn"})
                    };
                    let message = json!({
                        "message_id": body.get("message_id").and_then(Value::as_i64).unwrap_or(id),
                        "date": 1767574800,
                        "chat": chat_json,
                        "from": bot,
                        "text": body.get("text").cloned().unwrap_or(json!(""))
                    });
                    (StatusCode::OK, Json(json!({"ok": true, "result": message})))
                }
                Err(secs) => (
                    StatusCode::TOO_MANY_REQUESTS,
                    Json(json!({
                        "ok": false,
                        "error_code": 429,
                        "description": format!("Too Many Requests: retry after {secs}"),
                        "parameters": {"retry_after": secs}
                    })),
                ),
            }
        }
        "getme" => (StatusCode::OK, Json(json!({"ok": true, "result": bot}))),
        "getupdates" => {
            tokio::time::sleep(Duration::from_millis(500)).await;
            (StatusCode::OK, Json(json!({"ok": true, "result": []})))
        }
        _ => (StatusCode::OK, Json(json!({"ok": true, "result": true}))),
    }
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|kb| kb.parse::<f64>().ok())
            })
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[i]
}

/// Recipients written directly (how they subscribed is not what is measured): subscribers in
/// every demo village, and village groups. Returns the Telegram ids, and the province's id.
async fn recipients(app: &App, n: usize) -> (Vec<i64>, i64) {
    let now = app.clock.now_ms();
    let villages: Vec<i64> = sqlx::query_scalar("SELECT id FROM areas WHERE kind = 'village'")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    let province: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE kind = 'province'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let mut ids = Vec::with_capacity(n);
    let mut tx = app.db.pool.begin().await.unwrap();
    for i in 0..n {
        let village = villages[i % villages.len()];
        if i % 10 == 9 {
            let id = GROUP_BASE - i as i64;
            sqlx::query(
                "INSERT INTO chats (channel, external_id, kind, title, village_id, created_at, updated_at) \
                 VALUES ('telegram', $1, 'group', 'Nhóm thôn', $2, $3, $3)",
            )
            .bind(id.to_string())
            .bind(village)
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
            ids.push(id);
        } else {
            let id = SUBSCRIBER_BASE + i as i64;
            let person: i64 = sqlx::query_scalar(
                "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) \
                 VALUES ('telegram', $1, 'vi', $2, $3, $3, $3) RETURNING id",
            )
            .bind(id.to_string())
            .bind(village)
            .bind(now)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO subscriptions (person_id, village_id, created_at) VALUES ($1, $2, $3)",
            )
            .bind(person)
            .bind(village)
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
            sqlx::query(
                "INSERT INTO chats (channel, external_id, kind, created_at, updated_at) \
                 VALUES ('telegram', $1, 'private', $2, $2)",
            )
            .bind(id.to_string())
            .bind(now)
            .execute(&mut *tx)
            .await
            .unwrap();
            ids.push(id);
        }
    }
    tx.commit().await.unwrap();
    (ids, province)
}

/// The villager, onboarded, so that each message gets the menu back.
async fn onboard_villager(app: &App) {
    let now = app.clock.now_ms();
    sqlx::query(
        "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) \
         VALUES ('telegram', $1, 'vi', (SELECT MIN(id) FROM areas WHERE kind = 'village'), $2, $2, $2)",
    )
    .bind(VILLAGER.to_string())
    .bind(now)
    .execute(&app.db.pool)
    .await
    .unwrap();
}

fn villager_says() -> Inbound {
    Inbound {
        channel: Channel::Telegram,
        chat_id: VILLAGER.to_string(),
        chat_kind: ChatKind::Private,
        chat_title: None,
        sender_id: VILLAGER.to_string(),
        sender_name: Some("Lan".into()),
        language_hint: Some("vi".into()),
        event: Event::Command {
            name: "menu".into(),
            args: String::new(),
        },
    }
}

/// An announcement to every recipient in the province, started (its rows created) as
/// `/thongbao` would; urgent if asked.
async fn start_announcement(app: &App, province: i64, urgent: bool) -> i64 {
    let mut tx = app.db.begin().await.unwrap();
    let variants = [Variant {
        language: "vi".into(),
        text: Some("Lịch tiêm phòng cho trẻ em: sáng thứ Bảy tại nhà văn hóa thôn.".into()),
        voice_ref: None,
    }];
    let target = Target {
        areas: vec![province],
        languages: Vec::new(),
    };
    let now = app.clock.now_ms();
    let id = announcements::create(&mut tx, None, &target, Audience::Both, &variants, None, now)
        .await
        .unwrap();
    if urgent {
        announcements::mark_urgent(&mut tx, id).await.unwrap();
    }
    loathon::services::broadcasts::start_in(&mut tx, &app.i18n, id, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

struct WorkerRun {
    ratio: f64,
    /// Over the first 98 % of the messages.
    ratio_98: f64,
    server_errors: usize,
    paid: usize,
    /// Where the last village group and the first subscriber came among the messages (groups
    /// first: the first is below the second, but for sends side by side at the boundary).
    groups_first: (usize, usize),
    too_many: usize,
    reply_p50_ms: f64,
    reply_p99_ms: f64,
    replies: usize,
    wall_s: f64,
    peak_rss_mb: f64,
}

async fn worker_run(n: usize, limit: Limit, urgent: bool, paid: bool) -> WorkerRun {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        database_url: format!("sqlite://{}", dir.path().join("bench.db").display()),
        // The villager writes about 50 times a minute for as long as the broadcast lasts: the
        // flood guard (30 a minute) would rightly drop them, and it is not what is measured.
        flood_per_minute: 0,
        ..Config::default()
    };
    let app = App::build(config, Arc::new(SystemClock)).await.unwrap();
    app.prepare_demo("lan").await.unwrap();
    let (_ids, province) = recipients(&app, n).await;
    onboard_villager(&app).await;

    let (fake, url) = Fake::start(limit).await;
    let bot = Bot::new(TOKEN).set_api_url(url::Url::parse(&url).unwrap());
    let rates = limit.rates(paid);
    let worker = Worker::new(
        app.db.clone(),
        app.clock.clone(),
        TelegramSender::new(bot, "LoaThonBot"),
        DeliveryConfig {
            rates,
            slot_ahead_ms: env_usize("BENCH_SLOT_AHEAD_MS", 40) as i64,
            ..DeliveryConfig::default()
        },
    );
    let wake = worker.waker();
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(worker.run(stopped));

    let started = Instant::now();
    // Every row is checked sent at the end (the announcement's figures).
    let id = start_announcement(&app, province, urgent).await;
    wake.notify_one();
    println!(
        "worker: {n} rows created in {:.2}s",
        started.elapsed().as_secs_f64()
    );

    // The villager writes every 200 ms until the broadcast is out (or, at the real limits,
    // just over once a second: Telegram allows one message a second to a chat, so faster
    // writing would measure the villager's own queue).
    let mut latencies = Vec::new();
    let every = Duration::from_millis(200).max(limit.chat_interval + Duration::from_millis(150));
    let rate = if paid {
        limit.paid_per_second
    } else {
        limit.per_second
    };
    let deadline = started + Duration::from_secs((3 * n / rate) as u64 + 60);
    let mut tick = tokio::time::interval(every);
    loop {
        tick.tick().await;
        if fake.totals().0 >= n || Instant::now() > deadline {
            break;
        }
        let before = fake.villager_messages().len();
        let sent = Instant::now();
        app.engine.handle(villager_says()).await.unwrap();
        let handled = sent.elapsed();
        if handled > Duration::from_millis(200) {
            println!("villager: the engine took {} ms", handled.as_millis());
        }
        wake.notify_one();
        let reply = loop {
            if let Some(at) = fake.villager_messages().get(before) {
                break Some(*at);
            }
            if sent.elapsed() > Duration::from_secs(10) {
                break None;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        let ms = reply.map_or(10_000.0, |at| {
            at.duration_since(sent).as_secs_f64() * 1000.0
        });
        if ms >= 1_000.0 {
            println!(
                "villager: reply {} after {ms:.0} ms, {:.1} s into the run",
                latencies.len(),
                started.elapsed().as_secs_f64()
            );
        }
        latencies.push(ms);
    }
    let wall_s = started.elapsed().as_secs_f64();
    let peak = peak_rss_mb();
    let _ = stop.send(true);
    running.await.unwrap();

    let mut conn = app.db.pool.acquire().await.unwrap();
    let figures = loathon::services::broadcasts::figures(&mut conn, id)
        .await
        .unwrap();
    if figures.get("delivered") as usize != n {
        let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
            "SELECT status, attempts, COUNT(*), MAX(next_attempt_at) - $1 FROM outbox \
             GROUP BY status, attempts",
        )
        .bind(app.clock.now_ms())
        .fetch_all(&mut *conn)
        .await
        .unwrap();
        println!("outbox (status, attempts, rows, latest next attempt from now ms): {rows:?}");
        println!("fake: accepted and 429s {:?}", fake.totals());
    }
    assert_eq!(
        figures.get("delivered") as usize,
        n,
        "every row sent: {figures:?}"
    );
    latencies.sort_by(f64::total_cmp);
    let (accepted, too_many) = fake.totals();
    assert_eq!(accepted, n, "one message per recipient");
    let (server_errors, paid_sent, groups_first) = {
        let c = fake.counts.lock().unwrap();
        (
            c.server_errors,
            c.paid,
            (c.last_group.unwrap_or(0), c.first_private.unwrap_or(0)),
        )
    };
    WorkerRun {
        ratio: fake.ratio_over(1.0, rate),
        ratio_98: fake.ratio_over(0.98, rate),
        server_errors,
        paid: paid_sent,
        groups_first,
        too_many,
        reply_p50_ms: percentile(&latencies, 0.50),
        reply_p99_ms: percentile(&latencies, 0.99),
        replies: latencies.len(),
        wall_s,
        peak_rss_mb: peak,
    }
}

/// The same sends through teloxide's `Throttle`, every request spawned from a plain loop (the
/// adaptor queues and paces them); it retries a 429 itself after `retry_after`.
async fn throttle_run(ids: &[i64], limit: Limit) -> ThrottleRun {
    let (fake, url) = Fake::start(limit).await;
    let bot = Bot::new(TOKEN)
        .set_api_url(url::Url::parse(&url).unwrap())
        .throttle(Limits {
            messages_per_sec_chat: (1000 / limit.chat_interval.as_millis().max(1) as u32).max(1),
            messages_per_min_chat: limit.group_per_minute as u32,
            messages_per_min_channel_or_supergroup: limit.group_per_minute as u32,
            messages_per_sec_overall: limit.per_second as u32,
        });
    let started = Instant::now();
    let mut sends = tokio::task::JoinSet::new();
    for &chat in ids {
        let bot = bot.clone();
        sends.spawn(async move {
            bot.send_message(ChatId(chat), "Lịch tiêm phòng cho trẻ em: sáng thứ Bảy.")
                .await
        });
    }
    // Ten times what the allowed rate needs, and at least 30 s.
    let limit_s = (10 * ids.len() / limit.per_second).max(30) as u64;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(limit_s);
    let mut failed = 0;
    loop {
        match tokio::time::timeout_at(deadline, sends.join_next()).await {
            Ok(Some(result)) => {
                if !matches!(result, Ok(Ok(_))) {
                    failed += 1;
                }
            }
            Ok(None) => break,
            Err(_) => {
                println!(
                    "throttle: {} sends still waiting after {limit_s}s; stopped there",
                    sends.len()
                );
                sends.abort_all();
                break;
            }
        }
    }
    if failed > 0 {
        println!("throttle: {failed} sends failed");
    }
    let (accepted, too_many) = fake.totals();
    ThrottleRun {
        ratio: fake.ratio(),
        too_many,
        accepted,
        wall_s: started.elapsed().as_secs_f64(),
    }
}

struct ThrottleRun {
    ratio: f64,
    too_many: usize,
    accepted: usize,
    wall_s: f64,
}

fn report(name: &str, n: usize, rate: usize, w: &WorkerRun) {
    println!(
        "{name}: worker: {n} messages in {:.2}s, ratio {:.3} of {rate}/s (first 98 %: {:.3}), {} × 429, {} × 500, {} paid, last group / first subscriber at {:?}, replies p50 {:.0} ms p99 {:.0} ms ({} replies), peak RSS {:.0} MB",
        w.wall_s,
        w.ratio,
        w.ratio_98,
        w.too_many,
        w.server_errors,
        w.paid,
        w.groups_first,
        w.reply_p50_ms,
        w.reply_p99_ms,
        w.replies,
        w.peak_rss_mb
    );
}

fn ids_for(n: usize) -> Vec<i64> {
    (0..n)
        .map(|i| {
            if i % 10 == 9 {
                GROUP_BASE - i as i64
            } else {
                SUBSCRIBER_BASE + i as i64
            }
        })
        .collect()
}

/// The worker, then `Throttle` at the same limits.
async fn side_by_side(name: &str, n: usize, limit: Limit) {
    println!(
        "{name}: fake Bot API limits: {} messages/s overall, {} ms between messages to one chat, {}/min per group",
        limit.per_second,
        limit.chat_interval.as_millis(),
        limit.group_per_minute
    );
    let w = worker_run(n, limit, false, false).await;
    report(name, n, limit.per_second, &w);
    let t = throttle_run(&ids_for(n), limit).await;
    println!(
        "{name}: throttle: {} of {n} messages in {:.2}s, ratio {:.3} of {}/s, {} × 429",
        t.accepted, t.wall_s, t.ratio, limit.per_second, t.too_many
    );
    println!(
        "{name}: ratio={:.3} http_429={} reply_p99_ms={:.0} wall_s={:.1} throttle_ratio={:.3} throttle_429={} throttle_sent={}",
        w.ratio, w.too_many, w.reply_p99_ms, w.wall_s, t.ratio, t.too_many, t.accepted
    );
}

/// A `loathon serve` process sends an announcement to `n` chats; its peak RSS.
async fn serve_rss(n: usize, limit: Limit) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let app = App::build(
        Config {
            database_url: url.clone(),
            ..Config::default()
        },
        Arc::new(SystemClock),
    )
    .await
    .unwrap();
    app.prepare_demo("lan").await.unwrap();
    let (_ids, province) = recipients(&app, n).await;
    let (fake, api) = Fake::start(limit).await;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_loathon"))
        .arg("serve")
        .current_dir(dir.path())
        .env("DATABASE_URL", &url)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", &api)
        .env("LOATHON_HTTP_ADDR", "127.0.0.1:0")
        .env("LOATHON_SEND_PER_SECOND", limit.per_second.to_string())
        .env(
            "LOATHON_SEND_CHAT_INTERVAL_MS",
            limit.chat_interval.as_millis().to_string(),
        )
        .env(
            "LOATHON_SEND_GROUP_PER_MINUTE",
            limit.group_per_minute.to_string(),
        )
        .env("RUST_LOG", "warn")
        .env_remove("LOATHON_CONFIG")
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(dir.path().join("serve.log")).unwrap())
        .spawn()
        .expect("loathon serve starts");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let started = Instant::now();
    start_announcement(&app, province, false).await;
    let deadline = started + Duration::from_secs((3 * n / limit.per_second) as u64 + 60);
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kb = 0.0_f64;
    while fake.totals().0 < n && Instant::now() < deadline {
        if let Some(kb) = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .and_then(|v| v.parse::<f64>().ok())
            })
        }) {
            peak_kb = peak_kb.max(kb);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let wall = started.elapsed().as_secs_f64();
    let _ = child.kill();
    let _ = child.wait();
    let (sent, too_many) = fake.totals();
    if sent < n {
        let log = std::fs::read_to_string(dir.path().join("serve.log")).unwrap_or_default();
        println!("serve: loathon serve said:\n{log}");
    }
    println!(
        "serve: {sent} of {n} messages in {wall:.2}s at {}/s, {too_many} × 429, peak RSS of loathon serve {:.1} MB",
        limit.per_second,
        peak_kb / 1024.0
    );
    println!(
        "serve: serve_peak_rss_mb={:.1} sent={sent} http_429={too_many}",
        peak_kb / 1024.0
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // BENCH_LOG=loathon=debug shows the worker's decisions.
    if let Ok(filter) = std::env::var("BENCH_LOG") {
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .init();
    }
    let scenarios = std::env::var("BENCH_SCENARIOS")
        .unwrap_or_else(|_| "real,faults,urgent,paid,scaled,serve".into());
    let chats = env_usize("BENCH_CHATS", 10_000);
    let real_chats = env_usize("BENCH_REAL_CHATS", 1_000);
    for scenario in scenarios.split(',').map(str::trim) {
        match scenario {
            "real" => side_by_side("real", real_chats, Limit::real()).await,
            "faults" => {
                let limit = Limit {
                    slow_every: 100,
                    error_every: 100,
                    ..Limit::real()
                };
                let w = worker_run(real_chats, limit, false, false).await;
                report("faults", real_chats, limit.per_second, &w);
                println!(
                    "faults: ratio={:.3} ratio_98={:.3} http_429={} http_500={} reply_p99_ms={:.0}",
                    w.ratio, w.ratio_98, w.too_many, w.server_errors, w.reply_p99_ms
                );
            }
            "urgent" | "paid" => {
                let paid = scenario == "paid";
                let limit = Limit::real();
                let w = worker_run(chats, limit, true, paid).await;
                let rate = if paid {
                    limit.paid_per_second
                } else {
                    limit.per_second
                };
                report(scenario, chats, rate, &w);
                println!(
                    "{scenario}: ratio={:.3} http_429={} paid={} last_group_first_subscriber={:?} wall_s={:.1} reply_p99_ms={:.0}",
                    w.ratio, w.too_many, w.paid, w.groups_first, w.wall_s, w.reply_p99_ms
                );
            }
            "scaled" => side_by_side("scaled", chats, Limit::scaled()).await,
            "serve" => serve_rss(chats, Limit::scaled()).await,
            "" => {}
            other => println!("unknown scenario {other:?}"),
        }
    }
}
