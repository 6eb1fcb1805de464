//! Petition stories with several people: villager, officers of the right and the wrong unit,
//! and the admin (the console's default person `lan`, admin of the demo province).

use chrono::Duration;
use std::sync::Arc;

use loathon::App;
use loathon::message::Event;

use crate::helpers::{
    TestApp, assert_has, assert_lacks, backends, find_after, spawn_app, spawn_app_with,
};

/// Admin `lan` invites `handle` to `unit` (a unit code); `handle` joins and onboards.
pub async fn make_officer(t: &mut TestApp, handle: &str, unit: &str, village: &str) {
    let out = t.say(&format!("/moi {unit}")).await;
    assert_has(&out, &["Mã mời cán bộ", "/start MOI-"]);
    let code = format!("MOI-{}", find_after(&out, "/start MOI-", 10));
    let out = t.say(&format!("@{handle}: /start {code}")).await;
    assert_has(&out, &["Đồng chí đã là cán bộ của"]);
    // An officer's onboarding asks only the language; here they also live in `village` and
    // accept the data notice (asked when they first act as a villager), as villagers do.
    let out = t.say(&format!("@{handle}: Tiếng Việt")).await;
    assert!(out.contains("📥 Kiến nghị cần xử lý"), "{out}");
    t.say(&format!("@{handle}: 📍 Nơi ở")).await;
    let mut out = t.say(&format!("@{handle}: {village}")).await;
    if out.contains("bạn ở thôn, bản hay tổ dân phố nào?") {
        out = t.say(&format!("@{handle}: {village}")).await;
    }
    assert!(out.contains("Đã ghi nhận"), "{out}");
    // Lessons are open without consent (issue 15); subscribing asks for it.
    let out = t.say(&format!("@{handle}: /dangky")).await;
    assert!(out.contains("Thông báo về dữ liệu cá nhân"), "{out}");
    let out = t.say(&format!("@{handle}: Đồng ý")).await;
    assert!(out.contains("Cảm ơn bạn đã đồng ý."), "{out}");
}

/// The demo's people: lan (admin), dan (villager of Tả Phìn, Dào San), canbo (Công an xã Dào
/// San), ubnd (UBND xã Dào San, which supervises it), khac (Công an xã Sì Lở Lầu).
async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    make_officer(t, "ubnd", "DS-UBND", "dao san").await;
    make_officer(t, "khac", "SLL-CA", "gia khau").await;
    t.onboard_as("dan", "ta phin").await;
}

/// dan sends a security petition; returns the whole output and the tracking code.
pub async fn submit_security(t: &mut TestApp, text: &str, anonymous: bool) -> (String, String) {
    let out = t.say("@dan: /kiennghi").await;
    assert_has(
        &out,
        &[
            "Kiến nghị của bạn thuộc lĩnh vực nào?",
            "An ninh, trật tự",
            "Khiếu nại, tố cáo",
        ],
    );
    let out = t.say("@dan: An ninh, trật tự").await;
    assert_has(
        &out,
        &["Lĩnh vực: An ninh, trật tự.", "Mời bạn gửi nội dung"],
    );
    let out = t.say(&format!("@dan: {text}")).await;
    assert_has(&out, &["Đã nhận 1 phần.", "📨 Gửi đi"]);
    let out = t.say("@dan: Gửi đi").await;
    assert_has(&out, &["Bạn có muốn giấu tên với cán bộ không?"]);
    let out = t
        .say(if anonymous {
            "@dan: Giấu tên"
        } else {
            "@dan: Ghi tên tôi"
        })
        .await;
    assert_has(&out, &["Mời bạn xem lại kiến nghị", "Nơi: Bản Tả Phìn"]);
    let out = t.say("@dan: ✅ Gửi kiến nghị").await;
    assert_has(
        &out,
        &[
            "✅ Đã gửi kiến nghị.",
            "Đơn vị giải quyết: Công an xã Dào San",
        ],
    );
    let code = find_after(&out, "Mã theo dõi: ", 9);
    (out, code)
}

