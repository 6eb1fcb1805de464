//! Petitions that keep everything (the numbered problems, played on the console on
//! both backends): reopening keeps the first answer and its rating; forwards carry their
//! reason; merges leave the villager following the main petition; supplements reach the unit
//! without "Xong" and never after an answer; a unit with no officer is not a dead end.

use chrono::Duration;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, spawn_app};
use crate::petitions::{make_officer, submit_security};

async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    make_officer(t, "canbo2", "DS-CA", "dao san").await;
    t.onboard_as("dan", "ta phin").await;
    t.onboard_as("dan2", "ta phin").await;
}

async fn answer(t: &mut TestApp, officer: &str, code: &str, text: &str) -> String {
    t.say(&format!("@{officer}: /theodoi {code}")).await;
    t.say(&format!("@{officer}: Trả lời")).await;
    t.say(&format!("@{officer}: {text}")).await;
    t.say(&format!("@{officer}: Gửi trả lời")).await
}

#[tokio::test]
async fn reopening_keeps_the_first_answer_and_its_rating_in_the_report_and_the_timeline() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Trộm gà nhiều lần trong tháng.", false).await;
        answer(&mut t, "canbo", &code, "Đã ghi nhận, sẽ kiểm tra.").await;
        t.say("@dan: 🙁 2").await;
        t.say("@dan: Mở lại").await;
        t.say("@dan: Chưa thấy ai xuống bản.").await;
        let out = answer(&mut t, "canbo", &code, "Đã cử công an viên xuống bản.").await;
        assert_has(&out, &["Đã gửi câu trả lời"]);
        t.say("@dan: 😄 5").await;

        let report = t.say("/baocao dao san").await;
        assert_has(
            &report,
            &[
                "Đã trả lời: 2",
                "Mức hài lòng với lần trả lời đầu: 2,0/5 (1 lượt đánh giá)",
                "Sau khi mở lại: 5,0/5 (1 lượt đánh giá)",
            ],
        );
        // Both answers, the rating and the reason stay in the officer's timeline.
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(
            &out,
            &[
                "trả lời: «Đã ghi nhận, sẽ kiểm tra.»",
                "Người gửi đánh giá 2/5",
                "Người gửi đề nghị xem lại: «Chưa thấy ai xuống bản.»",
                "trả lời: «Đã cử công an viên xuống bản.»",
                "Người gửi đánh giá 5/5",
            ],
        );
        // The author sees the latest steps only, with the latest answer, in one short message.
        let printed = t
            .console
            .send_line(&format!("@dan: /theodoi {code}"))
            .await
            .unwrap();
        let detail = &printed[0].message.text;
        assert_has(
            detail,
            &[
                "(Trước đó có ",
                " mốc khác)",
                "Trả lời: Đã cử công an viên xuống bản.",
            ],
        );
        assert!(detail.chars().count() <= 400, "{detail}");

        // The whole history, on the officer's button: a read in the trail. Another unit's
        // officer pressing the same button data sees nothing and leaves no read.
        crate::petitions::make_officer(&mut t, "khac", "SLL-CA", "gia khau").await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM petitions WHERE tracking_code = $1")
            .bind(code.replace('-', ""))
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let pool = t.app.db.pool.clone();
        let history_reads = || async {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM petition_events WHERE petition_id = $1 \
                 AND kind = 'viewed' AND detail = 'history'",
            )
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap()
        };
        let press = |id: i64| loathon::message::Event::Button(format!("pet:hist:{id}"));
        let out = t.send("khac", press(id)).await;
        assert_lacks(&out, &["Toàn bộ diễn biến", "Chưa thấy ai xuống bản."]);
        assert_eq!(history_reads().await, 0);
        let out = t.send("canbo", press(id)).await;
        assert_has(
            &out,
            &[
                &format!("📜 Toàn bộ diễn biến kiến nghị {code}:"),
                "Chưa thấy ai xuống bản.",
            ],
        );
        assert_eq!(history_reads().await, 1);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_colleague_who_claimed_it_hears_when_another_officer_answers() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Mất trộm trâu.", false).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Nhận xử lý").await;
        let out = t.say(&format!("@canbo2: /theodoi {code}")).await;
        assert_has(&out, &["Đang xử lý: console:canbo"]);
        let out = answer(&mut t, "canbo2", &code, "Đã tìm thấy trâu.").await;
        assert_has(
            &out,
            &[&format!(
                "@canbo:\nKiến nghị {code} mà đồng chí đã nhận xử lý vừa được một cán bộ khác"
            )],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_merged_villager_follows_the_main_petition_and_gets_its_answer() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, main) = submit_security(&mut t, "Cầu treo bị hỏng dây cáp.", false).await;
        // dan2 writes about the same thing.
        t.say("@dan2: /kiennghi").await;
        t.say("@dan2: An ninh, trật tự").await;
        t.say("@dan2: Dây cầu treo đứt một bên.").await;
        t.say("@dan2: Gửi đi").await;
        t.say("@dan2: Ghi tên tôi").await;
        let out = t.say("@dan2: ✅ Gửi kiến nghị").await;
        let dup = crate::helpers::find_after(&out, "Mã theo dõi: ", 9);
        // Merging into an answered petition is refused; into an open one it works.
        t.say(&format!("@canbo: /theodoi {dup}")).await;
        t.say("@canbo: Khép lại").await;
        t.say("@canbo: Trùng kiến nghị khác").await;
        let out = t.say(&format!("@canbo: {main}")).await;
        assert_has(
            &out,
            &[
                "Đã khép lại",
                &format!("@dan2:\nKiến nghị {dup} trùng với kiến nghị {main}"),
                &format!("/theodoi {main}"),
            ],
        );
        let out = t.say(&format!("@dan2: /theodoi {main}")).await;
        assert_has(
            &out,
            &[&main, "Tình trạng: Đang chờ xử lý", "📋 Theo dõi kiến nghị"],
        );
        assert_lacks(&out, &["Không tìm thấy", "console:dan\n"]);
        let out = answer(&mut t, "canbo", &main, "Đã báo huyện sửa cầu trong tuần.").await;
        assert_has(
            &out,
            &["@dan2:\n📬 Kiến nghị", "Đã báo huyện sửa cầu trong tuần."],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn merging_warns_on_another_category_and_refuses_an_answered_petition() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, answered) = submit_security(&mut t, "Đèn đường hỏng.", false).await;
        answer(&mut t, "canbo", &answered, "Đã thay bóng đèn.").await;
        let (_, second) = submit_security(&mut t, "Đèn đường lại hỏng.", false).await;
        t.say(&format!("@canbo: /theodoi {second}")).await;
        t.say("@canbo: Khép lại").await;
        t.say("@canbo: Trùng kiến nghị khác").await;
        let out = t.say(&format!("@canbo: {answered}")).await;
        assert_has(
            &out,
            &["đã được trả lời hoặc khép lại nên không gộp vào được"],
        );
        let status: String =
            sqlx::query_scalar("SELECT status FROM petitions WHERE tracking_code = $1")
                .bind(second.replace('-', ""))
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(status, "open", "{}", db.label);

        // From another village: the officer is warned and must confirm.
        t.onboard_as("dan3", "dao san").await;
        t.say("@dan3: /kiennghi").await;
        t.say("@dan3: An ninh, trật tự").await;
        t.say("@dan3: Đèn đường ở bản tôi cũng hỏng.").await;
        t.say("@dan3: Gửi đi").await;
        t.say("@dan3: Ghi tên tôi").await;
        let out = t.say("@dan3: ✅ Gửi kiến nghị").await;
        let third = crate::helpers::find_after(&out, "Mã theo dõi: ", 9);
        t.say(&format!("@canbo: /theodoi {third}")).await;
        t.say("@canbo: Khép lại").await;
        t.say("@canbo: Trùng kiến nghị khác").await;
        let out = t.say(&format!("@canbo: {second}")).await;
        assert_has(
            &out,
            &[
                &format!("gộp kiến nghị này vào kiến nghị {second}?"),
                "Hai kiến nghị gửi từ hai thôn, bản khác nhau.",
                "🔗 Gộp",
            ],
        );
        assert_lacks(&out, &["@dan3:"]);
        let out = t.say("@canbo: Gộp").await;
        assert_has(&out, &["Đã khép lại", "@dan3:"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_supplement_reaches_the_unit_after_a_quiet_spell_without_xong_and_not_after_an_answer() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Có người lạ vào bản.", false).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Hỏi thêm").await;
        t.say("@canbo: Mấy người, đi xe gì?").await;
        let out = t.say("@dan: Hai người, đi xe máy.").await;
        assert_has(&out, &["Đã nhận 1 phần bổ sung."]);
        assert_lacks(&out, &["@canbo:"]);
        // The villager's own view offers what they can do from there.
        let out = t.say(&format!("@dan: /theodoi {code}")).await;
        assert_has(&out, &["✍️ Gửi thêm thông tin", "📋 Theo dõi kiến nghị"]);
        // The villager never presses "Xong"; five quiet minutes later the unit hears of it.
        t.clock.advance(Duration::minutes(6));
        let out = t.say("@dan2: /menu").await;
        assert_has(
            &out,
            &[&format!(
                "@canbo:\n✍️ Người dân đã bổ sung thông tin cho kiến nghị {code}"
            )],
        );
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(
            &out,
            &[
                "Tình trạng: Đang chờ xử lý",
                "Người gửi bổ sung (trả lời câu hỏi của đơn vị)",
                "Hai người, đi xe máy.",
            ],
        );
        assert_lacks(
            &out,
            &["Chờ bổ sung thông tin", "Ảnh, tệp gửi kèm kiến nghị (số 1)"],
        );
        // Once answered, nothing more is added: the villager is offered to reopen instead.
        answer(&mut t, "canbo", &code, "Đã cho người theo dõi.").await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM petitions WHERE tracking_code = $1")
            .bind(code.replace('-', ""))
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let out = t
            .send(
                "dan",
                loathon::message::Event::Button(format!("pet:more:{id}")),
            )
            .await;
        assert_has(&out, &["Nút này đã cũ"]);
        let parts: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM petition_attachments WHERE petition_id = $1")
                .bind(id)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(parts, 1, "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_supplement_is_held_to_the_intake_limits() {
    for db in backends().await {
        let mut t = crate::helpers::spawn_app_with(&db, |c| {
            c.petition_limits.max_body_chars = 60;
        })
        .await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Có người lạ vào bản.", false).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Hỏi thêm").await;
        t.say("@canbo: Mấy người?").await;
        let out = t.say("@dan: Hai người.").await;
        assert_has(&out, &["Đã nhận 1 phần bổ sung."]);
        let long = "Rất nhiều chữ ".repeat(5);
        let out = t.say(&format!("@dan: {long}")).await;
        assert_has(&out, &["thêm tin này sẽ quá 60 ký tự", "Xong"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_unit_with_no_officer_has_its_admins_told_with_an_invite_and_a_read_only_view() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        let (out, code) = submit_security(&mut t, "Mất trộm xe máy.", false).await;
        assert_has(
            &out,
            &[
                "📥 Kiến nghị mới",
                "Công an xã Dào San chưa có cán bộ nào nhận tin",
                "Mời cán bộ của đơn vị",
            ],
        );
        assert_lacks(&out, &["chưa có cán bộ nhận tin trên Loa Thôn. Kiến nghị"]);
        let out = t.say(&format!("/theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy"]);
        let out = t.say("Mở").await;
        assert_has(
            &out,
            &[
                "📂 Kiến nghị",
                "Mất trộm xe máy.",
                "chỉ xem",
                "Mời cán bộ của đơn vị",
            ],
        );
        assert_lacks(&out, &["Nhận xử lý", "💬 Trả lời"]);
        let out = t.say("Mời cán bộ của đơn vị").await;
        assert_has(&out, &["Mã mời cán bộ", "/start MOI-"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn when_nobody_at_all_can_be_told_the_villager_hears_it_and_healthz_counts_it() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        // No officer, and the only admin loses the role.
        t.app
            .revoke("console:lan", Some(loathon::domain::Role::Admin))
            .await
            .unwrap();
        t.onboard_as("dan", "ta phin").await;
        let (out, _) = submit_security(&mut t, "Mất trộm xe máy.", false).await;
        assert_has(
            &out,
            &["Hiện đơn vị này chưa có cán bộ nhận tin trên Loa Thôn"],
        );
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let unseen = loathon::store::petitions::unseen_count(&mut conn)
            .await
            .unwrap();
        assert_eq!(unseen, 1, "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_admin_takes_back_the_role_of_an_officer_who_changed_post() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Mất trộm xe máy.", false).await;
        let out = t.say("/canbo").await;
        assert_has(
            &out,
            &[
                "console:canbo — Công an xã Dào San",
                "Thu hồi quyền: console:canbo",
            ],
        );
        let out = t.say("Thu hồi quyền: console:canbo").await;
        assert_has(
            &out,
            &[
                "Đã thu hồi quyền cán bộ của console:canbo tại Công an xã Dào San",
                "@canbo:\nQuyền cán bộ của đồng chí tại Công an xã Dào San đã được thu hồi.",
            ],
        );
        // From the next message on, the unit's petitions are closed to them.
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(&out, &["Không tìm thấy"]);
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["dành cho cán bộ các đơn vị"]);
        // An admin of another commune sees none of Dào San's officers, and cannot revoke.
        t.app
            .grant("console:qtsll", loathon::domain::Role::Admin, Some("SLL"))
            .await
            .unwrap();
        let out = t.say("@qtsll: /canbo").await;
        assert_lacks(&out, &["canbo2"]);
        let (person, unit): (i64, i64) = sqlx::query_as(
            "SELECT r.person_id, r.unit_id FROM roles r JOIN people p ON p.id = r.person_id \
             WHERE p.external_id = 'canbo2' AND r.role = 'officer'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        let out = t
            .send(
                "qtsll",
                loathon::message::Event::Button(format!("rev:{person}:{unit}")),
            )
            .await;
        assert_has(&out, &["không thuộc địa bàn đồng chí quản lý"]);
        assert_lacks(&out, &["@canbo2:"]);
        let still: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM roles WHERE person_id = $1 AND role = 'officer'",
        )
        .bind(person)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(still, 1, "{}", db.label);
        db.cleanup().await;
    }
}
