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
                "Bạn có muốn nhận thông báo của Bản Tả Phìn qua tin nhắn riêng này không?",
                "[1] 🔔 Có, nhận thông báo",
                "[2] Không nhận",
            ],
        );
        let out = t.say("[2]").await;
        assert_has(
            &out,
            &[
                "Bạn chưa nhận thông báo qua tin nhắn riêng.",
                "Bạn muốn làm gì?",
                "🔔 Nhận thông báo",
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
                "🚧 Bản Hmoob (H'Mông) là bản nháp, đang chờ người bản ngữ duyệt.",
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
                // Not translated yet: the subscription question falls back to Vietnamese.
                "Bạn có muốn nhận thông báo của Bản Lả Chà",
            ],
        );
        let out = t.say("2").await;
        assert_has(&out, &["Koj xav ua dab tsi?", "🔤 Hom lus"]);
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
        // The announcements question is optional: a menu item typed instead leaves it.
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
        // No commune has a word beginning with "c": the three villages that do are offered,
        // each with its commune.
        t.say("noi o").await;
        let out = t.say("c").await;
        assert_has(
            &out,
            &[
                "Có 3 nơi trùng tên bạn gõ",
                "Bản Cò Ký (Xã Sì Lở Lầu)",
                "Bản Lả Chà (Xã Sì Lở Lầu)",
                "Bản Sì Choang (Xã Dào San)",
                "‹ Danh sách xã",
            ],
        );
        let out = t.say("Bản Sì Choang (Xã Dào San)").await;
        assert_has(&out, &["Đã ghi nhận: bạn ở Bản Sì Choang, Xã Dào San."]);
        t.say("📍 Nơi ở").await;
        let out = t.say("Hà Nội").await;
        assert_has(&out, &["Không tìm thấy nơi nào tên «Hà Nội»."]);
        // One line: the commune buttons are still on screen above.
        assert_lacks(&out, &["Bạn ở xã nào?", "[1]"]);
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
                .trim_start_matches("🤖 Loa Thôn → @moi:")
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
        assert_lacks(
            &villager,
            &["/hangdoi", "Quản trị viên:", "/moi", "/web", "/ghiam"],
        );
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
        // The admin's commands come as a message of their own; each message stays short.
        let printed = t.console.send_line("/trogiup").await.unwrap();
        let texts: Vec<&str> = printed.iter().map(|p| p.message.text.as_str()).collect();
        assert!(
            texts
                .iter()
                .any(|t| t.starts_with("Quản trị viên: /thongbao")),
            "{texts:?}"
        );
        assert!(texts.iter().all(|t| t.chars().count() <= 400), "{texts:?}");
        let admin = t.console.format(&printed);
        assert_has(
            &admin,
            &[
                "Quản trị viên: /thongbao",
                "/canbo",
                "/web xem báo cáo trên máy tính",
                "/ghiam kèm mã ngôn ngữ để ghi âm lời nhắn",
            ],
        );
        assert_lacks(&admin, &["/hangdoi"]);
        db.cleanup().await;
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 14, problem 1: the commune first, then its villages.

/// A commune's name picks the commune (never a village of the same name); typed names match
/// without marks, case or spaces; the village list leads back to the communes; a name matching
/// many places shows them a page at a time.
#[tokio::test]
async fn typing_a_commune_asks_for_its_village() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        t.say("Tiếng Việt").await;
        for typed in ["Dào San", "dao san", "daosan", "DAO SAN"] {
            let out = t.say(typed).await;
            assert_has(
                &out,
                &[
                    "Xã Dào San: bạn ở thôn, bản hay tổ dân phố nào?",
                    "Bản Dào San",
                    "Bản Tả Phìn",
                    "‹ Chọn xã khác",
                ],
            );
            assert_lacks(&out, &["Đã ghi nhận"]);
            let out = t.say("‹ Chọn xã khác").await;
            assert_has(&out, &["Bạn ở xã nào? Mời bạn chọn xã:", "Xã Bình Lư"]);
        }
        for (commune, village) in [("Sì Lở Lầu", "Bản Gia Khâu"), ("binh lu", "Bản Nà Luồng")]
        {
            let out = t.say(commune).await;
            assert_has(&out, &["bạn ở thôn, bản hay tổ dân phố nào?", village]);
            assert_lacks(&out, &["Đã ghi nhận"]);
            t.say("‹ Chọn xã khác").await;
        }
        t.say("daosan").await;
        let out = t.say("taphin").await;
        assert_has(&out, &["Đã ghi nhận: bạn ở Bản Tả Phìn, Xã Dào San."]);
        db.cleanup().await;
    }
}

