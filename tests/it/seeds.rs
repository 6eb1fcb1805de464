//! Seeds load once: a second run of the same files changes nothing.

use std::sync::Arc;

use loathon::clock::ManualClock;
use loathon::store::seeds::SeedSet;
use loathon::{App, Config};

use crate::helpers::backends;

async fn empty_app(url: &str) -> App {
    let config = Config {
        database_url: url.to_string(),
        ..Config::default()
    };
    App::build(config, Arc::new(ManualClock::monday_morning()))
        .await
        .unwrap()
}

#[tokio::test]
async fn seeding_twice_changes_nothing_the_second_time() {
    for db in backends().await {
        let app = empty_app(&db.url).await;
        let first = app.seed(&SeedSet::demo().unwrap()).await.unwrap();
        assert_eq!(first.areas.added, 14, "{}", db.label);
        assert_eq!(first.units.added, 16);
        assert_eq!(first.categories.added, 14);
        assert_eq!(first.rules.added, 12);
        assert_eq!(first.phones.added, 9);

        let count = |sql: &'static str| {
            let pool = app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, i64>(sql)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };
        let before = (
            count("SELECT COUNT(*) FROM areas").await,
            count("SELECT COUNT(*) FROM units").await,
            count("SELECT COUNT(*) FROM routing_rules").await,
        );
        let second = app.seed(&SeedSet::demo().unwrap()).await.unwrap();
        assert!(!second.changed_anything(), "{second:?}");
        assert_eq!(second.areas.unchanged, 14);
        let after = (
            count("SELECT COUNT(*) FROM areas").await,
            count("SELECT COUNT(*) FROM units").await,
            count("SELECT COUNT(*) FROM routing_rules").await,
        );
        assert_eq!(before, after);
        let supervised = count("SELECT COUNT(*) FROM units WHERE supervisor_id IS NOT NULL").await;
        assert_eq!(
            supervised, 15,
            "every unit but the province office has a supervisor"
        );
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_changed_seed_updates_and_a_broken_one_names_its_file() {
    for db in backends().await {
        let app = empty_app(&db.url).await;
        app.seed(&SeedSet::demo().unwrap()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("areas.toml"),
            "[[area]]\ncode = \"DS-TP\"\nkind = \"village\"\nparent = \"DS\"\nname = \"Bản Tả Phìn Mới\"\n",
        )
        .unwrap();
        let report = app
            .seed(&SeedSet::from_path(dir.path()).unwrap())
            .await
            .unwrap();
        assert_eq!(report.areas.updated, 1);
        let name: String = sqlx::query_scalar("SELECT name FROM areas WHERE code = 'DS-TP'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(name, "Bản Tả Phìn Mới");

        std::fs::write(
            dir.path().join("areas.toml"),
            "[[area]]\ncode = \"X-1\"\nkind = \"village\"\nparent = \"NOWHERE\"\nname = \"Bản X\"\n",
        )
        .unwrap();
        let err = app
            .seed(&SeedSet::from_path(dir.path()).unwrap())
            .await
            .unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("areas.toml") && text.contains("NOWHERE"),
            "{text}"
        );
        let none: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM areas WHERE code = 'X-1'")
            .fetch_one(&app.db.pool)
            .await
            .unwrap();
        assert_eq!(none, 0, "a failed seed leaves nothing behind");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_village_may_have_a_place_both_coordinates_or_neither() {
    for db in backends().await {
        let app = empty_app(&db.url).await;
        app.seed(&SeedSet::demo().unwrap()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let village = "[[area]]\ncode = \"DS-TP\"\nkind = \"village\"\nparent = \"DS\"\nname = \"Bản Tả Phìn\"\n";
        std::fs::write(
            dir.path().join("areas.toml"),
            format!("{village}lat = 22.3\nlong = 103.4\n"),
        )
        .unwrap();
        let seeds = SeedSet::from_path(dir.path()).unwrap();
        assert_eq!(app.seed(&seeds).await.unwrap().areas.updated, 1);
        let place: (f64, f64) =
            sqlx::query_as("SELECT latitude, longitude FROM areas WHERE code = 'DS-TP'")
                .fetch_one(&app.db.pool)
                .await
                .unwrap();
        assert_eq!(place, (22.3, 103.4));
        assert!(!app.seed(&seeds).await.unwrap().changed_anything());

        std::fs::write(
            dir.path().join("areas.toml"),
            format!("{village}lat = 22.3\n"),
        )
        .unwrap();
        let err = app
            .seed(&SeedSet::from_path(dir.path()).unwrap())
            .await
            .unwrap_err()
            .to_string();
        assert!(err.contains("lat and long go together"), "{err}");
        db.cleanup().await;
    }
}
