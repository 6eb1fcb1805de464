//! `cargo bench --bench broadcast`: one announcement to 10,000 Telegram chats, sent by the real
//! delivery worker through the real teloxide `Bot`, against a fake Bot API on loopback that
//! enforces Telegram's limits scaled up a hundredfold (3,000 messages/s overall, 10 ms between
//! two messages to one chat, 2,000/min per group) and answers 429 with `retry_after` beyond them.
//! While it runs, a villager writes to the bot every 200 ms; the time from `Engine::handle` to
//! the reply reaching the fake is the reply latency. Then the same sends by teloxide's own
//! `Throttle` adaptor, set to the same limits, for comparison.
//!
//! Recipients: `BENCH_CHATS` (default 10,000), nine in ten subscribers' private chats and one in
//! ten village groups; `BENCH_RATE` (default 3,000) is the allowed rate. SQLite, in a temporary
//! folder. The ratio is the achieved rate (messages after the first ÷ time from the first to
//! the last accepted one) over the allowed rate. The last line is a summary for scripts.

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

/// The limits the fake enforces.
#[derive(Clone, Copy)]
struct Limit {
    per_second: usize,
    chat_interval: Duration,
    group_per_minute: usize,
}

#[derive(Default)]
struct Counts {
    /// Every accepted `sendMessage`, when it arrived.
    accepted: VecDeque<Instant>,
    /// Accepted in the last second, for the overall limit.
    window: VecDeque<Instant>,
    chats: HashMap<i64, (Instant, VecDeque<Instant>)>,
    too_many: usize,
    /// Arrival times of messages to the villager.
    villager: Vec<Instant>,
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
    /// allowed rate.
    fn ratio(&self) -> f64 {
        let c = self.counts.lock().unwrap();
        match (c.accepted.front(), c.accepted.back()) {
            (Some(first), Some(last)) if c.accepted.len() > 1 => {
                let secs = last.duration_since(*first).as_secs_f64();
                (c.accepted.len() - 1) as f64 / secs / self.limit.per_second as f64
            }
            _ => 0.0,
        }
    }