/// "ban" matches nine villages: eight on the first page and "next", the ninth on the second
/// with "back"; a button leads to the commune list.
#[tokio::test]
async fn many_places_found_are_shown_a_page_at_a_time() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        t.say("Tiếng Việt").await;
        let out = t.say("ban").await;
        assert_has(
            &out,
            &[
                "Có 9 nơi trùng tên bạn gõ",
                "[1] Bản Cò Ký (Xã Sì Lở Lầu)",
                "[8] ",
                "[9] Trang sau ›",
                "[10] ‹ Danh sách xã",
            ],
        );
        assert_lacks(&out, &["[11]", "Trang trước"]);
        let out = t.say("Trang sau ›").await;
        assert_has(
            &out,
            &[
                "[1] Bản Tả Phìn (Xã Dào San)",
                "[2] ‹ Trang trước",
                "[3] ‹ Danh sách xã",
            ],
        );
        let out = t.say("‹ Trang trước").await;
        assert_has(&out, &["[1] Bản Cò Ký", "[9] Trang sau ›"]);
        let out = t.say("‹ Danh sách xã").await;
        assert_has(&out, &["Bạn ở xã nào? Mời bạn chọn xã:", "[1] Xã Bình Lư"]);
        db.cleanup().await;
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 14, problem 3: the announcements question, and subscribing from the menu.

async fn subscribed(t: &crate::helpers::TestApp, handle: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM subscriptions s JOIN people p ON p.id = s.person_id \
         WHERE p.channel = 'console' AND p.external_id = $1",
    )
    .bind(handle)
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap()
}

/// After the data notice, onboarding asks about the village's announcements; the menu then
/// offers to stop them, and "Thông báo mới" offers them to a person who said no.
#[tokio::test]
async fn onboarding_asks_about_announcements_and_the_menu_toggles_them() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("@dan: /start").await;
        t.say("@dan: Tiếng Việt").await;
        t.say("@dan: gia khau").await;
        let out = t.say("@dan: Đồng ý").await;
        assert_has(
            &out,
            &[
                "Bạn đã đăng ký xong.",
                "🔔 Bạn có muốn nhận thông báo của Bản Gia Khâu qua tin nhắn riêng này không?",
                "[1] 🔔 Có, nhận thông báo",
                "[2] Không nhận",
            ],
        );
        assert_lacks(&out, &["✅ Có"]);
        let out = t.say("@dan: có").await;
        assert_has(
            &out,
            &[
                "Bạn đã đăng ký nhận thông báo của Bản Gia Khâu.",
                "Bạn muốn làm gì?",
                "🔕 Thôi nhận thông báo",
            ],
        );
        assert_eq!(subscribed(&t, "dan").await, 1, "{}", db.label);

        let out = t.say("@dan: 🔕 Thôi nhận thông báo").await;
        assert_has(&out, &["Bạn đã thôi nhận thông báo qua tin nhắn riêng."]);
        assert_eq!(subscribed(&t, "dan").await, 0);

        let out = t.say("@dan: /menu").await;
        assert_has(&out, &["🔔 Nhận thông báo"]);
        assert_lacks(&out, &["🔕"]);
        let out = t.say("@dan: 📢 Thông báo mới").await;
        assert_has(
            &out,
            &[
                "Để nhận thông báo mới ngay trong tin nhắn riêng này, bạn bấm «🔔 Nhận thông báo»",
                "🔔 Nhận thông báo",
            ],
        );
        let out = t.say("@dan: 🔔 Nhận thông báo").await;
        assert_has(&out, &["Bạn đã đăng ký nhận thông báo của Bản Gia Khâu."]);
        assert_eq!(subscribed(&t, "dan").await, 1);
        let out = t.say("@dan: /menu").await;
        assert_has(&out, &["🔕 Thôi nhận thông báo"]);
        let out = t.say("@dan: 📢 Thông báo mới").await;
        assert_lacks(&out, &["Để nhận thông báo mới"]);
        db.cleanup().await;
    }
}

