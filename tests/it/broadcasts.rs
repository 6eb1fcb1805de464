//! Announcements through the console: targeting by area, audience and language; fallback to
//! Vietnamese; voice; scheduling with the clock; cancelling; figures; subscriptions.

use chrono::Duration;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, spawn_app};

/// A village group (a console chat of kind group) linked to `village` (an area code).
async fn linked_group(t: &mut TestApp, chat: &str, village: &str) {
    let inbound = Inbound {
        channel: Channel::Console,
        chat_id: chat.into(),
        chat_kind: ChatKind::Group,
        chat_title: Some(chat.into()),
        sender_id: "lan".into(),
        sender_name: None,
        language_hint: None,
        event: Event::MemberJoined,
    };
    t.app.engine.handle(inbound).await.unwrap();
    sqlx::query("UPDATE chats SET village_id = (SELECT id FROM areas WHERE code = $1) WHERE external_id = $2")
        .bind(village)
        .bind(chat)
        .execute(&t.app.db.pool)
        .await
        .unwrap();
}

/// dan (vi) and pa (hnj) of Tả Phìn subscribe; a group of Tả Phìn (H'Mông by its village)
/// and one of Gia Khâu (Sì Lở Lầu) are linked.
async fn village_audience(t: &mut TestApp) {
    t.onboard_vi().await;
    t.onboard_as("dan", "ta phin").await;
    t.say("@pa: /start").await;
    t.say("@pa: Hmoob (H'Mông)").await;
    t.say("@pa: ta phin").await;
    t.say("@pa: Đồng ý").await;
    let out = t.say("@dan: /dangky").await;
    assert_has(&out, &["Bạn đã đăng ký nhận thông báo của Bản Tả Phìn"]);
    t.say("@pa: /dangky").await;
    linked_group(t, "nhom-ta-phin", "DS-TP").await;
    linked_group(t, "nhom-gia-khau", "SLL-GK").await;
}

async fn compose(t: &mut TestApp, area: &str, audience: &str, text: &str) -> String {
    t.say("/thongbao").await;
    t.say("Soạn thông báo mới").await;
    let out = t.say(area).await;
    assert_has(&out, &["Đã chọn:"]);
    t.say("Tiếp ›").await;
    t.say(audience).await;
    t.say("Tất cả ngôn ngữ").await;
    t.say(text).await
}

