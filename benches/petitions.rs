//! `cargo bench --bench petitions`: petition intake end to end through the engine, and the
//! queue page and yearly report with a large database.
//!
//! Sizes: `BENCH_PETITIONS` (default 1,000,000) petitions and `BENCH_PEOPLE` (100,000) people
//! are bulk-loaded before the latency runs. SQLite always; PostgreSQL too when
//! `BENCH_DATABASE_URL` (or `TEST_DATABASE_URL`) names a server (a fresh database is made).
//! The last line is a summary for scripts.

use std::sync::Arc;
use std::time::{Duration, Instant};

use loathon::clock::{Clock, ManualClock};
use loathon::domain::TrackingCode;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;
use loathon::{App, Config};
use sqlx::{Connection, Executor, Row};

const DAY_MS: i64 = 86_400_000;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn inbound(handle: &str, event: Event) -> Inbound {
    Inbound {
        channel: Channel::Console,
        chat_id: handle.into(),
        chat_kind: ChatKind::Private,
        chat_title: None,
        sender_id: handle.into(),
        sender_name: None,
        language_hint: None,
        event,
    }
}

fn text(handle: &str, t: &str) -> Inbound {
    inbound(handle, Event::Text(t.into()))
}

fn button(handle: &str, data: &str) -> Inbound {
    inbound(handle, Event::Button(data.into()))
}

async fn app_on(url: &str, clock: &ManualClock) -> App {
    let mut config = Config {
        database_url: url.to_string(),
        ..Config::default()
    };
    config.petition_limits.max_per_day = i64::MAX;
    let app = App::build(config, Arc::new(clock.clone()))
        .await
        .expect("app");
    app.prepare_demo("lan").await.expect("demo");
    app
}

/// People who have finished onboarding, written directly (onboarding is not what is measured).
async fn onboarded_people(app: &App, prefix: &str, n: usize, now: i64) -> Vec<String> {
    let village: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'DS-TP'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let mut handles = Vec::with_capacity(n);
    let mut tx = app.db.pool.begin().await.unwrap();
    for i in 0..n {
        let h = format!("{prefix}{i}");
        sqlx::query(
            "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) \
             VALUES ('console', $1, 'vi', $2, $3, $3, $3)",
        )
        .bind(&h)
        .bind(village)
        .bind(now)
        .execute(&mut *tx)
        .await
        .unwrap();
        handles.push(h);
    }
    tx.commit().await.unwrap();
    handles
}

