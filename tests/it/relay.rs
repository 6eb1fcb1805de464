//! Relay: each relayer of a target village gets the announcement privately (on the console or
//! on Zalo), confirms «✅ Đã chuyển vào nhóm», is reminded once, and the admin's figures show
//! each village. Zalo-shaped inbounds are handled by the engine directly; what the bot sends
//! to Zalo chats is read from the outbox, as the Zalo channel would.

use chrono::Duration;
use loathon::admin_ops;
use loathon::clock::Clock;
use loathon::domain::Role;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;
use loathon::store::outbox::{self, Outbound};

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, spawn_app, spawn_app_with};

/// An update from a person in their private chat with the bot on `channel` (Telegram- or
/// Zalo-shaped: the engine does not care which adapter built it).
pub fn private_inbound(channel: Channel, user: &str, event: Event) -> Inbound {
    Inbound {
        channel,
        chat_id: user.into(),
        chat_kind: ChatKind::Private,
        chat_title: None,
        sender_id: user.into(),
        sender_name: Some(format!("{} {user}", channel.as_str())),
        language_hint: None,
        event,
    }
}

/// Sends a Zalo-shaped update and returns what the bot sent to Zalo chats since the last call.
pub async fn zalo(t: &mut TestApp, user: &str, event: Event) -> Vec<(String, Outbound)> {
    send_on(t, Channel::Zalo, user, event).await
}

/// Sends an update on `channel` and returns what the bot queued for that channel's chats.
pub async fn send_on(
    t: &mut TestApp,
    channel: Channel,
    user: &str,
    event: Event,
) -> Vec<(String, Outbound)> {
    t.app
        .engine
        .handle(private_inbound(channel, user, event))
        .await
        .expect("update handled");
    inbox(t, channel).await
}

/// What the bot queued for Zalo chats, marked sent: (the Zalo user id, the message).
pub async fn zalo_inbox(t: &TestApp) -> Vec<(String, Outbound)> {
    inbox(t, Channel::Zalo).await
}

/// What the bot queued for `channel`'s chats, marked sent, as that channel would take them.
pub async fn inbox(t: &TestApp, channel: Channel) -> Vec<(String, Outbound)> {
    let now = t.clock.now_ms();
    let mut out = Vec::new();
    loop {
        let batch = outbox::claim(&t.app.db, channel.as_str(), "fake", 100, now, 30_000)
            .await
            .unwrap();
        if batch.is_empty() {
            return out;
        }
        for row in batch {
            outbox::mark_sent(&t.app.db, row.id, Some(&row.id.to_string()), now)
                .await
                .unwrap();
            out.push((row.chat_external_id, row.message));
        }
    }
}

/// The texts of Zalo messages, joined, to assert on.
pub fn texts(messages: &[(String, Outbound)]) -> String {
    messages
        .iter()
        .map(|(to, m)| format!("@{to}:\n{}", m.text))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A village group (a console group chat) linked to `village`, so that the announcement has
/// somewhere to go besides the relayers.
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
    sqlx::query(
        "UPDATE chats SET village_id = (SELECT id FROM areas WHERE code = $1) WHERE external_id = $2",
    )
    .bind(village)
    .bind(chat)
    .execute(&t.app.db.pool)
    .await
    .unwrap();
}

/// lan (admin) is onboarded; pao (console) relays for Bản Tả Phìn; Zalo user Z1 relays for
/// Bản Sì Choang; Tả Phìn has a linked Telegram-like group, Sì Choang has none.
async fn relay_villages(t: &mut TestApp) {
    t.onboard_vi().await;
    t.onboard_as("pao", "ta phin").await;
    let out = admin_ops::relayer_grant(&t.app, "console:pao", "DS-TP")
        .await
        .unwrap();
    assert_has(&out, &["console:pao is now a relayer of DS-TP"]);
    // Z1 has written to the OA once, so the bot has a private chat with them.
    zalo(
        t,
        "Z1",
        Event::Command {
            name: "start".into(),
            args: String::new(),
        },
    )
    .await;
    let out = admin_ops::relayer_grant(&t.app, "zalo:Z1", "DS-SC")
        .await
        .unwrap();
    assert_lacks(&out, &["warning"]);
    linked_group(t, "nhom-ta-phin", "DS-TP").await;
}

