//! The Telegram channel end to end: the real teloxide `Bot` against a fake Bot API on
//! loopback, on SQLite and (with TEST_DATABASE_URL) PostgreSQL. Assertions are about what
//! reached which chat, in which language.

use std::sync::Arc;
use std::time::Duration;

use chrono::Duration as Span;
use loathon::channels::telegram::{Telegram, TelegramSender, webhook};
use loathon::clock::Clock;
use loathon::delivery::{DeliveryConfig, Rates, Worker};
use loathon::domain::Role;
use loathon::store::chats::ChatKind;
use loathon::store::outbox::{self, Outbound, Priority};
use secrecy::SecretString;
use serde_json::{Value, json};
use sqlx::Row;
use teloxide::types::Update;
use tokio::sync::{Notify, watch};

use crate::fake_telegram::updates::{self as u, group_chat, private_chat, user};
use crate::fake_telegram::{BOT_USERNAME, FakeTelegram, Fault};
use crate::helpers::{TestApp, TestDb, assert_has, assert_lacks, backends, spawn_app};

const LAN: i64 = 1001;
const GROUP: i64 = -4001;
const ADMIN: i64 = 2002;

struct Tg {
    t: TestApp,
    fake: FakeTelegram,
    tg: Telegram,
    worker: Worker<TelegramSender>,
    next_update: i64,
}

async fn setup(db: &TestDb) -> Tg {
    let t = spawn_app(db).await;
    let fake = FakeTelegram::start().await;
    let bot = fake.bot();
    let wake = Arc::new(Notify::new());
    let tg = Telegram::connect(&t.app, bot.clone(), wake.clone())
        .await
        .expect("getMe answered");
    let worker = Worker::new(
        t.app.db.clone(),
        t.app.clock.clone(),
        TelegramSender::new(bot, BOT_USERNAME),
        DeliveryConfig {
            rates: Rates::unlimited(),
            backoff_base_ms: 1_000,
            ..DeliveryConfig::default()
        },
    )
    .woken_by(wake)
    .with_metrics(t.app.metrics.clone());
    Tg {
        t,
        fake,
        tg,
        worker,
        next_update: 1,
    }
}

impl Tg {
    fn id(&mut self) -> i64 {
        self.next_update += 1;
        self.next_update
    }

    /// Hands an update (Bot API JSON) to the channel, then delivers what is due.
    async fn update(&mut self, update: Value) {
        // As the bytes arrive from Telegram (teloxide's `Update` reads keys as borrowed strings,
        // which `serde_json::from_value` cannot lend).
        let update: Update =
            serde_json::from_str(&update.to_string()).expect("a Bot API update parses");
        self.tg.handle(update).await;
        self.deliver().await;
    }

    /// Button acknowledgements go out off the update path: waits (bounded) until `n` have
    /// reached the fake, and returns how many did.
    async fn acks(&self, n: usize) -> usize {
        for _ in 0..200 {
            if self.fake.calls("answerCallbackQuery").len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        self.fake.calls("answerCallbackQuery").len()
    }

    async fn deliver(&mut self) {
        self.worker.drain().await.expect("outbox reachable");
    }

    async fn private(&mut self, from: i64, text: &str) {
        let id = self.id();
        self.update(u::text(
            id,
            private_chat(from, "Lan"),
            user(from, "Lan"),
            text,
        ))
        .await;
    }

    async fn press(&mut self, chat: Value, from: i64, data: &str) {
        let id = self.id();
        self.update(u::callback(id, chat, user(from, "Lan"), data))
            .await;
    }

    async fn in_group(&mut self, from: i64, text: &str) {
        let id = self.id();
        self.update(u::text(id, group(), user(from, "Ai đó"), text))
            .await;
    }

    async fn onboard(&mut self, who: i64) {
        self.private(who, "/start").await;
        self.press(private_chat(who, "Lan"), who, "lang:vi").await;
        self.private(who, "gia khau").await;
        self.press(private_chat(who, "Lan"), who, "consent:yes")
            .await;
        assert_has(&self.fake.transcript(who), &["Bạn đã đăng ký xong"]);
        // The announcements question that ends onboarding.
        self.press(private_chat(who, "Lan"), who, "sub:no").await;
    }

    async fn chat_row(&self, external: i64) -> (bool, Option<String>, Option<i64>, Option<String>) {
        let row = sqlx::query(
            "SELECT active, inactive_reason, village_id, language FROM chats \
             WHERE channel = 'telegram' AND external_id = $1",
        )
        .bind(external.to_string())
        .fetch_one(&self.t.app.db.pool)
        .await
        .expect("chat recorded");
        (
            row.try_get::<i64, _>("active").unwrap() == 1,
            row.try_get("inactive_reason").unwrap(),
            row.try_get("village_id").unwrap(),
            row.try_get("language").unwrap(),
        )
    }

    async fn outbox_statuses(&self) -> Vec<String> {
        sqlx::query("SELECT status FROM outbox ORDER BY id")
            .fetch_all(&self.t.app.db.pool)
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get("status").unwrap())
            .collect()
    }

    /// Queues a message to a Telegram chat directly, as a notification or broadcast would.
    async fn enqueue(&self, external: i64, kind: ChatKind, text: &str) -> i64 {
        let mut conn = self.t.app.db.pool.acquire().await.unwrap();
        // Found, not `find_or_create`: that would reactivate a chat, as only a message from it
        // should.
        let chat = match loathon::store::chats::find(&mut conn, "telegram", &external.to_string())
            .await
            .unwrap()
        {
            Some(chat) => chat,
            None => loathon::store::chats::find_or_create(
                &mut conn,
                "telegram",
                &external.to_string(),
                kind,
                None,
                self.t.clock.now_ms(),
            )
            .await
            .unwrap(),
        };
        outbox::enqueue(
            &mut conn,
            chat.id,
            Priority::Notification,
            &Outbound {
                text: text.into(),
                ..Outbound::default()
            },
            self.t.clock.now_ms(),
        )
        .await
        .unwrap()
    }
}

fn group() -> Value {
    group_chat(GROUP, "Bản Gia Khâu")
}

