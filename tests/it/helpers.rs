use std::sync::Arc;

use loathon::channels::console::Console;
use loathon::clock::ManualClock;
use loathon::{App, Config};
use sqlx::{Connection, Executor};

/// A fresh, empty database for one test: a SQLite file in a temporary folder, or a new
/// PostgreSQL database created on the server named by `TEST_DATABASE_URL`.
pub struct TestDb {
    pub url: String,
    pub label: &'static str,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!(
            "sqlite://{}",
            dir.path().join("nested/loathon.db").display()
        );
        Self {
            url,
            label: "sqlite",
            _dir: Some(dir),
            pg: None,
        }
    }

    pub async fn postgres(admin_url: &str) -> Self {
        sqlx::any::install_default_drivers();
        let name = format!("lt_{}", rand_suffix());
        let mut conn = sqlx::AnyConnection::connect(admin_url)
            .await
            .expect("TEST_DATABASE_URL must be reachable");
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .expect("create test database");
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b)
            .unwrap_or(admin_url);
        Self {
            url: format!("{base}/{name}"),
            label: "postgres",
            _dir: None,
            pg: Some((admin_url.to_string(), name)),
        }
    }

    /// Drops a PostgreSQL test database (SQLite folders go with the value).
    pub async fn cleanup(self) {
        if let Some((admin, name)) = &self.pg
            && let Ok(mut conn) = sqlx::AnyConnection::connect(admin).await
        {
            let _ = conn
                .execute(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .await;
        }
    }
}

fn rand_suffix() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    format!("{}_{}", std::process::id(), nanos % 1_000_000_000_000)
}

/// Every backend under test: SQLite always, PostgreSQL when `TEST_DATABASE_URL` is set.
pub async fn backends() -> Vec<TestDb> {
    let mut out = vec![TestDb::sqlite()];
    if let Ok(url) = std::env::var("TEST_DATABASE_URL")
        && !url.trim().is_empty()
    {
        out.push(TestDb::postgres(&url).await);
    }
    out
}

/// An application on a test database with a manual clock, and a console to talk to it.
pub struct TestApp {
    pub app: App,
    pub console: Console,
    pub clock: ManualClock,
}

pub async fn spawn_app(db: &TestDb) -> TestApp {
    spawn_app_with(db, |_| {}).await
}

pub async fn spawn_app_with(db: &TestDb, tweak: impl FnOnce(&mut Config)) -> TestApp {
    let mut config = Config {
        database_url: db.url.clone(),
        http_addr: "127.0.0.1:0".parse().unwrap(),
        ..Config::default()
    };
    tweak(&mut config);
    let clock = ManualClock::monday_morning();
    let app = App::build(config, Arc::new(clock.clone()))
        .await
        .expect("app builds");
    app.prepare_demo("lan").await.expect("demo data loads");
    let console = Console::new(&app, "lan");
    TestApp {
        app,
        console,
        clock,
    }
}

impl TestApp {
    /// Sends one console line and returns what the bot printed, as the console shows it.
    pub async fn say(&mut self, line: &str) -> String {
        let printed = self.console.send_line(line).await.expect("update handled");
        self.console.format(&printed)
    }

    /// Sends a non-text event (photo, voice, place, a forged button) as `handle`.
    pub async fn send(&mut self, handle: &str, event: loathon::message::Event) -> String {
        let inbound = loathon::message::Inbound {
            channel: loathon::message::Channel::Console,
            chat_id: handle.into(),
            chat_kind: loathon::store::chats::ChatKind::Private,
            chat_title: None,
            sender_id: handle.into(),
            sender_name: None,
            language_hint: None,
            event,
        };
        self.app
            .engine
            .handle(inbound)
            .await
            .expect("update handled");
        let printed = self.console.deliver().await.expect("delivered");
        self.console.format(&printed)
    }

    /// Onboards `@handle` in Vietnamese to the village typed as `village` (typed again at the
    /// village step when it also names a commune, "dao san"), declining the announcements.
    pub async fn onboard_as(&mut self, handle: &str, village: &str) {
        self.say(&format!("@{handle}: /start")).await;
        self.say(&format!("@{handle}: Tiếng Việt")).await;
        let mut out = self.say(&format!("@{handle}: {village}")).await;
        if out.contains("bạn ở thôn, bản hay tổ dân phố nào?") {
            out = self.say(&format!("@{handle}: {village}")).await;
        }
        assert!(out.contains("Đã ghi nhận"), "{out}");
        let done = self.say(&format!("@{handle}: Đồng ý")).await;
        assert!(done.contains("Bạn đã đăng ký xong"), "{done}");
        assert!(done.contains("Bạn có muốn nhận thông báo"), "{done}");
        let menu = self.say(&format!("@{handle}: Không nhận")).await;
        assert!(menu.contains("Bạn muốn làm gì?"), "{menu}");
    }

    /// Plays the default person's onboarding in Vietnamese, to Bản Gia Khâu, declining the
    /// announcements.
    pub async fn onboard_vi(&mut self) {
        self.onboard_as("lan", "gia khau").await;
    }
}

/// Asserts `haystack` contains every needle, showing the whole output when it does not.
#[track_caller]
pub fn assert_has(haystack: &str, needles: &[&str]) {
    for n in needles {
        assert!(haystack.contains(n), "expected {n:?} in:\n{haystack}");
    }
}

#[track_caller]
pub fn assert_lacks(haystack: &str, needles: &[&str]) {
    for n in needles {
        assert!(
            !haystack.contains(n),
            "did not expect {n:?} in:\n{haystack}"
        );
    }
}

/// The first `prefix` + `len` characters found in `text` (a tracking code, an invite code).
#[track_caller]
pub fn find_after(text: &str, prefix: &str, len: usize) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("{prefix:?} not in:\n{text}"))
        + prefix.len();
    text[start..].chars().take(len).collect()
}