/// A person who opens the bot from a village group's link (`/start v<id>`) is offered the
/// village's announcements with "yes" first and marked.
#[tokio::test]
async fn from_a_village_group_yes_comes_first() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let village: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'DS-TP'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let out = t.say(&format!("@dan: /start v{village}")).await;
        assert_has(
            &out,
            &["Bạn đến từ nhóm của Bản Tả Phìn", "Mời bạn chọn ngôn ngữ:"],
        );
        let out = t.say("@dan: 1").await;
        assert_has(&out, &["Thông báo về dữ liệu cá nhân"]);
        let out = t.say("@dan: 1").await;
        assert_has(
            &out,
            &[
                "Bạn đến từ nhóm của Bản Tả Phìn. Bạn có muốn nhận cả thông báo của Bản Tả Phìn",
                "[1] ✅ Có, nhận thông báo",
                "[2] Không nhận",
            ],
        );
        let out = t.say("@dan: 1").await;
        assert_has(&out, &["Bạn đã đăng ký nhận thông báo của Bản Tả Phìn."]);
        assert_eq!(subscribed(&t, "dan").await, 1, "{}", db.label);
        db.cleanup().await;
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 14, problem 5: typed numbers press the latest buttons; a wrong input gets one line.

/// Onboarding, the menu, a lesson and its quiz played with typed numbers only.
#[tokio::test]
async fn typed_numbers_press_the_latest_buttons_everywhere() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("@dan: /start").await;
        let out = t.say("@dan: 1").await;
        assert_has(&out, &["Đã chọn ngôn ngữ: Tiếng Việt.", "[2] Xã Dào San"]);
        let out = t.say("@dan: 2").await;
        assert_has(
            &out,
            &[
                "Xã Dào San: bạn ở thôn, bản hay tổ dân phố nào?",
                "[3] Bản Tả Phìn",
            ],
        );
        let out = t.say("@dan:  3 ").await;
        assert_has(&out, &["Đã ghi nhận: bạn ở Bản Tả Phìn, Xã Dào San."]);

        // Past the last button: one line, the step stays.
        let out = t.say("@dan: 9").await;
        assert_has(&out, &["Chỉ có 3 nút. Mời bạn gõ số từ 1 đến 3."]);
        assert_lacks(&out, &["Thông báo về dữ liệu cá nhân", "[1]"]);
        // Words the step cannot read: one line too, not the notice again.
        let out = t.say("@dan: để tôi xem đã").await;
        assert_has(
            &out,
            &["Mời bạn bấm một nút ở tin nhắn trên, hoặc gõ số thứ tự của nút (từ 1 đến 3)."],
        );
        assert_lacks(&out, &["Thông báo về dữ liệu cá nhân", "[1]"]);
        assert_eq!(
            out.trim().lines().count(),
            2,
            "a heading and one line:\n{out}"
        );

        let out = t.say("@dan: 1").await;
        assert_has(&out, &["Bạn đã đăng ký xong.", "[2] Không nhận"]);
        let out = t.say("@dan: 2").await;
        assert_has(&out, &["Bạn muốn làm gì?", "[4] 📚 Học kỹ năng số"]);
        let out = t.say("@dan: 4").await;
        assert_has(&out, &["bạn đã học xong 0/6 bài", "[1] "]);
        let out = t.say("@dan: 1").await;
        assert_has(&out, &["— phần 1/"]);
        // Through the lesson's parts by number ("Tiếp ›" is the last button of each part).
        let mut out = out;
        for _ in 0..20 {
            if out.contains("câu hỏi 1/") {
                break;
            }
            let next = out
                .lines()
                .find(|l| l.ends_with("] Tiếp ›"))
                .and_then(|l| l.strip_prefix('['))
                .and_then(|l| l.split(']').next())
                .unwrap_or_else(|| panic!("no «Tiếp ›» in:\n{out}"))
                .to_string();
            out = t.say(&format!("@dan: {next}")).await;
        }
        assert_has(&out, &["câu hỏi 1/", "[2] "]);
        let out = t.say("@dan: 2").await;
        assert!(
            out.contains("✅ Đúng rồi!") || out.contains("Chưa đúng."),
            "2 answers the quiz:\n{out}"
        );
        db.cleanup().await;
    }
}

