//! Storage on SQLite (the embedded default) or PostgreSQL, through one set of SQL texts.
//!
//! Queries run on sqlx's `Any` driver: `$N` placeholders work on both backends, instants are
//! unix milliseconds (INTEGER/BIGINT) and flags are 0/1 integers, because `Any` carries only
//! integers, floats, text and blobs. Where the dialects really differ, the difference lives in
//! [`Backend`]. Repository functions take a connection (`&mut AnyConnection`, which a
//! transaction derefs to) so that related writes land in one transaction.

pub mod areas;
pub mod broadcasts;
pub mod chats;
pub mod conversations;
pub mod directory;
pub mod emergency;
pub mod languages;
pub mod leases;
pub mod lessons;
pub mod links;
pub mod outbox;
pub mod people;
pub mod petitions;
pub mod privacy;
pub mod relay;
pub mod reports;
pub mod routing;
pub mod seeds;
pub mod units;
pub mod updates;
pub mod voice;
pub mod web;
pub mod web_reports;
pub mod zalo;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{AnyPool, ConnectOptions, Executor};

pub use sqlx::AnyConnection as Conn;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn from_url(url: &str) -> Result<Self, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl)
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }

    fn migrator(self) -> &'static Migrator {
        match self {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("DATABASE_URL must start with sqlite: or postgres://")]
    UnsupportedUrl,
    #[error("creating the database folder {path}: {source}")]
    CreateDir {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Sqlx(#[from] sqlx::Error),
    #[error(transparent)]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data does not fit: {0}")]
    Corrupt(String),
    #[error("`loathon backup` copies SQLite databases; for PostgreSQL use pg_dump")]
    BackupUnsupported,
    #[error("{0} exists already: choose a new file for the backup")]
    BackupExists(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The database: a pool and which dialect it speaks.
#[derive(Clone, Debug)]
pub struct Db {
    pub pool: AnyPool,
    pub backend: Backend,
    /// SQLite has one writer at a time. Writers of this process wait their turn here, in
    /// order, instead of in SQLite's busy handler, which sleeps in steps of milliseconds.
    writer: Arc<tokio::sync::Mutex<Writer>>,
}

/// SQLite on a file: the one connection write transactions use, kept out of the pool. Writes
/// are one at a time anyway; a connection that made the latest change keeps its page cache
/// (another connection's write makes it read its pages again), and a transaction costs no pool
/// acquire and no ping on release. Opened on first use, and again after a transaction that
/// ended without a commit (closing it is what rolls that transaction back).
#[derive(Debug, Default)]
struct Writer {
    options: Option<AnyConnectOptions>,
    conn: Option<Conn>,
}

/// A write transaction; on SQLite it also holds this process's writer turn until it ends.
pub struct WriteTx {
    inner: TxInner,
}

enum TxInner {
    /// PostgreSQL, and SQLite in memory (one database per connection: the pool's).
    Pooled {
        tx: sqlx::Transaction<'static, sqlx::Any>,
        _turn: Option<tokio::sync::OwnedMutexGuard<Writer>>,
    },
    /// Committed: nothing left.
    Done,
    /// SQLite on a file: the writer connection, in `BEGIN IMMEDIATE` (once `begun`) until
    /// `done`.
    Writer {
        turn: tokio::sync::OwnedMutexGuard<Writer>,
        begun: bool,
        done: bool,
    },
}

impl WriteTx {
    /// For a transaction from [`Db::begin_folded`]: what the first statement must start with
    /// (`BEGIN IMMEDIATE; `, once, on SQLite's writer connection; otherwise nothing).
    pub fn lead(&mut self) -> &'static str {
        match &mut self.inner {
            TxInner::Writer { begun, .. } if !*begun => {
                *begun = true;
                "BEGIN IMMEDIATE; "
            }
            _ => "",
        }
    }

    /// What the last statement may end with to commit in the same round trip (`; COMMIT` on
    /// SQLite's writer connection); then [`WriteTx::finish`] with `true` once it ran.
    pub fn tail(&self) -> &'static str {
        match &self.inner {
            TxInner::Writer { begun: true, .. } => "; COMMIT",
            _ => "",
        }
    }

    /// Commits, unless the last statement carried [`WriteTx::tail`] and ran (`tail_ran`).
    pub async fn finish(mut self, tail_ran: bool) -> StoreResult<()> {
        if let TxInner::Writer { done, .. } = &mut self.inner
            && tail_ran
        {
            *done = true;
            return Ok(());
        }
        self.commit().await
    }

    pub async fn commit(mut self) -> StoreResult<()> {
        match &mut self.inner {
            TxInner::Writer { turn, done, .. } => {
                let conn = turn
                    .conn
                    .as_mut()
                    .expect("the writer is open in a transaction");
                conn.execute("COMMIT").await?;
                *done = true;
                Ok(())
            }
            TxInner::Pooled { .. } => {
                let TxInner::Pooled { tx, _turn } =
                    std::mem::replace(&mut self.inner, TxInner::Done)
                else {
                    unreachable!()
                };
                tx.commit().await?;
                Ok(())
            }
            TxInner::Done => Ok(()),
        }
    }

    /// Ends the transaction keeping nothing (dropping it does too, in the background).
    pub async fn rollback(mut self) -> StoreResult<()> {
        if let TxInner::Writer {
            turn,
            begun: true,
            done,
        } = &mut self.inner
        {
            let conn = turn
                .conn
                .as_mut()
                .expect("the writer is open in a transaction");
            conn.execute("ROLLBACK").await?;
            *done = true;
        }
        Ok(())
    }
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        // Not committed (an early return, an error, a cancelled future): rolled back before the
        // next writer's turn, which this task keeps until then; without a runtime, closing the
        // connection rolls back.
        if matches!(
            self.inner,
            TxInner::Writer {
                begun: true,
                done: false,
                ..
            }
        ) && let TxInner::Writer { mut turn, .. } =
            std::mem::replace(&mut self.inner, TxInner::Done)
        {
            match tokio::runtime::Handle::try_current() {
                Ok(runtime) => {
                    runtime.spawn(async move {
                        if let Some(conn) = turn.conn.as_mut()
                            && let Err(e) = conn.execute("ROLLBACK").await
                        {
                            tracing::warn!(error = %e, "rollback failed: the writer reconnects");
                            turn.conn = None;
                        }
                    });
                }
                Err(_) => turn.conn = None,
            }
        }
    }
}