async fn send_to_groups(t: &mut TestApp, text: &str) -> String {
    t.say("/thongbao").await;
    t.say("Soạn thông báo mới").await;
    t.say("Xã Dào San").await;
    t.say("Tiếp ›").await;
    t.say("👥 Nhóm thôn, bản").await;
    t.say("Tất cả ngôn ngữ").await;
    let preview = t.say(text).await;
    assert_has(&preview, &["Xem trước: thông báo sẽ đến"]);
    let sent = t.say("Gửi ngay").await;
    format!("{preview}{sent}")
}

fn relay_button(messages: &[(String, Outbound)]) -> String {
    messages
        .iter()
        .flat_map(|(_, m)| m.buttons.iter().flatten())
        .find(|b| b.label == "✅ Đã chuyển vào nhóm")
        .map(|b| b.data.clone())
        .expect("a confirm button")
}

#[tokio::test]
async fn relayers_get_the_announcement_privately_and_confirm_it_per_village() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        relay_villages(&mut t).await;
        let out = send_to_groups(&mut t, "Chủ nhật tiêm phòng cho trâu bò tại nhà văn hóa.").await;
        assert_has(
            &out,
            &["• 🔁 2 người chuyển tin sẽ nhận riêng để chuyển vào nhóm Zalo của thôn, bản."],
        );
        // The console relayer: the announcement as villagers read it, then the request.
        assert_has(
            &out,
            &[
                "@pao:\n📢 THÔNG BÁO\n\nChủ nhật tiêm phòng cho trâu bò",
                "🔁 Nhờ bạn chuyển thông báo số 1 ở trên vào nhóm Zalo của Bản Tả Phìn",
                "[1] ✅ Đã chuyển vào nhóm",
            ],
        );
        // The Zalo relayer gets the same, in their private chat with the OA.
        let inbox = zalo_inbox(&t).await;
        let shown = texts(&inbox);
        assert_has(
            &shown,
            &[
                "@Z1:\n📢 THÔNG BÁO\n\nChủ nhật tiêm phòng cho trâu bò",
                "🔁 Nhờ bạn chuyển thông báo số 1 ở trên vào nhóm Zalo của Bản Sì Choang",
            ],
        );
        let z1_button = relay_button(&inbox);

        // pao cannot confirm Z1's village with Z1's button: nothing changes.
        let out = t.send("pao", Event::Button(z1_button.clone())).await;
        assert_has(
            &out,
            &["Nút này không dành cho bạn nên không có gì thay đổi."],
        );
        let out = t.send("pao", Event::Button("relay:ok:999999".into())).await;
        assert_has(&out, &["Nút này không dành cho bạn"]);
        let confirmed: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM relay_tasks WHERE confirmed_at IS NOT NULL")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(confirmed, 0);

        // pao confirms; pressing again changes nothing.
        let out = t.say("@pao: ✅ Đã chuyển vào nhóm").await;
        assert_has(
            &out,
            &["Cảm ơn bạn! Đã ghi nhận: thông báo số 1 đã được chuyển vào nhóm của Bản Tả Phìn."],
        );
        let out = t.say("@pao: 1").await;
        assert_has(
            &out,
            &["Thông báo số 1 đã được ghi nhận là đã chuyển vào nhóm của Bản Tả Phìn rồi."],
        );

        // The admin's figures: per village, relayed or not, by whom and when.
        let out = t.say("/thongbao").await;
        assert_has(
            &out,
            &[
                "🔁 Chuyển vào nhóm Zalo thôn, bản: 1/2 nơi.",
                "• Bản Tả Phìn: ✅ đã chuyển (người chuyển tin, 08:00 05/01/2026)",
                "• Bản Sì Choang: ⏳ chưa chuyển",
            ],
        );

        // Z1 confirms from Zalo.
        let inbox = zalo(&mut t, "Z1", Event::Button(z1_button.clone())).await;
        assert_has(
            &texts(&inbox),
            &["Cảm ơn bạn! Đã ghi nhận: thông báo số 1 đã được chuyển vào nhóm của Bản Sì Choang."],
        );
        let out = t.say("/thongbao").await;
        assert_has(
            &out,
            &[
                "🔁 Chuyển vào nhóm Zalo thôn, bản: 2/2 nơi.",
                "• Bản Sì Choang: ✅ đã chuyển (zalo Z1, 08:00 05/01/2026)",
            ],
        );
        let audited: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'relay.confirm'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(audited, 2);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_relayer_who_has_not_confirmed_is_reminded_exactly_once() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| c.relay_remind_after_minutes = 90).await;
        relay_villages(&mut t).await;
        send_to_groups(&mut t, "Họp thôn tối thứ Sáu.").await;
        zalo_inbox(&t).await;
        t.say("@pao: ✅ Đã chuyển vào nhóm").await;

        t.clock.advance(Duration::minutes(89));
        let out = t.say("/menu").await;
        assert_lacks(&out, &["Nhắc việc"]);
        assert!(zalo_inbox(&t).await.is_empty());

        t.clock.advance(Duration::minutes(2));
        let out = t.say("/menu").await;
        // pao confirmed: no reminder for them.
        assert_lacks(&out, &["@pao:\n⏰"]);
        let inbox = zalo_inbox(&t).await;
        assert_has(
            &texts(&inbox),
            &[
                "@Z1:\n📢 THÔNG BÁO\n\nHọp thôn tối thứ Sáu.",
                "⏰ Nhắc việc: thông báo số 1 ở trên chưa được chuyển vào nhóm Zalo của Bản Sì Choang.",
            ],
        );
        let button = relay_button(&inbox);

        t.clock.advance(Duration::hours(5));
        t.say("/menu").await;
        assert!(zalo_inbox(&t).await.is_empty(), "one reminder only");
        let reminded: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM relay_tasks WHERE reminded_at IS NOT NULL")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(reminded, 1);
        // The reminder's button confirms.
        let inbox = zalo(&mut t, "Z1", Event::Button(button)).await;
        assert_has(&texts(&inbox), &["Cảm ơn bạn! Đã ghi nhận"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_relayer_whose_role_was_revoked_cannot_confirm_and_voice_goes_as_a_file() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        relay_villages(&mut t).await;
        // From the command line, with a voice recording.
        let request = admin_ops::BroadcastRequest {
            areas: vec!["DS-TP".into()],
            audience: "both".into(),
            languages: Vec::new(),
            text: "Cảnh báo sạt lở đất.".into(),
            variants: Vec::new(),
            voices: vec!["vi=VOICE-FILE-1".into()],
            at: None,
            urgent: false,
        };
        admin_ops::broadcast(&t.app, &request).await.unwrap();
        let out = t.say("@pao: /menu").await;
        assert_has(
            &out,
            &[
                "@pao:\n📢 THÔNG BÁO\n\nCảnh báo sạt lở đất.",
                "VOICE-FILE-1",
                "Thông báo có tin nhắn thoại: bạn chuyển cả tin nhắn thoại vào nhóm",
            ],
        );
        // Only Tả Phìn was targeted: Z1 (Sì Choang) is not asked.
        assert!(zalo_inbox(&t).await.is_empty());

        assert_eq!(
            t.app
                .revoke("console:pao", Some(Role::Relayer))
                .await
                .unwrap(),
            1
        );
        // The button is the message's before the menu; pressed as it is.
        let task: i64 = sqlx::query_scalar("SELECT id FROM relay_tasks")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let out = t
            .send("pao", Event::Button(format!("relay:ok:{task}")))
            .await;
        assert_has(
            &out,
            &["Bạn không còn là người chuyển tin của Bản Tả Phìn nên không có gì thay đổi."],
        );
        let confirmed: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM relay_tasks WHERE confirmed_at IS NOT NULL")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(confirmed, 0);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn announcements_for_subscribers_only_ask_no_relayer_and_non_villages_are_refused() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        relay_villages(&mut t).await;
        let request = admin_ops::BroadcastRequest {
            areas: vec!["DS".into()],
            audience: "subscribers".into(),
            languages: Vec::new(),
            text: "Chỉ cho người đăng ký.".into(),
            variants: Vec::new(),
            voices: Vec::new(),
            at: None,
            urgent: false,
        };
        admin_ops::broadcast(&t.app, &request).await.unwrap();
        let out = t.say("@pao: /menu").await;
        assert_lacks(&out, &["Nhờ bạn chuyển"]);
        assert!(zalo_inbox(&t).await.is_empty());
        let err = admin_ops::relayer_grant(&t.app, "console:pao", "DS")
            .await
            .unwrap_err();
        assert!(err.to_string().contains("is not a village"), "{err}");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn on_telegram_a_village_whose_group_has_no_bot_is_relayed_the_same_way() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        // A Telegram user (the village head of Bản Dào San, whose group has no bot) has
        // written to the bot once.
        send_on(
            &mut t,
            Channel::Telegram,
            "7001",
            Event::Command {
                name: "start".into(),
                args: String::new(),
            },
        )
        .await;
        t.app
            .grant("telegram:7001", Role::Relayer, Some("DS-DS"))
            .await
            .unwrap();
        linked_group(&mut t, "nhom-ta-phin", "DS-TP").await;
        send_to_groups(&mut t, "Lịch khám sức khỏe cho người cao tuổi.").await;
        let sent = inbox(&t, Channel::Telegram).await;
        assert_has(
            &texts(&sent),
            &[
                "@7001:\n📢 THÔNG BÁO\n\nLịch khám sức khỏe cho người cao tuổi.",
                "🔁 Nhờ bạn chuyển thông báo số 1 ở trên vào nhóm Zalo của Bản Dào San",
            ],
        );
        let button = relay_button(&sent);
        let sent = send_on(&mut t, Channel::Telegram, "7001", Event::Button(button)).await;
        assert_has(
            &texts(&sent),
            &["Đã ghi nhận: thông báo số 1 đã được chuyển vào nhóm của Bản Dào San."],
        );
        let out = t.say("/thongbao").await;
        assert_has(
            &out,
            &[
                "🔁 Chuyển vào nhóm Zalo thôn, bản: 1/1 nơi.",
                "• Bản Dào San: ✅ đã chuyển (telegram 7001, 08:00 05/01/2026)",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_admin_invites_a_relayer_from_the_chat_and_the_invite_works_once() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("pao", "ta phin").await;
        // Not an admin: refused.
        let out = t.say("@pao: /chuyentin DS-TP").await;
        assert_has(&out, &["@pao:\nChức năng này dành cho quản trị viên."]);
        assert_lacks(&out, &["Mã mời người chuyển tin"]);
        let out = t.say("/chuyentin DS").await;
        assert_has(
            &out,
            &["Mời đồng chí gõ mã thôn, bản, ví dụ: /chuyentin DS-TP."],
        );
        let out = t.say("/chuyentin ds-tp").await;
        assert_has(&out, &["Mã mời người chuyển tin của Bản Tả Phìn: MOI-"]);
        let code = format!("MOI-{}", crate::helpers::find_after(&out, ": MOI-", 10));
        let out = t.say(&format!("@pao: /start {code}")).await;
        assert_has(
            &out,
            &["Cảm ơn bạn! Bạn đã là người chuyển tin của Bản Tả Phìn"],
        );
        let out = t.say(&format!("@mai: /start {code}")).await;
        assert_has(&out, &["@mai:\nMã mời này đã được dùng."]);
        let relayers: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM roles r JOIN areas a ON a.id = r.area_id \
             WHERE r.role = 'relay' AND a.code = 'DS-TP'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(relayers, 1, "single use");
        // And pao is asked when an announcement goes to Tả Phìn's groups.
        linked_group(&mut t, "nhom-ta-phin", "DS-TP").await;
        let out = send_to_groups(&mut t, "Thu gom rác thứ Bảy.").await;
        assert_has(
            &out,
            &["🔁 Nhờ bạn chuyển thông báo số 1 ở trên vào nhóm Zalo của Bản Tả Phìn"],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_relayer_who_subscribed_gets_the_announcement_once_as_the_relay_copy() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        relay_villages(&mut t).await;
        let out = t.say("@pao: /dangky").await;
        assert_has(&out, &["@pao:"]);
        let request = admin_ops::BroadcastRequest {
            areas: vec!["DS-TP".into()],
            audience: "both".into(),
            languages: Vec::new(),
            text: "Lịch tiêm phòng cho trâu bò.".into(),
            variants: Vec::new(),
            voices: Vec::new(),
            at: None,
            urgent: false,
        };
        admin_ops::broadcast(&t.app, &request).await.unwrap();
        let out = t.say("@pao: /menu").await;
        assert_eq!(
            out.matches("@pao:\n📢 THÔNG BÁO").count(),
            1,
            "once, as the relay copy:\n{out}"
        );
        assert_has(&out, &["🔁 Nhờ bạn chuyển thông báo số 1 ở trên"]);
        // The village group still gets its copy.
        let groups: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM outbox o JOIN chats c ON c.id = o.chat_id \
             WHERE o.announcement_id = 1 AND c.kind = 'group'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(groups, 1);
        db.cleanup().await;
    }
}

/// The admin's preview counts each person once: a relayer who subscribed is counted among the
/// relayers only (they get the relay copy, not a subscriber's), and a relayer of two target
/// villages is one person. The preview's figure is what the sending then queues.
#[tokio::test]
async fn the_preview_counts_a_relayer_who_subscribed_once() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        relay_villages(&mut t).await;
        t.onboard_as("dan", "ta phin").await;
        let out = t.say("@dan: /dangky").await;
        assert_has(&out, &["Bạn đã đăng ký nhận thông báo của Bản Tả Phìn"]);
        let out = t.say("@pao: /dangky").await;
        assert_has(&out, &["Bạn đã đăng ký nhận thông báo của Bản Tả Phìn"]);
        admin_ops::relayer_grant(&t.app, "console:pao", "DS-SC")
            .await
            .unwrap();

        t.say("/thongbao").await;
        t.say("Soạn thông báo mới").await;
        t.say("Xã Dào San").await;
        t.say("Tiếp ›").await;
        t.say("Cả hai").await;
        t.say("Tất cả ngôn ngữ").await;
        let preview = t.say("Họp thôn tối thứ bảy.").await;
        // The group of Tả Phìn and dan; pao and Z1 are the two relayers.
        assert_has(
            &preview,
            &[
                "Xem trước: thông báo sẽ đến 2 nơi.",
                "• 🔁 2 người chuyển tin sẽ nhận riêng để chuyển vào nhóm Zalo của thôn, bản.",
            ],
        );
        t.say("Gửi ngay").await;
        let queued: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE announcement_id = 1")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(queued, 2, "the preview's 2 places are what was queued");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_late_confirmation_after_the_reminder_and_the_report_updates_the_figures() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| c.relay_remind_after_minutes = 30).await;
        relay_villages(&mut t).await;
        send_to_groups(&mut t, "Họp thôn tối thứ Bảy.").await;
        zalo_inbox(&t).await;
        // The broadcast finishes: its author gets the figures, nobody has relayed yet.
        t.clock.advance(Duration::minutes(1));
        let out = t.say("/menu").await;
        let out = format!("{out}{}", t.say("/menu").await);
        assert_has(&out, &["🔁 Chuyển vào nhóm Zalo thôn, bản: 0/2 nơi."]);
        // The reminder goes out; pao confirms after it.
        t.clock.advance(Duration::minutes(31));
        let out = t.say("@pao: /menu").await;
        assert_has(&out, &["⏰ Nhắc việc: thông báo số 1"]);
        let task: i64 = sqlx::query_scalar(
            "SELECT r.id FROM relay_tasks r JOIN people p ON p.id = r.person_id \
             WHERE p.external_id = 'pao'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        let out = t
            .send("pao", Event::Button(format!("relay:ok:{task}")))
            .await;
        assert_has(&out, &["Cảm ơn bạn! Đã ghi nhận"]);
        // The author is shown the figures again, with Tả Phìn relayed.
        assert_has(
            &out,
            &[
                "@lan:",
                "🔁 Chuyển vào nhóm Zalo thôn, bản: 1/2 nơi.",
                "• Bản Tả Phìn: ✅ đã chuyển",
            ],
        );
        let out = t.say("/thongbao").await;
        assert_has(&out, &["🔁 Chuyển vào nhóm Zalo thôn, bản: 1/2 nơi."]);
        db.cleanup().await;
    }
}
