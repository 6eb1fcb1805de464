//! `loathon backup`: a copy of a live SQLite database taken in the middle of a broadcast, while
//! the delivery worker keeps marking rows sent, opens as a whole database with every row.

use std::sync::Arc;

use loathon::clock::SystemClock;
use loathon::store::{Db, outbox};
use loathon::{App, Config};

use crate::crash::{RECIPIENTS, start_broadcast};
use crate::helpers::TestDb;

async fn count(db: &Db, sql: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql.to_string()))
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_backup_taken_mid_broadcast_restores_whole() {
    let db = TestDb::sqlite();
    let config = Config {
        database_url: db.url.clone(),
        ..Config::default()
    };
    let app = App::build(config, Arc::new(SystemClock)).await.unwrap();
    app.prepare_demo("lan").await.unwrap();
    let id = start_broadcast(&app).await;

    // A sender works through the broadcast while the backup is taken.
    let sender = {
        let db = app.db.clone();
        tokio::spawn(async move {
            for _ in 0..20 {
                let now = chrono::Utc::now().timestamp_millis();
                let rows = outbox::claim(&db, "telegram", "test", 10, now, 60_000)
                    .await
                    .unwrap();
                for row in rows {
                    outbox::mark_sent(&db, row.id, Some("1"), now)
                        .await
                        .unwrap();
                }
                tokio::task::yield_now().await;
            }
        })
    };
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("backup.db");
    app.db.backup(&copy).await.expect("backup written");
    sender.await.unwrap();

    // A second backup to the same file is refused rather than overwriting it.
    assert!(app.db.backup(&copy).await.is_err());

    let restored = Db::connect(&format!("sqlite://{}", copy.display()))
        .await
        .unwrap();
    restored.migrate().await.unwrap();
    let rows = count(
        &restored,
        &format!("SELECT COUNT(*) FROM outbox WHERE announcement_id = {id}"),
    )
    .await;
    assert_eq!(
        rows, RECIPIENTS as i64,
        "every recipient's row is in the copy"
    );
    let settled = count(
        &restored,
        &format!(
            "SELECT COUNT(*) FROM outbox WHERE announcement_id = {id} \
             AND status IN ('pending', 'sending', 'sent')"
        ),
    )
    .await;
    assert_eq!(settled, RECIPIENTS as i64);
    for table in [
        "areas",
        "units",
        "people",
        "chats",
        "announcements",
        "roles",
    ] {
        let sql = format!("SELECT COUNT(*) FROM {table}");
        assert_eq!(
            count(&restored, &sql).await,
            count(&app.db, &sql).await,
            "{table} restored whole"
        );
    }
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&restored.pool)
        .await
        .unwrap();
    assert_eq!(check, "ok");
    db.cleanup().await;
}