impl std::ops::Deref for WriteTx {
    type Target = Conn;
    fn deref(&self) -> &Conn {
        match &self.inner {
            TxInner::Pooled { tx, .. } => tx,
            TxInner::Writer { turn, begun, .. } => {
                debug_assert!(*begun, "a statement before the transaction's lead");
                turn.conn.as_ref().expect("the writer is open")
            }
            TxInner::Done => unreachable!("a finished transaction is not used"),
        }
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Conn {
        match &mut self.inner {
            TxInner::Pooled { tx, .. } => tx,
            TxInner::Writer { turn, begun, .. } => {
                debug_assert!(*begun, "a statement before the transaction's lead");
                turn.conn.as_mut().expect("the writer is open")
            }
            TxInner::Done => unreachable!("a finished transaction is not used"),
        }
    }
}

impl Db {
    /// Connects to `url`, creating a SQLite file (and its folder) when it does not exist.
    pub async fn connect(url: &str) -> StoreResult<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::from_url(url)?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_url(url)?,
            Backend::Postgres => url.to_string(),
        };
        let options = AnyConnectOptions::from_str(&url)?
            .log_statements(tracing::log::LevelFilter::Trace)
            .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_millis(500));
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10))
            // A SQLite connection is a file in this process: nothing can hang up on it, and a
            // ping before every acquire is one more hand-off to its thread per update.
            .test_before_acquire(backend == Backend::Postgres)
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        sqlite_pragmas(conn).await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options.clone())
            .await?;
        // An in-memory database is one per connection: its writers use the pool's.
        let writer = Writer {
            options: (backend == Backend::Sqlite && !url.contains(":memory:")).then_some(options),
            conn: None,
        };
        Ok(Self {
            pool,
            backend,
            writer: Arc::new(tokio::sync::Mutex::new(writer)),
        })
    }

    /// Applies the migrations this backend has not seen yet.
    pub async fn migrate(&self) -> StoreResult<()> {
        self.backend.migrator().run(&self.pool).await?;
        Ok(())
    }

    /// Writes a consistent copy of a SQLite database to `path` while it is in use (`VACUUM
    /// INTO` reads one snapshot; writers carry on). PostgreSQL has `pg_dump` for this.
    pub async fn backup(&self, path: &Path) -> StoreResult<()> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::BackupUnsupported);
        }
        if path.exists() {
            return Err(StoreError::BackupExists(path.display().to_string()));
        }
        let target = path.to_string_lossy().to_string();
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A cheap round trip, for `/healthz`.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Begins a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so that two updates handled at the same time queue on the busy
    /// timeout instead of one failing with "database is locked" when its read turns into a
    /// write.
    pub async fn begin(&self) -> StoreResult<WriteTx> {
        self.begin_as(true).await
    }

    /// [`Db::begin`], but on SQLite's writer connection `BEGIN IMMEDIATE` goes with the first
    /// statement (which must start with [`WriteTx::lead`]) and `COMMIT` may go with the last
    /// ([`WriteTx::tail`]): two round trips to SQLite's thread fewer per transaction.
    pub async fn begin_folded(&self) -> StoreResult<WriteTx> {
        self.begin_as(false).await
    }

    async fn begin_as(&self, eager: bool) -> StoreResult<WriteTx> {
        let inner = match self.backend {
            Backend::Sqlite => {
                let mut turn = self.writer.clone().lock_owned().await;
                match turn.options.clone() {
                    Some(options) => {
                        if turn.conn.is_none() {
                            let mut conn = options.connect().await?;
                            sqlite_pragmas(&mut conn).await?;
                            turn.conn = Some(conn);
                        }
                        let conn = turn.conn.as_mut().expect("just opened");
                        if eager && let Err(e) = conn.execute("BEGIN IMMEDIATE").await {
                            turn.conn = None;
                            return Err(e.into());
                        }
                        TxInner::Writer {
                            turn,
                            begun: eager,
                            done: false,
                        }
                    }
                    None => TxInner::Pooled {
                        tx: self.pool.begin_with("BEGIN IMMEDIATE").await?,
                        _turn: Some(turn),
                    },
                }
            }
            Backend::Postgres => TxInner::Pooled {
                tx: self.pool.begin().await?,
                _turn: None,
            },
        };
        Ok(WriteTx { inner })
    }
}

