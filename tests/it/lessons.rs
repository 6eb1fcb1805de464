//! Lessons through the console: steps, quiz with a wrong then a right answer, resume after a
//! restart, help from a digital helper, the progress report, fallback to Vietnamese.

use loathon::domain::{LocaleTag, Role};
use loathon::i18n::{LocaleSource, Msg};

use crate::helpers::{
    TestApp, TestDb, assert_has, assert_lacks, backends, spawn_app, spawn_app_with,
};

fn vi(t: &TestApp, id: &str) -> String {
    t.app
        .i18n
        .render(&LocaleTag::vi(), &Msg::new(id.to_string()))
}

/// Walks `handle` through lesson `id` to its end, answering each question wrong once when
/// `stumble`, then right. Returns everything the bot said.
async fn complete(t: &mut TestApp, handle: &str, id: &str, stumble: bool) -> String {
    let lesson = t.app.lessons.get(id).unwrap().clone();
    let mut all = t.say(&format!("@{handle}: /hoc")).await;
    all += &t.say(&format!("@{handle}: {}", vi(t, &lesson.title))).await;
    for _ in 1..lesson.steps.len() {
        all += &t.say(&format!("@{handle}: Tiếp ›")).await;
    }
    let out = t.say(&format!("@{handle}: Tiếp ›")).await;
    assert_has(&out, &["câu hỏi 1/"]);
    all += &out;
    for q in &lesson.quiz {
        if stumble {
            let wrong = (0..q.options.len()).find(|i| i + 1 != q.correct).unwrap();
            let out = t
                .say(&format!("@{handle}: {}", vi(t, &q.options[wrong])))
                .await;
            assert_has(
                &out,
                &["Chưa đúng.", &vi(t, &q.explanation), &vi(t, &q.question)],
            );
            all += &out;
        }
        let out = t
            .say(&format!("@{handle}: {}", vi(t, &q.options[q.correct - 1])))
            .await;
        assert_has(&out, &["✅ Đúng rồi!"]);
        all += &out;
    }
    all
}