    /// Takes one `sendMessage` to `chat` now, or says how many seconds to wait.
    fn admit(&self, chat: i64) -> Result<i64, u32> {
        let now = Instant::now();
        let mut c = self.counts.lock().unwrap();
        while c
            .window
            .front()
            .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1))
        {
            c.window.pop_front();
        }
        let over_all = c.window.len() >= self.limit.per_second;
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
        c.window.push_back(now);
        let entry = c.chats.entry(chat).or_insert((now, VecDeque::new()));
        entry.0 = now;
        if chat < 0 {
            entry.1.push_back(now);
        }
        if chat == VILLAGER {
            c.villager.push(now);
        } else {
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
    match method.as_str() {
        "sendmessage" | "editmessagetext" => match fake.admit(chat) {
            Ok(id) => {
                let chat_json = if chat > 0 {
                    json!({"id": chat, "type": "private", "first_name": "Người dân"})
                } else {
                    json!({"id": chat, "type": "group", "title": "Nhóm thôn"})
                };
                let message = json!({
                    "message_id": body.get("message_id").and_then(Value::as_i64).unwrap_or(id),
                    "date": 1767574800,
                    "chat": chat_json,
                    "from": {"id": 123, "is_bot": true, "first_name": "Loa Thôn", "username": "LoaThonBot"},
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
        },
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

struct WorkerRun {
    ratio: f64,
    too_many: usize,
    reply_p50_ms: f64,
    reply_p99_ms: f64,
    replies: usize,
    wall_s: f64,
    peak_rss_mb: f64,
}

async fn worker_run(n: usize, limit: Limit) -> WorkerRun {
    let dir = tempfile::tempdir().unwrap();
    let config = Config {
        database_url: format!("sqlite://{}", dir.path().join("bench.db").display()),
        ..Config::default()
    };
    let app = App::build(config, Arc::new(SystemClock)).await.unwrap();
    app.prepare_demo("lan").await.unwrap();
    let (_ids, province) = recipients(&app, n).await;
    onboard_villager(&app).await;

    let (fake, url) = Fake::start(limit).await;
    let bot = Bot::new(TOKEN).set_api_url(url::Url::parse(&url).unwrap());
    let rates = Rates {
        global_per_second: limit.per_second as u32,
        per_chat_interval_ms: limit.chat_interval.as_millis() as i64,
        group_per_minute: limit.group_per_minute as u32,
    };
    let worker = Worker::new(
        app.db.clone(),
        app.clock.clone(),
        TelegramSender::new(bot, "LoaThonBot"),
        DeliveryConfig {
            rates,
            ..DeliveryConfig::default()
        },
    );
    let wake = worker.waker();
    let (stop, stopped) = watch::channel(false);
    let running = tokio::spawn(worker.run(stopped));

    let started = Instant::now();
    let id = {
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
        let id = announcements::create(
            &mut tx,
            None,
            &target,
            Audience::Both,
            &variants,
            None,
            app.clock.now_ms(),
        )
        .await
        .unwrap();
        let count =
            loathon::services::broadcasts::start_in(&mut tx, &app.i18n, id, app.clock.now_ms())
                .await
                .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(count, n, "every recipient has a row");
        id
    };
    wake.notify_one();
    println!(
        "worker: {n} rows created in {:.2}s",
        started.elapsed().as_secs_f64()
    );

    // The villager writes every 200 ms until the broadcast is out.
    let mut latencies = Vec::new();
    let deadline = started + Duration::from_secs(120);
    let mut tick = tokio::time::interval(Duration::from_millis(200));
    loop {
        tick.tick().await;
        if fake.totals().0 >= n || Instant::now() > deadline {
            break;
        }
        let before = fake.villager_messages().len();
        let sent = Instant::now();
        app.engine.handle(villager_says()).await.unwrap();
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
        match reply {
            Some(at) => latencies.push(at.duration_since(sent).as_secs_f64() * 1000.0),
            None => latencies.push(10_000.0),
        }
    }
    let wall_s = started.elapsed().as_secs_f64();
    let peak = peak_rss_mb();
    let _ = stop.send(true);
    running.await.unwrap();

    let mut conn = app.db.pool.acquire().await.unwrap();
    let figures = loathon::services::broadcasts::figures(&mut conn, id)
        .await
        .unwrap();
    assert_eq!(
        figures.get("delivered") as usize,
        n,
        "every row sent: {figures:?}"
    );
    latencies.sort_by(f64::total_cmp);
    let (accepted, too_many) = fake.totals();
    assert_eq!(accepted, n, "one message per recipient");
    WorkerRun {
        ratio: fake.ratio(),
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
            messages_per_sec_chat: 1000 / limit.chat_interval.as_millis().max(1) as u32,
            messages_per_min_chat: 20 * SCALE,
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

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = env_usize("BENCH_CHATS", 10_000);
    let per_second = env_usize("BENCH_RATE", 30 * SCALE as usize);
    let limit = Limit {
        per_second,
        chat_interval: Duration::from_millis(1000 / u64::from(SCALE)),
        group_per_minute: 20 * SCALE as usize,
    };
    println!(
        "fake Bot API limits: {per_second} messages/s overall, {} ms between messages to one chat, {}/min per group",
        limit.chat_interval.as_millis(),
        limit.group_per_minute
    );
    let w = worker_run(n, limit).await;
    println!(
        "worker: {n} messages in {:.2}s, ratio {:.3} of {per_second}/s, {} × 429, replies p50 {:.0} ms p99 {:.0} ms ({} replies), peak RSS {:.0} MB",
        w.wall_s, w.ratio, w.too_many, w.reply_p50_ms, w.reply_p99_ms, w.replies, w.peak_rss_mb
    );
    let ids: Vec<i64> = (0..n)
        .map(|i| {
            if i % 10 == 9 {
                GROUP_BASE - i as i64
            } else {
                SUBSCRIBER_BASE + i as i64
            }
        })
        .collect();
    let t = throttle_run(&ids, limit).await;
    println!(
        "throttle: {} of {n} messages in {:.2}s, ratio {:.3} of {per_second}/s, {} × 429",
        t.accepted, t.wall_s, t.ratio, t.too_many
    );
    println!(
        "ratio={:.2} http_429={} reply_p99_ms={:.0} peak_rss_mb={:.0} wall_s={:.1} throttle_ratio={:.2} throttle_429={} throttle_sent={}",
        w.ratio,
        w.too_many,
        w.reply_p99_ms,
        w.peak_rss_mb,
        w.wall_s,
        t.ratio,
        t.too_many,
        t.accepted
    );
}
