//! The Zalo channel end to end: the real `serve` (HTTP, the Zalo webhook, the event processor,
//! the delivery worker) on port 0, a fake Zalo on loopback that signs the events it posts to
//! the bot and answers the OA API, on SQLite and (with TEST_DATABASE_URL) PostgreSQL.
//! Assertions are about what reached which Zalo user, in Vietnamese.

use std::net::SocketAddr;
use std::time::Duration;

use loathon::clock::Clock;
use loathon::config::ZaloConfig;
use loathon::delivery::Rates;
use loathon::store::broadcasts::{self as announcements, Audience, Target, Variant};
use secrecy::SecretString;
use serde_json::Value;
use sqlx::Row;

use crate::fake_zalo::events::{self, mac};
use crate::fake_zalo::{APP_ID, APP_SECRET, FIRST_REFRESH, FakeZalo, OA_SECRET};
use crate::helpers::{TestApp, TestDb, assert_has, assert_lacks, backends, spawn_app_with};
use sha2::{Digest, Sha256};

const LAN: &str = "8000000000000000001";
const OFFICER: &str = "8000000000000000002";
const PATH: &str = "/zalo/webhook";

struct Zt {
    t: TestApp,
    fake: FakeZalo,
    addr: SocketAddr,
    http: reqwest::Client,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    next: u64,
}

fn zalo_config(fake: &FakeZalo) -> ZaloConfig {
    ZaloConfig {
        app_id: APP_ID.into(),
        app_secret: SecretString::from(APP_SECRET),
        oa_secret_key: SecretString::from(OA_SECRET),
        refresh_token: Some(SecretString::from(FIRST_REFRESH)),
        api_url: fake.base.clone(),
        oauth_url: fake.base.clone(),
        webhook_path: PATH.into(),
        webhook_window_ms: 3 * 3600 * 1000,
        // The test clock stands still: no rate to wait for.
        rates: Rates::unlimited(),
    }
}

/// An app configured for the fake Zalo, `serve` not started yet.
async fn setup_stopped(db: &TestDb) -> Zt {
    let fake = FakeZalo::start().await;
    let config = zalo_config(&fake);
    let t = spawn_app_with(db, move |c| c.zalo = Some(config)).await;
    Zt {
        t,
        fake,
        addr: "127.0.0.1:1".parse().unwrap(),
        http: reqwest::Client::new(),
        stop: None,
        server: None,
        next: 0,
    }
}

/// The app serving, its first access token fetched.
async fn setup(db: &TestDb) -> Zt {
    let mut z = setup_stopped(db).await;
    z.start().await;
    for _ in 0..500 {
        if z.fake.refreshes() > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert_eq!(z.fake.refreshes(), 1, "the first token is fetched on start");
    z
}

impl Zt {
    /// Runs `serve` on a fresh port.
    async fn start(&mut self) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        self.addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        self.stop = Some(stop);
        self.server = Some(tokio::spawn(loathon::server::serve_on(
            listener,
            self.t.app.clone(),
            async move {
                let _ = stopped.await;
            },
        )));
    }

    async fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(server) = self.server.take() {
            tokio::time::timeout(Duration::from_secs(15), server)
                .await
                .expect("serve stops")
                .unwrap()
                .unwrap();
        }
    }

    fn now(&self) -> i64 {
        self.t.clock.now_ms()
    }

    fn msg_id(&mut self) -> String {
        self.next += 1;
        format!("msg{:06}", self.next)
    }

    /// Posts a body with a signature header (or none); returns the HTTP status.
    async fn post(&self, body: &str, signature: Option<&str>) -> u16 {
        let mut request = self
            .http
            .post(format!("http://{}{PATH}", self.addr))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(s) = signature {
            request = request.header("X-ZEvent-Signature", s);
        }
        request.send().await.unwrap().status().as_u16()
    }

    /// Posts `event` signed as Zalo signs it, and waits until it was handled and its replies
    /// went out.
    async fn event(&self, event: &Value) -> u16 {
        let body = event.to_string();
        let ts = event["timestamp"].as_str().unwrap().to_string();
        let status = self
            .post(&body, Some(&format!("mac={}", mac(&body, &ts))))
            .await;
        self.settle().await;
        status
    }

    async fn say(&mut self, user: &str, text: &str) {
        let id = self.msg_id();
        let e = events::text(user, &id, text, self.now());
        assert_eq!(self.event(&e).await, 200);
    }

    /// Taps a button: Zalo sends its payload back as the person's text.
    async fn tap(&mut self, user: &str, data: &str) {
        self.say(
            user,
            &format!("{}{data}", loathon::channels::zalo::BUTTON_PREFIX),
        )
        .await;
    }

    /// Waits (bounded) until no recorded event waits and no message is due.
    async fn settle(&self) {
        for _ in 0..500 {
            let row = sqlx::query(
                "SELECT (SELECT COUNT(*) FROM zalo_events WHERE handled_at IS NULL) AS events, \
                 (SELECT COUNT(*) FROM outbox o JOIN chats c ON c.id = o.chat_id WHERE c.channel = 'zalo' \
                  AND o.status IN ('pending', 'sending') AND o.next_attempt_at <= $1) AS due",
            )
            .bind(self.now())
            .fetch_one(&self.t.app.db.pool)
            .await
            .unwrap();
            let events: i64 = row.try_get("events").unwrap();
            let due: i64 = row.try_get("due").unwrap();
            if events == 0 && due == 0 {
                return;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("the Zalo channel did not settle");
    }

    async fn stored_events(&self) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM zalo_events")
            .fetch_one(&self.t.app.db.pool)
            .await
            .unwrap()
    }

    /// A Zalo follower onboards in Vietnamese to Bản Gia Khâu: follow, taps and a typed number.
    async fn onboard(&mut self, user: &str) {
        let follow = events::follow(user, self.now());
        assert_eq!(self.event(&follow).await, 200);
        let first = self.fake.delivered_to(user);
        assert_has(
            first[0].text(),
            &["Xin chào! Tôi là Loa Thôn", "Mời bạn chọn ngôn ngữ:"],
        );
        assert!(
            first[0].payloads().contains(&"#lt:lang:vi".to_string()),
            "{:?}",
            first[0].body
        );
        self.tap(user, "lang:vi").await;
        assert_has(
            &self.fake.transcript(user),
            &["Đã chọn ngôn ngữ: Tiếng Việt.", "Bạn ở xã nào?"],
        );
        self.say(user, "gia khau").await;
        assert_has(
            &self.fake.transcript(user),
            &["Đã ghi nhận: bạn ở Bản Gia Khâu, Xã Sì Lở Lầu."],
        );
        self.tap(user, "consent:yes").await;
        assert_has(
            &self.fake.transcript(user),
            &["Bạn đã đăng ký xong", "Bạn có muốn nhận thông báo"],
        );
        // A typed number presses the latest buttons, as on Telegram: 2 is "no".
        self.say(user, "2").await;
        assert_has(&self.fake.transcript(user), &["Bạn muốn làm gì?"]);
    }
}

