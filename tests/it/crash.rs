//! A broadcast survives the process being killed (SIGKILL) in the middle: after a restart every
//! recipient has the announcement, and only messages in flight at the kill can arrive twice.
//! A real child process on a SQLite file; PostgreSQL is not needed for what this checks (the
//! outbox and its leases are the same SQL on both).

use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use loathon::clock::SystemClock;
use loathon::store::broadcasts::{self as store, Audience, Target, Variant};

use crate::fake_telegram::{FakeTelegram, TOKEN};
use crate::helpers::TestDb;

const RECIPIENTS: i64 = 240;
const MARKER: &str = "Lịch tiêm phòng gia súc";

fn serve(db: &str, api: &str) -> Child {
    Command::new(env!("CARGO_BIN_EXE_loathon"))
        .arg("serve")
        .env("DATABASE_URL", db)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api)
        .env("LOATHON_HTTP_ADDR", "127.0.0.1:0")
        .env("LOATHON_SEND_PER_SECOND", "80")
        .env("LOATHON_SEND_LEASE_MS", "2000")
        .env_remove("LOATHON_WEBHOOK_URL")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("loathon serve starts")
}

fn arrived(fake: &FakeTelegram) -> Vec<i64> {
    fake.calls("sendMessage")
        .into_iter()
        .filter(|c| c.delivered() && c.text().contains(MARKER))
        .filter_map(|c| c.chat_id())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broadcast_resumes_after_the_process_is_killed() {
    let db = TestDb::sqlite();
    let fake = FakeTelegram::start().await;
    let config = loathon::Config {
        database_url: db.url.clone(),
        ..loathon::Config::default()
    };
    let app = loathon::App::build(config, Arc::new(SystemClock))
        .await
        .unwrap();
    app.prepare_demo("lan").await.unwrap();

    // Subscribers of Bản Tả Phìn with private Telegram chats.
    let now = chrono::Utc::now().timestamp_millis();
    let village: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'DS-TP'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let mut tx = app.db.begin().await.unwrap();
    for i in 0..RECIPIENTS {
        let external = (700_000 + i).to_string();
        let person: i64 = sqlx::query_scalar(
            "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) \
             VALUES ('telegram', $1, 'vi', $2, $3, $3, $3) RETURNING id",
        )
        .bind(&external)
        .bind(village)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO chats (channel, external_id, kind, created_at, updated_at) VALUES ('telegram', $1, 'private', $2, $2)",
        )
        .bind(&external)
        .bind(now)
        .execute(&mut *tx)
        .await
        .unwrap();
        store::subscribe(&mut tx, person, village, now)
            .await
            .unwrap();
    }
    let target = Target {
        areas: vec![village],
        languages: Vec::new(),
    };
    let variants = [Variant {
        language: "vi".into(),
        text: Some(format!("{MARKER}: sáng thứ Bảy tại nhà văn hóa bản.")),
        voice_ref: None,
    }];
    let id = store::create(
        &mut tx,
        None,
        &target,
        Audience::Subscribers,
        &variants,
        None,
        now,
    )
    .await
    .unwrap();
    let rows = loathon::broadcasts::start_in(&mut tx, &app.i18n, id, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(rows as i64, RECIPIENTS);

    // Start, let part of it go out, and kill the process without warning.
    let mut child = serve(&db.url, &fake.base);
    let started = Instant::now();
    while arrived(&fake).len() < 60 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "sending started"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let at_kill = arrived(&fake).len();
    assert!(
        (at_kill as i64) < RECIPIENTS,
        "killed in the middle ({at_kill} sent)"
    );
    eprintln!(
        "killed after {at_kill} of {RECIPIENTS} in {:?}",
        started.elapsed()
    );

    // Restart: it finishes from the outbox.
    let mut child = serve(&db.url, &fake.base);
    let started = Instant::now();
    loop {
        let unsettled: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox WHERE announcement_id = $1 AND status IN ('pending', 'sending')",
        )
        .bind(id)
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
        if unsettled == 0 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "{unsettled} rows still unsettled"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();

    eprintln!("finished after the restart in {:?}", started.elapsed());
    let got = arrived(&fake);
    let mut per_chat = std::collections::HashMap::<i64, usize>::new();
    for chat in &got {
        *per_chat.entry(*chat).or_default() += 1;
    }
    assert_eq!(per_chat.len() as i64, RECIPIENTS, "every recipient has it");
    let duplicates: usize = per_chat.values().map(|n| n - 1).sum();
    // The worker sends one message at a time: only the one in flight at the kill can repeat.
    assert!(duplicates <= 1, "{duplicates} duplicates");
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status FROM outbox WHERE announcement_id = $1")
            .bind(id)
            .fetch_all(&app.db.pool)
            .await
            .unwrap();
    assert_eq!(statuses, vec!["sent".to_string()]);
}
