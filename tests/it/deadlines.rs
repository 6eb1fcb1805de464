//! Deadlines in working days (weekends, Tết and the other public holidays of seeds/calendar
//! skipped) and the emergency path (numbers at once, alerts ahead of everything, a deadline in
//! hours), played through the console with the clock moved.

use chrono::{DateTime, Duration, TimeZone, Utc};
use loathon::clock::LOCAL_TZ;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, find_after, spawn_app_with};
use crate::petitions::make_officer;

/// A local (Hà Nội) time.
fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    LOCAL_TZ
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

/// lan (admin of the province), ubnd (UBND xã Dào San), canbo (Công an xã Dào San), khac
/// (Công an xã Sì Lở Lầu), and dan, a villager of Bản Tả Phìn in Dào San.
async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "ubnd", "DS-UBND", "dao san").await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    make_officer(t, "khac", "SLL-CA", "gia khau").await;
    t.onboard_as("dan", "ta phin").await;
}

/// dan files a petition under `category` (its button label); returns the output of the last
/// step and the tracking code.
async fn submit(t: &mut TestApp, category: &str, text: &str) -> (String, String) {
    t.say("@dan: /kiennghi").await;
    t.say(&format!("@dan: {category}")).await;
    t.say(&format!("@dan: {text}")).await;
    t.say("@dan: Gửi đi").await;
    t.say("@dan: Ghi tên tôi").await;
    let out = t.say("@dan: ✅ Gửi kiến nghị").await;
    assert_has(&out, &["✅ Đã gửi kiến nghị."]);
    let code = find_after(&out, "Mã theo dõi: ", 9);
    (out, code)
}

