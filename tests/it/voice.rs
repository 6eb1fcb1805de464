//! Voice prompts and consent that can be understood (issue 15): recording key messages in the
//! chat, delivering them with the text to people who chose to listen, the right to record,
//! the data notice in a language without a reviewed translation, and declining it.

use loathon::clock::Clock;
use loathon::domain::audit::AuditAction;
use loathon::message::Event;

use crate::helpers::*;

fn voice(file_ref: &str) -> Event {
    Event::Voice {
        file_ref: file_ref.into(),
        duration_s: 4,
    }
}

#[tokio::test]
async fn voice_an_admin_records_prompts_and_a_listener_gets_them_with_the_text() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;

        // The admin (console:lan) walks through the key messages of Vietnamese.
        let out = t.say("/ghiam vi").await;
        assert_has(
            &out,
            &[
                "🎙 Ghi âm bằng Tiếng Việt",
                "🎙 Tin 1/",
                "(welcome):",
                "Xin chào! Tôi là Loa Thôn",
                "[1] ⏭ Bỏ qua",
                "[2] ⏹ Dừng ghi âm",
            ],
        );
        let out = t.send("lan", voice("VOICE-WELCOME")).await;
        assert_has(
            &out,
            &["✅ Đã lưu bản ghi.", "🎙 Tin 2/", "(consent-summary):"],
        );
        // Text instead of a voice note: a hint, the same message waits.
        let out = t.say("xin chào").await;
        assert_has(&out, &["Mời bạn gửi tin nhắn thoại"]);
        let out = t.say("⏭ Bỏ qua").await;
        assert_has(&out, &["🎙 Tin 3/", "(menu-title):", "Bạn muốn làm gì?"]);
        let out = t.send("lan", voice("VOICE-MENU")).await;
        assert_has(&out, &["✅ Đã lưu bản ghi.", "🎙 Tin 4/"]);
        let out = t.say("⏹ Dừng ghi âm").await;
        assert_has(&out, &["Đã xong. Tiếng Việt có bản ghi cho 2/"]);

        // Recording again replaces, and the flow says a recording exists.
        let out = t.say("/ghiam vi").await;
        assert_has(&out, &["Tin này đã có bản ghi ngày"]);
        t.send("lan", voice("VOICE-WELCOME-2")).await;
        t.say("⏹ Dừng ghi âm").await;
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let audit =
            loathon::store::audit_entries(&mut conn, AuditAction::VoiceRecord, "voice:vi:welcome")
                .await
                .unwrap();
        assert_eq!(audit.len(), 2, "{}: each recording is audited", db.label);
        drop(conn);
        let coverage = loathon::admin_ops::voice_coverage(&t.app, false)
            .await
            .unwrap();
        assert!(
            coverage.contains("vi") && coverage.contains("2/") && !coverage.contains("changed"),
            "{coverage}"
        );

        // A villager who does not listen gets text only.
        t.onboard_as("hoa", "gia khau").await;
        let out = t.say("@hoa: /menu").await;
        assert_has(&out, &["Bạn muốn làm gì?", "🔊 Nghe bằng giọng nói"]);
        assert_lacks(&out, &["<voice"]);

        // Once they choose to listen, the recording comes with the key message, first.
        let out = t.say("@hoa: 🔊 Nghe bằng giọng nói").await;
        assert_has(
            &out,
            &[
                "Từ nay, các tin chính",
                "Hiện có 2 bản ghi.",
                "🔊 Nghe đọc tin dưới đây\n<voice VOICE-MENU>",
                "🔇 Thôi nghe giọng nói",
            ],
        );
        let voice_at = out.find("<voice VOICE-MENU>").unwrap();
        let text_at = out.rfind("Bạn muốn làm gì?").unwrap();
        assert!(
            voice_at < text_at,
            "the recording comes before its text:\n{out}"
        );
        let out = t.say("@hoa: /start").await;
        assert_has(&out, &["<voice VOICE-MENU>"]);
        // The admin, who does not listen, still gets text only.
        let out = t.say("/menu").await;
        assert_lacks(&out, &["<voice"]);

        // Turned off again: text only.
        let out = t.say("@hoa: 🔇 Thôi nghe giọng nói").await;
        assert_has(&out, &["Đã tắt nghe giọng nói", "🔊 Nghe bằng giọng nói"]);
        assert_lacks(&out, &["<voice"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn voice_a_notice_from_another_chat_carries_the_recording() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("hoa", "gia khau").await;
        t.say("@hoa: 🔊 Nghe bằng giọng nói").await;
        // Record "petition-answered" (the villager's "you have an answer"): skip to it.
        let mut out = t.say("/ghiam vi").await;
        for _ in 0..20 {
            if out.contains("(petition-answered)") {
                break;
            }
            out = t.say("⏭ Bỏ qua").await;
        }
        assert_has(&out, &["(petition-answered)"]);
        t.send("lan", voice("VOICE-ANSWERED")).await;
        t.say("⏹ Dừng ghi âm").await;

        // A notice queued for hoa by a service (the Outgoing path, not this chat's replies).
        let mut tx = t.app.db.begin().await.unwrap();
        let hoa = loathon::store::people::find(&mut tx, "console", "hoa")
            .await
            .unwrap()
            .unwrap();
        let mut out = loathon::services::Outgoing::default();
        let reply = loathon::message::Reply::new(
            loathon::i18n::Msg::new("petition-answered")
                .arg("code", "4827-1935")
                .arg("unit", "UBND xã"),
        );
        assert!(out.person(&mut tx, &t.app.i18n, &hoa, reply).await.unwrap());
        out.enqueue(
            &mut tx,
            &t.app.i18n,
            loathon::store::outbox::Priority::Notification,
            t.clock.now_ms(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let printed = t.console.deliver().await.unwrap();
        let shown = t.console.format(&printed);
        assert_has(
            &shown,
            &[
                "<voice VOICE-ANSWERED>",
                "Kiến nghị 4827-1935 đã có trả lời của UBND xã",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn voice_only_admins_and_named_reviewers_may_record() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("hoa", "gia khau").await;
        let out = t.say("@hoa: /ghiam vi").await;
        assert_has(
            &out,
            &["Chỉ quản trị viên, hoặc người được quản trị viên giao"],
        );
        assert_lacks(&out, &["🎙 Tin 1/"]);
        // A voice note then is not a recording, and a forged button changes nothing.
        let out = t.send("hoa", voice("VOICE-HOA")).await;
        assert_lacks(&out, &["Đã lưu bản ghi"]);
        let out = t.send("hoa", Event::Button("voice:skip".into())).await;
        assert_lacks(&out, &["🎙 Tin"]);
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM voice_prompts")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(count, 0, "{}", db.label);

        // Named for H'Mông by the shell: H'Mông yes, Vietnamese still no.
        let said = loathon::admin_ops::voice_recorder(&t.app, "console:hoa", "hnj")
            .await
            .unwrap();
        assert!(said.contains("may now record hnj"), "{said}");
        let out = t.say("@hoa: /ghiam hnj").await;
        assert_has(&out, &["🎙 Ghi âm bằng Hmoob (H'Mông)", "🎙 Tin 1/"]);
        let out = t.send("hoa", voice("VOICE-HNJ-WELCOME")).await;
        assert_has(&out, &["✅ Đã lưu bản ghi."]);
        let out = t.say("@hoa: /ghiam vi").await;
        assert_has(&out, &["Chỉ quản trị viên"]);
        let coverage = loathon::admin_ops::voice_coverage(&t.app, false)
            .await
            .unwrap();
        assert!(
            coverage.contains("hnj") && coverage.contains("  1/"),
            "{coverage}"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn voice_consent_in_a_draft_language_says_the_notice_is_in_vietnamese() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        // lan relays for Bản Gia Khâu: the village's helper a villager can ask.
        loathon::admin_ops::relayer_grant(&t.app, "console:lan", "SLL-GK")
            .await
            .unwrap();

        t.say("@mai: /start").await;
        t.say("@mai: Hmoob (H'Mông)").await;
        let out = t.say("@mai: gia khau").await;
        assert_has(
            &out,
            &[
                "chưa có bản dịch nên được viết bằng tiếng Việt",
                "Thông báo về dữ liệu cá nhân",
                "[1] ✅ Đồng ý",
                "[2] Không đồng ý",
                "🙋 Nhờ người ở thôn, bản đọc giúp",
            ],
        );
        assert_lacks(&out, &["<voice"]);
        let out = t.say("@mai: 🙋 Nhờ người ở thôn, bản đọc giúp").await;
        assert_has(
            &out,
            &[
                "🤖 Loa Thôn → @lan:",
                "nhờ bạn đọc và giải thích giúp thông báo về dữ liệu cá nhân",
                "Hmoob (H'Mông)",
                "Đã báo 1 người hướng dẫn, người chuyển tin của thôn, bản.",
            ],
        );
        let out = t.say("@mai: 🙋 Nhờ người ở thôn, bản đọc giúp").await;
        assert_has(&out, &["Bạn đã nhờ người đọc giúp rồi."]);
        assert_lacks(&out, &["🤖 Loa Thôn → @lan:"]);

        // A recording of the summary in H'Mông: sent with the notice, buttons in H'Mông.
        t.say("/ghiam hnj").await;
        t.say("⏭ Bỏ qua").await;
        t.send("lan", voice("VOICE-HNJ-CONSENT")).await;
        t.say("⏹ Dừng ghi âm").await;
        t.say("@pao: /start").await;
        t.say("@pao: Hmoob (H'Mông)").await;
        let out = t.say("@pao: gia khau").await;
        assert_has(
            &out,
            &[
                "Tóm tắt thông báo về dữ liệu, đọc bằng Hmoob (H'Mông).\n<voice VOICE-HNJ-CONSENT>",
                "[1] ✅ Pom zoo",
                "[2] Tsis pom zoo",
            ],
        );
        let out = t.say("@pao: Pom zoo").await;
        assert_has(&out, &["Ua tsaug! Koj sau npe tiav lawm."]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn voice_declining_consent_still_opens_announcements_and_lessons() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("@mai: /start").await;
        t.say("@mai: Tiếng Việt").await;
        t.say("@mai: gia khau").await;
        let out = t.say("@mai: Không đồng ý").await;
        assert_has(
            &out,
            &[
                "chưa lưu thông tin của bạn",
                "Bạn vẫn đọc được thông báo của xã («📢 Thông báo mới»)",
                "Bạn muốn làm gì?",
            ],
        );
        // The next message is not the notice again: the menu stays open.
        let out = t.say("@mai: /menu").await;
        assert_has(&out, &["Bạn muốn làm gì?"]);
        assert_lacks(&out, &["Thông báo về dữ liệu cá nhân"]);

        let out = t.say("@mai: 📢 Thông báo mới").await;
        assert_lacks(&out, &["Việc này cần bạn đồng ý"]);
        assert_has(&out, &["Bạn muốn làm gì?"]);

        let out = t.say("@mai: 📚 Học kỹ năng số").await;
        assert_lacks(&out, &["Việc này cần bạn đồng ý"]);
        let out = t.say("@mai: 1").await;
        assert_has(&out, &["— phần 1/"]);
        let out = t.say("@mai: /hoc").await;
        assert_lacks(&out, &["Việc này cần bạn đồng ý"]);
        let rows: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM lesson_progress l JOIN people p ON p.id = l.person_id \
             WHERE p.external_id = 'mai'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(rows, 0, "{}: nothing of the lesson is kept", db.label);

        // What needs consent asks for it, and agreeing then works.
        let out = t.say("@mai: /kiennghi").await;
        assert_has(&out, &["Thông báo về dữ liệu cá nhân", "✅ Đồng ý"]);
        let out = t.say("@mai: Đồng ý").await;
        assert_has(&out, &["Bạn đã đăng ký xong"]);
        db.cleanup().await;
    }
}