#[tokio::test]
async fn a_whole_lesson_with_a_wrong_then_right_answer() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        let out = t.say("@dan: /hoc").await;
        assert_has(
            &out,
            &[
                "bạn đã học xong 0/6 bài",
                "🆔 Cài đặt và dùng VNeID",
                "⚠️ Nhận biết lừa đảo",
            ],
        );
        let out = complete(&mut t, "dan", "lua-dao", true).await;
        assert_has(
            &out,
            &[
                "— phần 1/7",
                "công an không giải quyết vụ việc qua điện thoại",
                "🎉 Chúc mừng bạn đã học xong bài «⚠️ Nhận biết lừa đảo qua điện thoại, trên mạng»!",
                "Bài nên học tiếp: «🆔 Cài đặt và dùng VNeID».",
            ],
        );
        let out = t.say("@dan: /hoc").await;
        assert_has(
            &out,
            &["bạn đã học xong 1/6 bài", "✅ ⚠️ Nhận biết lừa đảo"],
        );
        let (answers, right): (i64, i64) =
            sqlx::query_as("SELECT COUNT(*), CAST(SUM(correct) AS BIGINT) FROM quiz_answers")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        let questions = t.app.lessons.get("lua-dao").unwrap().quiz.len() as i64;
        assert_eq!((answers, right), (2 * questions, questions), "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn leaving_halfway_resumes_at_the_same_step_after_a_restart() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        t.say("@dan: /hoc").await;
        t.say("@dan: 📝 Nộp hồ sơ trên Cổng Dịch vụ công").await;
        t.say("@dan: Tiếp ›").await;
        let out = t.say("@dan: Tiếp ›").await;
        assert_has(&out, &["— phần 3/"]);
        t.say("@dan: /menu").await;
        t.app.db.pool.close().await;
        drop(t);
        let mut t = spawn_app(&db).await;
        t.say("@dan: /hoc").await;
        let out = t.say("@dan: 📝 Nộp hồ sơ trên Cổng Dịch vụ công").await;
        assert_has(&out, &["— phần 3/", "‹ Quay lại"]);
        let out = t.say("@dan: Quay lại").await;
        assert_has(&out, &["— phần 2/"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_help_request_reaches_the_village_helper() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        t.onboard_as("giup", "ta phin").await;
        t.onboard_as("xa", "gia khau").await;
        let out = t.say("@dan: /hoc").await;
        assert_has(&out, &["Mời bạn chọn bài"]);
        t.say("@dan: 🆔 Cài đặt và dùng VNeID").await;
        let out = t.say("@dan: Nhờ người hướng dẫn").await;
        assert_has(&out, &["chưa có «Người bản số»", "— phần 1/"]);

        t.app
            .grant("console:giup", Role::DigitalHelper, Some("DS-TP"))
            .await
            .unwrap();
        t.app
            .grant("console:xa", Role::DigitalHelper, Some("SLL-GK"))
            .await
            .unwrap();
        let out = t.say("@dan: Nhờ người hướng dẫn").await;
        assert_has(&out, &["🙈 Không chia sẻ số"]);
        let out = t.say("@dan: Không chia sẻ số").await;
        assert_has(
            &out,
            &[
                "Đã báo cho 1 «Người bản số»",
                "@giup:\n🙋 dan ở Bản Tả Phìn cần giúp đỡ khi học bài «🆔 Cài đặt và dùng VNeID»",
            ],
        );
        assert_lacks(&out, &["@xa:"]);
        let out = t.say("@giup: Nhận giúp").await;
        assert_has(
            &out,
            &[
                "Cảm ơn bạn đã nhận giúp dan",
                "@dan:\n🙋 giup («Người bản số») sẽ giúp bạn",
            ],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn finishing_every_core_lesson_earns_a_certificate_and_the_report_counts_it() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        t.onboard_as("mai", "ta phin").await;
        let ids: Vec<String> = t.app.lessons.lessons.iter().map(|l| l.id.clone()).collect();
        let mut last = String::new();
        for id in &ids {
            last = complete(&mut t, "dan", id, false).await;
        }
        assert_has(
            &last,
            &[
                "🏅 GIẤY CHỨNG NHẬN",
                "Hoàn thành 6 bài học",
                "Người học: dan",
                "Nơi ở: Bản Tả Phìn, Xã Dào San",
                "Ngày hoàn thành: 05/01/2026",
            ],
        );
        complete(&mut t, "mai", "lua-dao", true).await;

        let report = loathon::admin_ops::lessons_report(
            &t.app,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
            Some("DS"),
        )
        .await
        .unwrap();
        assert_has(
            &report,
            &[
                "Bản Tả Phìn (Xã Dào San): 2 người đã học, 1 người học xong tất cả các bài.",
                "• ⚠️ Nhận biết lừa đảo qua điện thoại, trên mạng: 2",
                "• 🆔 Cài đặt và dùng VNeID: 1",
                "— câu 1: 67% (2/3)",
            ],
        );
        let dir = tempfile::tempdir().unwrap();
        let csv = dir.path().join("l.csv");
        loathon::admin_ops::lessons_csv(
            &t.app,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
            chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap(),
            None,
            &csv,
        )
        .await
        .unwrap();
        let csv = std::fs::read_to_string(csv).unwrap();
        assert!(
            csv.contains("\"Xã Dào San\",\"Bản Tả Phìn\",,started,2"),
            "{csv}"
        );
        assert!(
            csv.contains("lua-dao,finished,2") && csv.contains("lua-dao,question_1_correct,2/3"),
            "{csv}"
        );
        let out = t.say("/tiendo").await;
        assert_has(&out, &["Kết quả học kỹ năng số", "2 người đã học"]);
        let out = t.say("@dan: /tiendo").await;
        assert_has(&out, &["dành cho quản trị viên"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_lesson_in_hmong_falls_back_to_vietnamese_where_a_step_is_missing() {
    // Test translations (not shipped): the title and first step of one lesson in hnj.
    let dir = tempfile::tempdir().unwrap();
    for src in LocaleSource::embedded().unwrap() {
        let folder = dir.path().join(src.tag.as_str());
        std::fs::create_dir_all(&folder).unwrap();
        for f in &src.files {
            let name = std::path::Path::new(&f.path).file_name().unwrap();
            std::fs::write(folder.join(name), &f.text).unwrap();
        }
    }
    std::fs::write(
        dir.path().join("hnj/lesson-test.ftl"),
        "# DRAFT test data\nlesson-lua-dao-title = TEST-HNJ-TITLE\nlesson-lua-dao-step-1 = TEST-HNJ-STEP-ONE\n",
    )
    .unwrap();
    let db = TestDb::sqlite();
    let locales = dir.path().to_path_buf();
    let mut t = spawn_app_with(&db, |c| c.locales_dir = Some(locales)).await;
    t.say("@pa: /start").await;
    t.say("@pa: Hmoob (H'Mông)").await;
    t.say("@pa: ta phin").await;
    t.say("@pa: Pom zoo").await;
    let out = t.say("@pa: /hoc").await;
    assert_has(&out, &["TEST-HNJ-TITLE", "🆔 Cài đặt và dùng VNeID"]);
    let out = t.say("@pa: TEST-HNJ-TITLE").await;
    assert_has(&out, &["TEST-HNJ-TITLE — phần 1/7", "TEST-HNJ-STEP-ONE"]);
    let out = t.say("@pa: Tiếp ›").await;
    assert_has(
        &out,
        &[
            "TEST-HNJ-TITLE — phần 2/7",
            "Giả danh công an, viện kiểm sát, tòa án:",
        ],
    );
}

#[tokio::test]
async fn a_broken_lesson_stops_the_bot_from_starting() {
    let lessons = tempfile::tempdir().unwrap();
    std::fs::write(
        lessons.path().join("hong.toml"),
        "id = \"hong\"\norder = 1\ntitle = \"lesson-vneid-title\"\n\n[[step]]\ntext = \"lesson-khong-co\"\n",
    )
    .unwrap();
    let db = TestDb::sqlite();
    let config = loathon::Config {
        database_url: db.url.clone(),
        lessons_dir: Some(lessons.path().to_path_buf()),
        ..loathon::Config::default()
    };
    let clock = loathon::clock::ManualClock::monday_morning();
    let err = loathon::App::build(config, std::sync::Arc::new(clock))
        .await
        .err()
        .expect("refuses to start");
    let text = err.to_string();
    assert!(
        text.contains("hong.toml:6") && text.contains("lesson-khong-co"),
        "{text}"
    );
}
