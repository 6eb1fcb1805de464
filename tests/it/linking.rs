//! One person, two apps: a code shown in one app (`/lienket`) and typed in the other makes the
//! console identity and a Zalo-shaped identity one person; `/huylienket` splits them again.
//! Wrong, expired, reused and flooded codes change nothing.

use chrono::Duration;
use loathon::domain::Role;
use loathon::message::Event;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, find_after, spawn_app};
use crate::petitions::{make_officer, submit_security};
use crate::relay::{inbox, send_on, texts, zalo, zalo_inbox};
use loathon::message::Channel;

fn command(name: &str, args: &str) -> Event {
    Event::Command {
        name: name.into(),
        args: args.into(),
    }
}

async fn person_id(t: &TestApp, channel: &str, external: &str) -> i64 {
    sqlx::query_scalar("SELECT id FROM people WHERE channel = $1 AND external_id = $2")
        .bind(channel)
        .bind(external)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

async fn count(t: &TestApp, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .bind(id)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

/// A Zalo user asks for a code; returns it.
async fn zalo_code(t: &mut TestApp, user: &str) -> String {
    let inbox = zalo(t, user, command("lienket", "")).await;
    let shown = texts(&inbox);
    assert_has(
        &shown,
        &[
            "🔗 Mã liên kết của bạn: ",
            "Mã dùng một lần, trong 10 phút.",
        ],
    );
    find_after(&shown, "Mã liên kết của bạn: ", 6)
}

#[tokio::test]
async fn a_console_and_a_zalo_identity_become_one_person_and_split_again() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        make_officer(&mut t, "canbo", "DS-CA", "dao san").await;
        t.onboard_as("dan", "ta phin").await;
        t.say("@dan: /dangky").await;
        let (_, code) = submit_security(&mut t, "Có người buôn bán hàng cấm.", true).await;
        // dan's Zalo identity writes for the first time, and is a relayer there.
        let link = zalo_code(&mut t, "ZD").await;
        t.app
            .grant("zalo:ZD", Role::Relayer, Some("DS-TP"))
            .await
            .unwrap();
        let dan = person_id(&t, "console", "dan").await;
        let zd = person_id(&t, "zalo", "ZD").await;

        // Typed in the app that showed it: refused, nothing changes.
        let inbox = zalo(&mut t, "ZD", command("lienket", &link)).await;
        assert_has(
            &texts(&inbox),
            &["Mã này được tạo ngay trong ứng dụng này."],
        );

        // Typed in the other app, in lower case with a space: one person now.
        let spaced = format!("{} {}", &link[..3], &link[3..]).to_lowercase();
        let out = t.say(&format!("@dan: /lienket {spaced}")).await;
        assert_has(
            &out,
            &[
                "✅ Đã liên kết Zalo với ứng dụng này.",
                "Gõ /huylienket để tách ra.",
            ],
        );
        let inbox = zalo_inbox(&t).await;
        assert_has(
            &texts(&inbox),
            &["@ZD:\n🔗 Tài khoản Loa Thôn của bạn vừa được liên kết với màn hình dòng lệnh."],
        );
        let linked: Option<i64> = sqlx::query_scalar("SELECT linked_to FROM people WHERE id = $1")
            .bind(zd)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(linked, Some(dan), "the older row is kept");
        assert_eq!(
            count(
                &t,
                "SELECT COUNT(*) FROM roles WHERE person_id = $1 AND role = 'relay'",
                dan
            )
            .await,
            1,
            "the Zalo identity's role moved to the person"
        );
        assert_eq!(
            count(&t, "SELECT COUNT(*) FROM audit_log WHERE action = 'identity.link' AND subject = 'person:' || $1", dan).await,
            1
        );

        // From Zalo, dan sees their petition; it is still anonymous to the officer.
        let inbox = zalo(&mut t, "ZD", command("theodoi", "")).await;
        assert_has(&texts(&inbox), &["📋 Kiến nghị của bạn:", &code]);
        let out = t.say(&format!("@canbo: /theodoi {code}")).await;
        assert_has(&out, &["Người gửi: Người dân (giấu tên)"]);
        assert_lacks(&out, &["Zalo ZD", "console:dan", "zalo:ZD"]);
        assert_eq!(
            count(
                &t,
                "SELECT COUNT(*) FROM petitions WHERE author_id = $1 AND anonymous = 1",
                dan
            )
            .await,
            1
        );

        // A used code cannot be used again, by anyone.
        let inbox = zalo(&mut t, "ZX", command("lienket", &link)).await;
        assert_has(&texts(&inbox), &["Mã liên kết này đã được dùng rồi."]);

        // Either side can unlink: the Zalo identity is a person of its own again, with the
        // language and village, and none of the petitions, roles or subscriptions.
        let inbox = zalo(&mut t, "ZD", command("huylienket", "")).await;
        assert_has(
            &texts(&inbox),
            &["Đã tách liên kết: mỗi ứng dụng nay là một tài khoản riêng."],
        );
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &["Tài khoản Loa Thôn ở ứng dụng này không còn liên kết với Zalo."],
        );
        let inbox = zalo(&mut t, "ZD", command("theodoi", "")).await;
        let shown = texts(&inbox);
        assert_has(&shown, &["Bạn chưa gửi kiến nghị nào."]);
        assert_lacks(&shown, &[&code]);
        for table in [
            "SELECT COUNT(*) FROM roles WHERE person_id = $1",
            "SELECT COUNT(*) FROM subscriptions WHERE person_id = $1",
            "SELECT COUNT(*) FROM petitions WHERE author_id = $1",
            "SELECT COUNT(*) FROM people WHERE id = $1 AND linked_to IS NOT NULL",
        ] {
            assert_eq!(count(&t, table, zd).await, 0, "{table}");
        }
        assert_eq!(
            count(
                &t,
                "SELECT COUNT(*) FROM subscriptions WHERE person_id = $1",
                dan
            )
            .await,
            1
        );
        let inbox = zalo(&mut t, "ZD", command("huylienket", "")).await;
        assert_has(
            &texts(&inbox),
            &["Tài khoản của bạn chưa liên kết với ứng dụng nào khác."],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn expired_wrong_and_flooded_codes_change_nothing() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        let out = t.say("@dan: /lienket").await;
        let code = find_after(&out, "Mã liên kết của bạn: ", 6);
        t.clock.advance(Duration::minutes(11));
        let inbox = zalo(&mut t, "ZD", command("lienket", &code)).await;
        assert_has(
            &texts(&inbox),
            &["Mã liên kết đã hết hạn (mã chỉ dùng trong 10 phút)."],
        );
        let inbox = zalo(&mut t, "ZD", command("lienket", "ABC")).await;
        assert_has(&texts(&inbox), &["Mã liên kết không đúng."]);

        // Five wrong codes in an hour: then even a good code is refused for the hour.
        let out = t.say("@dan: /lienket").await;
        let good = find_after(&out, "Mã liên kết của bạn: ", 6);
        for _ in 0..3 {
            zalo(&mut t, "ZD", command("lienket", "ZZZZZZ")).await;
        }
        let inbox = zalo(&mut t, "ZD", command("lienket", &good)).await;
        assert_has(&texts(&inbox), &["Bạn đã nhập sai mã nhiều lần."]);
        let linked: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE linked_to IS NOT NULL")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(linked, 0);
        // The good code was not spent, and works after the hour.
        t.clock.advance(Duration::minutes(61));
        let out = t.say("@dan: /lienket").await;
        let fresh = find_after(&out, "Mã liên kết của bạn: ", 6);
        let inbox = zalo(&mut t, "ZD", command("lienket", &fresh)).await;
        assert_has(
            &texts(&inbox),
            &["✅ Đã liên kết màn hình dòng lệnh với ứng dụng này."],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn deleting_a_linked_persons_data_deletes_it_on_both_apps() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        let link = zalo_code(&mut t, "ZD").await;
        let out = t.say(&format!("@dan: /lienket {link}")).await;
        assert_has(&out, &["✅ Đã liên kết Zalo với ứng dụng này."]);
        let zd = person_id(&t, "zalo", "ZD").await;
        t.say("@dan: 👤 Thông tin của tôi").await;
        t.say("@dan: 🗑 Xóa dữ liệu của tôi").await;
        let out = t.say("@dan: Có, xóa dữ liệu").await;
        assert_has(&out, &["@dan:\nĐã xóa dữ liệu của bạn."]);
        let (external, name): (String, Option<String>) =
            sqlx::query_as("SELECT external_id, display_name FROM people WHERE id = $1")
                .bind(zd)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert!(external.starts_with("deleted:"), "{external}");
        assert_eq!(name, None);
        // Writing again from Zalo starts as a new person, knowing nothing of the old one.
        let inbox = zalo(&mut t, "ZD", command("theodoi", "")).await;
        assert_lacks(&texts(&inbox), &["📋 Kiến nghị của bạn:"]);
        assert_ne!(person_id(&t, "zalo", "ZD").await, zd);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_telegram_and_a_zalo_identity_link_with_the_older_kept() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        // The Telegram identity came first; the code is made on Zalo and typed on Telegram.
        send_on(&mut t, Channel::Telegram, "8001", command("start", "")).await;
        let link = zalo_code(&mut t, "Z8").await;
        let sent = send_on(&mut t, Channel::Telegram, "8001", command("lienket", &link)).await;
        assert_has(
            &texts(&sent),
            &["@8001:\n✅ Đã liên kết Zalo với ứng dụng này."],
        );
        assert_has(
            &texts(&zalo_inbox(&t).await),
            &["@Z8:\n🔗 Tài khoản Loa Thôn của bạn vừa được liên kết với Telegram."],
        );
        let tg = person_id(&t, "telegram", "8001").await;
        let z8 = person_id(&t, "zalo", "Z8").await;
        let linked: Option<i64> = sqlx::query_scalar("SELECT linked_to FROM people WHERE id = $1")
            .bind(z8)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(linked, Some(tg));
        // Unlinking from the kept side tells the other app.
        let sent = send_on(&mut t, Channel::Telegram, "8001", command("huylienket", "")).await;
        assert_has(&texts(&sent), &["Đã tách liên kết"]);
        assert_has(
            &texts(&inbox(&t, Channel::Zalo).await),
            &["@Z8:\nTài khoản Loa Thôn ở ứng dụng này không còn liên kết với Telegram."],
        );
        db.cleanup().await;
    }
}

/// `/lienket <args>` typed by `who` in the console group `group`; what the group was shown.
async fn in_group(t: &mut TestApp, who: &str, group: &str, args: &str) -> String {
    let inbound = loathon::message::Inbound {
        channel: Channel::Console,
        chat_id: group.into(),
        chat_kind: loathon::store::chats::ChatKind::Group,
        chat_title: Some(group.into()),
        sender_id: who.into(),
        sender_name: None,
        language_hint: None,
        event: command("lienket", args),
    };
    t.app.engine.handle(inbound).await.unwrap();
    let printed = t.console.deliver().await.unwrap();
    t.console.format(&printed)
}

#[tokio::test]
async fn lienket_means_a_group_link_in_groups_and_an_identity_link_in_private_and_says_so_when_misused()
 {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;
        let dan = person_id(&t, "console", "dan").await;
        let failures = "SELECT COUNT(*) FROM link_failures WHERE person_id = $1";

        // A village's code in the private chat: the group command, explained; no try spent.
        for typed in ["DS-TP", "ds-tp", "SLL-CA"] {
            let out = t.say(&format!("@dan: /lienket {typed}")).await;
            assert_has(
                &out,
                &[&format!(
                    "«{typed}» là mã của thôn, bản hoặc đơn vị: lệnh /lienket {typed} dùng để liên kết nhóm"
                )],
            );
            assert_lacks(&out, &["Mã liên kết không đúng"]);
        }
        assert_eq!(count(&t, failures, dan).await, 0);

        // A person's own code typed in a group: refused there, and spent (the group saw it).
        let code = zalo_code(&mut t, "ZD").await;
        let out = in_group(&mut t, "dan", "nhom-ta-phin", &code).await;
        assert_has(
            &out,
            &[
                "Mã liên kết tài khoản chỉ gõ trong tin nhắn riêng với Loa Thôn, không gõ trong nhóm.",
            ],
        );
        assert_lacks(&out, &["chỉ quản trị viên của xã mới liên kết được nhóm"]);
        let linked: Option<i64> =
            sqlx::query_scalar("SELECT village_id FROM chats WHERE external_id = 'nhom-ta-phin'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(linked, None, "the group is not linked to anything");
        let out = t.say(&format!("@dan: /lienket {code}")).await;
        assert_has(&out, &["Mã liên kết này đã được dùng rồi."]);
        assert_eq!(
            count(
                &t,
                "SELECT COUNT(*) FROM people WHERE linked_to IS NOT NULL AND id = $1",
                person_id(&t, "zalo", "ZD").await
            )
            .await,
            0
        );

        // A village's code in the group still links the group (an admin).
        let out = in_group(&mut t, "lan", "nhom-ta-phin", "DS-TP").await;
        assert_has(&out, &["Đã liên kết nhóm với Bản Tả Phìn, Xã Dào San."]);
        db.cleanup().await;
    }
}