#[tokio::test]
async fn an_announcement_reaches_groups_and_subscribers_of_the_area_in_their_language() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        village_audience(&mut t).await;
        let out = compose(
            &mut t,
            "Xã Dào San",
            "Cả hai",
            "Sáng thứ Hai họp thôn lúc 8 giờ tại nhà văn hóa.",
        )
        .await;
        assert_has(
            &out,
            &[
                "Xem trước: thông báo sẽ đến 3 nơi.",
                "• Tiếng Việt: 1 nơi.",
                "• Hmoob (H'Mông): 2 nơi — ⚠️ chưa có bản Hmoob (H'Mông), sẽ gửi bản tiếng Việt.",
                "➕ Thêm bản Hmoob (H'Mông)",
            ],
        );
        t.say("➕ Thêm bản Hmoob (H'Mông)").await;
        // Test data standing in for a reviewed translation.
        let out = t
            .say("HNJ-TEST: tag kis sib tham hnub Monday 8 teev.")
            .await;
        assert_has(&out, &["• Hmoob (H'Mông): 2 nơi.", "HNJ-TEST"]);
        let out = t.say("Gửi ngay").await;
        assert_has(
            &out,
            &[
                "Đang gửi thông báo số 1 đến 3 nơi.",
                "@dan:\n📢 THÔNG BÁO\n\nSáng thứ Hai họp thôn",
                "@pa:\n📢 THÔNG BÁO\n\nHNJ-TEST",
                "@nhom-ta-phin:\n📢 THÔNG BÁO\n\nHNJ-TEST",
            ],
        );
        assert_lacks(&out, &["@nhom-gia-khau:"]);
        let out = t.say("/menu").await;
        assert_has(
            &out,
            &[
                "Thông báo số 1 (đã gửi xong): 3 nơi nhận.",
                "Đã đến: 3 · Lỗi: 0 · Bị chặn: 0",
            ],
        );
        let priorities: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT priority FROM outbox WHERE announcement_id IS NOT NULL",
        )
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(
            priorities,
            vec![2],
            "broadcast rows go after replies and notifications"
        );
        let out = t.say("@dan: 📢 Thông báo mới").await;
        assert_has(&out, &["Sáng thứ Hai họp thôn"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn scheduled_announcements_wait_for_their_time_and_can_be_cancelled() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        village_audience(&mut t).await;
        compose(
            &mut t,
            "Xã Sì Lở Lầu",
            "👥 Nhóm thôn, bản",
            "Lịch tiêm chủng tháng này.",
        )
        .await;
        t.say("Hẹn giờ gửi").await;
        let out = t.say("hôm nay").await;
        assert_has(&out, &["Chưa đọc được thời gian."]);
        let out = t.say("07:00 05/01/2026").await;
        assert_has(&out, &["Thời điểm này đã qua."]);
        let out = t.say("07:30 06/01/2026").await;
        assert_has(&out, &["Thông báo số 1 sẽ được gửi lúc 07:30 06/01/2026."]);
        compose(
            &mut t,
            "Xã Sì Lở Lầu",
            "👥 Nhóm thôn, bản",
            "Thông báo sẽ bị hủy.",
        )
        .await;
        t.say("Hẹn giờ gửi").await;
        t.say("09:00 06/01/2026").await;
        let out = t.say("/thongbao").await;
        assert_has(&out, &["🛑 Hủy thông báo số 2"]);
        let out = t.say("🛑 Hủy thông báo số 2").await;
        assert_has(&out, &["Đã hủy thông báo số 2."]);

        t.clock.advance(Duration::hours(23));
        let out = t.say("/menu").await;
        assert_lacks(&out, &["Lịch tiêm chủng"]);
        t.clock.advance(Duration::hours(2));
        let out = t.say("/menu").await;
        assert_has(
            &out,
            &["@nhom-gia-khau:\n📢 THÔNG BÁO\n\nLịch tiêm chủng tháng này."],
        );
        assert_lacks(&out, &["@dan:", "@nhom-ta-phin:", "bị hủy"]);
        t.clock.advance(Duration::hours(3));
        let out = t.say("/menu").await;
        assert_lacks(&out, &["bị hủy"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_voice_variant_and_a_language_filter() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        village_audience(&mut t).await;
        t.say("/thongbao").await;
        t.say("Soạn thông báo mới").await;
        t.say("tả phìn").await;
        t.say("Tiếp ›").await;
        t.say("🔔 Người đăng ký nhận tin").await;
        t.say("Chỉ người dùng Hmoob (H'Mông)").await;
        let out = t.say("Phòng chống cháy rừng mùa khô.").await;
        assert_has(&out, &["Xem trước: thông báo sẽ đến 1 nơi."]);
        t.say("🎤 Thêm tin nhắn thoại").await;
        let out = t
            .send(
                "lan",
                Event::Voice {
                    file_ref: "voice-77".into(),
                    duration_s: 20,
                },
            )
            .await;
        assert_has(&out, &["Xem trước"]);
        let out = t.say("Gửi ngay").await;
        assert_has(
            &out,
            &["@pa:\n📢 THÔNG BÁO\n\nPhòng chống cháy rừng mùa khô.\n<voice voice-77>"],
        );
        assert_lacks(&out, &["@dan:", "@nhom-ta-phin:"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn only_admins_announce_and_subscriptions_can_be_undone() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        village_audience(&mut t).await;
        let out = t.say("@dan: /thongbao").await;
        assert_has(&out, &["dành cho quản trị viên"]);
        let out = t.say("@dan: /huydangky").await;
        assert_has(&out, &["Bạn đã thôi nhận thông báo"]);
        let out = t.say("@dan: /huydangky").await;
        assert_has(&out, &["Bạn chưa đăng ký nhận thông báo."]);
        let out = compose(
            &mut t,
            "Xã Dào San",
            "🔔 Người đăng ký nhận tin",
            "Chỉ còn pa nhận.",
        )
        .await;
        assert_has(&out, &["sẽ đến 1 nơi"]);
        db.cleanup().await;
    }
}

/// An urgent announcement (landslide, flash flood) started while a bulk one is still sending
/// goes out first, its village groups before its subscribers.
#[tokio::test]
async fn an_urgent_announcement_overtakes_a_running_bulk_one_groups_first() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let bulk = crate::crash::start_broadcast(&t.app).await;
        let village: i64 = sqlx::query_scalar("SELECT MIN(id) FROM areas WHERE kind = 'village'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let code: String = sqlx::query_scalar("SELECT code FROM areas WHERE id = $1")
            .bind(village)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let now = t.app.clock.now_ms();
        let group: i64 = sqlx::query_scalar(
            "INSERT INTO chats (channel, external_id, kind, village_id, created_at, updated_at) \
             VALUES ('telegram', '-900001', 'group', $1, $2, $2) RETURNING id",
        )
        .bind(village)
        .bind(now)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        let request = loathon::admin_ops::BroadcastRequest {
            areas: vec![code],
            audience: "both".into(),
            languages: Vec::new(),
            text: "Cảnh báo sạt lở đất: bà con không đi qua đèo Ô Quy Hồ.".into(),
            variants: Vec::new(),
            voices: Vec::new(),
            at: None,
            urgent: true,
        };
        let (urgent, _) = loathon::admin_ops::broadcast(&t.app, &request)
            .await
            .unwrap();
        let claimed = loathon::store::outbox::claim(&t.app.db, "telegram", "w", 20, now, 60_000)
            .await
            .unwrap();
        assert_eq!(claimed.len(), 20);
        assert_eq!(claimed[0].chat_id, group, "the village group first");
        for row in &claimed {
            let announcement: Option<i64> =
                sqlx::query_scalar("SELECT announcement_id FROM outbox WHERE id = $1")
                    .bind(row.id)
                    .fetch_one(&t.app.db.pool)
                    .await
                    .unwrap();
            assert_eq!(
                announcement,
                Some(urgent),
                "urgent rows before the bulk announcement {bulk} ({})",
                db.label
            );
        }
        db.cleanup().await;
    }
}