/// Petitions per second, each one the six updates a villager sends (command, category, text,
/// send, anonymity, confirm), from `workers` people at once.
async fn intake(app: &App, clock: &ManualClock, total: usize, workers: usize) -> f64 {
    let security: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'security'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let people = onboarded_people(app, "intake", workers, clock.now_ms()).await;
    let per_worker = total / workers;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for handle in people {
        let engine = app.engine.clone();
        tasks.push(tokio::spawn(async move {
            for _ in 0..per_worker {
                for update in [
                    text(&handle, "/kiennghi"),
                    button(&handle, &format!("cat:{security}")),
                    text(
                        &handle,
                        "Đường vào bản bị sạt lở sau mưa lớn, xe máy không qua được.",
                    ),
                    button(&handle, "pet:done"),
                    button(&handle, "pet:anon:no"),
                    button(&handle, "pet:confirm"),
                ] {
                    engine.handle(update).await.expect("update handled");
                }
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let elapsed = started.elapsed();
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM petitions")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    assert_eq!(
        stored as usize,
        per_worker * workers,
        "every petition stored"
    );
    (per_worker * workers) as f64 / elapsed.as_secs_f64()
}

/// Bulk-loads `petitions` petitions from `people` people over the demo's units and villages,
/// spread over the year before `now`; about one in ten is still pending.
async fn bulk_load(app: &App, people: usize, petitions: usize, now: i64) {
    let handles = {
        let mut tx = app.db.pool.begin().await.unwrap();
        let villages: Vec<i64> =
            sqlx::query_scalar("SELECT id FROM areas WHERE kind = 'village' ORDER BY id")
                .fetch_all(&mut *tx)
                .await
                .unwrap();
        for chunk in (0..people).collect::<Vec<_>>().chunks(500) {
            let mut q = String::from(
                "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) VALUES ",
            );
            for (k, i) in chunk.iter().enumerate() {
                if k > 0 {
                    q.push(',');
                }
                q.push_str(&format!(
                    "('bulk', 'p{i}', 'vi', {}, {now}, {now}, {now})",
                    villages[i % villages.len()]
                ));
            }
            tx.execute(sqlx::AssertSqlSafe(q)).await.unwrap();
        }
        tx.commit().await.unwrap();
        sqlx::query(
            "SELECT p.id, p.village_id FROM people p WHERE p.channel = 'bulk' ORDER BY p.id",
        )
        .fetch_all(&app.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| (r.get::<i64, _>("id"), r.get::<i64, _>("village_id")))
        .collect::<Vec<_>>()
    };
    let units: Vec<i64> = sqlx::query_scalar("SELECT id FROM units WHERE area_id <> (SELECT id FROM areas WHERE code = 'LCU') ORDER BY id")
        .fetch_all(&app.db.pool)
        .await
        .unwrap();
    let categories: Vec<i64> =
        sqlx::query_scalar("SELECT id FROM categories WHERE is_petition = 1 ORDER BY id")
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    let mut rng = rand::rng();
    let year = 365 * DAY_MS;
    let mut seen: std::collections::HashSet<String> =
        sqlx::query_scalar("SELECT tracking_code FROM petitions")
            .fetch_all(&app.db.pool)
            .await
            .unwrap()
            .into_iter()
            .collect();
    let mut tx = app.db.pool.begin().await.unwrap();
    for chunk_start in (0..petitions).step_by(500) {
        let mut q = String::from(
            "INSERT INTO petitions (tracking_code, author_id, anonymous, village_id, category_id, body, unit_id, status, \
             submitted_at, due_at, answered_at, rating, overdue_at) VALUES ",
        );
        for i in chunk_start..(chunk_start + 500).min(petitions) {
            let code = loop {
                let c = TrackingCode::generate(&mut rng);
                if seen.insert(c.as_str().to_string()) {
                    break c;
                }
            };
            let (author, village) = handles[i % handles.len()];
            let submitted = now - year + (i as i64 * year / petitions as i64);
            let due = submitted + 15 * DAY_MS;
            let pending = i % 10 == 0;
            let (status, answered, rating) = if pending {
                ("open", "NULL".to_string(), "NULL".to_string())
            } else {
                (
                    "answered",
                    (submitted + (i as i64 % 20) * DAY_MS).to_string(),
                    ((i % 5) + 1).to_string(),
                )
            };
            let overdue = if pending && due < now {
                due.to_string()
            } else {
                "NULL".into()
            };
            if i > chunk_start {
                q.push(',');
            }
            q.push_str(&format!(
                "('{}', {author}, 0, {village}, {}, 'Nội dung kiến nghị số {i}', {}, '{status}', {submitted}, {due}, {answered}, {rating}, {overdue})",
                code.as_str(),
                categories[i % categories.len()],
                units[i % units.len()],
            ));
        }
        tx.execute(sqlx::AssertSqlSafe(q)).await.unwrap();
    }
    tx.commit().await.unwrap();
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// `/hangdoi` through the engine by an officer of the busiest unit: (p50, p99) in ms.
async fn queue_latency(app: &App, clock: &ManualClock, runs: usize) -> (f64, f64) {
    let unit: i64 = sqlx::query_scalar(
        "SELECT unit_id FROM petitions GROUP BY unit_id ORDER BY COUNT(*) DESC LIMIT 1",
    )
    .fetch_one(&app.db.pool)
    .await
    .unwrap();
    let officer = onboarded_people(app, "officer", 1, clock.now_ms())
        .await
        .remove(0);
    let pid: i64 = sqlx::query_scalar("SELECT id FROM people WHERE external_id = $1")
        .bind(&officer)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO roles (person_id, role, unit_id, created_at) VALUES ($1, 'officer', $2, 0)",
    )
    .bind(pid)
    .bind(unit)
    .execute(&app.db.pool)
    .await
    .unwrap();
    let mut times = Vec::with_capacity(runs);
    for i in 0..runs {
        let page = if i % 2 == 0 { "/hangdoi" } else { "/hangdoi 3" };
        let t = Instant::now();
        app.engine.handle(text(&officer, page)).await.unwrap();
        times.push(t.elapsed());
    }
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.99))
}

/// The yearly report over everything: (p50, max) in ms over a few runs.
async fn report_latency(app: &App, now: i64, runs: usize) -> (f64, f64) {
    let q = loathon::services::reports::ReportQuery {
        from_ms: now - 366 * DAY_MS,
        to_ms: now + 1,
        area_id: None,
    };
    let mut times = Vec::new();
    let mut conn = app.db.pool.acquire().await.unwrap();
    for _ in 0..runs {
        let t = Instant::now();
        let r = loathon::services::reports::build(&mut conn, &q)
            .await
            .unwrap();
        times.push(t.elapsed());
        assert!(r.total > 0);
    }
    times.sort();
    (
        percentile(&times, 0.5),
        times.last().unwrap().as_secs_f64() * 1000.0,
    )
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

struct Figures {
    intake: f64,
    queue: (f64, f64),
    report: (f64, f64),
}

async fn run(label: &str, url: &str, petitions: usize, people: usize) -> Figures {
    let clock = ManualClock::monday_morning();
    clock.advance(chrono::Duration::days(360));
    let app = app_on(url, &clock).await;
    let intake_n = env_usize("BENCH_INTAKE", 2000);
    let workers = env_usize("BENCH_WORKERS", 4);
    let intake = intake(&app, &clock, intake_n, workers).await;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{label}: intake {intake:.0} petitions/s ({intake_n} petitions, 6 updates each, {workers} people at once): {:.0} updates/s, {:.0} per core ({cores} cores)",
        intake * 6.0,
        intake * 6.0 / cores as f64
    );
    let t = Instant::now();
    bulk_load(&app, people, petitions, clock.now_ms()).await;
    println!(
        "{label}: loaded {petitions} petitions and {people} people in {:.1}s",
        t.elapsed().as_secs_f64()
    );
    // Fresh statistics, as a deployment's periodic ANALYZE would have.
    sqlx::query("ANALYZE").execute(&app.db.pool).await.unwrap();
    let queue = queue_latency(&app, &clock, 400).await;
    println!(
        "{label}: /hangdoi p50 {:.2} ms, p99 {:.2} ms",
        queue.0, queue.1
    );
    let report = report_latency(&app, clock.now_ms(), 5).await;
    println!(
        "{label}: yearly report p50 {:.0} ms, max {:.0} ms",
        report.0, report.1
    );
    app.db.pool.close().await;
    Figures {
        intake,
        queue,
        report,
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // BENCH_LOG=sqlx=trace shows every statement (to count a turn's round trips).
    if let Ok(filter) = std::env::var("BENCH_LOG") {
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_writer(std::io::stderr)
            .init();
    }
    let petitions = env_usize("BENCH_PETITIONS", 1_000_000);
    let people = env_usize("BENCH_PEOPLE", 100_000);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    let sqlite = run("sqlite", &url, petitions, people).await;

    let pg_url = std::env::var("BENCH_DATABASE_URL")
        .or_else(|_| std::env::var("TEST_DATABASE_URL"))
        .ok();
    let mut pg_intake = None;
    if let Some(admin) = pg_url.filter(|u| !u.is_empty()) {
        sqlx::any::install_default_drivers();
        let name = format!("lt_bench_{}", std::process::id());
        let mut conn = sqlx::AnyConnection::connect(&admin).await.unwrap();
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap();
        let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
        let pg = run("postgres", &format!("{base}/{name}"), petitions, people).await;
        conn.execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE {name} WITH (FORCE)"
        )))
        .await
        .unwrap();
        pg_intake = Some(pg.intake);
    }
    println!(
        "intake_per_s={:.0} pg_intake_per_s={} queue_p50_ms={:.2} queue_p99_ms={:.2} report_ms={:.0} peak_rss_mb={:.0}",
        sqlite.intake,
        pg_intake.map_or("-".to_string(), |v| format!("{v:.0}")),
        sqlite.queue.0,
        sqlite.queue.1,
        sqlite.report.0,
        peak_rss_mb()
    );
}