#[tokio::test]
async fn telegram_onboarding_in_a_private_chat_reaches_the_person_in_vietnamese() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.private(LAN, "/start").await;
        let first = t.fake.delivered_to(LAN);
        assert_eq!(first.len(), 1, "one message for /start");
        assert_has(
            first[0].text(),
            &["Xin chào! Tôi là Loa Thôn", "Mời bạn chọn ngôn ngữ:"],
        );
        let keyboard = first[0].body["reply_markup"]["inline_keyboard"].to_string();
        assert_has(
            &keyboard,
            &["Tiếng Việt", "lang:vi", "Hmoob (H'Mông)", "lang:hnj"],
        );

        t.press(private_chat(LAN, "Lan"), LAN, "lang:vi").await;
        assert_eq!(t.acks(1).await, 1, "every press is answered");
        assert_has(
            &t.fake.transcript(LAN),
            &[
                "Đã chọn ngôn ngữ: Tiếng Việt.",
                "Bạn ở xã nào? Mời bạn chọn xã:",
            ],
        );

        t.private(LAN, "gia khau").await;
        assert_has(
            &t.fake.transcript(LAN),
            &[
                "Đã ghi nhận: bạn ở Bản Gia Khâu, Xã Sì Lở Lầu.",
                "Thông báo về dữ liệu cá nhân",
            ],
        );
        t.press(private_chat(LAN, "Lan"), LAN, "consent:yes").await;
        let last = t.fake.delivered_to(LAN).pop().unwrap();
        assert_has(
            last.text(),
            &[
                "Cảm ơn bạn! Bạn đã đăng ký xong.",
                "Bạn có muốn nhận thông báo của Bản Gia Khâu",
            ],
        );
        assert_eq!(t.acks(2).await, 2);
        // A typed number answers it, as on Zalo.
        t.private(LAN, "2").await;
        let last = t.fake.delivered_to(LAN).pop().unwrap();
        assert_has(last.text(), &["Bạn muốn làm gì?"]);

        let row = sqlx::query(
            "SELECT language, display_name FROM people WHERE channel = 'telegram' AND external_id = $1",
        )
        .bind(LAN.to_string())
        .fetch_one(&t.t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(
            row.try_get::<String, _>("language").unwrap(),
            "vi",
            "{}",
            db.label
        );
        assert!(t.outbox_statuses().await.iter().all(|s| s == "sent"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_duplicate_updates_are_handled_once() {
    for db in backends().await {
        let mut t = setup(&db).await;
        let update = u::text(77, private_chat(LAN, "Lan"), user(LAN, "Lan"), "/start");
        t.update(update.clone()).await;
        t.update(update).await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 1, "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_an_admin_links_a_group_and_new_members_are_greeted_once() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, Some("SLL"))
            .await
            .unwrap();

        // Added to the group: it asks for an admin to link it.
        let id = t.id();
        t.update(u::my_chat_member(
            id,
            group(),
            user(ADMIN, "Cán bộ"),
            "left",
            "member",
        ))
        .await;
        assert_has(
            &t.fake.transcript(GROUP),
            &[
                "Xin chào bà con! Tôi là Loa Thôn",
                "/lienket <mã thôn, bản>",
            ],
        );

        t.in_group(ADMIN, "/lienket@LoaThonBot sll-gk").await;
        let out = t.fake.transcript(GROUP);
        assert_has(
            &out,
            &[
                "Đã liên kết nhóm với Bản Gia Khâu, Xã Sì Lở Lầu.",
                "Từ nay, thông báo của xã cho thôn, bản này sẽ được gửi vào nhóm.",
            ],
        );
        let (active, _, village, language) = t.chat_row(GROUP).await;
        assert!(active);
        assert!(village.is_some(), "{}", db.label);
        assert_eq!(
            language.as_deref(),
            Some("hnj-x-rpa"),
            "the group takes its village's language"
        );
        let village = village.unwrap();

        // A new member is greeted in the group's language (H'Mông falls back to Vietnamese
        // where a text is not translated yet), with a deep link to the private chat.
        let id = t.id();
        t.update(u::message(
            id,
            group(),
            user(ADMIN, "Cán bộ"),
            json!({"new_chat_members": [user(5005, "Mai")]}),
        ))
        .await;
        let greeting = t.fake.delivered_to(GROUP).pop().unwrap();
        assert_has(
            greeting.text(),
            &["Chào mừng bạn mới vào nhóm Bản Gia Khâu!"],
        );
        assert_lacks(greeting.text(), &["Mai"]);
        let link = format!("https://t.me/{BOT_USERNAME}?start=v{village}");
        assert_has(&greeting.body["reply_markup"].to_string(), &[&link]);

        // Leaving and joining again: no second greeting.
        let before = t.fake.delivered_to(GROUP).len();
        let id = t.id();
        t.update(u::message(
            id,
            group(),
            user(5005, "Mai"),
            json!({"left_chat_member": user(5005, "Mai")}),
        ))
        .await;
        let id = t.id();
        t.update(u::message(
            id,
            group(),
            user(5005, "Mai"),
            json!({"new_chat_members": [user(5005, "Mai")]}),
        ))
        .await;
        assert_eq!(t.fake.delivered_to(GROUP).len(), before);

        // Plain talk in the group gets no answer.
        t.in_group(5005, "chào cả nhà").await;
        assert_eq!(t.fake.delivered_to(GROUP).len(), before);

        // The deep link continues in private, with the village already known.
        t.private(5005, &format!("/start v{village}")).await;
        t.press(private_chat(5005, "Mai"), 5005, "lang:vi").await;
        let private = t.fake.transcript(5005);
        assert_has(
            &private,
            &["Mời bạn chọn ngôn ngữ:", "Thông báo về dữ liệu cá nhân"],
        );
        assert_lacks(&private, &["Bạn ở xã nào?"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_non_admin_cannot_link_or_set_the_language_of_a_group() {
    for db in backends().await {
        let mut t = setup(&db).await;
        // An admin of another commune (Dào San) is not an admin of Bản Gia Khâu.
        t.t.app
            .grant("telegram:6006", Role::Admin, Some("DS"))
            .await
            .unwrap();
        t.in_group(3003, "/lienket SLL-GK").await;
        assert_has(
            &t.fake.transcript(GROUP),
            &["Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm với thôn, bản."],
        );
        t.in_group(6006, "/lienket SLL-GK").await;
        assert_has(
            &t.fake.transcript(GROUP),
            &["Bản Gia Khâu không thuộc địa bàn đồng chí quản lý"],
        );
        let (_, _, village, _) = t.chat_row(GROUP).await;
        assert_eq!(village, None, "{}", db.label);

        t.in_group(3003, "/ngonngu").await;
        let last = t.fake.delivered_to(GROUP).pop().unwrap();
        assert_has(
            last.text(),
            &["chỉ quản trị viên nhóm mới đổi được ngôn ngữ của nhóm"],
        );
        assert_has(
            &last.body["reply_markup"].to_string(),
            &[&format!("https://t.me/{BOT_USERNAME}?start=ngonngu")],
        );
        // Pressing a language button someone else was shown does nothing either.
        t.press(group(), 3003, "glang:hnj").await;
        let (_, _, _, language) = t.chat_row(GROUP).await;
        assert_eq!(language, None);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_an_admin_sets_the_group_language() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, None)
            .await
            .unwrap();
        t.in_group(ADMIN, "/ngonngu").await;
        let last = t.fake.delivered_to(GROUP).pop().unwrap();
        assert_has(
            last.text(),
            &["Mời quản trị viên nhóm chọn ngôn ngữ cho nhóm:"],
        );
        assert_has(&last.body["reply_markup"].to_string(), &["glang:hnj"]);
        t.press(group(), ADMIN, "glang:hnj").await;
        let (_, _, _, language) = t.chat_row(GROUP).await;
        assert_eq!(language.as_deref(), Some("hnj-x-rpa"), "{}", db.label);
        // The group is now spoken to in H'Mông.
        t.in_group(3003, "/menu").await;
        let last = t.fake.delivered_to(GROUP).pop().unwrap();
        assert_has(&last.body["reply_markup"].to_string(), &["start=menu"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_long_message_is_split_between_sentences_and_resumes_after_a_429() {
    for db in backends().await {
        let mut t = setup(&db).await;
        let sentence = "Thông báo lịch tiêm phòng cho trẻ em dưới năm tuổi tại nhà văn hóa thôn. ";
        let text = sentence.repeat(130);
        t.enqueue(LAN, ChatKind::Private, &text).await;
        t.deliver().await;
        let parts = t.fake.delivered_to(LAN);
        assert!(parts.len() >= 3, "{} parts", parts.len());
        for p in &parts {
            assert!(p.text().encode_utf16().count() <= 4096);
            assert!(p.text().ends_with("thôn."), "ends after a sentence");
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let joined: Vec<String> = parts.iter().map(|p| p.text().to_string()).collect();
        let rejoined: Vec<&str> = joined.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(words, rejoined, "nothing lost, nothing cut");

        // Again, with a 429 on the second part: the first is not sent twice.
        let other = 1009;
        let before = t.fake.calls("sendMessage").len();
        t.enqueue(other, ChatKind::Private, &text).await;
        // Let the first part through, then flood control.
        t.fake.fail(
            "sendMessage",
            Some(other),
            Fault::Slow(Duration::ZERO),
            Some(1),
        );
        t.fake
            .fail("sendMessage", Some(other), Fault::RetryAfter(2), Some(1));
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(other).len(), 1, "{}", db.label);
        assert_eq!(t.outbox_statuses().await.last().unwrap(), "pending");
        t.deliver().await;
        assert_eq!(
            t.fake.delivered_to(other).len(),
            1,
            "retry_after is honoured"
        );
        t.t.clock.advance(Span::seconds(2));
        t.deliver().await;
        let delivered: Vec<String> = t
            .fake
            .delivered_to(other)
            .iter()
            .map(|c| c.text().to_string())
            .collect();
        assert_eq!(delivered, joined, "every part once, in order");
        assert_eq!(t.fake.calls("sendMessage").len() - before, parts.len() + 1);
        assert!(t.outbox_statuses().await.iter().all(|s| s == "sent"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_flood_control_is_honoured_and_the_reply_arrives_once() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.fake
            .fail("sendMessage", Some(LAN), Fault::RetryAfter(1), Some(1));
        t.private(LAN, "/start").await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 0);
        t.deliver().await;
        assert_eq!(
            t.fake.attempts_to(LAN),
            1,
            "nothing is tried before retry_after"
        );
        t.t.clock.advance(Span::milliseconds(1000));
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 1, "{}", db.label);
        assert_eq!(t.fake.attempts_to(LAN), 2);
        assert_eq!(t.outbox_statuses().await, vec!["sent"]);
        let metrics = t.t.app.metrics.encode();
        assert_has(
            &metrics,
            &[
                "loathon_delivery_attempts_total{channel=\"telegram\",outcome=\"rate_limited\"} 1",
                "loathon_delivery_attempts_total{channel=\"telegram\",outcome=\"sent\"} 1",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_person_who_blocked_the_bot_is_marked_inactive_until_they_write_again() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.onboard(LAN).await;
        let sent = t.fake.attempts_to(LAN);
        t.fake.fail("sendMessage", Some(LAN), Fault::Blocked, None);
        t.enqueue(LAN, ChatKind::Private, "Thông báo 1").await;
        t.enqueue(LAN, ChatKind::Private, "Thông báo 2").await;
        t.deliver().await;
        assert_eq!(t.fake.attempts_to(LAN), sent + 1, "one try, then stop");
        let (active, reason, _, _) = t.chat_row(LAN).await;
        assert!(!active, "{}", db.label);
        assert_has(&reason.unwrap(), &["blocked"]);
        let statuses = t.outbox_statuses().await;
        assert_eq!(&statuses[statuses.len() - 2..], ["failed", "skipped"]);

        // Later messages to the chat are skipped without a try.
        t.enqueue(LAN, ChatKind::Private, "Thông báo 3").await;
        t.deliver().await;
        assert_eq!(t.fake.attempts_to(LAN), sent + 1);
        assert_eq!(t.outbox_statuses().await.last().unwrap(), "skipped");

        // They unblock and write: the chat is active again and the answer arrives.
        t.fake.clear_faults();
        let id = t.id();
        t.update(u::my_chat_member(
            id,
            private_chat(LAN, "Lan"),
            user(LAN, "Lan"),
            "kicked",
            "member",
        ))
        .await;
        t.private(LAN, "/menu").await;
        let (active, _, _, _) = t.chat_row(LAN).await;
        assert!(active);
        assert_has(
            t.fake.delivered_to(LAN).pop().unwrap().text(),
            &["Bạn muốn làm gì?"],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_blocking_reported_by_my_chat_member_stops_sending() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.private(LAN, "/start").await;
        let id = t.id();
        t.update(u::my_chat_member(
            id,
            private_chat(LAN, "Lan"),
            user(LAN, "Lan"),
            "member",
            "kicked",
        ))
        .await;
        let (active, _, _, _) = t.chat_row(LAN).await;
        assert!(!active, "{}", db.label);
        t.enqueue(LAN, ChatKind::Private, "Thông báo").await;
        t.deliver().await;
        assert_eq!(t.fake.attempts_to(LAN), 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_bot_kicked_from_a_group_stops_sending_there() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.in_group(3003, "/trogiup").await;
        assert_eq!(t.fake.delivered_to(GROUP).len(), 1);
        t.fake.fail("sendMessage", Some(GROUP), Fault::Kicked, None);
        t.enqueue(GROUP, ChatKind::Group, "Thông báo họp thôn")
            .await;
        t.enqueue(GROUP, ChatKind::Group, "Thông báo họp thôn lần 2")
            .await;
        t.deliver().await;
        assert_eq!(t.fake.attempts_to(GROUP), 2);
        let (active, reason, _, _) = t.chat_row(GROUP).await;
        assert!(!active, "{}", db.label);
        assert_has(&reason.unwrap(), &["kicked"]);
        assert_eq!(t.outbox_statuses().await, vec!["sent", "failed", "skipped"]);

        // Removed with my_chat_member: the same.
        let other = group_chat(-4002, "Bản Lả Chà");
        let id = t.id();
        t.update(u::text(id, other.clone(), user(3003, "A"), "/trogiup"))
            .await;
        let id = t.id();
        t.update(u::my_chat_member(
            id,
            other,
            user(3003, "A"),
            "member",
            "left",
        ))
        .await;
        let (active, reason, _, _) = t.chat_row(-4002).await;
        assert!(!active);
        assert_eq!(reason.as_deref(), Some("removed"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_group_that_became_a_supergroup_gets_the_message_at_its_new_id() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, None)
            .await
            .unwrap();
        t.in_group(ADMIN, "/lienket SLL-GK").await;
        let supergroup = -1_001_234_567_890_i64;
        t.fake.fail(
            "sendMessage",
            Some(GROUP),
            Fault::MigrateTo(supergroup),
            None,
        );
        t.enqueue(GROUP, ChatKind::Group, "Thông báo họp thôn")
            .await;
        t.deliver().await;
        let arrived = t.fake.delivered_to(supergroup);
        assert_eq!(arrived.len(), 1, "{}", db.label);
        assert_eq!(arrived[0].text(), "Thông báo họp thôn");
        let (active, _, village, _) = t.chat_row(supergroup).await;
        assert!(active);
        assert!(village.is_some(), "the village link moved with the chat");
        assert!(t.outbox_statuses().await.iter().all(|s| s == "sent"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_migration_notice_moves_the_group_record() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, None)
            .await
            .unwrap();
        t.in_group(ADMIN, "/lienket SLL-GK").await;
        let supergroup = -1_009_999_000_001_i64;
        // Telegram sends both notices; the new chat's may come first.
        let id = t.id();
        t.update(u::message(
            id,
            group_chat(supergroup, "Bản Gia Khâu"),
            user(ADMIN, "Cán bộ"),
            json!({"migrate_from_chat_id": GROUP}),
        ))
        .await;
        let id = t.id();
        t.update(u::message(
            id,
            group(),
            user(ADMIN, "Cán bộ"),
            json!({"migrate_to_chat_id": supergroup}),
        ))
        .await;
        let (active, _, village, _) = t.chat_row(supergroup).await;
        assert!(active && village.is_some(), "{}", db.label);
        t.enqueue(supergroup, ChatKind::Group, "Họp thôn").await;
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(supergroup).len(), 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_server_errors_and_slow_answers_end_with_one_delivery() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.fake.fail(
            "sendMessage",
            Some(LAN),
            Fault::Slow(Duration::from_millis(300)),
            Some(1),
        );
        t.private(LAN, "/start").await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 1);

        // An unreadable answer (a proxy in the way): retried after a backoff, delivered once.
        t.fake
            .fail("sendMessage", Some(LAN), Fault::Garbage, Some(2));
        t.enqueue(LAN, ChatKind::Private, "Lịch họp").await;
        t.deliver().await;
        assert_eq!(t.outbox_statuses().await.last().unwrap(), "pending");
        t.t.clock.advance(Span::milliseconds(1000));
        t.deliver().await;
        assert_eq!(t.outbox_statuses().await.last().unwrap(), "pending");
        // The second retry waits up to twice as long.
        t.t.clock.advance(Span::milliseconds(2000));
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(LAN).pop().unwrap().text(), "Lịch họp");
        assert_eq!(t.fake.attempts_to(LAN), 4);

        // teloxide waits 10 s after a 5xx before reading it; run this part on one backend only.
        if db.label == "sqlite" {
            t.fake
                .fail("sendMessage", Some(LAN), Fault::ServerError, Some(1));
            t.enqueue(LAN, ChatKind::Private, "Thông báo").await;
            t.deliver().await;
            assert_eq!(t.fake.delivered_to(LAN).len(), 2);
            assert_eq!(t.outbox_statuses().await.last().unwrap(), "pending");
            // Backoff with jitter: at most 1 s after the first failure.
            t.t.clock.advance(Span::milliseconds(1000));
            t.deliver().await;
            let delivered = t.fake.delivered_to(LAN);
            assert_eq!(delivered.len(), 3);
            assert_eq!(delivered[2].text(), "Thông báo");
        }
        assert!(t.outbox_statuses().await.iter().all(|s| s == "sent"));
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_public_update_shapes_parse_and_are_handled() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.onboard(LAN).await;
        let chat = || private_chat(LAN, "Lan");
        let from = || user(LAN, "Lan");
        let before = t.fake.delivered_to(LAN).len();

        // edited_message: parsed, and ignored.
        let id = t.id();
        t.update(json!({
            "update_id": id,
            "edited_message": {
                "message_id": 5, "date": u::DATE, "edit_date": u::DATE + 5,
                "chat": chat(), "from": from(), "text": "/trogiup"
            }
        }))
        .await;
        assert_eq!(t.fake.delivered_to(LAN).len(), before);

        // voice, photo, location, contact: not expected at the menu; the person is told so.
        let shapes = [
            json!({"voice": {"file_id": "AwACAgIAAx0", "file_unique_id": "AgADAw", "duration": 4, "mime_type": "audio/ogg", "file_size": 5120}}),
            json!({"photo": [
                {"file_id": "AgACAgIAAx1", "file_unique_id": "AQADAw1", "width": 90, "height": 67, "file_size": 1200},
                {"file_id": "AgACAgIAAx2", "file_unique_id": "AQADAw2", "width": 1280, "height": 960, "file_size": 98000}
            ], "caption": "đường bị sạt"}),
            json!({"location": {"latitude": 22.3964, "longitude": 103.4589}}),
            json!({"contact": {"phone_number": "+84900000000", "first_name": "Lan", "user_id": LAN}}),
        ];
        for (n, extra) in shapes.into_iter().enumerate() {
            let id = t.id();
            t.update(u::message(id, chat(), from(), extra)).await;
            let replies = t.fake.delivered_to(LAN);
            assert_eq!(replies.len(), before + n + 1, "shape {n}");
            assert_has(
                replies.last().unwrap().text(),
                &["Lúc này tôi chưa cần ảnh, tin nhắn thoại hay tệp."],
            );
        }

        // A sticker (not mapped) is ignored quietly.
        let id = t.id();
        t.update(u::message(
            id,
            chat(),
            from(),
            json!({"sticker": {
                "file_id": "CAACAgIAAx", "file_unique_id": "AgAD", "type": "regular",
                "width": 512, "height": 512, "is_animated": false, "is_video": false
            }}),
        ))
        .await;
        assert_eq!(t.fake.delivered_to(LAN).len(), before + 4);

        // A callback query from an inline message (no chat): answered, nothing else.
        let id = t.id();
        let answered = t.fake.calls("answerCallbackQuery").len();
        t.update(json!({"update_id": id, "callback_query": {
            "id": "cbinline", "from": from(), "inline_message_id": "AAA", "chat_instance": "1", "data": "menu:help"
        }}))
        .await;
        assert!(
            t.acks(answered + 1).await > answered,
            "the inline press is answered"
        );

        // An update kind teloxide does not know parses as an error kind and is skipped.
        let id = t.id();
        t.update(json!({"update_id": id, "some_future_update": {"x": 1}}))
            .await;
        assert_eq!(t.fake.delivered_to(LAN).len(), before + 4, "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_long_polling_reads_updates_and_registers_commands() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.tg.register_commands().await.unwrap();
        let commands = t.fake.calls("setMyCommands");
        assert_eq!(commands.len(), 2);
        assert_eq!(commands[0].body["scope"]["type"], "all_private_chats");
        assert_has(
            &commands[0].body["commands"].to_string(),
            &[
                "ngonngu",
                "Chọn ngôn ngữ",
                "kiennghi",
                "theodoi",
                "hoc",
                "dangky",
                "Nhận thông báo của thôn, bản",
                r#"{"command":"web","description":"Mở trang làm việc trên web (cán bộ, quản trị viên)"}"#,
                r#"{"command":"ghiam","description":"Ghi âm lời nhắn theo ngôn ngữ (quản trị viên)"}"#,
            ],
        );
        assert_eq!(commands[1].body["scope"]["type"], "all_group_chats");
        let group = commands[1].body["commands"].to_string();
        assert_has(&group, &["lienket"]);
        // A sign-in link or a recording is never asked for in a group.
        assert_lacks(&group, &[r#""web""#, r#""ghiam""#]);

        t.fake.push_update(u::text(
            500,
            private_chat(LAN, "Lan"),
            user(LAN, "Lan"),
            "/start",
        ));
        let (stop, stopped) = watch::channel(false);
        let poller = t.tg.clone();
        let polling = tokio::spawn(async move { poller.poll(stopped).await });
        for _ in 0..200 {
            t.deliver().await;
            if !t.fake.delivered_to(LAN).is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        stop.send(true).unwrap();
        polling.await.unwrap();
        assert_eq!(t.fake.delivered_to(LAN).len(), 1);
        assert_eq!(t.fake.calls("deleteWebhook").len(), 1);
        let offsets: Vec<i64> = t
            .fake
            .calls("getUpdates")
            .iter()
            .filter_map(|c| c.body["offset"].as_i64())
            .collect();
        assert!(
            offsets.contains(&501),
            "the next poll confirms update 500: {offsets:?}"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_the_webhook_takes_updates_only_with_the_secret() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.tg.set_webhook("https://bot.example.vn/tg/hook", "s3cret-Token_1")
            .await
            .unwrap();
        let set = t.fake.calls("setWebhook");
        // setWebhook goes as multipart (it may carry a certificate).
        assert_has(
            &set[0].body.to_string(),
            &["secret_token", "s3cret-Token_1"],
        );

        let router = loathon::http::router(t.t.app.clone()).merge(webhook::router(
            t.tg.clone(),
            "/tg/hook",
            SecretString::from("s3cret-Token_1"),
        ));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        let update = u::text(900, private_chat(LAN, "Lan"), user(LAN, "Lan"), "/start").to_string();

        let post = |secret: Option<&'static str>, body: String| async move {
            let mut req = format!(
                "POST /tg/hook HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
                body.len()
            );
            if let Some(s) = secret {
                req.push_str(&format!("X-Telegram-Bot-Api-Secret-Token: {s}\r\n"));
            }
            req.push_str("\r\n");
            req.push_str(&body);
            raw_http(addr, &req).await
        };
        assert!(post(None, update.clone()).await.starts_with("HTTP/1.1 401"));
        assert!(
            post(Some("s3cret-Token_2"), update.clone())
                .await
                .starts_with("HTTP/1.1 401")
        );
        t.deliver().await;
        assert!(
            t.fake.delivered_to(LAN).is_empty(),
            "refused updates are not handled"
        );

        assert!(
            post(Some("s3cret-Token_1"), update.clone())
                .await
                .starts_with("HTTP/1.1 200")
        );
        // Telegram retrying the same update: acknowledged, handled once.
        assert!(
            post(Some("s3cret-Token_1"), update)
                .await
                .starts_with("HTTP/1.1 200")
        );
        // Junk is acknowledged so that Telegram does not retry it forever.
        assert!(
            post(Some("s3cret-Token_1"), "{\"nonsense\":".into())
                .await
                .starts_with("HTTP/1.1 200")
        );
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 1);
        assert_has(&t.fake.transcript(LAN), &["Xin chào! Tôi là Loa Thôn"]);
        db.cleanup().await;
    }
}

async fn raw_http(addr: std::net::SocketAddr, request: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut out = String::new();
    stream.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test]
async fn telegram_emergency_alerts_then_replies_go_before_notifications_and_bulk() {
    for db in backends().await {
        let mut t = setup(&db).await;
        let mut conn = t.t.app.db.pool.acquire().await.unwrap();
        let now = t.t.clock.now_ms();
        let chat = loathon::store::chats::find_or_create(
            &mut conn,
            "telegram",
            "1001",
            ChatKind::Private,
            None,
            now,
        )
        .await
        .unwrap();
        for (priority, text) in [
            (Priority::Bulk, "bulk"),
            (Priority::Notification, "notification"),
            (Priority::Reply, "reply"),
            (Priority::Urgent, "urgent"),
        ] {
            outbox::enqueue(
                &mut conn,
                chat.id,
                priority,
                &Outbound {
                    text: text.into(),
                    ..Outbound::default()
                },
                now,
            )
            .await
            .unwrap();
        }
        drop(conn);
        t.deliver().await;
        let order: Vec<String> = t
            .fake
            .delivered_to(LAN)
            .iter()
            .map(|c| c.text().to_string())
            .collect();
        assert_eq!(order, ["urgent", "reply", "notification", "bulk"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_one_message_per_second_per_chat_through_the_clock() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.worker = Worker::new(
            t.t.app.db.clone(),
            t.t.app.clock.clone(),
            TelegramSender::new(t.fake.bot(), BOT_USERNAME),
            DeliveryConfig {
                rates: Rates {
                    global_per_second: 1000,
                    per_chat_interval_ms: 1000,
                    group_per_minute: 20,
                    paid_per_second: 0,
                },
                ..DeliveryConfig::default()
            },
        );
        for n in 0..3 {
            t.enqueue(LAN, ChatKind::Private, &format!("tin {n}")).await;
        }
        t.enqueue(1002, ChatKind::Private, "tin khác").await;
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 1);
        assert_eq!(
            t.fake.delivered_to(1002).len(),
            1,
            "other chats are not held up"
        );
        t.t.clock.advance(Span::milliseconds(1000));
        t.deliver().await;
        assert_eq!(t.fake.delivered_to(LAN).len(), 2);
        t.t.clock.advance(Span::milliseconds(1000));
        t.deliver().await;
        let texts: Vec<String> = t
            .fake
            .delivered_to(LAN)
            .iter()
            .map(|c| c.text().to_string())
            .collect();
        assert_eq!(texts, ["tin 0", "tin 1", "tin 2"]);
        assert_eq!(t.fake.attempts_to(LAN), 3, "held back, never refused");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_serve_polls_answers_and_stops_gracefully() {
    for db in backends().await {
        let fake = FakeTelegram::start().await;
        let base = fake.base.clone();
        let t = crate::helpers::spawn_app_with(&db, move |c| {
            c.telegram_token = Some(SecretString::from(crate::fake_telegram::TOKEN));
            c.telegram_api_url = Some(base);
        })
        .await;
        fake.push_update(u::text(
            700,
            private_chat(LAN, "Lan"),
            user(LAN, "Lan"),
            "/start",
        ));
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let server = tokio::spawn(loathon::server::serve(t.app.clone(), async move {
            let _ = stopped.await;
        }));
        for _ in 0..300 {
            if !fake.delivered_to(LAN).is_empty() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        stop.send(()).unwrap();
        tokio::time::timeout(Duration::from_secs(15), server)
            .await
            .expect("serve stops on shutdown")
            .unwrap()
            .unwrap();
        assert_has(&fake.transcript(LAN), &["Xin chào! Tôi là Loa Thôn"]);
        assert_eq!(fake.calls("setMyCommands").len(), 2);
        assert_eq!(fake.delivered_to(LAN).len(), 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_supergroup_that_spoke_before_the_migration_notice_is_merged() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, None)
            .await
            .unwrap();
        t.in_group(ADMIN, "/lienket SLL-GK").await;
        // A message waits for the old group when it moves.
        t.enqueue(GROUP, ChatKind::Group, "Họp thôn tối nay").await;
        let supergroup = -1_005_555_000_001_i64;
        // The supergroup speaks first (its own record is created), then the notice arrives.
        let id = t.id();
        t.update(u::text(
            id,
            group_chat(supergroup, "Bản Gia Khâu"),
            user(3003, "A"),
            "chào",
        ))
        .await;
        // (the update above also delivered the waiting message to the old id: make it wait)
        let before = t.fake.delivered_to(GROUP).len();
        t.enqueue(GROUP, ChatKind::Group, "Họp thôn lần 2").await;
        let id = t.id();
        t.update(u::message(
            id,
            group(),
            user(ADMIN, "Cán bộ"),
            json!({"migrate_to_chat_id": supergroup}),
        ))
        .await;
        let (active, _, village, _) = t.chat_row(supergroup).await;
        assert!(active && village.is_some(), "{}", db.label);
        let (old_active, reason, _, _) = t.chat_row(GROUP).await;
        assert!(!old_active);
        assert_eq!(reason.as_deref(), Some("migrated"));
        assert_eq!(t.fake.delivered_to(GROUP).len(), before);
        assert_eq!(
            t.fake.delivered_to(supergroup).pop().unwrap().text(),
            "Họp thôn lần 2"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_picker_turns_in_place_and_falls_back_to_a_new_message() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.private(LAN, "/start").await;
        t.press(private_chat(LAN, "Lan"), LAN, "lang:vi").await;
        let commune: i64 = sqlx::query("SELECT id FROM areas WHERE code = 'SLL'")
            .fetch_one(&t.t.app.db.pool)
            .await
            .unwrap()
            .try_get("id")
            .unwrap();
        let sent = t.fake.delivered_to(LAN).len();
        // Choosing a commune turns the commune picker (message 7) into the village picker.
        t.press(private_chat(LAN, "Lan"), LAN, &format!("commune:{commune}"))
            .await;
        assert_eq!(t.fake.delivered_to(LAN).len(), sent, "{}", db.label);
        let edits = t.fake.calls("editMessageText");
        assert_eq!(edits.len(), 1);
        assert_eq!(edits[0].body["message_id"], 7);
        assert_has(
            edits[0].text(),
            &["Xã Sì Lở Lầu: bạn ở thôn, bản hay tổ dân phố nào?"],
        );
        assert_has(
            &edits[0].body["reply_markup"].to_string(),
            &["Bản Gia Khâu"],
        );

        // A message too old to edit: the picker comes as a new message.
        t.fake.fail(
            "editMessageText",
            None,
            Fault::BadRequest("Bad Request: message can't be edited"),
            None,
        );
        t.press(private_chat(LAN, "Lan"), LAN, "back").await;
        let last = t.fake.delivered_to(LAN).pop().unwrap();
        assert_has(last.text(), &["Bạn ở xã nào? Mời bạn chọn xã:"]);
        assert!(t.outbox_statuses().await.iter().all(|s| s == "sent"));

        // The fallback is per message: the next page turn edits again.
        let edits = t.fake.calls("editMessageText").len();
        t.press(private_chat(LAN, "Lan"), LAN, "page:0").await;
        assert_eq!(t.fake.calls("editMessageText").len(), edits + 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_personal_command_in_a_group_continues_in_private() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.onboard(LAN).await;
        t.in_group(LAN, "/menu").await;
        let reply = t.fake.delivered_to(GROUP).pop().unwrap();
        assert_has(
            reply.text(),
            &["Việc này cần làm trong tin nhắn riêng với Loa Thôn"],
        );
        assert_has(
            &reply.body["reply_markup"].to_string(),
            &[&format!("https://t.me/{BOT_USERNAME}?start=menu")],
        );
        t.private(LAN, "/start menu").await;
        let last = t.fake.delivered_to(LAN).pop().unwrap();
        assert_has(last.text(), &["Bạn muốn làm gì?"]);
        assert_lacks(last.text(), &["Chào mừng bạn quay lại"]);
        db.cleanup().await;
    }
}

/// Collects what `tracing` writes, for checking what reaches the logs.
#[derive(Clone, Default)]
pub struct LogBuffer(pub Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for LogBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// The logs of this test binary. tracing's dispatcher is process-wide (a per-thread one misses
/// log sites other tests' threads met first), so every test's logs land here: the checks below
/// hold for all of them.
pub fn captured_logs() -> &'static LogBuffer {
    static LOGS: std::sync::OnceLock<LogBuffer> = std::sync::OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = LogBuffer::default();
        let writer = logs.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new("loathon=trace"))
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("no other global logger");
        logs
    })
}

#[tokio::test]
async fn telegram_logs_carry_no_names_text_numbers_or_secrets() {
    let logs = captured_logs();
    for db in backends().await {
        let mut t = setup(&db).await;
        let id = t.id();
        t.update(u::text(
            id,
            private_chat(LAN, "Nguyễn Thị Lan"),
            user(LAN, "Nguyễn Thị Lan"),
            "/start",
        ))
        .await;
        t.private(LAN, "nhà tôi ở cuối đường bí mật").await;
        let id = t.id();
        t.update(u::message(
            id,
            private_chat(LAN, "Lan"),
            user(LAN, "Lan"),
            json!({"contact": {"phone_number": "+84912345678", "first_name": "Lan"}}),
        ))
        .await;
        t.fake
            .fail("sendMessage", Some(LAN), Fault::RetryAfter(1), Some(1));
        t.private(LAN, "/menu").await;
        t.fake.fail("sendMessage", Some(LAN), Fault::Blocked, None);
        t.t.clock.advance(Span::seconds(2));
        t.deliver().await;
        // A webhook request with a wrong secret, and junk with the right one.
        let router = webhook::router(t.tg.clone(), "/hook", SecretString::from("s3cret-Token_1"));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
        for secret in ["wrong-secret", "s3cret-Token_1"] {
            let body = "{\"update_id\": \"bí mật\"";
            raw_http(
                addr,
                &format!(
                    "POST /hook HTTP/1.1\r\nHost: {addr}\r\nContent-Length: {}\r\nX-Telegram-Bot-Api-Secret-Token: {secret}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                ),
            )
            .await;
        }
        db.cleanup().await;
    }
    let text = String::from_utf8(logs.0.lock().unwrap().clone()).unwrap();
    assert!(
        text.contains("rate limited"),
        "the scenario was logged:\n{text}"
    );
    assert!(text.contains("deactivated"), "{text}");
    assert_lacks(
        &text,
        &[
            "Nguyễn",
            "bí mật",
            "+84912345678",
            "123:TEST",
            "s3cret",
            "wrong-secret",
            "Xin chào",
        ],
    );
}

async fn area_id(t: &Tg, code: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM areas WHERE code = $1")
        .bind(code)
        .fetch_one(&t.t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn telegram_a_broadcast_reaches_groups_and_subscribers_through_blocked_and_migrated_chats() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.t.app
            .grant(&format!("telegram:{ADMIN}"), Role::Admin, Some("SLL"))
            .await
            .unwrap();
        t.onboard(ADMIN).await;
        t.onboard(LAN).await;
        t.private(LAN, "/dangky").await;
        assert_has(
            &t.fake.transcript(LAN),
            &["Bạn đã đăng ký nhận thông báo của Bản Gia Khâu"],
        );
        // Three village groups: one stays, one became a supergroup, one removed the bot.
        let (moved_from, moved_to, gone) = (-4002_i64, -1_009_999_000_i64, -4003_i64);
        for (chat, village) in [(GROUP, "sll-gk"), (moved_from, "sll-lc"), (gone, "sll-ck")] {
            let id = t.id();
            t.update(u::text(
                id,
                group_chat(chat, "Nhóm bản"),
                user(ADMIN, "Cán bộ"),
                &format!("/lienket {village}"),
            ))
            .await;
        }
        t.fake.fail(
            "sendMessage",
            Some(moved_from),
            Fault::MigrateTo(moved_to),
            None,
        );
        t.fake.fail("sendMessage", Some(gone), Fault::Kicked, None);

        let admin = private_chat(ADMIN, "Lan");
        t.private(ADMIN, "/thongbao").await;
        t.press(admin.clone(), ADMIN, "bc:new").await;
        let sll = area_id(&t, "SLL").await;
        t.press(admin.clone(), ADMIN, &format!("bc:area:{sll}"))
            .await;
        t.press(admin.clone(), ADMIN, "bc:areasdone").await;
        t.press(admin.clone(), ADMIN, "bc:aud:both").await;
        t.press(admin.clone(), ADMIN, "bc:lang:all").await;
        t.private(
            ADMIN,
            "Chiều nay 14 giờ tiêm phòng cho gia súc tại nhà văn hóa bản.",
        )
        .await;
        assert_has(
            &t.fake.transcript(ADMIN),
            &["Xem trước: thông báo sẽ đến 4 nơi."],
        );
        t.press(admin.clone(), ADMIN, "bc:send").await;
        t.deliver().await;

        for chat in [GROUP, LAN, moved_to] {
            let got: Vec<_> = t
                .fake
                .delivered_to(chat)
                .into_iter()
                .filter(|c| c.text().contains("tiêm phòng cho gia súc"))
                .collect();
            assert_eq!(got.len(), 1, "chat {chat} gets it once ({})", db.label);
            assert_has(got[0].text(), &["📢 THÔNG BÁO"]);
        }
        let (active, _, _, _) = t.chat_row(gone).await;
        assert!(!active, "the group that removed the bot is marked inactive");

        loathon::services::broadcasts::tick(&t.t.app.db, &t.t.app.i18n, t.t.app.clock.as_ref())
            .await
            .unwrap();
        t.deliver().await;
        assert_has(
            &t.fake.transcript(ADMIN),
            &[
                "Thông báo số 1 (đã gửi xong): 4 nơi nhận.",
                "Đã đến: 3 · Lỗi: 0 · Bị chặn: 1",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn telegram_a_flood_gets_one_polite_answer_and_nothing_else_until_it_calms() {
    let db = TestDb::sqlite();
    let mut t = setup(&db).await;
    t.onboard(LAN).await;
    // onboarding took 5 updates; the default allows 30 a minute
    for _ in 0..25 {
        t.private(LAN, "/menu").await;
    }
    let before = t.fake.delivered_to(LAN).len();
    t.private(LAN, "/menu").await;
    let warned = t.fake.delivered_to(LAN);
    assert_eq!(warned.len(), before + 1);
    assert_has(
        warned.last().unwrap().text(),
        &["Bạn gửi tin nhắn nhanh quá"],
    );
    t.private(LAN, "/menu").await;
    t.private(LAN, "/kiennghi").await;
    assert_eq!(
        t.fake.delivered_to(LAN).len(),
        before + 1,
        "no answer feeds the flood"
    );
    t.t.clock.advance(Span::seconds(61));
    t.private(LAN, "/menu").await;
    assert_has(
        t.fake.delivered_to(LAN).last().unwrap().text(),
        &["Bạn muốn làm gì?"],
    );
}

#[tokio::test]
async fn telegram_a_voice_petition_reaches_the_officer_as_voice_and_the_answer_comes_back() {
    for db in backends().await {
        let mut t = setup(&db).await;
        const OFFICER: i64 = 3003;
        t.onboard(LAN).await;
        // The officer joins the unit by invite.
        let code = "MOI-12345678";
        {
            let mut conn = t.t.app.db.pool.acquire().await.unwrap();
            let unit = loathon::store::areas::unit_by_code(&mut conn, "SLL-UBND")
                .await
                .unwrap()
                .unwrap();
            let now = t.t.clock.now_ms();
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
        t.private(OFFICER, &format!("/start {code}")).await;
        assert_has(
            &t.fake.transcript(OFFICER),
            &["Đồng chí đã là cán bộ của UBND xã Sì Lở Lầu"],
        );
        t.press(private_chat(OFFICER, "Lan"), OFFICER, "lang:vi")
            .await;
        t.private(OFFICER, "gia khau").await;
        t.press(private_chat(OFFICER, "Lan"), OFFICER, "consent:yes")
            .await;

        let land: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'land'")
            .fetch_one(&t.t.app.db.pool)
            .await
            .unwrap();
        let me = private_chat(LAN, "Lan");
        t.private(LAN, "/kiennghi").await;
        t.press(me.clone(), LAN, &format!("cat:{land}")).await;
        // A file over what the bot keeps is refused with the limit, and not counted.
        let id = t.id();
        t.update(u::message(
            id,
            me.clone(),
            user(LAN, "Lan"),
            json!({"document": {"file_id": "BIG-FILE", "file_unique_id": "u0", "file_name": "phim.mp4", "file_size": 31_457_280}}),
        ))
        .await;
        assert_has(
            t.fake.delivered_to(LAN).last().unwrap().text(),
            &["Tệp này lớn quá", "tối đa 20 MB"],
        );
        let id = t.id();
        t.update(u::message(
            id,
            me.clone(),
            user(LAN, "Lan"),
            json!({"voice": {"file_id": "VOICE-FILE-1", "file_unique_id": "u1", "duration": 9, "mime_type": "audio/ogg", "file_size": 4000}}),
        ))
        .await;
        assert_has(&t.fake.transcript(LAN), &["Đã nhận 1 phần."]);
        t.press(me.clone(), LAN, "pet:done").await;
        t.press(me.clone(), LAN, "pet:anon:no").await;
        t.press(me.clone(), LAN, "pet:confirm").await;
        assert_has(&t.fake.transcript(LAN), &["Mã theo dõi:"]);
        assert_has(
            &t.fake.transcript(OFFICER),
            &["📥 Kiến nghị mới", "Lĩnh vực: Đất đai"],
        );

        let pid: i64 = sqlx::query_scalar("SELECT id FROM petitions")
            .fetch_one(&t.t.app.db.pool)
            .await
            .unwrap();
        t.press(
            private_chat(OFFICER, "Lan"),
            OFFICER,
            &format!("pet:open:{pid}"),
        )
        .await;
        let voices = t.fake.calls("sendVoice");
        assert_eq!(voices.len(), 1, "{}", db.label);
        let body = voices[0].body.to_string();
        assert!(
            body.contains("VOICE-FILE-1") && body.contains(&OFFICER.to_string()),
            "{body}"
        );

        t.press(
            private_chat(OFFICER, "Lan"),
            OFFICER,
            &format!("pet:answer:{pid}"),
        )
        .await;
        t.private(
            OFFICER,
            "Xã sẽ cử cán bộ địa chính xuống đo đạc vào thứ Năm.",
        )
        .await;
        t.press(private_chat(OFFICER, "Lan"), OFFICER, "pet:answersend")
            .await;
        assert_has(
            &t.fake.transcript(LAN),
            &[
                "đã có trả lời của UBND xã Sì Lở Lầu",
                "cán bộ địa chính xuống đo đạc",
                "Bạn có hài lòng",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_slow_button_acknowledgement_does_not_hold_back_the_next_update() {
    for db in backends().await {
        let mut t = setup(&db).await;
        t.onboard(LAN).await;
        t.fake.fail(
            "answerCallbackQuery",
            None,
            Fault::Slow(Duration::from_secs(10)),
            None,
        );
        let started = std::time::Instant::now();
        t.press(private_chat(LAN, "Lan"), LAN, "menu:help").await;
        t.private(ADMIN, "/start").await;
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "updates waited on answerCallbackQuery: {:?}",
            started.elapsed()
        );
        assert!(
            t.fake.transcript(ADMIN).contains("Xin chào"),
            "{}",
            t.fake.transcript(ADMIN)
        );
        t.fake.clear_faults();
        db.cleanup().await;
    }
}

/// Issue 15: an admin records voice prompts by sending voice notes on Telegram; a villager who
/// chose to listen gets the recording (sendVoice, the file id) with the text.
#[tokio::test]
async fn telegram_a_voice_prompt_recorded_in_the_chat_is_sent_with_its_text_to_a_listener() {
    for db in backends().await {
        let mut t = setup(&db).await;
        const VILLAGER: i64 = 1005;
        t.onboard(LAN).await;
        t.t.app
            .grant(&format!("telegram:{LAN}"), Role::Admin, None)
            .await
            .unwrap();
        let me = private_chat(LAN, "Lan");
        t.private(LAN, "/ghiam vi").await;
        assert_has(&t.fake.transcript(LAN), &["🎙 Tin 1/", "(welcome)"]);
        let id = t.id();
        t.update(u::message(
            id,
            me.clone(),
            user(LAN, "Lan"),
            json!({"voice": {"file_id": "PROMPT-WELCOME", "file_unique_id": "p1", "duration": 5, "mime_type": "audio/ogg", "file_size": 4000}}),
        ))
        .await;
        assert_has(
            &t.fake.transcript(LAN),
            &["✅ Đã lưu bản ghi.", "(consent-summary)"],
        );
        t.press(me.clone(), LAN, "voice:skip").await;
        let id = t.id();
        t.update(u::message(
            id,
            me.clone(),
            user(LAN, "Lan"),
            json!({"voice": {"file_id": "PROMPT-MENU", "file_unique_id": "p2", "duration": 2, "mime_type": "audio/ogg", "file_size": 2000}}),
        ))
        .await;
        t.press(me.clone(), LAN, "voice:stop").await;
        assert_has(&t.fake.transcript(LAN), &["Tiếng Việt có bản ghi cho 2/"]);
        assert!(t.fake.calls("sendVoice").is_empty(), "{}", db.label);

        t.onboard(VILLAGER).await;
        t.press(private_chat(VILLAGER, "Lan"), VILLAGER, "voice:on")
            .await;
        let voices = t.fake.calls("sendVoice");
        assert_eq!(voices.len(), 1, "{}", db.label);
        let body = voices[0].body.to_string();
        assert!(
            body.contains("PROMPT-MENU") && body.contains(&VILLAGER.to_string()),
            "{body}"
        );
        assert_has(
            &t.fake.transcript(VILLAGER),
            &["Hiện có 2 bản ghi.", "Bạn muốn làm gì?"],
        );
        db.cleanup().await;
    }
}