#[tokio::test]
async fn zalo_a_villager_onboards_and_files_a_petition_and_gets_a_tracking_code() {
    for db in backends().await {
        let mut z = setup(&db).await;
        let (status, body) = healthz(z.addr).await;
        assert_eq!(status, 200);
        assert!(body.starts_with("ok "), "{body}");
        z.onboard(LAN).await;
        // Zalo allows 5 buttons a message: every message keeps to it.
        for call in z.fake.calls("/v3.0/oa/message/cs") {
            assert!(call.payloads().len() <= 5, "{:?}", call.body);
        }
        let land: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'land'")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        z.say(LAN, "/kiennghi").await;
        z.tap(LAN, &format!("cat:{land}")).await;
        z.say(
            LAN,
            "Đường vào bản bị sạt lở một đoạn, xe máy không đi qua được.",
        )
        .await;
        let id = z.msg_id();
        let place = events::location(LAN, &id, "22.4105", "103.4552", z.now());
        assert_eq!(z.event(&place).await, 200);
        assert_has(&z.fake.transcript(LAN), &["Đã nhận 2 phần."]);
        z.tap(LAN, "pet:done").await;
        z.tap(LAN, "pet:anon:no").await;
        z.tap(LAN, "pet:confirm").await;
        let transcript = z.fake.transcript(LAN);
        assert_has(&transcript, &["Mã theo dõi:"]);
        let code: String = sqlx::query_scalar("SELECT tracking_code FROM petitions")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        let shown = format!("{}-{}", &code[..4], &code[4..]);
        assert_has(&transcript, &[&shown]);
        let (kind, author): (String, String) = {
            let row = sqlx::query(
                "SELECT c.channel, p.external_id FROM petitions t JOIN people p ON p.id = t.author_id \
                 JOIN chats c ON c.external_id = p.external_id",
            )
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
            (row.try_get(0).unwrap(), row.try_get(1).unwrap())
        };
        assert_eq!(
            (kind.as_str(), author.as_str()),
            ("zalo", LAN),
            "{}",
            db.label
        );
        // Following it by the code.
        z.say(LAN, &format!("/theodoi {code}")).await;
        let transcript = z.fake.transcript(LAN);
        let last = transcript.split("---").last().unwrap();
        assert_has(last, &[&shown]);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_an_officers_answer_reaches_the_zalo_villager() {
    for db in backends().await {
        let mut z = setup(&db).await;
        z.onboard(LAN).await;
        let code = "MOI-87654321";
        {
            let mut conn = z.t.app.db.pool.acquire().await.unwrap();
            let unit = loathon::store::areas::unit_by_code(&mut conn, "SLL-UBND")
                .await
                .unwrap()
                .unwrap();
            let now = z.now();
            loathon::store::units::create_invite(
                &mut conn,
                code,
                unit.id,
                None,
                now,
                now + 86_400_000,
            )
            .await
            .unwrap();
        }
        z.say(OFFICER, &format!("/start {code}")).await;
        assert_has(
            &z.fake.transcript(OFFICER),
            &["Đồng chí đã là cán bộ của UBND xã Sì Lở Lầu"],
        );
        z.tap(OFFICER, "lang:vi").await;
        z.say(OFFICER, "gia khau").await;
        z.tap(OFFICER, "consent:yes").await;

        let land: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'land'")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        z.say(LAN, "/kiennghi").await;
        z.tap(LAN, &format!("cat:{land}")).await;
        z.say(
            LAN,
            "Xin xã cho đo lại ranh giới đất nhà tôi với nhà bên cạnh.",
        )
        .await;
        // A photo and a file, as Zalo sends them: addresses on its CDN.
        let id = z.msg_id();
        let photo = events::user_event(
            "user_send_image",
            LAN,
            serde_json::json!({"msg_id": id, "text": "Mốc ranh giới", "attachments": [{"type": "image",
                "payload": {"url": format!("{}/cdn/moc.jpg", z.fake.base), "thumbnail": "t"}}]}),
            z.now(),
        );
        assert_eq!(z.event(&photo).await, 200);
        let id = z.msg_id();
        let file = events::user_event(
            "user_send_file",
            LAN,
            serde_json::json!({"msg_id": id, "attachments": [{"type": "file",
                "payload": {"url": format!("{}/cdn/so-do.pdf", z.fake.base), "name": "so-do.pdf", "size": "2048", "type": "pdf"}}]}),
            z.now(),
        );
        assert_eq!(z.event(&file).await, 200);
        z.tap(LAN, "pet:done").await;
        z.tap(LAN, "pet:anon:no").await;
        z.tap(LAN, "pet:confirm").await;
        assert_has(&z.fake.transcript(LAN), &["Mã theo dõi:"]);
        assert_has(
            &z.fake.transcript(OFFICER),
            &["📥 Kiến nghị mới", "Lĩnh vực: Đất đai"],
        );
        let pid: i64 = sqlx::query_scalar("SELECT id FROM petitions")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        z.tap(OFFICER, &format!("pet:open:{pid}")).await;
        // The attachments reach the officer as Zalo media: uploaded first.
        assert_eq!(
            z.fake.calls("/v2.0/oa/upload/image").len(),
            1,
            "{}",
            db.label
        );
        assert_eq!(z.fake.calls("/v2.0/oa/upload/file").len(), 1);
        let to_officer: Vec<String> = z
            .fake
            .delivered_to(OFFICER)
            .iter()
            .map(|c| c.body.to_string())
            .collect();
        assert!(
            to_officer
                .iter()
                .any(|b| b.contains("\"attachment_id\":\"att-")),
            "{to_officer:?}"
        );
        assert!(
            to_officer.iter().any(|b| b.contains("\"token\":\"file-")),
            "{to_officer:?}"
        );
        // The officer's actions keep to five a message, paging where there are more.
        five_at_most(&z);
        let card = z
            .fake
            .delivered_to(OFFICER)
            .into_iter()
            .rev()
            .find(|c| !c.payloads().is_empty())
            .unwrap();
        assert!(
            card.payloads().iter().any(|p| p.starts_with("#lt:pet:")),
            "{:?}",
            card.body
        );
        if let Some(next) = card
            .payloads()
            .iter()
            .find(|p| p.starts_with("#lt:more:1:"))
        {
            z.tap(OFFICER, next.trim_start_matches("#lt:")).await;
            let (text, page) = latest(&z, OFFICER);
            assert_has(&text, &["Các lựa chọn (trang 2/"]);
            assert!(page.iter().any(|p| p.starts_with("#lt:pet:")), "{page:?}");
        }
        z.tap(OFFICER, &format!("pet:answer:{pid}")).await;
        z.say(
            OFFICER,
            "Xã sẽ cử cán bộ địa chính xuống đo đạc vào thứ Năm.",
        )
        .await;
        z.tap(OFFICER, "pet:answersend").await;
        assert_has(
            &z.fake.transcript(LAN),
            &[
                "đã có trả lời của UBND xã Sì Lở Lầu",
                "cán bộ địa chính xuống đo đạc",
                "Bạn có hài lòng",
            ],
        );
        // The rating buttons came as Zalo buttons; a typed number rates.
        let last = z.fake.delivered_to(LAN).pop().unwrap();
        assert!(!last.payloads().is_empty(), "{:?}", last.body);
        z.shutdown().await;
        db.cleanup().await;
    }
}

/// Zalo followers of Bản Gia Khâu subscribed to its announcements, and an announcement to them,
/// started as `/thongbao` would.
async fn broadcast_to(z: &Zt, users: &[String]) -> i64 {
    broadcast_with_voice(z, users, None).await
}

async fn broadcast_with_voice(z: &Zt, users: &[String], voice: Option<&str>) -> i64 {
    let app = &z.t.app;
    let now = z.now();
    let village: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'SLL-GK'")
        .fetch_one(&app.db.pool)
        .await
        .unwrap();
    let mut tx = app.db.begin().await.unwrap();
    for user in users {
        let person: i64 = sqlx::query_scalar(
            "INSERT INTO people (channel, external_id, language, village_id, consent_at, created_at, updated_at) \
             VALUES ('zalo', $1, 'vi', $2, $3, $3, $3) RETURNING id",
        )
        .bind(user)
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
            "INSERT INTO chats (channel, external_id, kind, created_at, updated_at) VALUES ('zalo', $1, 'private', $2, $2)",
        )
        .bind(user)
        .bind(now)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    let id = announcements::create(
        &mut tx,
        None,
        &Target {
            areas: vec![village],
            languages: Vec::new(),
        },
        Audience::Subscribers,
        &[Variant {
            language: "vi".into(),
            text: Some("Sáng thứ Bảy, bản tổ chức tiêm phòng cho gia súc tại nhà văn hóa.".into()),
            voice_ref: voice.map(str::to_string),
        }],
        None,
        now,
    )
    .await
    .unwrap();
    let n = loathon::services::broadcasts::start_in(&mut tx, &app.i18n, id, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(n, users.len());
    id
}

async fn wait_broadcast(z: &Zt, id: i64) {
    for _ in 0..1000 {
        let mut conn = z.t.app.db.pool.acquire().await.unwrap();
        if announcements::unsettled(&mut conn, id).await.unwrap() == 0 {
            return;
        }
        drop(conn);
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("the broadcast did not settle");
}

#[tokio::test]
async fn zalo_a_broadcast_counts_followers_outside_the_7_day_window_apart() {
    for db in backends().await {
        let z = setup(&db).await;
        let users: Vec<String> = (0..5).map(|i| format!("81000000000000000{i:02}")).collect();
        z.fake
            .fail("/v3.0/oa/message/cs", Some(users[3].as_str()), -230, None);
        z.fake
            .fail("/v3.0/oa/message/cs", Some(users[4].as_str()), -232, None);
        let id = broadcast_to(&z, &users).await;
        wait_broadcast(&z, id).await;
        for user in &users[..3] {
            let got = z.fake.transcript(user);
            assert_has(&got, &["📢 THÔNG BÁO", "tiêm phòng cho gia súc"]);
            assert_eq!(z.fake.delivered_to(user).len(), 1, "{}", db.label);
        }
        for user in &users[3..] {
            assert!(z.fake.delivered_to(user).is_empty());
        }
        let mut conn = z.t.app.db.pool.acquire().await.unwrap();
        let figures = loathon::services::broadcasts::figures(&mut conn, id)
            .await
            .unwrap();
        assert_eq!(figures.get("delivered"), 3);
        assert_eq!(figures.get("outside_window"), 2, "{figures:?}");
        assert_eq!(figures.get("failed"), 0);
        // What the admin reads.
        let a = announcements::get(&mut conn, id).await.unwrap().unwrap();
        let text = loathon::services::broadcasts::render_figures(
            &z.t.app.i18n,
            &loathon::domain::LocaleTag::vi(),
            &a,
            &figures,
        );
        assert_has(
            &text,
            &[
                "Đã đến: 3 · Lỗi: 0",
                "Chưa gửi được qua Zalo: 2 người (quá 7 ngày chưa nhắn cho xã",
            ],
        );
        drop(conn);
        let mut z = z;
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_a_token_that_expires_mid_broadcast_is_refreshed_once_and_the_broadcast_completes() {
    for db in backends().await {
        let mut z = setup(&db).await;
        let users: Vec<String> = (0..8).map(|i| format!("82000000000000000{i:02}")).collect();
        z.fake.expire_after(3);
        let id = broadcast_to(&z, &users).await;
        wait_broadcast(&z, id).await;
        for user in &users {
            assert_eq!(
                z.fake.delivered_to(user).len(),
                1,
                "{user} gets it once ({})",
                db.label
            );
        }
        let refused = z
            .fake
            .calls("/v3.0/oa/message/cs")
            .iter()
            .filter(|c| c.error == -216)
            .count();
        assert!(refused >= 1, "the token expired mid-broadcast");
        // The first token, then one refresh for the expiry, however many sends met it.
        assert_eq!(z.fake.refreshes(), 2, "{}", db.label);
        let stored: String = sqlx::query_scalar("SELECT refresh_token FROM zalo_tokens")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        let key = loathon::store::zalo::TokenKey::from_app_secret(APP_SECRET);
        assert_eq!(
            key.open(APP_ID, &stored).unwrap(),
            ("refresh-2".to_string(), true),
            "the new single-use token is kept, sealed"
        );
        let statuses: Vec<String> =
            sqlx::query_scalar("SELECT status FROM outbox WHERE announcement_id = $1")
                .bind(id)
                .fetch_all(&z.t.app.db.pool)
                .await
                .unwrap();
        assert!(statuses.iter().all(|s| s == "sent"), "{statuses:?}");
        z.shutdown().await;
        db.cleanup().await;
    }
}

async fn healthz(addr: SocketAddr) -> (u16, String) {
    let r = reqwest::get(format!("http://{addr}/healthz"))
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

#[tokio::test]
async fn zalo_a_failed_refresh_alerts_the_admins_and_makes_healthz_degraded_without_looping() {
    for db in backends().await {
        let mut z = setup_stopped(&db).await;
        // The demo's admin is console:lan; their chat exists once they wrote.
        z.t.say("/start").await;
        z.fake.fail_refresh(true);
        z.start().await;
        let id = z.msg_id();
        let hello = events::text(LAN, &id, "/start", z.now());
        assert_eq!(z.event(&hello).await, 200);
        assert!(z.fake.delivered_to(LAN).is_empty());
        // One attempt (on start, or for the reply, whichever came first).
        assert_eq!(z.fake.refresh_attempts(), 1);

        let (status, body) = healthz(z.addr).await;
        assert_eq!(status, 200, "the instance still serves");
        assert!(
            body.starts_with("degraded ") && body.contains("zalo_token=refresh_failed"),
            "{body}"
        );
        let printed = z.t.console.deliver().await.unwrap();
        let alert = z.t.console.format(&printed);
        assert_has(
            &alert,
            &["chưa gia hạn được quyền gửi tin qua Zalo OA của xã"],
        );
        // More people write: no new refresh attempt within the cooldown, no second alert.
        for text in ["xin chào", "/menu"] {
            let id = z.msg_id();
            let e = events::text(OFFICER, &id, text, z.now());
            assert_eq!(z.event(&e).await, 200);
        }
        assert_eq!(z.fake.refresh_attempts(), 1, "never loops");
        let printed = z.t.console.deliver().await.unwrap();
        assert_lacks(&z.t.console.format(&printed), &["Zalo OA"]);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_forged_unsigned_oversized_malformed_and_replayed_webhooks_are_refused_and_nothing_is_stored()
 {
    for db in backends().await {
        let mut z = setup(&db).await;
        let now = z.now();
        let event = events::text(LAN, "forged-1", "/start", now);
        let body = event.to_string();
        let ts = now.to_string();
        // Unsigned.
        assert_eq!(z.post(&body, None).await, 401);
        // Signed with another key, or over another body.
        let wrong: String = Sha256::digest(format!("{APP_ID}{body}{ts}wrong-key").as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(z.post(&body, Some(&format!("mac={wrong}"))).await, 401);
        let other = events::text(LAN, "forged-1", "/menu", now).to_string();
        assert_eq!(
            z.post(&other, Some(&format!("mac={}", mac(&body, &ts))))
                .await,
            401
        );
        // Not JSON, and JSON that is not an event.
        assert_eq!(z.post("{\"event_name\":", Some("mac=00")).await, 400);
        assert_eq!(z.post("[1,2,3]", Some("mac=00")).await, 400);
        // Oversized (signed all the same).
        let big = events::text(LAN, "big-1", &"a".repeat(70 * 1024), now).to_string();
        assert_eq!(
            z.post(&big, Some(&format!("mac={}", mac(&big, &ts)))).await,
            413
        );
        // Too old and too new: ignored, not stored.
        for at in [now - 4 * 3600 * 1000, now + 3600 * 1000] {
            let stale = events::text(LAN, &format!("stale-{at}"), "/start", at);
            assert_eq!(z.event(&stale).await, 200);
        }
        assert_eq!(z.stored_events().await, 0, "{}", db.label);
        z.settle().await;
        assert!(z.fake.calls("/v3.0/oa/message/cs").is_empty());

        // The real one, twice (a Zalo retry, or a replay): handled once.
        assert_eq!(z.event(&event).await, 200);
        assert_eq!(z.event(&event).await, 200);
        // Without "mac=" too, in upper case.
        assert_eq!(z.stored_events().await, 1);
        assert_eq!(z.fake.delivered_to(LAN).len(), 1);
        let id = z.msg_id();
        let next = events::text(LAN, &id, "#lt:lang:vi", z.now());
        let body = next.to_string();
        let sig = mac(&body, &z.now().to_string()).to_uppercase();
        assert_eq!(z.post(&body, Some(&sig)).await, 200);
        z.settle().await;
        assert_has(&z.fake.transcript(LAN), &["Đã chọn ngôn ngữ: Tiếng Việt."]);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_events_recorded_before_a_restart_are_handled_after_it() {
    for db in backends().await {
        let mut z = setup(&db).await;
        z.shutdown().await;
        // Recorded (Zalo had its 200) but the process died before handling it.
        let event = events::text(LAN, "kept-1", "/start", z.now());
        {
            let mut conn = z.t.app.db.pool.acquire().await.unwrap();
            assert!(
                loathon::store::zalo::record_event(
                    &mut conn,
                    "kept-1",
                    LAN,
                    &event.to_string(),
                    z.now()
                )
                .await
                .unwrap()
            );
        }
        assert!(z.fake.delivered_to(LAN).is_empty());
        z.start().await;
        let got = z.fake.wait_for(LAN, 1).await;
        assert_has(&got, &["Xin chào! Tôi là Loa Thôn"]);
        z.settle().await;
        let body: String =
            sqlx::query_scalar("SELECT body FROM zalo_events WHERE event_key = 'kept-1'")
                .fetch_one(&z.t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(body, "", "what the person wrote is not kept once handled");
        // Zalo retrying it now changes nothing.
        assert_eq!(z.event(&event).await, 200);
        assert_eq!(z.fake.delivered_to(LAN).len(), 1);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_unfollow_and_the_not_follower_error_stop_sending_until_the_person_writes_again() {
    for db in backends().await {
        let mut z = setup(&db).await;
        z.say(LAN, "/start").await;
        assert_eq!(z.fake.delivered_to(LAN).len(), 1);
        let active = |z: &Zt| {
            let pool = z.t.app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "SELECT active FROM chats WHERE channel = 'zalo' AND external_id = $1",
                )
                .bind(LAN)
                .fetch_one(&pool)
                .await
                .unwrap()
            }
        };
        let mut unfollow = events::follow(LAN, z.now());
        unfollow["event_name"] = "unfollow".into();
        assert_eq!(z.event(&unfollow).await, 200);
        assert_eq!(active(&z).await, 0, "{}", db.label);
        // They write again: reachable again.
        z.tap(LAN, "lang:vi").await;
        assert_eq!(active(&z).await, 1);
        assert_eq!(z.fake.delivered_to(LAN).len(), 2);
        // -213 (not a follower): the chat is marked inactive.
        z.fake.fail("/v3.0/oa/message/cs", Some(LAN), -213, Some(1));
        z.say(LAN, "/menu").await;
        assert_eq!(active(&z).await, 0, "{}", db.label);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_area_pickers_page_by_the_five_buttons_zalo_allows() {
    let db = TestDb::sqlite();
    let mut z = setup(&db).await;
    z.say(LAN, "/start").await;
    z.tap(LAN, "lang:vi").await;
    let sll: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'SLL'")
        .fetch_one(&z.t.app.db.pool)
        .await
        .unwrap();
    z.tap(LAN, &format!("commune:{sll}")).await;
    let picker = z.fake.delivered_to(LAN).pop().unwrap();
    assert_has(picker.text(), &["bạn ở thôn, bản hay tổ dân phố nào?"]);
    let payloads = picker.payloads();
    // Four villages: two on the first page, then "next" and "another commune".
    assert_eq!(payloads.len(), 4, "{payloads:?}");
    assert!(payloads.contains(&"#lt:page:1".to_string()), "{payloads:?}");
    assert!(payloads.contains(&"#lt:back".to_string()), "{payloads:?}");
    assert_eq!(
        payloads
            .iter()
            .filter(|p| p.starts_with("#lt:village:"))
            .count(),
        2
    );
    z.tap(LAN, "page:1").await;
    let next = z.fake.delivered_to(LAN).pop().unwrap();
    let payloads = next.payloads();
    assert_eq!(
        payloads
            .iter()
            .filter(|p| p.starts_with("#lt:village:"))
            .count(),
        2,
        "{payloads:?}"
    );
    assert!(payloads.contains(&"#lt:page:0".to_string()), "{payloads:?}");
    z.say(LAN, "1").await;
    assert_has(&z.fake.transcript(LAN), &["Đã ghi nhận: bạn ở"]);
    for call in z.fake.calls("/v3.0/oa/message/cs") {
        assert!(call.payloads().len() <= 5, "{:?}", call.body);
    }
    z.shutdown().await;
    db.cleanup().await;
}

#[tokio::test]
async fn zalo_a_gmf_group_linked_to_a_village_receives_announcements() {
    for db in backends().await {
        let mut z = setup(&db).await;
        const ADMIN: &str = "8000000000000000009";
        const GROUP: &str = "g-4001";
        z.t.app
            .grant(
                &format!("zalo:{ADMIN}"),
                loathon::domain::Role::Admin,
                Some("SLL"),
            )
            .await
            .unwrap();
        let id = z.msg_id();
        let link = serde_json::json!({
            "app_id": APP_ID, "event_name": "user_send_group_text",
            "sender": {"id": ADMIN}, "recipient": {"id": GROUP},
            "message": {"msg_id": id, "text": "/lienket SLL-GK"},
            "timestamp": z.now().to_string()
        });
        assert_eq!(z.event(&link).await, 200);
        let group_texts = |z: &Zt| {
            z.fake
                .calls("/v3.0/oa/group/message")
                .iter()
                .filter(|c| c.user() == Some(GROUP) && c.error == 0)
                .map(|c| c.text().to_string())
                .collect::<Vec<_>>()
                .join("\n---\n")
        };
        assert_has(
            &group_texts(&z),
            &[
                "Đã liên kết nhóm với Bản Gia Khâu",
                "thì nhắn tin riêng cho Zalo OA của xã (Loa Thôn).",
            ],
        );
        // A Zalo OA's group shows no buttons: no text there asks for one.
        assert_lacks(&group_texts(&z), &["bấm nút", "bên dưới"]);
        let village: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'SLL-GK'")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        let now = z.now();
        let mut tx = z.t.app.db.begin().await.unwrap();
        let a = announcements::create(
            &mut tx,
            None,
            &Target {
                areas: vec![village],
                languages: Vec::new(),
            },
            Audience::Groups,
            &[Variant {
                language: "vi".into(),
                text: Some("Tối nay họp bản lúc 19 giờ.".into()),
                voice_ref: None,
            }],
            None,
            now,
        )
        .await
        .unwrap();
        loathon::services::broadcasts::start_in(&mut tx, &z.t.app.i18n, a, now)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        wait_broadcast(&z, a).await;
        assert_has(
            &group_texts(&z),
            &["📢 THÔNG BÁO", "Tối nay họp bản lúc 19 giờ."],
        );
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_a_telegram_voice_note_reaches_a_zalo_user_as_a_link_served_by_the_bot() {
    for db in backends().await {
        let tg = crate::fake_telegram::FakeTelegram::start().await;
        let fake = FakeZalo::start().await;
        let media = tempfile::tempdir().unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (zalo, tg_base, media_dir) = (
            zalo_config(&fake),
            tg.base.clone(),
            media.path().join("media"),
        );
        let t = spawn_app_with(&db, move |c| {
            c.zalo = Some(zalo);
            c.telegram_token = Some(SecretString::from(crate::fake_telegram::TOKEN));
            c.telegram_api_url = Some(tg_base);
            c.public_url = Some(format!("http://{addr}"));
            c.media_dir = media_dir;
        })
        .await;
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(loathon::server::serve_on(
            listener,
            t.app.clone(),
            async move {
                let _ = stopped.await;
            },
        ));
        let mut z = Zt {
            t,
            fake,
            addr,
            http: reqwest::Client::new(),
            stop: Some(stop),
            server: Some(server),
            next: 0,
        };
        let users: Vec<String> = (1..=3).map(|i| format!("830000000000000000{i}")).collect();
        let user = users[0].clone();
        // An announcement recorded on Telegram: its voice variant is a Telegram file id.
        let id = broadcast_with_voice(&z, &users, Some("VOICE-FILE-9")).await;
        wait_broadcast(&z, id).await;
        let got = z.fake.transcript(&user);
        assert_has(
            &got,
            &[
                "📢 THÔNG BÁO",
                "tiêm phòng cho gia súc",
                &format!("http://{addr}/media/"),
            ],
        );
        let link = got
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap()
            .to_string();
        let response = reqwest::get(&link).await.unwrap();
        assert_eq!(response.status().as_u16(), 200, "{}", db.label);
        assert_eq!(
            response.headers()["content-type"].to_str().unwrap(),
            "audio/ogg"
        );
        assert_has(
            &response.text().await.unwrap(),
            &["fake file voice", "VOICE-FILE-9.oga"],
        );
        assert_eq!(tg.calls("getFile").len(), 1, "fetched once for the three");
        for other in &users[1..] {
            assert_has(&z.fake.transcript(other), &[&link]);
        }
        // Only names the store gives out are served.
        let status = reqwest::get(format!("http://{addr}/media/..%2F..%2Fetc%2Fpasswd"))
            .await
            .unwrap()
            .status()
            .as_u16();
        assert_eq!(status, 404);
        z.shutdown().await;
        db.cleanup().await;
    }
}

/// Queues a message to a Zalo private chat directly, as a notification would.
async fn enqueue_to(z: &Zt, user: &str, message: &loathon::store::outbox::Outbound) -> i64 {
    let mut conn = z.t.app.db.pool.acquire().await.unwrap();
    let chat = loathon::store::chats::find_or_create(
        &mut conn,
        "zalo",
        user,
        loathon::store::chats::ChatKind::Private,
        None,
        z.now(),
    )
    .await
    .unwrap();
    let id = loathon::store::outbox::enqueue(
        &mut conn,
        chat.id,
        loathon::store::outbox::Priority::Notification,
        message,
        z.now(),
    )
    .await
    .unwrap();
    drop(conn);
    z.settle().await;
    id
}

async fn status_of(z: &Zt, id: i64) -> String {
    sqlx::query_scalar("SELECT status FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&z.t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn zalo_long_texts_split_at_2000_characters_with_the_buttons_on_the_last_part() {
    let db = TestDb::sqlite();
    let mut z = setup(&db).await;
    let paragraph = "Bà con chú ý lịch tiêm phòng cho gia súc của bản trong tháng này. ".repeat(12);
    let text = [paragraph.trim(); 4].join("\n\n");
    let buttons = (1..=5)
        .map(|i| loathon::store::outbox::Button {
            label: format!("Mục {i}"),
            data: format!("menu:{i}"),
        })
        .map(|b| vec![b])
        .collect();
    let message = loathon::store::outbox::Outbound {
        text: text.clone(),
        buttons,
        ..Default::default()
    };
    let id = enqueue_to(&z, LAN, &message).await;
    assert_eq!(status_of(&z, id).await, "sent");
    let got = z.fake.delivered_to(LAN);
    assert_eq!(got.len(), 2, "two parts of text, the buttons with the last");
    for call in &got {
        assert!(call.text().chars().count() <= 2000);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let sent: String = got.iter().map(|c| c.text()).collect::<Vec<_>>().join(" ");
    assert_eq!(
        sent.split_whitespace().collect::<Vec<_>>(),
        words,
        "nothing lost"
    );
    assert!(got[0].payloads().is_empty());
    assert_eq!(got[1].payloads().len(), 5);
    assert_eq!(
        got[1].body["message"]["attachment"]["payload"]["buttons"][4]["title"],
        "Mục 5"
    );
    z.shutdown().await;
    db.cleanup().await;
}

/// Every Zalo message so far keeps to five buttons and none is a bare overflow ("…").
fn five_at_most(z: &Zt) {
    for call in z.fake.calls("/v3.0/oa/message/cs") {
        assert!(call.payloads().len() <= 5, "{:?}", call.body);
        assert_ne!(call.text().trim(), "…", "{:?}", call.body);
    }
}

/// The latest message `user` got, its text and payloads.
fn latest(z: &Zt, user: &str) -> (String, Vec<String>) {
    let last = z.fake.delivered_to(user).pop().expect("a message");
    (last.text().to_string(), last.payloads())
}

#[tokio::test]
async fn zalo_menus_over_five_buttons_page_and_a_typed_number_presses_the_page_shown() {
    for db in backends().await {
        let mut z = setup(&db).await;
        z.onboard(LAN).await;
        five_at_most(&z);
        // The main menu: more than five items, so four and «Trang sau ›».
        z.say(LAN, "/menu").await;
        let (text, payloads) = latest(&z, LAN);
        assert_has(&text, &["Bạn muốn làm gì?"]);
        assert_eq!(payloads.len(), 5, "{payloads:?}");
        assert!(payloads[4].starts_with("#lt:more:1:"), "{payloads:?}");

        // Categories: page 1 has four of them; «Trang sau ›» shows the next, the step stays.
        let categories: Vec<(i64, String)> =
            sqlx::query_as("SELECT id, code FROM categories ORDER BY id")
                .fetch_all(&z.t.app.db.pool)
                .await
                .unwrap();
        assert!(categories.len() > 5, "{categories:?}");
        z.say(LAN, "/kiennghi").await;
        let (_, first) = latest(&z, LAN);
        assert_eq!(first.len(), 5, "{first:?}");
        assert!(first[4].starts_with("#lt:more:1:"), "{first:?}");
        let shown: Vec<&String> = first.iter().filter(|p| p.starts_with("#lt:cat:")).collect();
        assert_eq!(shown.len(), 4, "{first:?}");
        // «5» is «Trang sau ›» on this page.
        z.say(LAN, "5").await;
        let (text, second) = latest(&z, LAN);
        assert_has(&text, &["Các lựa chọn (trang 2/"]);
        assert!(
            second.iter().any(|p| p.starts_with("#lt:more:0:")),
            "{second:?}"
        );
        let on_page: Vec<&String> = second
            .iter()
            .filter(|p| p.starts_with("#lt:cat:"))
            .collect();
        assert!(!on_page.is_empty() && on_page.len() <= 3, "{second:?}");
        assert!(on_page.iter().all(|p| !shown.contains(p)), "{second:?}");
        // A typed «1» presses the first button of the page on screen.
        let wanted: i64 = on_page[0].trim_start_matches("#lt:cat:").parse().unwrap();
        let name = z.t.app.i18n.render(
            &loathon::domain::LocaleTag::vi(),
            &loathon::i18n::Msg::new(format!(
                "category-{}",
                categories.iter().find(|c| c.0 == wanted).unwrap().1
            )),
        );
        z.say(LAN, "1").await;
        let (text, _) = latest(&z, LAN);
        assert_has(&text, &[&format!("Lĩnh vực: {name}.")]);
        z.tap(LAN, "pet:cancel").await;

        // Languages and lessons page the same way.
        z.say(LAN, "/ngonngu").await;
        let (_, langs) = latest(&z, LAN);
        assert!(langs.len() <= 5, "{langs:?}");
        z.say(LAN, "/hoc").await;
        let (_, lessons) = latest(&z, LAN);
        assert!(lessons.len() <= 5, "{lessons:?}");
        if let Some(next) = lessons.iter().find(|p| p.starts_with("#lt:more:1:")) {
            z.tap(LAN, next.trim_start_matches("#lt:")).await;
            let (text, page) = latest(&z, LAN);
            assert_has(&text, &["Các lựa chọn (trang 2/"]);
            assert!(page.iter().any(|p| p.starts_with("#lt:les:")), "{page:?}");
        }
        five_at_most(&z);
        z.shutdown().await;
        db.cleanup().await;
    }
}

/// «Trang sau ›» under an older menu pages that menu, not the newest paged message; a page
/// turn naming no message of the chat is an old button; one from before page turns named their
/// message pages the newest.
#[tokio::test]
async fn zalo_a_page_turn_under_an_older_menu_pages_that_menu() {
    for db in backends().await {
        let mut z = setup(&db).await;
        z.onboard(LAN).await;
        z.say(LAN, "/menu").await;
        let (_, menu) = latest(&z, LAN);
        let menu_next = menu
            .iter()
            .find(|p| p.starts_with("#lt:more:1:"))
            .expect("the menu pages")
            .trim_start_matches("#lt:")
            .to_string();
        // The categories come after, paged too, under other keys.
        z.say(LAN, "/kiennghi").await;
        let (_, categories) = latest(&z, LAN);
        let categories_next = categories
            .iter()
            .find(|p| p.starts_with("#lt:more:1:"))
            .expect("the categories page")
            .trim_start_matches("#lt:")
            .to_string();
        assert_ne!(menu_next, categories_next);

        // The menu's «Trang sau ›», pressed under the older message: the menu's second page.
        z.tap(LAN, &menu_next).await;
        let (text, page) = latest(&z, LAN);
        assert_has(&text, &["Các lựa chọn (trang 2/"]);
        assert!(page.iter().any(|p| p.starts_with("#lt:menu:")), "{page:?}");
        assert!(!page.iter().any(|p| p.starts_with("#lt:cat:")), "{page:?}");
        // It pages on from there under the same key.
        assert!(
            page.iter()
                .any(|p| p.trim_start_matches("#lt:") == menu_next.replace("more:1:", "more:0:")),
            "{page:?}"
        );

        // The categories' own «Trang sau ›» still pages the categories.
        z.tap(LAN, &categories_next).await;
        let (text, page) = latest(&z, LAN);
        assert_has(&text, &["Các lựa chọn (trang 2/"]);
        assert!(page.iter().any(|p| p.starts_with("#lt:cat:")), "{page:?}");

        // A key no message of this chat has: the button is out of date (the step on screen,
        // the categories, is asked again from its first page).
        z.tap(LAN, "more:1:0badc0de").await;
        let (text, _) = latest(&z, LAN);
        assert_has(&text, &["Nút này đã cũ, không còn dùng được."]);
        assert_lacks(&text, &["Các lựa chọn (trang"]);

        // Data from before the key: the newest paged message (the categories' page).
        z.tap(LAN, "more:0").await;
        let (text, page) = latest(&z, LAN);
        assert_has(&text, &["Các lựa chọn (trang 1/"]);
        assert!(page.iter().any(|p| p.starts_with("#lt:cat:")), "{page:?}");
        five_at_most(&z);
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_error_codes_end_each_message_as_they_should() {
    for db in backends().await {
        let mut z = setup(&db).await;
        let message = |text: &str| loathon::store::outbox::Outbound {
            text: text.into(),
            ..Default::default()
        };
        let cs = "/v3.0/oa/message/cs";
        // Rate limit and expired attachment once: sent later. Bad parameter, restricted, not
        // for this OA type: given up.
        z.fake.fail(cs, Some("u-32"), -32, Some(1));
        z.fake.fail(cs, Some("u-100"), -100, Some(1));
        z.fake.fail(cs, Some("u-201"), -201, None);
        z.fake.fail(cs, Some("u-235"), -235, None);
        z.fake.fail(cs, Some("u-244"), -244, None);
        let mut ids = Vec::new();
        for user in ["u-32", "u-100", "u-201", "u-235", "u-244"] {
            ids.push((
                user,
                enqueue_to(&z, user, &message("Xin chào bà con.")).await,
            ));
        }
        for (user, id) in &ids {
            let expected = match *user {
                "u-32" | "u-100" => "pending",
                _ => "failed",
            };
            assert_eq!(status_of(&z, *id).await, expected, "{user} ({})", db.label);
        }
        // Later: the retried ones go out.
        z.t.clock.advance(chrono::Duration::minutes(1));
        z.settle().await;
        for (user, id) in &ids[..2] {
            assert_eq!(status_of(&z, *id).await, "sent", "{user}");
            assert_eq!(z.fake.delivered_to(user).len(), 1);
        }
        z.shutdown().await;
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_two_instances_refreshing_at_once_spend_the_single_use_token_once() {
    for db in backends().await {
        let fake = FakeZalo::start().await;
        let (a, b) = (zalo_config(&fake), zalo_config(&fake));
        let first = spawn_app_with(&db, move |c| c.zalo = Some(a)).await;
        let second = spawn_app_with(&db, move |c| c.zalo = Some(b)).await;
        let wake = std::sync::Arc::new(tokio::sync::Notify::new());
        let one = loathon::channels::zalo::Zalo::connect(
            &first.app,
            first.app.config.zalo.clone().unwrap(),
            wake.clone(),
        )
        .await
        .unwrap();
        let two = loathon::channels::zalo::Zalo::connect(
            &second.app,
            second.app.config.zalo.clone().unwrap(),
            wake,
        )
        .await
        .unwrap();
        let (x, y) = tokio::join!(one.tokens().access(), two.tokens().access());
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x, y, "both use the one new token ({})", db.label);
        assert_eq!(fake.refreshes(), 1);
        assert_eq!(
            fake.refresh_attempts(),
            1,
            "the refresh token was spent once"
        );
        // Zalo refuses it: one refresh again, whoever asks.
        let (x2, y2) = tokio::join!(
            one.tokens().refresh(Some(&x)),
            two.tokens().refresh(Some(&x))
        );
        assert_eq!(x2.unwrap(), y2.unwrap());
        assert_eq!(fake.refreshes(), 2);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn zalo_a_zalo_voice_note_reaches_a_telegram_officer_by_its_address() {
    let db = TestDb::sqlite();
    let t = crate::helpers::spawn_app(&db).await;
    let tg = crate::fake_telegram::FakeTelegram::start().await;
    let mut worker = loathon::delivery::Worker::new(
        t.app.db.clone(),
        t.app.clock.clone(),
        loathon::channels::telegram::TelegramSender::new(
            tg.bot(),
            crate::fake_telegram::BOT_USERNAME,
        ),
        loathon::delivery::DeliveryConfig {
            rates: Rates::unlimited(),
            ..Default::default()
        },
    );
    let mut conn = t.app.db.pool.acquire().await.unwrap();
    let chat = loathon::store::chats::find_or_create(
        &mut conn,
        "telegram",
        "3003",
        loathon::store::chats::ChatKind::Private,
        None,
        t.clock.now_ms(),
    )
    .await
    .unwrap();
    // A petition's voice note from Zalo is an address on Zalo's CDN.
    let message = loathon::store::outbox::Outbound {
        text: "Tệp kèm theo số 1".into(),
        media: Some(loathon::domain::petition::Part::Voice {
            file_ref: "https://zalo-cdn.example/voice/v1.aac".into(),
        }),
        ..Default::default()
    };
    loathon::store::outbox::enqueue(
        &mut conn,
        chat.id,
        loathon::store::outbox::Priority::Notification,
        &message,
        t.clock.now_ms(),
    )
    .await
    .unwrap();
    drop(conn);
    worker.drain().await.unwrap();
    let voices = tg.calls("sendVoice");
    assert_eq!(voices.len(), 1);
    assert_has(
        &voices[0].body.to_string(),
        &["https://zalo-cdn.example/voice/v1.aac"],
    );
    db.cleanup().await;
}

#[tokio::test]
async fn zalo_logs_carry_no_tokens_secrets_phone_numbers_or_petition_text() {
    let logs = crate::telegram::captured_logs();
    const SECRET_TEXT: &str = "Nhà ông Sáng giấu hàng cấm sau chuồng trâu, gọi 0912345678";
    for db in backends().await {
        let mut z = setup(&db).await;
        z.onboard(LAN).await;
        // The access token dies mid-run: refreshed (a new pair stored), the message retried.
        z.fake.expire_after(0);
        z.say(LAN, "/kiennghi").await;
        let land: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'land'")
            .fetch_one(&z.t.app.db.pool)
            .await
            .unwrap();
        z.tap(LAN, &format!("cat:{land}")).await;
        z.say(LAN, SECRET_TEXT).await;
        z.tap(LAN, "pet:done").await;
        z.tap(LAN, "pet:anon:no").await;
        z.tap(LAN, "pet:confirm").await;
        assert_has(&z.fake.transcript(LAN), &["Mã theo dõi:"]);
        // A refused send, and a forged webhook carrying the phone number.
        z.fake.fail("/v3.0/oa/message/cs", Some(LAN), -201, Some(1));
        z.say(LAN, "/menu").await;
        let id = z.msg_id();
        let forged = events::text(LAN, &id, "+84912345678", z.now());
        assert_eq!(z.post(&forged.to_string(), Some("mac=00")).await, 401);
        assert!(z.fake.refreshes() >= 2, "the token was refreshed mid-run");
        z.shutdown().await;
        db.cleanup().await;
    }
    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("zalo"), "the scenario was logged:\n{text}");
    let mut secrets = vec![
        APP_SECRET.to_string(),
        OA_SECRET.to_string(),
        "0912345678".to_string(),
        "+84912345678".to_string(),
        "giấu hàng cấm".to_string(),
        "Nhà ông Sáng".to_string(),
    ];
    for n in 0..6 {
        secrets.push(format!("\"access-{n}\""));
        secrets.push(format!("access-{n} "));
        secrets.push(format!("=access-{n}"));
        secrets.push(format!("refresh-{n}"));
    }
    let secrets: Vec<&str> = secrets.iter().map(String::as_str).collect();
    assert_lacks(&text, &secrets);
}

#[tokio::test]
async fn zalo_tokens_are_sealed_at_rest_and_plaintext_from_before_is_sealed_once_read() {
    for db in backends().await {
        let mut z = setup_stopped(&db).await;
        // A row as an earlier version left it: plaintext.
        sqlx::query(
            "INSERT INTO zalo_tokens (app_id, access_token, refresh_token, expires_at, seed_hash, updated_at) \
             VALUES ($1, NULL, $2, 0, $3, 0)",
        )
        .bind(APP_ID)
        .bind(FIRST_REFRESH)
        .bind(loathon::channels::zalo::webhook::sha256_hex(FIRST_REFRESH.as_bytes()))
        .execute(&z.t.app.db.pool)
        .await
        .unwrap();
        z.start().await;
        z.onboard(LAN).await;
        let (access, refresh): (Option<String>, String) =
            sqlx::query_as("SELECT access_token, refresh_token FROM zalo_tokens")
                .fetch_one(&z.t.app.db.pool)
                .await
                .unwrap();
        let access = access.expect("an access token is stored");
        for (column, value) in [("access", &access), ("refresh", &refresh)] {
            assert!(value.starts_with("v1:"), "{column}: {value}");
            assert!(
                !value.contains("access-") && !value.contains("refresh-"),
                "{value}"
            );
        }
        let key = loathon::store::zalo::TokenKey::from_app_secret(APP_SECRET);
        assert_eq!(key.open(APP_ID, &refresh).unwrap().0, "refresh-1");
        assert_eq!(key.open(APP_ID, &access).unwrap().0, "access-1");
        // The plaintext one was spent once, as it should (single use): one refresh.
        assert_eq!(z.fake.refreshes(), 1);
        z.shutdown().await;
        db.cleanup().await;
    }
}
