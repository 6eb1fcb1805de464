//! Onboarding as a newcomer sees it, in Vietnamese and in H'Mông.

use sqlx::Row;

use crate::helpers::{assert_has, assert_lacks, backends, spawn_app};

#[tokio::test]
async fn a_newcomer_onboards_in_vietnamese() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let out = t.say("/start").await;
        assert_has(
            &out,
            &[
                "Xin chào! Tôi là Loa Thôn",
                "Mời bạn chọn ngôn ngữ:",
                "[1] Tiếng Việt",
                "[2] Hmoob (H'Mông)",
            ],
        );

        let out = t.say("[1]").await;
        assert_has(
            &out,
            &[
                "Đã chọn ngôn ngữ: Tiếng Việt.",
                "Bạn ở xã nào? Mời bạn chọn xã:",
                "[1] Xã Bình Lư",
                "[2] Xã Dào San",
                "[3] Xã Sì Lở Lầu",
            ],
        );

        let out = t.say("Xã Dào San").await;
        assert_has(
            &out,
            &[
                "Xã Dào San: bạn ở thôn, bản hay tổ dân phố nào?",
                "Bản Tả Phìn",
                "‹ Chọn xã khác",
            ],
        );

        let out = t.say("Bản Tả Phìn").await;
        assert_has(
            &out,
            &[
                "Đã ghi nhận: bạn ở Bản Tả Phìn, Xã Dào San.",
                "Thông báo về dữ liệu cá nhân",
                "[1] ✅ Đồng ý",
                "[2] Không đồng ý",
            ],
        );

        let out = t.say("[1]").await;
        assert_has(
            &out,
            &[
                "Cảm ơn bạn! Bạn đã đăng ký xong.",
                "Bạn muốn làm gì?",
                "🔤 Ngôn ngữ",
                "📍 Nơi ở",
                "👤 Thông tin của tôi",
                "❓ Trợ giúp",
            ],
        );

        let row = sqlx::query(
            "SELECT p.language, a.name AS village, p.consent_at FROM people p JOIN areas a ON a.id = p.village_id \
             WHERE p.channel = 'console' AND p.external_id = 'lan'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(
            row.try_get::<String, _>("language").unwrap(),
            "vi",
            "{}",
            db.label
        );
        assert_eq!(row.try_get::<String, _>("village").unwrap(), "Bản Tả Phìn");
        use loathon::clock::Clock;
        assert_eq!(
            row.try_get::<Option<i64>, _>("consent_at").unwrap(),
            Some(t.clock.now_ms()),
            "consent is recorded with the time it was given"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_newcomer_onboards_in_hmong_with_vietnamese_fallback() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        let out = t.say("Hmoob (H'Mông)").await;
        assert_has(
            &out,
            &[
                "Koj xaiv hom lus: Hmoob (H'Mông).",
                // A draft language says so, in Vietnamese until the note is translated.
                "chưa được người bản ngữ duyệt lại",
                "Koj nyob lub xã twg? Thov xaiv:",
            ],
        );
        assert_lacks(&out, &["Bạn ở xã nào?", "place-choose-commune"]);

        let out = t.say("[3]").await;
        assert_has(
            &out,
            &["Koj nyob lub zos twg hauv Xã Sì Lở Lầu?", "Bản Lả Chà"],
        );
        assert_lacks(&out, &["bạn ở thôn, bản hay"]);

        let out = t.say("Bản Lả Chà").await;
        assert_has(&out, &["Koj nyob Bản Lả Chà, Xã Sì Lở Lầu."]);
        // The data notice is a legal text not yet translated: it and its buttons are in
        // Vietnamese, with a line saying so.
        assert_has(
            &out,
            &[
                "Thông báo về dữ liệu cá nhân",
                "chưa có bản dịch",
                "[1] ✅ Đồng ý",
                "[2] Không đồng ý",
            ],
        );

        let out = t.say("Đồng ý").await;
        assert_has(
            &out,
            &[
                "Ua tsaug! Koj sau npe tiav lawm.",
                "Koj xav ua dab tsi?",
                "🔤 Hom lus",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn language_can_be_changed_at_any_time() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        let out = t.say("/ngonngu").await;
        assert_has(&out, &["Mời bạn chọn ngôn ngữ:", "[2] Hmoob (H'Mông)"]);
        let out = t.say("[2]").await;
        assert_has(
            &out,
            &["Koj xaiv hom lus: Hmoob (H'Mông).", "Koj xav ua dab tsi?"],
        );
        // and through the menu item, typed without its emoji
        let out = t.say("hom lus").await;
        assert_has(&out, &["Thov xaiv koj hom lus:"]);
        let out = t.say("[1]").await;
        assert_has(&out, &["Đã chọn ngôn ngữ: Tiếng Việt.", "Bạn muốn làm gì?"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn help_and_profile_show_what_works() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        let out = t.say("/trogiup").await;
        assert_has(
            &out,
            &["Loa Thôn có thể giúp bạn", "/ngonngu", "/menu", "/huy"],
        );
        let out = t.say("Thông tin của tôi").await;
        assert_has(
            &out,
            &[
                "Ngôn ngữ: Tiếng Việt",
                "Nơi ở: Bản Gia Khâu, Xã Sì Lở Lầu, Tỉnh Lai Châu",
                // On an empty database the console's default person is the demo admin.
                "Vai trò: Quản trị viên (Tỉnh Lai Châu)",
            ],
        );
        let out = t.say("@hoa: /start").await;
        assert_has(&out, &["@hoa:", "Mời bạn chọn ngôn ngữ:"]);
        t.say("@hoa: [1]").await;
        t.say("@hoa: lả chà").await;
        t.say("@hoa: đồng ý").await;
        let out = t.say("@hoa: 👤 Thông tin của tôi").await;
        assert_has(&out, &["@hoa:", "Vai trò: Người dân", "Nơi ở: Bản Lả Chà"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_restart_in_the_middle_continues_the_conversation() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        t.say("Tiếng Việt").await;
        let out = t.say("Xã Sì Lở Lầu").await;
        assert_has(&out, &["Xã Sì Lở Lầu: bạn ở thôn, bản hay tổ dân phố nào?"]);
        t.app.db.pool.close().await;
        drop(t);

        // A new process on the same database: the bot still waits for a village of Sì Lở Lầu.
        let mut t = spawn_app(&db).await;
        let out = t.say("Cò Ký").await;
        assert_has(
            &out,
            &[
                "Đã ghi nhận: bạn ở Bản Cò Ký, Xã Sì Lở Lầu.",
                "Thông báo về dữ liệu cá nhân",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_state_that_no_longer_decodes_is_reset_politely() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        t.say("Tiếng Việt").await;
        sqlx::query("UPDATE conversations SET state = '{\"v\":0,\"step\":\"awaiting_old_thing\"}'")
            .execute(&t.app.db.pool)
            .await
            .unwrap();
        let out = t.say("xin chào").await;
        assert_has(
            &out,
            &[
                "việc bạn đang làm dở đã bị hủy",
                "Bạn ở xã nào? Mời bạn chọn xã:",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn village_search_ignores_diacritics_and_case() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        for typed in [
            "gia khau",
            "GIA KHÂU",
            "Gia  Khâu",
            "bản gia khâu",
            "lả chà",
        ] {
            let out = t.say("📍 Nơi ở").await;
            assert_has(&out, &["Bạn ở xã nào?"]);
            let out = t.say(typed).await;
            assert_has(
                &out,
                &[
                    "Đã ghi nhận: bạn ở Bản",
                    "Xã Sì Lở Lầu.",
                    "Bạn muốn làm gì?",
                ],
            );
        }
        // Two villages start with "Sì": both offered, with their communes.
        t.say("noi o").await;
        let out = t.say("si").await;
        assert_has(
            &out,
            &[
                "Có 2 nơi trùng tên bạn gõ",
                "Bản Sì Choang (Xã Dào San)",
                "Bản Sì Lở Lầu (Xã Sì Lở Lầu)",
            ],
        );
        let out = t.say("[1]").await;
        assert_has(&out, &["Đã ghi nhận: bạn ở Bản Sì Choang, Xã Dào San."]);
        t.say("📍 Nơi ở").await;
        let out = t.say("Hà Nội").await;
        assert_has(
            &out,
            &["Không tìm thấy nơi nào tên «Hà Nội».", "Bạn ở xã nào?"],
        );
        db.cleanup().await;
    }
}

/// A first message that is not /start ("xin chào", a question) is answered with the welcome,
/// not with a correction.
#[tokio::test]
async fn a_first_message_that_is_not_start_gets_the_welcome_first() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let out = t.say("@moi: xin chào").await;
        assert!(
            out.trim_start()
                .trim_start_matches("@moi:")
                .trim_start()
                .starts_with("Xin chào! Tôi là Loa Thôn"),
            "{out}"
        );
        assert_lacks(&out, &["Mời bạn bấm một nút"]);
        db.cleanup().await;
    }
}

/// Help is short, names /dangky and /hoc, and shows officers' and admins' commands only to
/// those who hold the role.
#[tokio::test]
async fn help_is_short_and_per_role() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        let villager = t.say("@dan: /trogiup").await;
        assert_has(&villager, &["/kiennghi", "/dangky", "/hoc"]);
        assert_lacks(&villager, &["/hangdoi", "Quản trị viên:", "/moi"]);
        let help = villager
            .split("\n\n")
            .next()
            .unwrap_or_default()
            .to_string();
        assert!(
            help.chars().count() <= 410,
            "{} characters:\n{help}",
            help.chars().count()
        );
        let admin = t.say("/trogiup").await;
        assert_has(&admin, &["Quản trị viên: /thongbao", "/canbo"]);
        assert_lacks(&admin, &["/hangdoi"]);
        db.cleanup().await;
    }
}
