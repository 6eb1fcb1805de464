//! Two `loathon serve` processes on one PostgreSQL database, against the fake Bot API: a
//! broadcast reaches every recipient (once, but for what one killed instance had in flight),
//! and a petition crossing its reminder point is reminded once, not once per instance — the
//! housekeeping lease gives it to one of them. One instance is killed mid-way.

use std::sync::Arc;
use std::time::Duration;

use loathon::clock::SystemClock;
use loathon::domain::Role;
use loathon::store::people::{self, RoleGrant};
use loathon::store::petitions::{self, NewPetition};
use loathon::{App, Config};

use crate::crash::{
    FIRST_CHAT, PER_SECOND, RECIPIENTS, received, serve, start_broadcast, statuses, wait_for,
};
use crate::fake_telegram::{FakeTelegram, Fault};
use crate::helpers::TestDb;

const OFFICER_CHAT: i64 = 7_000_001;
const DAY_MS: i64 = 86_400_000;

/// A Telegram officer of Công an xã Dào San, and one of the unit's petitions past 75% of its
/// time (submitted 10 days ago, due in 2).
async fn petition_to_remind(app: &App) {
    let now = chrono::Utc::now().timestamp_millis();
    let mut tx = app.db.begin().await.unwrap();
    let (officer, _) = people::find_or_create(
        &mut tx,
        "telegram",
        &OFFICER_CHAT.to_string(),
        Some("Cán bộ"),
        now,
    )
    .await
    .unwrap();
    loathon::store::chats::find_or_create(
        &mut tx,
        "telegram",
        &OFFICER_CHAT.to_string(),
        loathon::store::chats::ChatKind::Private,
        None,
        now,
    )
    .await
    .unwrap();
    let unit = loathon::store::areas::unit_by_code(&mut tx, "DS-CA")
        .await
        .unwrap()
        .unwrap();
    people::grant(
        &mut tx,
        &RoleGrant {
            person_id: officer.id,
            role: Role::Officer,
            area_id: Some(unit.area_id),
            unit_id: Some(unit.id),
        },
        None,
        now,
    )
    .await
    .unwrap();
    let village = loathon::store::areas::by_code(&mut tx, "DS-TP")
        .await
        .unwrap()
        .unwrap();
    let category: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'security'")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    petitions::insert(
        &mut tx,
        &NewPetition {
            author_id: officer.id,
            anonymous: false,
            village_id: village.id,
            category_id: category,
            body: "Đèn đường hỏng.",
            unit_id: unit.id,
            submitted_at: now - 10 * DAY_MS,
            due_at: now + 2 * DAY_MS,
            category_code: None,
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn two_instances_on_one_postgres_share_the_work_and_remind_once() {
    let Ok(url) = std::env::var("TEST_DATABASE_URL") else {
        return;
    };
    if url.trim().is_empty() {
        return;
    }
    let db = TestDb::postgres(&url).await;
    let app = App::build(
        Config {
            database_url: db.url.clone(),
            ..Config::default()
        },
        Arc::new(SystemClock),
    )
    .await
    .expect("app builds");
    app.prepare_demo("lan").await.expect("demo data loads");
    let fake = FakeTelegram::start().await;
    fake.fail(
        "sendMessage",
        None,
        Fault::Slow(Duration::from_millis(100)),
        None,
    );
    let id = start_broadcast(&app).await;
    petition_to_remind(&app).await;

    let dir = tempfile::tempdir().unwrap();
    let mut first = serve(&db, &fake, dir.path());
    let mut second = serve(&db, &fake, dir.path());
    wait_for(
        "a part of the broadcast",
        Duration::from_secs(60),
        async || received(&fake).len() >= RECIPIENTS / 4,
    )
    .await;
    // The instance that sends (holds the sender's lease) is the one killed.
    let owner: String =
        sqlx::query_scalar("SELECT owner FROM leases WHERE name = 'delivery:telegram'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
    let sender_pid: u32 = owner.split('-').nth(1).unwrap().parse().unwrap();
    if second.id() == sender_pid {
        std::mem::swap(&mut first, &mut second);
    }
    assert_eq!(first.id(), sender_pid, "one of the two sends: {owner}");
    first.kill().expect("SIGKILL");
    first.wait().unwrap();
    wait_for("every row settled", Duration::from_secs(90), async || {
        let s = statuses(&app, id).await;
        !s.contains_key("pending") && !s.contains_key("sending")
    })
    .await;
    wait_for("the reminder", Duration::from_secs(30), async || {
        !fake.delivered_to(OFFICER_CHAT).is_empty()
    })
    .await;
    // A few housekeeping ticks more: no second reminder comes.
    tokio::time::sleep(Duration::from_secs(6)).await;
    second.kill().expect("SIGKILL");
    second.wait().unwrap();

    let got = received(&fake);
    let missing: Vec<i64> = (FIRST_CHAT..FIRST_CHAT + RECIPIENTS as i64)
        .filter(|c| !got.contains_key(c))
        .collect();
    assert!(missing.is_empty(), "no recipient is skipped: {missing:?}");
    let twice: usize = got.values().map(|n| n - 1).sum();
    // The crash window: what the killed sender had in flight or had just sent and not yet
    // marked, never more than a second's worth.
    let window = PER_SECOND as usize;
    assert!(
        twice <= window,
        "{twice} duplicates, more than the {window} the killed instance may have had in flight"
    );
    // The two instances together never went over the rate, in any second (as the platform
    // counts: when a request arrives).
    let mut times: Vec<std::time::Instant> =
        fake.calls("sendMessage").iter().map(|c| c.at).collect();
    times.sort();
    let mut busiest = 0;
    let mut first_in_window = 0;
    for (i, t) in times.iter().enumerate() {
        while t.duration_since(times[first_in_window]) >= Duration::from_secs(1) {
            first_in_window += 1;
        }
        busiest = busiest.max(i + 1 - first_in_window);
    }
    assert!(
        busiest <= PER_SECOND as usize,
        "{busiest} messages in one second, over the {PER_SECOND}/s limit"
    );
    let reminders = fake
        .delivered_to(OFFICER_CHAT)
        .iter()
        .filter(|c| c.text().contains("⏰"))
        .count();
    assert_eq!(reminders, 1, "{}", fake.transcript(OFFICER_CHAT));
    db.cleanup().await;
}
