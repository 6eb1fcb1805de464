//! Privacy through the console, on both backends: consent withdrawn and given again, data
//! deleted in the chat and at the commune office, outbox texts emptied after the retention
//! time, anonymous authors hidden in the audit trail (and revealed only with a reason), names
//! cleaned on the way in.

use chrono::Duration;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, spawn_app};
use crate::petitions::{make_officer, petition_id, submit_security};

/// lan (admin), canbo (Công an xã Dào San) and dan (villager of Bản Tả Phìn).
async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    t.onboard_as("dan", "ta phin").await;
}

async fn person_id(t: &TestApp, handle: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM people WHERE channel = 'console' AND external_id = $1")
        .bind(handle)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

async fn count(t: &TestApp, sql: &'static str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn withdrawing_consent_stops_petitions_and_subscriptions_until_agreed_again() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        let out = t.say("@dan: /dangky").await;
        assert_has(&out, &["Bản Tả Phìn"]);
        let dan = person_id(&t, "dan").await;
        let subscribed = "SELECT COUNT(*) FROM subscriptions WHERE person_id = $1";
        assert_eq!(count(&t, subscribed, dan).await, 1, "{}", db.label);

        let out = t.say("@dan: 👤 Thông tin của tôi").await;
        assert_has(
            &out,
            &[
                "Đồng ý về dữ liệu cá nhân: ngày 05/01/2026.",
                "Rút lại đồng ý",
                "🗑 Xóa dữ liệu của tôi",
                "‹ Quay lại",
            ],
        );
        let out = t.say("@dan: Rút lại đồng ý").await;
        assert_has(
            &out,
            &[
                "Nếu rút lại đồng ý, bạn sẽ không gửi được kiến nghị mới",
                "Có, rút lại đồng ý",
                "Không",
            ],
        );
        // "No" changes nothing.
        let out = t.say("@dan: Không").await;
        assert_has(&out, &["Không có gì thay đổi.", "Bạn muốn làm gì?"]);
        let consent = "SELECT COUNT(*) FROM people WHERE id = $1 AND consent_at IS NOT NULL";
        assert_eq!(count(&t, consent, dan).await, 1);

        t.say("@dan: 👤 Thông tin của tôi").await;
        t.say("@dan: Rút lại đồng ý").await;
        let out = t.say("@dan: Có, rút lại đồng ý").await;
        assert_has(
            &out,
            &[
                "Đã rút lại đồng ý.",
                "Bạn vẫn đọc được thông báo của xã trong nhóm của thôn, bản",
                "vẫn nhận được trả lời cho kiến nghị đã gửi",
                "đồng ý lại bất cứ lúc nào",
                "Xem lại thông báo",
                "🗑 Xóa dữ liệu của tôi",
            ],
        );
        assert_eq!(count(&t, consent, dan).await, 0, "{}", db.label);
        assert_eq!(count(&t, subscribed, dan).await, 0, "{}", db.label);
        let audited: (String, Option<String>) = sqlx::query_as(
            "SELECT subject, detail FROM audit_log WHERE action = 'consent.withdraw'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(audited.0, format!("person:{dan}"));
        assert!(audited.1.unwrap().contains("1 subscription(s) removed"));

        // A petition and a subscription ask for consent first; lessons stay open (issue 15),
        // keeping nothing.
        let out = t.say("@dan: /kiennghi").await;
        assert_has(
            &out,
            &[
                "Để gửi kiến nghị, mời bạn chọn nơi ở và đồng ý",
                "Thông báo về dữ liệu cá nhân",
                "rút lại đồng ý hoặc xóa dữ liệu bất cứ lúc nào",
            ],
        );
        assert_lacks(&out, &["Kiến nghị của bạn thuộc lĩnh vực nào?"]);
        let out = t.say("@dan: /hoc").await;
        assert_has(&out, &["Mời bạn chọn bài"]);
        assert_lacks(&out, &["Việc này cần bạn đồng ý"]);
        let out = t.say("@dan: /dangky").await;
        assert_has(
            &out,
            &["Việc này cần bạn đồng ý", "Thông báo về dữ liệu cá nhân"],
        );
        assert_eq!(count(&t, subscribed, dan).await, 0);

        // Agreeing again brings everything back.
        t.say("@dan: Đồng ý").await;
        assert_eq!(count(&t, consent, dan).await, 1);
        let out = t.say("@dan: /kiennghi").await;
        assert_has(&out, &["Kiến nghị của bạn thuộc lĩnh vực nào?"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn deleting_my_data_keeps_my_petitions_without_my_name() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Có người lạ vào bản lúc nửa đêm.", false).await;
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(&out, &["Người gửi: console:dan"]);
        t.say("@dan: /dangky").await;
        t.say("@dan: /hoc").await;
        t.say("@dan: 🆔 Cài đặt và dùng VNeID").await;
        t.say("@dan: /menu").await;
        let dan = person_id(&t, "dan").await;
        assert_eq!(
            count(
                &t,
                "SELECT COUNT(*) FROM lesson_progress WHERE person_id = $1",
                dan
            )
            .await,
            1
        );

        t.say("@dan: 👤 Thông tin của tôi").await;
        let out = t.say("@dan: 🗑 Xóa dữ liệu của tôi").await;
        assert_has(
            &out,
            &[
                "Loa Thôn sẽ xóa tên, tài khoản, ngôn ngữ, nơi ở",
                "Kiến nghị đã gửi được giữ lại không ghi tên",
                "không thể hoàn tác",
                "Có, xóa dữ liệu",
            ],
        );
        let out = t.say("@dan: Có, xóa dữ liệu").await;
        assert_has(
            &out,
            &[
                "@dan:\nĐã xóa dữ liệu của bạn.",
                "vẫn được giữ lại, không ghi tên",
            ],
        );

        // The row is a tombstone; the petition stays, anonymous, with its text.
        let (external, name, language, village, consent): (
            String,
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<i64>,
        ) = sqlx::query_as(
            "SELECT external_id, display_name, language, village_id, consent_at FROM people WHERE id = $1",
        )
        .bind(dan)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(external, format!("deleted:{dan}"), "{}", db.label);
        assert_eq!((name, language, village, consent), (None, None, None, None));
        let (anonymous, body, village): (i64, String, Option<i64>) = sqlx::query_as(
            "SELECT anonymous, body, village_id FROM petitions WHERE author_id = $1",
        )
        .bind(dan)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(anonymous, 1);
        assert_eq!(body, "Có người lạ vào bản lúc nửa đêm.");
        assert!(village.is_some(), "the petition keeps its own village");
        for sql in [
            "SELECT COUNT(*) FROM subscriptions WHERE person_id = $1",
            "SELECT COUNT(*) FROM lesson_progress WHERE person_id = $1",
            "SELECT COUNT(*) FROM conversations WHERE person_id = $1",
            "SELECT COUNT(*) FROM roles WHERE person_id = $1",
        ] {
            assert_eq!(count(&t, sql, dan).await, 0, "{sql} on {}", db.label);
        }
        // The private chat took the tombstone once the confirmation had gone, and every message
        // to it lost its text.
        let (chat_id, active): (i64, i64) =
            sqlx::query_as("SELECT id, active FROM chats WHERE external_id = $1")
                .bind(format!("deleted:{dan}"))
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(active, 0);
        let with_text =
            "SELECT COUNT(*) FROM outbox WHERE chat_id = $1 AND payload <> '{\"text\":\"\"}'";
        assert_eq!(count(&t, with_text, chat_id).await, 0, "{}", db.label);
        assert!(
            count(
                &t,
                "SELECT COUNT(*) FROM outbox WHERE chat_id = $1",
                chat_id
            )
            .await
                > 5
        );
        let no_dan: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM chats WHERE external_id = 'dan'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(no_dan, 0);
        let detail: String = sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE action = 'person.delete' AND subject = $1",
        )
        .bind(format!("person:{dan}"))
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_has(
            &detail,
            &["by the person", "1 petition(s) kept without the author"],
        );

        // The officer sees the petition without its author; claiming it tells nobody.
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(
            &out,
            &[
                "Người gửi: Người dân (giấu tên)",
                "Có người lạ vào bản lúc nửa đêm.",
            ],
        );
        assert_lacks(&out, &["console:dan"]);
        let out = t.say("@canbo: Nhận xử lý").await;
        assert_has(&out, &["Đồng chí đã nhận xử lý"]);
        assert_lacks(&out, &["@dan:", "@deleted"]);
        // Nobody is left to ask for more: the officer is told, and the petition is not left
        // waiting for information forever.
        t.say(&format!("@canbo: /theodoi {code}")).await;
        let out = t.say("@canbo: Hỏi thêm").await;
        assert_has(
            &out,
            &["đã xóa dữ liệu của mình trên Loa Thôn nên không hỏi thêm được"],
        );
        let status: String =
            sqlx::query_scalar("SELECT status FROM petitions WHERE author_id = $1")
                .bind(dan)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(status, "in_progress", "{}", db.label);
        let trail = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert_has(&trail, &["(giấu tên)", "console:canbo"]);
        assert_lacks(&trail, &["console:dan"]);

        // Writing again starts afresh, with nothing of before.
        let out = t.say("@dan: /start").await;
        assert_has(&out, &["@dan:", "Mời bạn chọn ngôn ngữ:"]);
        assert_ne!(person_id(&t, "dan").await, dan);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn the_commune_office_deletes_a_person_from_the_command_line() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Đèn đường ở đầu bản bị hỏng.", false).await;
        let dan = person_id(&t, "dan").await;
        let printed = loathon::admin_ops::person_delete(&t.app, "console:dan")
            .await
            .unwrap();
        assert_has(
            &printed,
            &[
                "Đã xóa dữ liệu của console:dan",
                &format!("person:{dan}"),
                "Kiến nghị giữ lại, không ghi tên: 1",
            ],
        );
        // The person is told in their chat; then the chat is forgotten.
        let out = t.say("/menu").await;
        assert_has(
            &out,
            &["@dan:\nTheo đề nghị của bạn tại Ủy ban nhân dân xã, dữ liệu của bạn"],
        );
        let chats: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM chats WHERE external_id = $1")
            .bind(format!("deleted:{dan}"))
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(chats, 1, "{}", db.label);
        let detail: String = sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE action = 'person.delete' AND actor_id IS NULL",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_has(&detail, &["at the commune office (shell)", "console"]);
        let anonymous: i64 =
            sqlx::query_scalar("SELECT anonymous FROM petitions WHERE tracking_code = $1")
                .bind(code.replace('-', ""))
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(anonymous, 1);
        // Once is enough: the address no longer leads anywhere.
        let again = loathon::admin_ops::person_delete(&t.app, "console:dan")
            .await
            .unwrap();
        assert_has(&again, &["không có người này"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn the_audit_trail_hides_an_anonymous_author_until_revealed_with_a_reason() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) = submit_security(&mut t, "Cán bộ thu tiền sai quy định.", true).await;
        t.say(&format!("@canbo: /theodoi {code}")).await;
        t.say("@canbo: Trả lời").await;
        t.say("@canbo: Đã chuyển thanh tra xã xem xét.").await;
        t.say("@canbo: Gửi trả lời").await;
        t.say("@dan: 😡 1").await;
        t.say("@dan: Mở lại").await;
        let out = t.say("@dan: Chưa thấy ai trả lời cụ thể.").await;
        assert_has(&out, &["đã được mở lại"]);

        let trail = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert_has(&trail, &["giấu tên", "console:canbo"]);
        assert_lacks(&trail, &["console:dan"]);
        for kind in ["submitted", "rated", "reopened"] {
            let line = trail
                .lines()
                .find(|l| l.contains(kind))
                .unwrap_or_else(|| panic!("{kind} not in {trail}"));
            assert!(line.contains("(giấu tên)"), "{line}");
        }
        for kind in ["viewed", "answered"] {
            let line = trail.lines().find(|l| l.contains(kind)).unwrap();
            assert!(line.contains("console:canbo"), "{line}");
        }

        // Revealing needs a reason, is recorded first, and shows in the trail from then on.
        assert!(
            loathon::admin_ops::audit_reveal(&t.app, &code, "  ")
                .await
                .is_err()
        );
        let reason = "Công văn số 12/TA của Tòa án huyện";
        let shown = loathon::admin_ops::audit_reveal(&t.app, &code, reason)
            .await
            .unwrap();
        assert_has(&shown, &["console:dan", "(giấu tên)", reason]);
        let (subject, detail): (String, String) = sqlx::query_as(
            "SELECT subject, detail FROM audit_log WHERE action = 'petition.reveal_author'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!((subject.as_str(), detail.as_str()), (code.as_str(), reason));
        let trail = loathon::admin_ops::audit(&t.app, &code).await.unwrap();
        assert_has(&trail, &["author_revealed", reason]);
        assert_lacks(&trail, &["console:dan"]);
        db.cleanup().await;
    }
}

/// Rows up to `last_id`, and how many of them have an emptied payload.
async fn rows_and_emptied(t: &TestApp, last_id: i64) -> (i64, i64) {
    sqlx::query_as(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN payload = '{\"text\":\"\"}' THEN 1 ELSE 0 END), 0) \
         FROM outbox WHERE id <= $1",
    )
    .bind(last_id)
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap()
}

async fn broadcast_figures(t: &TestApp, id: i64) -> loathon::services::broadcasts::Figures {
    let mut conn = t.app.db.pool.acquire().await.unwrap();
    loathon::services::broadcasts::figures(&mut conn, id)
        .await
        .unwrap()
}

#[tokio::test]
async fn sent_messages_lose_their_text_after_thirty_days_not_before() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        t.say("@dan: /dangky").await;
        let (_, code) = submit_security(&mut t, "Trộm gà nhiều lần trong tháng.", false).await;
        let request = loathon::admin_ops::BroadcastRequest {
            areas: vec!["DS-TP".into()],
            audience: "subscribers".into(),
            languages: Vec::new(),
            text: "Lịch tiêm phòng cho trẻ em vào thứ Bảy.".into(),
            variants: Vec::new(),
            voices: Vec::new(),
            at: None,
            urgent: false,
        };
        let (broadcast, _) = loathon::admin_ops::broadcast(&t.app, &request)
            .await
            .unwrap();
        let out = t.say("/menu").await;
        assert_has(&out, &["@dan:", "Lịch tiêm phòng"]);
        let before = broadcast_figures(&t, broadcast).await;
        assert_eq!(before.get("delivered"), 1, "{}", db.label);
        let last_id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM outbox")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let with_petition_text =
            "SELECT COUNT(*) FROM outbox WHERE payload LIKE '%Trộm gà nhiều lần%' AND id > $1";
        assert!(count(&t, with_petition_text, 0).await > 0);

        t.clock.advance(Duration::days(29));
        t.say("/menu").await;
        let (rows, emptied) = rows_and_emptied(&t, last_id).await;
        assert!(rows > 10);
        assert_eq!(emptied, 0, "29 days: kept ({})", db.label);

        t.clock.advance(Duration::days(2));
        t.say("/menu").await;
        assert_eq!(
            rows_and_emptied(&t, last_id).await,
            (rows, rows),
            "31 days: every row kept, every text emptied ({})",
            db.label
        );
        assert_eq!(count(&t, with_petition_text, 0).await, 0);
        // The rows keep their status: the broadcast's figures do not change.
        let after = broadcast_figures(&t, broadcast).await;
        assert_eq!(
            (after.total, after.get("delivered")),
            (before.total, before.get("delivered"))
        );
        // The messages of day 29 still have their text; the purge is audited.
        let newer_with_text =
            "SELECT COUNT(*) FROM outbox WHERE id > $1 AND payload <> '{\"text\":\"\"}'";
        assert!(count(&t, newer_with_text, last_id).await > 0);
        let audited: String = sqlx::query_scalar(
            "SELECT detail FROM audit_log WHERE action = 'outbox.purge' AND subject = 'outbox'",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_has(&audited, &["retention 30 days"]);
        // The petition itself is the commune's record: it keeps its text.
        let id = petition_id(&t, &code).await;
        let body: String = sqlx::query_scalar("SELECT body FROM petitions WHERE id = $1")
            .bind(id)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(body, "Trộm gà nhiều lần trong tháng.");
        db.cleanup().await;
    }
}

fn inbound(handle: &str, kind: ChatKind, name: &str, title: Option<&str>, event: Event) -> Inbound {
    Inbound {
        channel: Channel::Console,
        chat_id: match kind {
            ChatKind::Private => handle.to_string(),
            ChatKind::Group => format!("group-{handle}"),
        },
        chat_kind: kind,
        chat_title: title.map(str::to_string),
        sender_id: handle.to_string(),
        sender_name: Some(name.to_string()),
        language_hint: None,
        event,
    }
}

#[tokio::test]
async fn names_and_titles_are_cleaned_on_the_way_in_on_both_backends() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let name_of = |handle: &'static str| {
            let pool = t.app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, Option<String>>(
                    "SELECT display_name FROM people WHERE external_id = $1",
                )
                .bind(handle)
                .fetch_one(&pool)
                .await
                .unwrap()
            }
        };
        let start = || Event::Command {
            name: "start".into(),
            args: String::new(),
        };
        // A first name with NUL and a new line: PostgreSQL refuses NUL in text, and the line
        // would forge a line in an officer's view.
        t.app
            .engine
            .handle(inbound(
                "lan0",
                ChatKind::Private,
                "Lan\u{0}\nADMIN",
                None,
                start(),
            ))
            .await
            .expect("stored on both backends");
        assert_eq!(
            name_of("lan0").await.as_deref(),
            Some("Lan ADMIN"),
            "{}",
            db.label
        );
        // A later update of the name is cleaned the same way: reversed text, too long.
        let long = format!("\u{202E}Hoa{}", "a".repeat(100));
        t.app
            .engine
            .handle(inbound("lan0", ChatKind::Private, &long, None, start()))
            .await
            .unwrap();
        let stored = name_of("lan0").await.unwrap();
        assert!(stored.starts_with("Hoa"), "{stored:?}");
        assert_eq!(stored.chars().count(), 64);
        // A name of nothing but control characters is no name.
        t.app
            .engine
            .handle(inbound(
                "blank",
                ChatKind::Private,
                "\u{0}\u{200B}\t",
                None,
                start(),
            ))
            .await
            .unwrap();
        assert_eq!(name_of("blank").await, None);
        // A group's title.
        t.app
            .engine
            .handle(inbound(
                "nhom",
                ChatKind::Group,
                "Mai",
                Some("Nhóm\u{0} bản\nTả Phìn\u{2066}"),
                Event::BotAdded,
            ))
            .await
            .unwrap();
        let title: Option<String> =
            sqlx::query_scalar("SELECT title FROM chats WHERE external_id = 'group-nhom'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(title.as_deref(), Some("Nhóm bản Tả Phìn"));
        db.cleanup().await;
    }
}

