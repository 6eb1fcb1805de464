//! Two officers acting on one petition at the same moment: the guarded transitions let exactly
//! one of them win, on SQLite and on PostgreSQL.

use loathon::domain::petition::Transition;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;
use loathon::store::petitions;

use crate::helpers::{assert_has, backends, spawn_app_with};
use crate::petitions::{make_officer, petition_id, submit_security};

fn press(handle: &str, data: String) -> Inbound {
    Inbound {
        channel: Channel::Console,
        chat_id: handle.into(),
        chat_kind: ChatKind::Private,
        chat_title: None,
        sender_id: handle.into(),
        sender_name: None,
        language_hint: None,
        event: Event::Button(data),
    }
}

#[tokio::test]
async fn two_officers_claiming_one_petition_at_once_see_exactly_one_win() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| c.petition_limits.max_per_day = 100).await;
        t.onboard_vi().await;
        make_officer(&mut t, "canbo", "DS-CA", "dao san").await;
        make_officer(&mut t, "canbo2", "DS-CA", "dao san").await;
        t.onboard_as("dan", "ta phin").await;
        for round in 0..6 {
            let (_, code) = submit_security(&mut t, &format!("Việc thứ {round}."), false).await;
            t.console.deliver().await.unwrap();
            let id = petition_id(&t, &code).await;
            let engine = t.app.engine.clone();
            let (a, b) = tokio::join!(
                engine.handle(press("canbo", format!("pet:claim:{id}"))),
                engine.handle(press("canbo2", format!("pet:claim:{id}"))),
            );
            a.expect("first claim handled");
            b.expect("second claim handled");
            let claims: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM petition_events WHERE petition_id = $1 AND kind = 'claimed'",
            )
            .bind(id)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
            assert_eq!(claims, 1, "round {round} on {}", db.label);
            let printed = t.console.deliver().await.unwrap();
            let out = t.console.format(&printed);
            assert_has(
                &out,
                &[
                    &format!("Đồng chí đã nhận xử lý kiến nghị {code}"),
                    &format!("Kiến nghị {code} đã có cán bộ nhận xử lý."),
                ],
            );
        }
        db.cleanup().await;
    }
}

/// The race at its narrowest, on PostgreSQL: both transactions have read the petition as open
/// before either writes. (SQLite has one writer at a time, so there the second transaction
/// cannot begin before the first ends.)
#[tokio::test]
async fn on_postgres_the_second_of_two_interleaved_claims_changes_nothing() {
    for db in backends().await {
        if db.label != "postgres" {
            db.cleanup().await;
            continue;
        }
        let mut t = spawn_app_with(&db, |_| {}).await;
        t.onboard_vi().await;
        make_officer(&mut t, "canbo", "DS-CA", "dao san").await;
        make_officer(&mut t, "canbo2", "DS-CA", "dao san").await;
        t.onboard_as("dan", "ta phin").await;
        let (_, code) = submit_security(&mut t, "Mất trộm trâu.", false).await;
        let id = petition_id(&t, &code).await;
        let officer = |h: &'static str| {
            let pool = t.app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(
                    "SELECT id FROM people WHERE channel = 'console' AND external_id = $1",
                )
                .bind(h)
                .fetch_one(&pool)
                .await
                .unwrap()
            }
        };
        let (first, second) = (officer("canbo").await, officer("canbo2").await);

        let mut tx1 = t.app.db.begin().await.unwrap();
        let mut tx2 = t.app.db.begin().await.unwrap();
        for tx in [&mut tx1, &mut tx2] {
            let p = petitions::get(tx, id).await.unwrap().unwrap();
            assert!(Transition::Claim.apply(p.status).is_ok());
        }
        assert!(petitions::claim(&mut tx1, id, first).await.unwrap());
        // The second write waits on the first's row lock, then finds the status moved on.
        let racing = tokio::spawn(async move {
            let won = petitions::claim(&mut tx2, id, second).await.unwrap();
            tx2.commit().await.unwrap();
            won
        });
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        tx1.commit().await.unwrap();
        assert!(!racing.await.unwrap(), "the second claim must not win");
        let claimed_by: Option<i64> =
            sqlx::query_scalar("SELECT claimed_by FROM petitions WHERE id = $1")
                .bind(id)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(claimed_by, Some(first));
        db.cleanup().await;
    }
}