#[tokio::test]
async fn a_petition_sent_on_friday_afternoon_is_due_ten_working_days_later_past_two_weekends() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |_| {}).await;
        cast(&mut t).await;
        t.clock.set(local(2026, 1, 16, 15, 30));
        let (out, code) =
            submit(&mut t, "Hạ tầng – đường sá", "Cầu treo đầu bản bị gãy ván.").await;
        // Day 1 is Monday 19/01; the weekends 17–18/01 and 24–25/01 do not count.
        assert_has(
            &out,
            &[
                "Đơn vị giải quyết: UBND xã Dào San",
                "Hạn trả lời: 30/01/2026",
                "@ubnd:\n📥 Kiến nghị mới",
                &code,
            ],
        );
        let due: i64 = sqlx::query_scalar("SELECT due_at FROM petitions WHERE tracking_code = $1")
            .bind(code.replace('-', ""))
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let end_of_day = local(2026, 1, 30, 23, 59).timestamp_millis() + 59_999;
        assert_eq!(
            due, end_of_day,
            "{}: the end of the tenth working day",
            db.label
        );

        // The queue counts working days left, today included: Friday 16 and 10 more.
        let out = t.say("@ubnd: /hangdoi").await;
        assert_has(&out, &[&code, "còn 11 ngày làm việc"]);
        t.clock.set(local(2026, 1, 26, 9, 0));
        let out = t.say("@ubnd: /hangdoi").await;
        assert_has(&out, &["còn 5 ngày làm việc"]);
        t.clock.set(local(2026, 1, 30, 9, 0));
        let out = t.say("@ubnd: /hangdoi").await;
        assert_has(&out, &["còn 15 giờ"]);
        let out = t.say(&format!("@dan: /theodoi {code}")).await;
        assert_has(&out, &["Hạn trả lời: 30/01/2026"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_petition_sent_just_before_tet_2026_skips_tet() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |_| {}).await;
        cast(&mut t).await;
        // Friday 13/02, the last working day before Tết Bính Ngọ (off 14/02–22/02).
        t.clock.set(local(2026, 2, 13, 16, 30));
        let (out, before) = submit(&mut t, "Nước sinh hoạt", "Đường ống nước bị vỡ.").await;
        // 23/02 … 27/02 and 02/03 … 06/03: without the calendar it would have been 27/02.
        assert_has(&out, &["Hạn trả lời: 06/03/2026"]);
        // Sent during Tết, counting starts on the first working day after it: the same day.
        t.clock.set(local(2026, 2, 18, 10, 0));
        let (out, during) = submit(&mut t, "Nước sinh hoạt", "Vòi nước công cộng hỏng.").await;
        assert_has(&out, &["Hạn trả lời: 06/03/2026"]);
        let dues: Vec<i64> = sqlx::query_scalar(
            "SELECT due_at FROM petitions WHERE tracking_code IN ($1, $2) ORDER BY id",
        )
        .bind(before.replace('-', ""))
        .bind(during.replace('-', ""))
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(dues[0], dues[1], "{}", db.label);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn the_reminder_says_when_the_answer_is_due() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |_| {}).await;
        cast(&mut t).await;
        // Monday 05/01 08:00. Saturday 10/01 is worked (it makes up for Friday 02/01, given off
        // after Tết Dương lịch), so the tenth working day is Friday 16/01, not Monday 19/01.
        let (out, code) = submit(&mut t, "Điện", "Cột điện đầu bản bị nghiêng.").await;
        assert_has(&out, &["Hạn trả lời: 16/01/2026"]);
        // Three quarters of the time (5/1 08:00 → 16/1 23:59) are used at 02:00 on 14/01.
        t.clock.set(local(2026, 1, 14, 1, 0));
        let out = t.say("@dan: /menu").await;
        assert_lacks(&out, &["⏰"]);
        t.clock.set(local(2026, 1, 14, 3, 0));
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &[
                "@ubnd:\n⏰ Nhắc việc: kiến nghị",
                &code,
                "sắp đến hạn trả lời",
                "Hạn trả lời: 16/01/2026.",
            ],
        );
        assert_lacks(&out, &["3/4"]);
        // Past the end of Friday 16/01, not before, it is overdue.
        t.clock.set(local(2026, 1, 16, 23, 0));
        let out = t.say("@dan: /menu").await;
        assert_lacks(&out, &["⚠️"]);
        t.clock.set(local(2026, 1, 17, 0, 30));
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &["@ubnd:\n⚠️ Kiến nghị", "đã quá hạn trả lời (16/01/2026)"],
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_emergency_shows_the_numbers_at_once_alerts_unit_and_admin_and_is_due_in_hours() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |_| {}).await;
        cast(&mut t).await;
        let out = t.say("@dan: /kiennghi").await;
        assert_has(&out, &["[1] 🚨 Khẩn cấp, nguy hiểm\n[2] Đất đai"]);

        // The numbers come before anything is written: the commune's own, then the national,
        // on one screen that reads in one go.
        let printed = t
            .console
            .send_line("@dan: Khẩn cấp, nguy hiểm")
            .await
            .unwrap();
        let screen = &printed[0].message.text;
        assert!(
            screen.chars().count() <= 400,
            "{} characters: {screen}",
            screen.chars().count()
        );
        let out = t.console.format(&printed);
        assert_has(
            &out,
            &[
                "Bạn GỌI NGAY:",
                "📞 Công an xã Dào San: 0213 xxx xxxx (số mẫu, chưa dùng được)",
                "📞 UBND xã Dào San (trực ban): 0213 xxx xxxx (số mẫu",
                "📞 Công an: 113\n📞 Cứu hỏa, cứu nạn cứu hộ: 114\n📞 Cấp cứu y tế: 115",
                "bạn nhắn ngay tại đây",
                "Mời bạn gửi nội dung kiến nghị",
            ],
        );
        assert_lacks(&out, &["Sì Lở Lầu", "Bình Lư"]);
        let local_first = out.find("Công an xã Dào San").unwrap();
        assert!(local_first < out.find(": 113").unwrap(), "{out}");

        t.say("@dan: Sạt lở đất sau nhà, vết nứt to dần, nhà tôi có thể bị vùi.")
            .await;
        t.say("@dan: Gửi đi").await;
        t.say("@dan: Ghi tên tôi").await;
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        // Sent at 08:00 with 4 hours: due at noon, the hour shown.
        assert_has(
            &out,
            &[
                "Đơn vị giải quyết: Công an xã Dào San",
                "Hạn trả lời: 12:00 05/01/2026",
                "@canbo:\n🚨 KHẨN CẤP: kiến nghị",
                "Đơn vị giải quyết: Công an xã Dào San",
                "Hạn trả lời: 12:00 05/01/2026",
                "Nơi: Bản Tả Phìn, Xã Dào San",
                "«Sạt lở đất sau nhà",
                // the admin (the console's default person) is alerted too
                "\n🚨 KHẨN CẤP: kiến nghị",
            ],
        );
        assert_eq!(out.matches("🚨 KHẨN CẤP").count(), 2, "{out}");
        assert_lacks(&out, &["@khac:", "@ubnd:", "📥 Kiến nghị mới"]);
        // The alerts were queued ahead of everything else, the villager's own reply included.
        let urgent: Vec<String> = sqlx::query_scalar(
            "SELECT c.external_id FROM outbox o JOIN chats c ON c.id = o.chat_id \
             WHERE o.priority = -1 ORDER BY c.external_id",
        )
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(urgent, ["canbo", "lan"], "{}", db.label);
        assert!(
            out.find("🚨 KHẨN CẤP").unwrap() < out.find("✅ Đã gửi kiến nghị").unwrap(),
            "{out}"
        );

        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &[&code, "còn 4 giờ"]);
        // Hours run at night and on holidays alike: reminded after 3, overdue after 4.
        t.clock.advance(Duration::minutes(3 * 60 + 1));
        let out = t.say("@dan: /menu").await;
        assert_has(
            &out,
            &["@canbo:\n⏰ Nhắc việc", "Hạn trả lời: 12:00 05/01/2026."],
        );
        t.clock.advance(Duration::hours(1));
        let out = t.say("@dan: /menu").await;
        assert_has(&out, &["@canbo:\n⚠️ Kiến nghị", "@ubnd:\n⚠️ Kiến nghị"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn over_the_daily_limit_the_villager_still_learns_whom_to_call() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| c.petition_limits.max_per_day = 1).await;
        cast(&mut t).await;
        submit(&mut t, "Điện", "Mất điện cả bản từ tối qua.").await;
        let out = t.say("@dan: /kiennghi").await;
        assert_has(
            &out,
            &[
                "là số tối đa trong một ngày",
                "Bạn GỌI NGAY:",
                "📞 Công an xã Dào San:",
                "📞 Công an: 113",
            ],
        );
        assert_lacks(&out, &["bạn nhắn ngay tại đây"]);
        db.cleanup().await;
    }
}