#[test]
fn the_command_line_parses_audit_reveal_and_person_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("x.db").display());
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_loathon"))
            .args(args)
            .env("DATABASE_URL", &db)
            .env_remove("TELOXIDE_TOKEN")
            .env_remove("LOATHON_CONFIG")
            .env("RUST_LOG", "error")
            .current_dir(dir.path())
            .output()
            .unwrap()
    };
    let out = run(&["person", "delete", "console:nobody"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("không có người này"));
    // `0000-0000` is a well-formed code (its check digit holds) that names no petition.
    for args in [
        &["audit", "0000-0000"][..],
        &["audit", "reveal", "0000-0000", "--reason", "kiểm tra"][..],
    ] {
        let out = run(args);
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("no petition 0000-0000"), "{args:?}: {err}");
    }
    // A reveal without a reason is refused by the parser.
    let out = run(&["audit", "reveal", "0000-0000"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--reason"));
}

/// Problem 9: someone who chose H'Mông, whose data notice is not translated, reads the notice
/// and presses its buttons in Vietnamese, with a line saying why — never a H'Mông "Pom zoo"
/// under a Vietnamese legal text. "Xem thêm" shows the details in the same language.
#[tokio::test]
async fn the_data_notice_and_its_buttons_are_in_one_language_the_person_can_be_told_about() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("@pa: /start").await;
        let out = t.say("@pa: Hmoob (H'Mông)").await;
        assert_has(&out, &["Koj xaiv hom lus"]);
        let out = t.say("@pa: ta phin").await;
        assert_has(
            &out,
            &[
                "Thông báo này chưa có bản dịch nên được viết bằng tiếng Việt.",
                "🔒 Thông báo về dữ liệu cá nhân",
                "rút lại đồng ý hoặc xóa dữ liệu",
                "[1] ✅ Đồng ý",
                "[2] Không đồng ý",
                "[3] 📄 Xem thêm",
            ],
        );
        assert_lacks(&out, &["Pom zoo"]);
        let out = t.say("@pa: Xem thêm").await;
        assert_has(
            &out,
            &[
                "Thông báo này chưa có bản dịch",
                "🔒 Chi tiết về dữ liệu của bạn",
                "đề nghị xóa tại UBND xã",
                "[1] ✅ Đồng ý",
                "[2] Không đồng ý",
            ],
        );
        assert_lacks(&out, &["Pom zoo", "Xem thêm"]);
        let out = t.say("@pa: Đồng ý").await;
        // After the notice, the person's own language again.
        assert_has(&out, &["Ua tsaug! Koj sau npe tiav lawm."]);

        // In Vietnamese, no note: the notice is the person's language.
        t.say("@dan: /start").await;
        t.say("@dan: Tiếng Việt").await;
        let out = t.say("@dan: ta phin").await;
        assert_has(&out, &["🔒 Thông báo về dữ liệu cá nhân", "[1] ✅ Đồng ý"]);
        assert_lacks(&out, &["chưa có bản dịch"]);
        db.cleanup().await;
    }
}