pub async fn petition_id(t: &TestApp, code: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM petitions WHERE tracking_code = $1")
        .bind(code.replace('-', ""))
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

async fn events(t: &TestApp, code: &str) -> Vec<String> {
    let id = petition_id(t, code).await;
    sqlx::query_scalar("SELECT kind FROM petition_events WHERE petition_id = $1 ORDER BY id")
        .bind(id)
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_petition_goes_from_villager_to_the_right_unit_and_back() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;

        // Submit, with a photo between the text and the send button.
        t.say("@dan: /kiennghi").await;
        t.say("@dan: An ninh, trật tự").await;
        t.say("@dan: Có người lạ vào bản lúc nửa đêm.").await;
        let out = t
            .send(
                "dan",
                Event::Photo {
                    file_ref: "photo-42".into(),
                    caption: None,
                },
            )
            .await;
        assert_has(&out, &["Đã nhận 2 phần."]);
        t.say("@dan: Gửi đi").await;
        t.say("@dan: Ghi tên tôi").await;
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        // The unit's officer is told at once; the officer of another commune is not.
        assert_has(
            &out,
            &[
                "@canbo:\n📥 Kiến nghị mới",
                &code,
                "Lĩnh vực: An ninh, trật tự",
                "Nơi: Bản Tả Phìn",
            ],
        );
        assert_lacks(&out, &["@khac:", "@ubnd:"]);
        let unit: String = sqlx::query_scalar(
            "SELECT u.code FROM petitions p JOIN units u ON u.id = p.unit_id WHERE p.tracking_code = $1",
        )
        .bind(code.replace('-', ""))
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(unit, "DS-CA", "{}", db.label);

        // Another unit's officer cannot see it, by code or by a forged button: they are told
        // what anyone is told of a petition that does not exist, and its trail stays clean.
        let out = t.say(&format!("@khac: /theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy kiến nghị"]);
        let id = petition_id(&t, &code).await;
        let events_before: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM petition_events WHERE petition_id = $1")
                .bind(id)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        let out = t
            .send("khac", Event::Button(format!("pet:open:{id}")))
            .await;
        assert_has(&out, &["Nút này đã cũ"]);
        assert_lacks(&out, &["Có người lạ", code.as_str()]);
        let out = t
            .send("khac", Event::Button(format!("pet:claim:{id}")))
            .await;
        assert_has(&out, &["Nút này đã cũ"]);
        let events_after: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM petition_events WHERE petition_id = $1")
                .bind(id)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(events_before, events_after, "{}", db.label);

        // The right officer: queue, open, claim.
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(
            &out,
            &[
                "Công an xã Dào San: 1 kiến nghị đang chờ",
                &code,
                // 5 working days from Monday 05/01: due Saturday 10/01, a make-up working day;
                // today counts in what is left.
                "còn 6 ngày làm việc",
            ],
        );
        let out = t.say("@canbo: [1]").await;
        assert_has(
            &out,
            &[
                "📂 Kiến nghị",
                "Người gửi: console:dan",
                "Có người lạ vào bản lúc nửa đêm.",
                "<photo photo-42>",
                "🙋 Nhận xử lý",
            ],
        );
        let out = t.say("@canbo: Nhận xử lý").await;
        assert_has(
            &out,
            &[
                "@dan:\nKiến nghị",
                "đang được Công an xã Dào San xử lý",
                "Đồng chí đã nhận xử lý",
            ],
        );

        // Ask for more; the villager's next messages attach until "Xong".
        let out = t.say("@canbo: [1]").await;
        assert_has(&out, &["✍️ Hỏi thêm"]);
        t.say("@canbo: Hỏi thêm").await;
        let out = t.say("@canbo: Người lạ đi xe gì, mấy người?").await;
        assert_has(
            &out,
            &[
                "@dan:",
                "Công an xã Dào San cần thêm thông tin",
                "Người lạ đi xe gì, mấy người?",
            ],
        );
        let out = t.say("@dan: Hai người, đi xe máy không biển số.").await;
        assert_has(&out, &["Đã nhận 1 phần bổ sung."]);
        let out = t.say("@dan: Xong").await;
        assert_has(
            &out,
            &[
                "Cảm ơn bạn. Thông tin bổ sung",
                "@canbo:\n✍️ Người dân đã bổ sung thông tin",
            ],
        );

        // Answer, with a preview, then the villager rates it.
        let out = t.say("@canbo: Mở").await;
        assert_has(
            &out,
            &[
                "Người gửi bổ sung (trả lời câu hỏi của đơn vị)",
                "Hai người, đi xe máy không biển số.",
                "Diễn biến:\n• 08:00 05/01/2026 console:canbo nhận xử lý",
                "hỏi thêm: «Người lạ đi xe gì, mấy người?»",
            ],
        );
        t.say("@canbo: Trả lời").await;
        let out = t
            .say("@canbo: Công an xã đã tăng cường tuần tra ban đêm tại bản.")
            .await;
        assert_has(&out, &["Xem trước câu trả lời:", "📨 Gửi trả lời"]);
        let out = t.say("@canbo: Gửi trả lời").await;
        assert_has(
            &out,
            &[
                "Đã gửi câu trả lời",
                "@dan:\n📬 Kiến nghị",
                "đã có trả lời của Công an xã Dào San",
                "Công an xã đã tăng cường tuần tra ban đêm tại bản.",
                "Bạn có hài lòng",
                "🙂 4",
            ],
        );
        let out = t.say("@dan: 🙂 4").await;
        assert_has(&out, &["Cảm ơn bạn đã đánh giá."]);
        let out = t.say(&format!("@dan: /theodoi {code}")).await;
        assert_has(
            &out,
            &[
                "Tình trạng: Đã trả lời",
                "(Trước đó có 2 mốc khác)",
                "bạn đánh giá câu trả lời",
                "Trả lời: Công an xã",
            ],
        );

        // The audit trail has every change and every officer's read, and nothing of those
        // who were refused.
        let trail = events(&t, &code).await;
        assert!(!trail.iter().any(|k| k == "access_denied"), "{trail:?}");
        for kind in [
            "submitted",
            "routed",
            "viewed",
            "claimed",
            "info_requested",
            "info_added",
            "info_completed",
            "answered",
            "rated",
        ] {
            assert!(
                trail.iter().any(|k| k == kind),
                "{kind} missing from {trail:?}"
            );
        }
        let printed = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert!(
            printed.contains("viewed") && printed.contains("console:canbo"),
            "{printed}"
        );
        assert!(
            !printed.contains("access_denied") && !printed.contains("console:khac"),
            "{printed}"
        );
        // Reading the trail on the command line is on the record too.
        let reads: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'petition.trail_read' AND subject = $1",
        )
        .bind(&code)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(reads, 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_anonymous_petition_never_shows_its_author_to_officers() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (out, code) = submit_security(&mut t, "Có người buôn bán hàng cấm.", true).await;
        assert_lacks(&out, &["console:dan"]);
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(
            &out,
            &[
                "Người gửi: Người dân (giấu tên)",
                "Có người buôn bán hàng cấm.",
            ],
        );
        // (The handle "dan", not the word "danh".)
        assert_lacks(&out.replace("danh", "_"), &["console:dan", "dan"]);

        // A relative who follows it stays unnamed in the trail too: they point at the author.
        t.say(&format!("@dan: /theodoi {code}")).await;
        let out = t.say("@dan: 🔗 Cho người thân theo dõi").await;
        let shared = find_after(&out, "/theodoi ", 18);
        t.say(&format!("@con: /theodoi {shared}")).await;
        let trail = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert_has(&trail, &["(người theo dõi)", "(giấu tên)"]);
        assert_lacks(&trail, &["console:con", "console:dan"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn forwarding_tells_the_new_unit_and_the_villager() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) =
            submit_security(&mut t, "Tranh chấp ranh giới nương giữa hai nhà.", false).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        let out = t.say("@canbo: Chuyển đơn vị").await;
        assert_has(&out, &["Chuyển kiến nghị", "UBND xã Dào San"]);
        t.say("@canbo: UBND xã Dào San").await;
        let out = t
            .say("@canbo: Việc đất đai thuộc thẩm quyền UBND xã.")
            .await;
        assert_has(
            &out,
            &[
                "Đã chuyển kiến nghị",
                &format!("@ubnd:\n📥 Kiến nghị {code} được Công an xã Dào San chuyển đến"),
                "Lý do chuyển: Việc đất đai thuộc thẩm quyền UBND xã.",
                "@dan:\nKiến nghị",
                "đã được chuyển đến UBND xã Dào San",
                "Lý do: Việc đất đai thuộc thẩm quyền UBND xã.",
            ],
        );
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["không có kiến nghị nào đang chờ"]);
        let out = t.say("@ubnd: /hangdoi").await;
        assert_has(&out, &[&code]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_low_rating_reopens_the_petition_once() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Trộm gà nhiều lần trong tháng.", false).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Đã ghi nhận.").await;
        t.say("@canbo: Gửi trả lời").await;
        let out = t.say("@dan: 😡 1").await;
        assert_has(&out, &["Rất tiếc bạn chưa hài lòng", "🔄 Mở lại"]);
        let out = t.say("@dan: Mở lại").await;
        assert_has(&out, &["vì sao câu trả lời chưa thỏa đáng"]);
        let out = t.say("@dan: Chưa thấy ai xuống bản kiểm tra.").await;
        assert_has(
            &out,
            &[
                "đã được mở lại",
                "@canbo:\n🔄 Kiến nghị",
                "Chưa thấy ai xuống bản kiểm tra.",
            ],
        );
        let (status, reopened): (String, i64) =
            sqlx::query_as("SELECT status, reopened_count FROM petitions WHERE tracking_code = $1")
                .bind(code.replace('-', ""))
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!((status.as_str(), reopened), ("open", 1));
        // Answered again and rated low again: no second reopening.
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Đã cử người xuống bản.").await;
        t.say("@canbo: Gửi trả lời").await;
        let out = t.say("@dan: 🙁 2").await;
        assert_has(&out, &["Cảm ơn bạn đã đánh giá."]);
        assert_lacks(&out, &["Mở lại"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn deadlines_remind_then_escalate_with_the_clock_moved_forward() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) =
            submit_security(&mut t, "Đèn đường hỏng, đêm tối dễ xảy ra trộm cắp.", false).await;
        // Security petitions have 5 working days: from Monday 05/01 08:00 to the end of
        // Saturday 10/01 (worked, making up for 02/01); 75% is reached on Friday 09/01 ~14:00.
        t.clock.advance(Duration::days(4));
        let out = t.say("@dan: /menu").await;
        assert_lacks(&out, &["⏰"]);
        t.clock.advance(Duration::hours(6));
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &[
                "@canbo:\n⏰ Nhắc việc: kiến nghị",
                &code,
                "Hạn trả lời: 10/01/2026.",
            ],
        );
        let out = t.say("@dan: /menu").await;
        assert_lacks(&out, &["⏰"]);

        t.clock.advance(Duration::days(2));
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &[
                "@canbo:\n⚠️ Kiến nghị",
                "@ubnd:\n⚠️ Kiến nghị",
                // the admin (the console's default person) is told too
                "\n⚠️ Kiến nghị",
                "đã quá hạn trả lời",
                "Lĩnh vực: An ninh, trật tự",
            ],
        );
        assert_lacks(&out, &["@khac:"]);
        let again = loathon::services::deadlines::sweep(&t.app.db, &t.app.i18n, &t.clock)
            .await
            .unwrap();
        assert_eq!(
            again,
            loathon::services::deadlines::Sweep::default(),
            "each petition escalates once"
        );

        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["⚠️ quá hạn 1 ngày"]);
        // Answered late, it stays in the report's overdue list.
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Đã sửa đèn.").await;
        t.say("@canbo: Gửi trả lời").await;
        // Over the province: one line per commune, the detail a tap away.
        let out = t.say("/baocao").await;
        assert_has(
            &out,
            &[
                "Báo cáo kiến nghị — Tỉnh Lai Châu",
                "• Xã Dào San: 1 kiến nghị · đã trả lời 1 · đúng hạn 0% · quá hạn 1",
                "• Xã Sì Lở Lầu: 0 kiến nghị",
                "] Xã Dào San",
            ],
        );
        assert_lacks(&out, &["Quá hạn (1):"]);
        let out = t.say("Xã Dào San").await;
        assert_has(
            &out,
            &[
                "Báo cáo kiến nghị — Xã Dào San",
                "tổng số 1 kiến nghị",
                "Đã trả lời: 1 · Đúng hạn: 0%",
                "Quá hạn (1):",
                &code,
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn limits_refuse_clearly_and_store_nothing_half_way() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| {
            c.petition_limits.max_body_chars = 40;
            c.petition_limits.max_attachments = 1;
            c.petition_limits.max_per_day = 1;
        })
        .await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        t.say("@dan: /kiennghi").await;
        t.say("@dan: Điện").await;
        let out = t
            .say("@dan: Cột điện đầu bản bị nghiêng sau mưa lũ, rất nguy hiểm.")
            .await;
        assert_has(&out, &["Tin này chưa được nhận: kiến nghị đã có"]);
        t.say("@dan: Cột điện đầu bản bị nghiêng.").await;
        t.send(
            "dan",
            Event::Photo {
                file_ref: "p1".into(),
                caption: None,
            },
        )
        .await;
        let out = t
            .send(
                "dan",
                Event::Voice {
                    file_ref: "v1".into(),
                    duration_s: 5,
                },
            )
            .await;
        assert_has(&out, &["chỉ kèm được tối đa 1"]);
        let out = t.say("@dan: Hủy").await;
        assert_has(&out, &["Đã hủy."]);
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM petitions")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(count, 0, "a cancelled draft leaves nothing behind");

        t.say("@dan: /kiennghi").await;
        t.say("@dan: Điện").await;
        t.say("@dan: Cột điện đầu bản bị nghiêng.").await;
        t.say("@dan: Gửi đi").await;
        t.say("@dan: Ghi tên tôi").await;
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        // No officer in UBND xã Dào San yet: the commune's admin hears of it instead.
        assert_has(
            &out,
            &[
                "Đã gửi kiến nghị",
                "Đơn vị giải quyết: UBND xã Dào San",
                "📥 Kiến nghị mới",
            ],
        );
        let out = t.say("@dan: /kiennghi").await;
        assert_has(&out, &["Hôm nay bạn đã gửi 1 kiến nghị"]);
        // Tomorrow is another day.
        t.clock.advance(Duration::days(1));
        let out = t.say("@dan: /kiennghi").await;
        assert_has(&out, &["thuộc lĩnh vực nào?"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn complaints_are_explained_not_taken() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.say("/kiennghi").await;
        let out = t.say("Khiếu nại, tố cáo").await;
        assert_has(
            &out,
            &[
                "không gửi qua Loa Thôn",
                "Nơi tiếp công dân của UBND xã",
                "Bạn muốn làm gì?",
            ],
        );
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM petitions")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(count, 0);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn invites_are_single_use_expire_and_need_an_admin() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        let out = t.say("@dan: /moi DS-CA").await;
        assert_has(&out, &["Chức năng này dành cho quản trị viên."]);
        let out = t.say("@dan: /hangdoi").await;
        assert_has(&out, &["Chức năng này dành cho cán bộ"]);

        let out = t.say("/moi DS-CA").await;
        let code = format!("MOI-{}", find_after(&out, "/start MOI-", 10));
        let out = t.say(&format!("@a: /start {code}")).await;
        assert_has(&out, &["Đồng chí đã là cán bộ của Công an xã Dào San"]);
        let out = t.say(&format!("@b: /start {code}")).await;
        assert_has(&out, &["Mã mời này đã được dùng."]);
        let out = t.say("@b: /start MOI-00000000").await;
        assert_has(&out, &["Mã mời không đúng."]);

        let out = t.say("/moi DS-TYT").await;
        let code = format!("MOI-{}", find_after(&out, "/start MOI-", 10));
        t.clock.advance(Duration::days(8));
        let out = t.say(&format!("@c: /start {code}")).await;
        assert_has(&out, &["Mã mời này đã hết hạn."]);
        let roles: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM roles WHERE role = 'officer'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(roles, 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn routing_prefers_the_most_specific_area_and_changes_are_audited() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        // A village-level rule beats the commune rule for that village only.
        let out = loathon::admin_ops::routing_set(&t.app, "security", "DS-TP", "DS-QS")
            .await
            .unwrap();
        assert_eq!(out, "security @ DS-TP: - -> DS-QS");
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let id = |code: &'static str| {
            let pool = t.app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>("SELECT id FROM areas WHERE code = $1 UNION SELECT id FROM units WHERE code = $1")
                    .bind(code)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };
        let security: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'security'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let land: i64 = sqlx::query_scalar("SELECT id FROM categories WHERE code = 'land'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let route = loathon::store::units::route;
        assert_eq!(
            route(&mut conn, security, id("DS-TP").await).await.unwrap(),
            Some(id("DS-QS").await)
        );
        assert_eq!(
            route(&mut conn, security, id("DS-SC").await).await.unwrap(),
            Some(id("DS-CA").await)
        );
        assert_eq!(
            route(&mut conn, land, id("DS-SC").await).await.unwrap(),
            Some(id("DS-UBND").await)
        );
        let audited: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'routing.set'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(audited, 1);
        drop(conn);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn the_report_counts_by_status_category_unit_and_village() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, first) = submit_security(&mut t, "Có đánh nhau ở chợ phiên.", false).await;
        submit_security(&mut t, "Xe chạy quá tốc độ qua trường học.", false).await;
        t.say(&format!("@canbo: /theodoi {first}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Đã xử lý.").await;
        t.say("@canbo: Gửi trả lời").await;
        t.say("@dan: 😄 5").await;
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("r.csv");
        let text = loathon::admin_ops::report(
            &t.app,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            Some("DS"),
            Some(&csv),
        )
        .await
        .unwrap();
        assert_has(
            &text,
            &[
                "Xã Dào San, từ 01/01/2026 đến 31/12/2026: tổng số 2 kiến nghị",
                "Đã trả lời: 1 · Đúng hạn: 100%",
                "Mức hài lòng với lần trả lời đầu: 5,0/5 (1 lượt đánh giá)",
                "• Đang chờ xử lý: 1",
                "• An ninh, trật tự: 2",
                "• Công an xã Dào San: 2",
                "• Bản Tả Phìn: 2",
            ],
        );
        let csv = std::fs::read_to_string(csv).unwrap();
        // Vietnamese like the chat report, readable by Excel on Windows (a UTF-8 mark first).
        assert!(
            csv.starts_with('\u{FEFF}')
                && csv.contains("tổng,số kiến nghị,2")
                && csv.contains("lĩnh vực,\"An ninh, trật tự\",2")
                && csv.contains("tình trạng,Đang chờ xử lý,1"),
            "{csv}"
        );
        let other = loathon::admin_ops::report(
            &t.app,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
            Some("SLL"),
            None,
        )
        .await
        .unwrap();
        assert_has(&other, &["tổng số 0 kiến nghị"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_unit_with_its_own_group_hears_of_new_petitions_there() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        let group = |text: &str| loathon::message::Inbound {
            channel: loathon::message::Channel::Console,
            chat_id: "nhom-cong-an".into(),
            chat_kind: loathon::store::chats::ChatKind::Group,
            chat_title: Some("Công an xã".into()),
            sender_id: "lan".into(),
            sender_name: None,
            language_hint: None,
            event: Event::Text(text.into()),
        };
        t.app.engine.handle(group("/lienket ds-ca")).await.unwrap();
        let printed = t.console.deliver().await.unwrap();
        let out = t.console.format(&printed);
        assert_has(
            &out,
            &["@nhom-cong-an:", "Đã liên kết nhóm với Công an xã Dào San"],
        );
        let (_, code) = submit_security(&mut t, "Mất trộm trâu ở bãi chăn thả.", false).await;
        let notices: Vec<String> = sqlx::query_scalar(
            "SELECT o.payload FROM outbox o JOIN chats c ON c.id = o.chat_id WHERE c.external_id = 'nhom-cong-an'",
        )
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert!(
            notices
                .iter()
                .any(|p| p.contains("Kiến nghị mới") && p.contains(&code)),
            "{notices:?}"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn closing_as_duplicate_or_out_of_scope_tells_the_villager_why() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, first) = submit_security(&mut t, "Có người lạ dò hỏi nhà trống.", false).await;
        let (_, second) = submit_security(&mut t, "Người lạ dò hỏi nhà nào vắng chủ.", false).await;
        t.say(&format!("@canbo: /theodoi {second}")).await;
        t.say("@canbo: Khép lại").await;
        t.say("@canbo: Trùng kiến nghị khác").await;
        let out = t.say("@canbo: 1234-5678").await;
        assert_has(&out, &["Không tìm thấy kiến nghị khác có mã «1234-5678»."]);
        let out = t.say(&format!("@canbo: {first}")).await;
        assert_has(
            &out,
            &[
                "Đã khép lại kiến nghị",
                "@dan:",
                "trùng với kiến nghị",
                &first,
            ],
        );
        let (_, third) = submit_security(&mut t, "Xin cấp giấy phép xây nhà.", false).await;
        t.say(&format!("@canbo: /theodoi {third}")).await;
        t.say("@canbo: Khép lại").await;
        t.say("@canbo: Không thuộc phạm vi của xã").await;
        let out = t.say("@canbo: Việc cấp phép xây dựng do UBND xã làm, mời gửi lại theo lĩnh vực Dịch vụ công.").await;
        assert_has(
            &out,
            &["@dan:", "không thuộc phạm vi giải quyết", "Dịch vụ công"],
        );
        let statuses: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT status, close_reason FROM petitions WHERE tracking_code IN ($1, $2) ORDER BY id",
        )
        .bind(second.replace('-', ""))
        .bind(third.replace('-', ""))
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(
            statuses,
            vec![
                ("closed".to_string(), Some("duplicate".to_string())),
                ("closed".to_string(), Some("out_of_scope".to_string()))
            ]
        );
        db.cleanup().await;
    }
}

/// Issue 14, problem 8: the unit's officer opens any of its codes (recorded in the trail); the
/// author lets a relative follow by a share link or `/theodoi <code>-<key>`; the follower sees
/// the status and the answer, never who wrote it; stopping the sharing shuts them out.
#[tokio::test]
async fn a_relative_follows_a_shared_petition_without_learning_who_wrote_it() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Có người lạ chặt gỗ trên đồi.", false).await;

        // The unit's officer looks the code up; the read is in the trail. Another unit's is not.
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(&out, &["📂 Kiến nghị", "Người gửi: console:dan"]);
        assert!(events(&t, &code).await.contains(&"viewed".to_string()));
        let out = t.say(&format!("@khac: /theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy kiến nghị"]);

        // The code alone shows a stranger nothing.
        let out = t.say(&format!("@con: /theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy kiến nghị"]);

        // The author shares it from their view of the petition.
        let out = t.say(&format!("@dan: /theodoi {code}")).await;
        assert_has(&out, &["🔗 Cho người thân theo dõi"]);
        let out = t.say("@dan: 🔗 Cho người thân theo dõi").await;
        assert_has(
            &out,
            &[
                &format!("Mời bạn theo dõi kiến nghị {code} trên Loa Thôn"),
                &format!("👀 Theo dõi kiến nghị {code}"),
                "không thấy tên bạn",
                "🚫 Thôi cho theo dõi",
            ],
        );
        let shared = find_after(&out, "/theodoi ", 18);
        assert!(shared.starts_with(&code), "{shared}");

        // A relative who never used the bot follows by the typed command.
        let out = t.say(&format!("@con: /theodoi {shared}")).await;
        assert_has(
            &out,
            &[
                &format!("Bạn đang theo dõi kiến nghị {code} của một người dân"),
                "Tình trạng: Đang chờ xử lý",
                "Công an xã Dào San",
            ],
        );
        assert_lacks(
            &out,
            &["dan", "Có người lạ chặt gỗ", "Cho người thân theo dõi"],
        );
        // The commune office's staff follow by the link in the shared message.
        let payload = format!("td-{}", shared.replace(&code, &code.replace('-', "")));
        let out = t
            .send(
                "xa",
                Event::Command {
                    name: "start".into(),
                    args: payload,
                },
            )
            .await;
        assert_has(&out, &[&format!("Bạn đang theo dõi kiến nghị {code}")]);
        let out = t.say(&format!("@dan: /theodoi {code}")).await;
        assert_has(&out, &["Số người đang theo dõi: 2."]);

        // The answer reaches the followers too, still without the author's name.
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Công an xã đã đến kiểm tra và lập biên bản.")
            .await;
        let out = t.say("@canbo: Gửi trả lời").await;
        assert_has(
            &out,
            &[
                "@dan:\n📬 Kiến nghị",
                "@con:\n📬 Kiến nghị",
                "Công an xã đã đến kiểm tra và lập biên bản.",
            ],
        );
        let out = t.say(&format!("@con: /theodoi {shared}")).await;
        assert_has(
            &out,
            &["Trả lời: Công an xã đã đến kiểm tra và lập biên bản."],
        );
        assert_lacks(&out, &["dan"]);

        // The author stops sharing: the key no longer opens anything.
        t.say(&format!("@dan: /theodoi {code}")).await;
        let out = t.say("@dan: 🚫 Thôi cho theo dõi").await;
        assert_has(
            &out,
            &["Đã thôi cho theo dõi", "Số người không theo dõi nữa: 2."],
        );
        let out = t.say(&format!("@con: /theodoi {shared}")).await;
        assert_has(&out, &["người gửi đã thôi cho theo dõi"]);
        let out = t.say(&format!("@con: /theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy kiến nghị"]);
        // Each step of sharing is in the trail: given, used twice, taken back.
        let trail: Vec<String> = events(&t, &code)
            .await
            .into_iter()
            .filter(|k| ["shared", "followed", "unshared"].contains(&k.as_str()))
            .collect();
        assert_eq!(trail, ["shared", "followed", "followed", "unshared"]);
        let printed = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert_has(&printed, &["cho người khác theo dõi (shared)"]);
        db.cleanup().await;
    }
}

/// The directory (areas, units, categories, routing) is held in memory by each instance: a
/// change made by another instance, or by hand in SQL, reaches the very next petition here.
#[tokio::test]
async fn directory_changes_from_another_instance_reach_the_next_petition() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        // This instance has read the directory for a first petition.
        let (out, _) = submit_security(&mut t, "Có người lạ vào bản ban đêm.", false).await;
        assert_has(&out, &["Đơn vị giải quyết: Công an xã Dào San"]);
        // A second instance on the same database routes security in Tả Phìn elsewhere.
        let other = App::build(t.app.config.clone(), Arc::new(t.clock.clone()))
            .await
            .unwrap();
        loathon::admin_ops::routing_set(&other, "security", "DS-TP", "DS-QS")
            .await
            .unwrap();
        let out = t.say("@dan: /kiennghi").await;
        assert!(out.contains("An ninh, trật tự"), "{out}");
        for line in [
            "@dan: An ninh, trật tự",
            "@dan: Trộm trâu ở bản.",
            "@dan: Gửi đi",
            "@dan: Ghi tên tôi",
        ] {
            t.say(line).await;
        }
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        assert_has(&out, &["Đơn vị giải quyết: Ban Chỉ huy Quân sự xã Dào San"]);
        // A unit renamed by hand in SQL: the next summary and submission use the new name.
        sqlx::query("UPDATE units SET name = 'Ban CHQS xã Dào San (mới)' WHERE code = 'DS-QS'")
            .execute(&t.app.db.pool)
            .await
            .unwrap();
        for line in [
            "@dan: /kiennghi",
            "@dan: An ninh, trật tự",
            "@dan: Mất trộm gà.",
            "@dan: Gửi đi",
            "@dan: Ghi tên tôi",
        ] {
            t.say(line).await;
        }
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        assert_has(&out, &["Đơn vị giải quyết: Ban CHQS xã Dào San (mới)"]);
        other.db.pool.close().await;
        db.cleanup().await;
    }
}