/// A number is content where the step waits for typed content: here, an announcement's text.
#[tokio::test]
async fn a_number_stays_text_where_text_is_awaited() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.say("/thongbao").await;
        t.say("Soạn thông báo mới").await;
        t.say("Xã Dào San").await;
        t.say("Tiếp ›").await;
        t.say("Cả hai").await;
        let out = t.say("Tất cả ngôn ngữ").await;
        assert_has(&out, &["Mời đồng chí gõ nội dung"]);
        let out = t.say("1").await;
        assert_has(&out, &["Xem trước: thông báo sẽ đến"]);
        db.cleanup().await;
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 14, problem 7: officers from an invite choose a language, then see their work.

#[tokio::test]
async fn an_officer_from_an_invite_is_asked_only_the_language() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        let out = t.say("/moi DS-CA").await;
        let code = format!(
            "MOI-{}",
            crate::helpers::find_after(&out, "/start MOI-", 10)
        );
        let out = t.say(&format!("@cb: /start {code}")).await;
        assert_has(
            &out,
            &[
                "Đồng chí đã là cán bộ của Công an xã Dào San.",
                "Mời bạn chọn ngôn ngữ:",
            ],
        );
        let out = t.say("@cb: 1").await;
        assert_has(
            &out,
            &[
                "Đã chọn ngôn ngữ: Tiếng Việt.",
                "Bạn muốn làm gì?",
                "📥 Kiến nghị cần xử lý",
                "📍 Nơi ở",
            ],
        );
        assert_lacks(
            &out,
            &[
                "Bạn ở xã nào?",
                "Thông báo về dữ liệu cá nhân",
                "📝 Gửi kiến nghị",
            ],
        );
        // Typing does not send the officer back into the villager's onboarding.
        for typed in ["xin chào", "dao san", "/start"] {
            let out = t.say(&format!("@cb: {typed}")).await;
            assert_lacks(
                &out,
                &[
                    "Mời bạn chọn ngôn ngữ:",
                    "Bạn ở xã nào?",
                    "Thông báo về dữ liệu cá nhân",
                ],
            );
        }
        let out = t.say("@cb: /hangdoi").await;
        assert_lacks(&out, &["Mời bạn chọn ngôn ngữ:", "Bạn ở xã nào?"]);
        db.cleanup().await;
    }
}

// ---------------------------------------------------------------------------------------------
// Issue 14, problem 10: the console for a first try.

/// In a terminal the console says how to press a button, heads every message, and `1` presses
/// `[1]`; the latest buttons come from the database, so a second run still knows them.
#[tokio::test]
async fn the_console_explains_buttons_heads_messages_and_remembers_them() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut output = Vec::new();
        t.console.run(&b"1\n"[..], &mut output, true).await.unwrap();
        let out = String::from_utf8(output).unwrap();
        assert_has(
            &out,
            &[
                "Mẹo: gõ số để bấm nút (gõ 1 là bấm nút [1]).",
                "🤖 Loa Thôn → @lan:\nXin chào! Tôi là Loa Thôn",
                "[1] Tiếng Việt",
                "🤖 Loa Thôn → @lan:\nĐã chọn ngôn ngữ: Tiếng Việt.",
            ],
        );
        let out = t.say("@hoa: /start").await;
        assert!(out.starts_with("🤖 Loa Thôn → @hoa:\n"), "{out}");
        t.app.db.pool.close().await;
        drop(t);

        // Another run on the same database: `[2]` and `2` press what was shown before.
        let mut t = spawn_app(&db).await;
        let out = t.say("[2]").await;
        assert_has(&out, &["Xã Dào San: bạn ở thôn, bản hay tổ dân phố nào?"]);
        let out = t.say("@hoa: 1").await;
        assert_has(
            &out,
            &["🤖 Loa Thôn → @hoa:", "Đã chọn ngôn ngữ: Tiếng Việt."],
        );
        db.cleanup().await;
    }
}

/// The quickstart writes `data/` in the working folder: git ignores it and the README says so.
#[test]
fn the_quickstart_data_folder_is_ignored_and_documented() {
    let root = env!("CARGO_MANIFEST_DIR");
    let ignore = std::fs::read_to_string(format!("{root}/.gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l.trim() == "data/"), "{ignore}");
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap();
    assert!(
        readme.contains("data/loathon.log"),
        "the README names the console's log file"
    );
}