/// Every SQLite connection's settings. WAL lets readers run beside the one writer; the busy
/// timeout makes a second writer wait instead of failing at once; pages are read through a
/// memory map rather than a system call each.
async fn sqlite_pragmas(conn: &mut Conn) -> Result<(), sqlx::Error> {
    conn.execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; \
         PRAGMA mmap_size = 268435456;",
    )
    .await?;
    Ok(())
}

/// Makes sure a SQLite URL creates its file, and that the file's folder exists.
fn prepare_sqlite_url(url: &str) -> StoreResult<String> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path == ":memory:" {
        return Ok(url.to_string());
    }
    if let Some(dir) = Path::new(path)
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
    {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir {
            path: dir.display().to_string(),
            source,
        })?;
    }
    let mut url = format!("sqlite://{path}");
    if query.is_empty() {
        url.push_str("?mode=rwc");
    } else if !query.contains("mode=") {
        url.push_str(&format!("?{query}&mode=rwc"));
    } else {
        url.push_str(&format!("?{query}"));
    }
    Ok(url)
}

/// A 0/1 column to a bool.
pub fn flag(v: i64) -> bool {
    v != 0
}

/// Records an admin action outside petitions (roles, routing, links).
pub async fn audit(
    conn: &mut Conn,
    actor_id: Option<i64>,
    action: crate::domain::audit::AuditAction,
    subject: &str,
    detail: Option<&str>,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("INSERT INTO audit_log (actor_id, action, subject, detail, created_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(actor_id)
        .bind(action.as_str())
        .bind(subject)
        .bind(detail)
        .bind(now_ms)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// One row of the audit log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditEntry {
    pub actor_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub detail: Option<String>,
    pub created_at: i64,
}

/// The audit log's rows about `subject` with `action`, oldest first.
pub async fn audit_entries(
    conn: &mut Conn,
    action: crate::domain::audit::AuditAction,
    subject: &str,
) -> StoreResult<Vec<AuditEntry>> {
    use sqlx::Row;
    let rows = sqlx::query(
        "SELECT actor_id, action, subject, detail, created_at FROM audit_log \
         WHERE action = $1 AND subject = $2 ORDER BY id",
    )
    .bind(action.as_str())
    .bind(subject)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(AuditEntry {
                actor_id: r.try_get("actor_id")?,
                action: r.try_get("action")?,
                subject: r.try_get("subject")?,
                detail: r.try_get("detail")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_urls_gain_create_mode() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("sub/loathon.db");
        let url = prepare_sqlite_url(&format!("sqlite://{}", file.display())).unwrap();
        assert!(url.ends_with("loathon.db?mode=rwc"));
        assert!(file.parent().unwrap().is_dir());
        assert_eq!(
            prepare_sqlite_url("sqlite::memory:").unwrap(),
            "sqlite::memory:"
        );
    }

    #[test]
    fn backends_are_told_by_url() {
        assert_eq!(
            Backend::from_url("sqlite:data/x.db").unwrap(),
            Backend::Sqlite
        );
        assert_eq!(
            Backend::from_url("postgres://postgres@127.0.0.1/test").unwrap(),
            Backend::Postgres
        );
        assert!(Backend::from_url("mysql://x").is_err());
    }
}
