//! Issue 14 as villagers meet it. "Talk first" (problem 2): a villager's own words, typed at
//! the menu, as the very first message or at the category step, are kept as a draft petition,
//! never thrown away. "Nhờ người hướng dẫn" (problem 6): the helper gets a way to reach the
//! learner that the learner chose, and the learner is told what was shared.

use loathon::domain::Role;

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, find_after, spawn_app};
use crate::petitions::{make_officer, petition_id};

/// Sends the draft on screen (its category already chosen) under the person's name.
async fn send_named(t: &mut TestApp, handle: &str) -> String {
    let out = t.say(&format!("@{handle}: Gửi đi")).await;
    assert_has(&out, &["Bạn có muốn giấu tên với cán bộ không?"]);
    t.say(&format!("@{handle}: Ghi tên tôi")).await;
    t.say(&format!("@{handle}: ✅ Gửi kiến nghị")).await
}

async fn body_and_category(t: &TestApp, code: &str) -> (String, String) {
    let id = petition_id(t, code).await;
    sqlx::query_as(
        "SELECT p.body, c.code FROM petitions p JOIN categories c ON c.id = p.category_id \
         WHERE p.id = $1",
    )
    .bind(id)
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn words_typed_at_the_menu_become_a_draft_with_a_suggested_category() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        make_officer(&mut t, "ubnd", "DS-UBND", "dao san").await;
        t.onboard_as("dan", "ta phin").await;

        let words = "Đường lên bản bị sạt, xe máy không đi được.";
        let out = t.say(&format!("@dan: {words}")).await;
        assert_has(
            &out,
            &[
                "📝 Bạn vừa viết: «Đường lên bản bị sạt, xe máy không đi được.»",
                "Bạn có muốn gửi điều này thành kiến nghị cho xã không?",
                "Lĩnh vực gợi ý: Hạ tầng – đường sá.",
                "📨 Gửi: Hạ tầng – đường sá",
                "📋 Chọn lĩnh vực khác",
                "Không, cảm ơn",
            ],
        );
        assert_lacks(&out, &["Tôi chưa hiểu ý bạn", "Mời bạn bấm một nút"]);

        // The full list is one tap away, and the words are still kept there.
        let out = t.say("@dan: 📋 Chọn lĩnh vực khác").await;
        assert_has(&out, &["Kiến nghị của bạn thuộc lĩnh vực nào?", "Đất đai"]);
        let out = t.say("@dan: Hạ tầng – đường sá").await;
        assert_has(
            &out,
            &[
                "Lĩnh vực: Hạ tầng – đường sá. Tôi đã giữ lời bạn viết.",
                "📨 Gửi đi",
            ],
        );
        let out = send_named(&mut t, "dan").await;
        assert_has(
            &out,
            &[
                "✅ Đã gửi kiến nghị.",
                "Đơn vị giải quyết: UBND xã Dào San",
                "@ubnd:\n📥 Kiến nghị mới",
                "Đường lên bản bị sạt",
            ],
        );
        let code = find_after(&out, "Mã theo dõi: ", 9);
        let (body, category) = body_and_category(&t, &code).await;
        assert_eq!(body, words);
        assert_eq!(category, "roads");

        // "Không, cảm ơn" leaves nothing behind, and a greeting is not taken for a petition.
        let out = t.say("@dan: Nhà văn hóa thôn cần sửa lại mái").await;
        assert_has(&out, &["📨 Gửi thành kiến nghị"]);
        let out = t.say("@dan: Không, cảm ơn").await;
        assert_has(&out, &["Vâng, tôi không gửi."]);
        let out = t.say("@dan: Xin chào").await;
        assert_has(&out, &["Tôi chưa hiểu ý bạn"]);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn at_the_category_step_a_typed_name_chooses_and_a_description_is_kept() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("dan", "ta phin").await;

        // A typed category name chooses it.
        t.say("@dan: /kiennghi").await;
        let out = t.say("@dan: Đường sá").await;
        assert_has(
            &out,
            &["Lĩnh vực: Hạ tầng – đường sá.", "Mời bạn gửi nội dung"],
        );
        t.say("@dan: /huy").await;

        // The complaint itself is kept, with a one-line hint instead of the whole screen.
        t.say("@dan: /kiennghi").await;
        let words = "Cầu treo qua suối bị gãy hai tấm ván, trẻ con đi học rất nguy hiểm.";
        let out = t.say(&format!("@dan: {words}")).await;
        assert_has(
            &out,
            &[
                "Tôi đã ghi lại lời bạn. Mời bạn chọn lĩnh vực",
                "[1] Hạ tầng – đường sá",
                "📋 Xem các lĩnh vực",
            ],
        );
        assert_lacks(&out, &["Mời bạn bấm một nút", "Đất đai"]);
        let out = t.say("@dan: Hạ tầng – đường sá").await;
        assert_has(&out, &["Tôi đã giữ lời bạn viết."]);
        let out = send_named(&mut t, "dan").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        let (body, category) = body_and_category(&t, &code).await;
        assert_eq!(body, words);
        assert_eq!(category, "roads");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_first_message_about_a_problem_is_kept_through_registration() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        let words = "Bản tôi mất nước sinh hoạt ba ngày nay rồi.";
        let out = t.say(&format!("@moi: {words}")).await;
        assert_has(
            &out,
            &[
                "Xin chào!",
                "📝 Tôi đã ghi lại lời bạn. Đăng ký xong, tôi sẽ hỏi bạn",
            ],
        );
        // The welcome comes first; the note after it.
        assert!(
            out.find("Xin chào!") < out.find("Tôi đã ghi lại lời bạn"),
            "{out}"
        );
        t.say("@moi: Tiếng Việt").await;
        let out = t.say("@moi: ta phin").await;
        assert_has(&out, &["Đã ghi nhận"]);
        let out = t.say("@moi: Đồng ý").await;
        assert_has(&out, &["Bạn đã đăng ký xong", "Bạn có muốn nhận thông báo"]);
        let out = t.say("@moi: 1").await;
        assert_has(
            &out,
            &[
                "📝 Bạn vừa viết: «Bản tôi mất nước sinh hoạt ba ngày nay rồi.»",
                "Lĩnh vực gợi ý: Nước sinh hoạt.",
            ],
        );
        let out = t.say("@moi: 📨 Gửi: Nước sinh hoạt").await;
        assert_has(
            &out,
            &["Lĩnh vực: Nước sinh hoạt. Tôi đã giữ lời bạn viết."],
        );
        let out = send_named(&mut t, "moi").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        let (body, category) = body_and_category(&t, &code).await;
        assert_eq!(body, words);
        assert_eq!(category, "water");
        // Offered once: the kept words are gone from the store.
        let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM petition_drafts")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(kept, 0);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_learner_chooses_to_give_the_helper_a_phone_number_and_is_told_so() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_as("dan", "ta phin").await;
        t.onboard_as("giup", "ta phin").await;

        // The command that makes a helper warns about someone the bot cannot reach yet.
        let text = loathon::admin_ops::helper_grant(&t.app, "console:chua", "DS-TP")
            .await
            .unwrap();
        assert_has(
            &text,
            &[
                "is now a digital helper of DS-TP",
                "has never opened the bot",
            ],
        );
        let text = loathon::admin_ops::helper_grant(&t.app, "console:giup", "DS-TP")
            .await
            .unwrap();
        assert_has(&text, &["console:giup is now a digital helper of DS-TP"]);
        assert_lacks(&text, &["never opened"]);
        // `chua` has no chat: only `giup` can be asked.
        t.app
            .revoke("console:chua", Some(Role::DigitalHelper))
            .await
            .unwrap();

        t.say("@dan: /hoc").await;
        t.say("@dan: 🆔 Cài đặt và dùng VNeID").await;
        let out = t.say("@dan: Nhờ người hướng dẫn").await;
        assert_has(
            &out,
            &[
                "Người hướng dẫn của bản sẽ nhận tên và bản của bạn.",
                "gõ số điện thoại",
                "🙈 Không chia sẻ số",
            ],
        );
        assert_lacks(&out, &["@giup:"]);
        let out = t.say("@dan: gọi tôi nhé").await;
        assert_has(&out, &["«gọi tôi nhé» chưa phải số điện thoại"]);
        let out = t.say("@dan: 0912.345.678").await;
        assert_has(&out, &["sẽ thấy số 0912 345 678", "✅ Đồng ý chia sẻ"]);
        assert_lacks(&out, &["@giup:"]);
        let out = t.say("@dan: ✅ Đồng ý chia sẻ").await;
        assert_has(
            &out,
            &[
                "Đã báo cho 1 người hướng dẫn kỹ năng số",
                "Họ nhận được tên, bản của bạn và số điện thoại 0912 345 678.",
                "— phần 1/",
                "@giup:\n🙋 dan ở Bản Tả Phìn cần giúp đỡ",
                "📞 Người học đồng ý cho bạn số điện thoại: 0912 345 678",
            ],
        );
        let out = t.say("@giup: Nhận giúp").await;
        assert_has(
            &out,
            &[
                "Cảm ơn bạn đã nhận giúp dan",
                "📞 Người học đồng ý cho bạn số điện thoại: 0912 345 678",
                "@dan:\n🙋 giup, người hướng dẫn kỹ năng số của thôn, bản, đã nhận giúp bạn",
            ],
        );

        // Without a number, the helper reads that none was given, and the learner that too.
        let out = t.say("@dan: Nhờ người hướng dẫn").await;
        assert_has(&out, &["🙈 Không chia sẻ số"]);
        let out = t.say("@dan: 🙈 Không chia sẻ số").await;
        assert_has(
            &out,
            &[
                "Họ nhận được tên và bản của bạn, không có số điện thoại.",
                "@giup:\n🙋 dan ở Bản Tả Phìn",
                "Người học không để lại số điện thoại",
            ],
        );
        assert_lacks(&out, &["0912"]);
        db.cleanup().await;
    }
}
