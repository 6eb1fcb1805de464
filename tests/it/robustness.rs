//! Bad input gets a short localized hint and the same step again; nothing crashes.

use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;

use crate::helpers::{assert_has, assert_lacks, backends, spawn_app, spawn_app_with};

#[tokio::test]
async fn unknown_commands_and_text_where_a_button_is_expected_get_hints() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        let out = t.say("/lamgi").await;
        assert_has(
            &out,
            &[
                "Tôi chưa hiểu lệnh /lamgi.",
                "/trogiup",
                "Mời bạn chọn ngôn ngữ:",
            ],
        );
        // A number past the last button, or words a button step cannot read: one line, the
        // buttons stay where they are (issue 14).
        // (Tiếng Việt and the two H'Mông orthographies.)
        let out = t.say("[9]").await;
        assert_has(&out, &["Chỉ có 3 nút. Mời bạn gõ số từ 1 đến 3."]);
        assert_lacks(&out, &["Mời bạn chọn ngôn ngữ:"]);
        t.say("[1]").await;
        t.say("gia khau").await;
        let out = t.say("có lẽ").await;
        assert_has(
            &out,
            &["Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút (từ 1 đến 3)."],
        );
        assert_lacks(&out, &["Thông báo về dữ liệu cá nhân"]);
        let out = t.say("Không đồng ý").await;
        // Declining leads on to the menu (issue 15); a petition shows the notice again.
        assert_has(
            &out,
            &[
                "chưa lưu thông tin của bạn",
                "Bạn vẫn đọc được thông báo của xã",
                "[1] 📝 Gửi kiến nghị",
            ],
        );
        let out = t.say("[1]").await;
        assert_has(&out, &["Thông báo về dữ liệu cá nhân", "✅ Đồng ý"]);
        let consent: Option<i64> =
            sqlx::query_scalar("SELECT consent_at FROM people WHERE external_id = 'lan'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(consent, None, "declining stores no consent");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn empty_and_over_long_text_change_nothing() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| c.max_text_chars = 50).await;
        t.say("/start").await;
        t.say("[1]").await;
        let out = t.say("   ").await;
        assert_has(&out, &["Tin nhắn trống.", "Bạn ở xã nào?"]);
        let long = "a".repeat(51);
        let out = t.say(&long).await;
        assert_has(
            &out,
            &[
                "Tin nhắn dài quá (51 ký tự). Mời bạn gửi ngắn hơn, tối đa 50 ký tự.",
                "Bạn ở xã nào?",
            ],
        );
        let village: Option<i64> =
            sqlx::query_scalar("SELECT village_id FROM people WHERE external_id = 'lan'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(village, None);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn binary_junk_on_the_console_is_harmless() {
    let db = crate::helpers::TestDb::sqlite();
    let mut t = spawn_app(&db).await;
    let junk: &[u8] = b"/start\n\xff\xfe\x00\x1b[2J\x07\n\xc3\x28\n[1]\n";
    let mut out = Vec::new();
    t.console
        .run(tokio::io::BufReader::new(junk), &mut out, false)
        .await
        .expect("console survives junk");
    let out = String::from_utf8(out).expect("output is UTF-8");
    assert_has(
        &out,
        &[
            "Mời bạn chọn ngôn ngữ:",
            "Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút",
            "Đã chọn ngôn ngữ: Tiếng Việt.",
        ],
    );
    assert_lacks(&out, &["\u{1b}", "\u{0}", "\u{fffd}"]);
}

#[tokio::test]
async fn media_during_onboarding_is_answered_with_a_hint() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        let inbound = Inbound {
            channel: Channel::Console,
            chat_id: "lan".into(),
            chat_kind: ChatKind::Private,
            chat_title: None,
            sender_id: "lan".into(),
            sender_name: None,
            language_hint: None,
            event: Event::Location {
                latitude: 22.5,
                longitude: 103.4,
            },
        };
        t.app.engine.handle(inbound).await.unwrap();
        let printed = t.console.deliver().await.unwrap();
        let out = t.console.format(&printed);
        assert_has(
            &out,
            &["Lúc này tôi chưa cần ảnh", "Mời bạn chọn ngôn ngữ:"],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn in_a_group_the_bot_answers_commands_only() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let group = |event: Event| Inbound {
            channel: Channel::Console,
            chat_id: "nhom-gia-khau".into(),
            chat_kind: ChatKind::Group,
            chat_title: Some("Bản Gia Khâu".into()),
            sender_id: "lan".into(),
            sender_name: None,
            language_hint: None,
            event,
        };
        let quiet = t
            .app
            .engine
            .handle(group(Event::Text("chào cả bản".into())))
            .await
            .unwrap();
        assert!(
            quiet.outbox_ids.is_empty(),
            "the bot stays quiet on chatter"
        );
        let help = t
            .app
            .engine
            .handle(group(Event::Text("/trogiup".into())))
            .await
            .unwrap();
        assert_eq!(help.outbox_ids.len(), 1);
        let mut console = loathon::channels::console::Console::new(&t.app, "lan");
        let printed = console.deliver().await.unwrap();
        let out = console.format(&printed);
        assert_has(&out, &["@nhom-gia-khau:", "Xin chào bà con!", "nhắn riêng"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_outdated_button_is_explained() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        let stale = Inbound {
            channel: Channel::Console,
            chat_id: "lan".into(),
            chat_kind: ChatKind::Private,
            chat_title: None,
            sender_id: "lan".into(),
            sender_name: None,
            language_hint: None,
            event: Event::Button("village:999999".into()),
        };
        t.app.engine.handle(stale).await.unwrap();
        let printed = t.console.deliver().await.unwrap();
        let out = t.console.format(&printed);
        assert_has(&out, &["Nút này đã cũ", "Bạn muốn làm gì?"]);
        db.cleanup().await;
    }
}
