//! The durable outbox: every outbound message is a row here before any platform sees it.
//!
//! A sender claims due rows with a lease, sends them, and marks each sent or failed. A crash
//! loses nothing: a row whose lease ran out is claimed again, so at most the rows in flight at
//! the crash can be sent twice.

use sqlx::Row;

use super::{Backend, Conn, Db, StoreError, StoreResult};
use crate::message::ChatKind;

/// Who waits on a message: an emergency alert goes before everything, then replies to the
/// person in front of the bot. Stored as the number; lower goes first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Priority {
    /// Danger to people or property: the unit and the admins are alerted ahead of all else.
    Urgent = -1,
    Reply = 0,
    Notification = 1,
    Bulk = 2,
}

pub use crate::message::{Button, Outbound};

/// The payload of a row whose text and buttons were cleared (retention, a deleted person): an
/// [`Outbound`] with empty text. A literal, so that the partial index `outbox_retention`
/// (migration 0010) matches the queries that name it.
macro_rules! empty_payload {
    () => {
        r#"{"text":""}"#
    };
}
pub(crate) use empty_payload;
pub const EMPTY_PAYLOAD: &str = empty_payload!();

/// A claimed row, with the chat's platform address.
#[derive(Clone, Debug)]
pub struct Claimed {
    pub id: i64,
    pub chat_id: i64,
    pub channel: String,
    pub chat_external_id: String,
    pub chat_kind: ChatKind,
    /// Whether the chat can still be reached; rows of an inactive chat are skipped.
    pub chat_active: bool,
    pub priority: i64,
    /// A row of an urgent announcement (the only rows Telegram's paid broadcasting is for).
    pub urgent_broadcast: bool,
    pub attempts: i64,
    /// Parts of a long message already delivered (a sender splits text at its platform's limit).
    pub parts_sent: i64,
    pub message: Outbound,
}

pub async fn enqueue(
    conn: &mut Conn,
    chat_id: i64,
    priority: Priority,
    message: &Outbound,
    now_ms: i64,
) -> StoreResult<i64> {
    let payload = serde_json::to_string(message).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let row = sqlx::query(
        "INSERT INTO outbox (chat_id, priority, payload, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(chat_id)
    .bind(priority as i64)
    .bind(payload)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// A row about to be queued: its chat, priority and message.
#[derive(Clone, Debug)]
pub struct NewRow {
    pub chat_id: i64,
    pub priority: Priority,
    pub message: Outbound,
}

/// An outbox row's values as bound: chat, priority, payload.
type RowValues = (i64, i64, String);

/// The `VALUES` of `rows` as `($n, $n+1, $n+2, $now, $now)`, placeholders from `first` on, and
/// the values to bind in order.
fn rows_sql(rows: &[NewRow], first: usize, now: usize) -> StoreResult<(String, Vec<RowValues>)> {
    let mut sql = String::from(
        "INSERT INTO outbox (chat_id, priority, payload, next_attempt_at, created_at) VALUES ",
    );
    let mut values = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            sql.push_str(", ");
        }
        let b = first + i * 3;
        sql.push_str(&format!("(${b}, ${}, ${}, ${now}, ${now})", b + 1, b + 2));
        let payload =
            serde_json::to_string(&row.message).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        values.push((row.chat_id, row.priority as i64, payload));
    }
    sql.push_str(" RETURNING id");
    Ok((sql, values))
}

/// Rows queued by one statement at most (three parameters each, well under both backends'
/// limits).
const ROWS_PER_STATEMENT: usize = 500;

/// Saves a conversation's state (`(chat, person, state)`, when given) and queues `rows`, in one
/// statement (the end of a turn; a sweep's many rows take one statement per 500). Returns the
/// rows' ids in the order given.
pub async fn save_and_enqueue(
    conn: &mut Conn,
    conversation: Option<(i64, i64, &str)>,
    rows: &[NewRow],
    now_ms: i64,
) -> StoreResult<Vec<i64>> {
    Ok(save_and_enqueue_then(conn, conversation, rows, now_ms, "")
        .await?
        .0)
}

/// [`save_and_enqueue`], with `tail` (a transaction's `; COMMIT`, see
/// [`super::WriteTx::tail`]) ending its last statement; the flag says whether that statement
/// ran (there is none when there is nothing to save or queue).
pub async fn save_and_enqueue_then(
    conn: &mut Conn,
    conversation: Option<(i64, i64, &str)>,
    rows: &[NewRow],
    now_ms: i64,
    tail: &str,
) -> StoreResult<(Vec<i64>, bool)> {
    if rows.len() <= ROWS_PER_STATEMENT {
        return save_and_enqueue_one(conn, conversation, rows, now_ms, tail).await;
    }
    let (first, rest) = rows.split_at(ROWS_PER_STATEMENT);
    let (mut ids, _) = save_and_enqueue_one(conn, conversation, first, now_ms, "").await?;
    let mut ran = false;
    let chunks: Vec<&[NewRow]> = rest.chunks(ROWS_PER_STATEMENT).collect();
    for (i, chunk) in chunks.iter().enumerate() {
        let tail = if i + 1 == chunks.len() { tail } else { "" };
        let (more, r) = save_and_enqueue_one(conn, None, chunk, now_ms, tail).await?;
        ids.extend(more);
        ran = r;
    }
    Ok((ids, ran))
}

async fn save_and_enqueue_one(
    conn: &mut Conn,
    conversation: Option<(i64, i64, &str)>,
    rows: &[NewRow],
    now_ms: i64,
    tail: &str,
) -> StoreResult<(Vec<i64>, bool)> {
    const SAVE: &str = "INSERT INTO conversations (chat_id, person_id, state, updated_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (chat_id, person_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at";
    let (sql, values) = match (conversation, rows.is_empty()) {
        (None, true) => return Ok((Vec::new(), false)),
        (Some(_), true) => (SAVE.to_string(), Vec::new()),
        (None, false) => rows_sql(rows, 2, 1)?,
        (Some(_), false) => {
            let (insert, values) = rows_sql(rows, 5, 4)?;
            // SQLite runs several statements in one call; PostgreSQL takes the save as a
            // data-modifying WITH, which runs whether or not the insert reads it.
            let sql = if conn.backend_name() == "PostgreSQL" {
                format!("WITH saved AS ({SAVE}) {insert}")
            } else {
                format!("{SAVE}; {insert}")
            };
            (sql, values)
        }
    };
    let sql = format!("{sql}{tail}");
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
    match conversation {
        Some((chat_id, person_id, state)) => {
            q = q
                .bind(chat_id)
                .bind(person_id)
                .bind(state.to_string())
                .bind(now_ms);
        }
        None => q = q.bind(now_ms),
    }
    for (chat_id, priority, payload) in values {
        q = q.bind(chat_id).bind(priority).bind(payload);
    }
    let returned = q.fetch_all(&mut *conn).await?;
    let mut ids = returned
        .iter()
        .map(|r| r.try_get::<i64, _>("id"))
        .collect::<Result<Vec<_>, _>>()?;
    // Ids are given in insertion order; RETURNING's own order is not promised.
    ids.sort_unstable();
    Ok((ids, true))
}

/// Which rows a claim may take. With paid broadcasting on, urgent announcements have a budget
/// of their own: the delivery worker also claims them apart, as many as that budget allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimClass {
    Any,
    /// Only the rows of urgent announcements.
    UrgentBroadcast,
}

impl ClaimClass {
    fn filter(self) -> &'static str {
        // An announcement's rows are bulk, or notifications when it is urgent.
        match self {
            ClaimClass::Any => "",
            ClaimClass::UrgentBroadcast => "AND o.announcement_id IS NOT NULL AND o.priority <= 1 ",
        }
    }
}

/// The buttons of the latest message with buttons in a chat (rows flattened, in order), as
/// the person last saw them: what a typed number or label presses. Only the payload's own
/// `"buttons"` key can match the pattern (a quote inside a text is escaped in the JSON).
pub async fn latest_buttons(conn: &mut Conn, chat_id: i64) -> StoreResult<Vec<Button>> {
    let row = sqlx::query(
        "SELECT payload FROM outbox WHERE chat_id = $1 AND status IN ('pending', 'sending', 'sent') \
         AND payload LIKE '%\"buttons\":%' ORDER BY id DESC LIMIT 1",
    )
    .bind(chat_id)
    .fetch_optional(&mut *conn)
    .await?;
    buttons_of(row)
}

/// Every button of a message in a chat that had more than its channel shows at once
/// (`message::fit_buttons`): the latest one whose page turns carry `key`
/// (`message::paged_key`), or with no key the latest of all; empty when there is none.
pub async fn paged(conn: &mut Conn, chat_id: i64, key: Option<u32>) -> StoreResult<Vec<Button>> {
    const SQL: &str = "SELECT payload FROM outbox WHERE chat_id = $1 \
         AND status IN ('pending', 'sending', 'sent') AND payload LIKE $2 ORDER BY id DESC LIMIT 1";
    // A page turn's data sits in the payload as `"data":"more:<page>:<key>"`; a quote inside a
    // text is escaped in the JSON, so only a button can match.
    let pattern = match key {
        Some(key) => format!("%\"data\":\"more:%:{key:08x}\"%"),
        None => "%\"all_buttons\":%".to_string(),
    };
    let row = sqlx::query(SQL)
        .bind(chat_id)
        .bind(pattern)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(row) = row else {
        return Ok(Vec::new());
    };
    let payload: String = row.try_get("payload")?;
    let message: Outbound =
        serde_json::from_str(&payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    if key.is_some_and(|key| crate::message::paged_key(&message.all_buttons) != key) {
        return Ok(Vec::new());
    }
    Ok(message.all_buttons)
}

/// [`latest_buttons`] of a chat named by its channel and platform id (the console's handle).
pub async fn latest_buttons_in(
    conn: &mut Conn,
    channel: &str,
    external_chat_id: &str,
) -> StoreResult<Vec<Button>> {
    let row = sqlx::query(
        "SELECT o.payload FROM outbox o JOIN chats c ON c.id = o.chat_id \
         WHERE c.channel = $1 AND c.external_id = $2 AND o.status IN ('pending', 'sending', 'sent') \
         AND o.payload LIKE '%\"buttons\":%' ORDER BY o.id DESC LIMIT 1",
    )
    .bind(channel)
    .bind(external_chat_id)
    .fetch_optional(&mut *conn)
    .await?;
    buttons_of(row)
}

fn buttons_of(row: Option<sqlx::any::AnyRow>) -> StoreResult<Vec<Button>> {
    let Some(row) = row else {
        return Ok(Vec::new());
    };
    let payload: String = row.try_get("payload")?;
    let message: Outbound =
        serde_json::from_str(&payload).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(message.buttons.into_iter().flatten().collect())
}

/// Claims up to `limit` due rows of `channel` for `owner` until `now + lease_ms`: pending rows,
/// and rows whose earlier lease ran out. Highest priority first, then oldest.
pub async fn claim(
    db: &Db,
    channel: &str,
    owner: &str,
    limit: i64,
    now_ms: i64,
    lease_ms: i64,
) -> StoreResult<Vec<Claimed>> {
    claim_class(db, channel, owner, limit, now_ms, lease_ms, ClaimClass::Any).await
}

/// [`claim`], of one [`ClaimClass`] of rows.
pub async fn claim_class(
    db: &Db,
    channel: &str,
    owner: &str,
    limit: i64,
    now_ms: i64,
    lease_ms: i64,
    class: ClaimClass,
) -> StoreResult<Vec<Claimed>> {
    // PostgreSQL lets several instances claim side by side; SQLite has one writer at a time,
    // so the plain UPDATE … WHERE id IN (SELECT …) is already exclusive there.
    let lock = match db.backend {
        Backend::Postgres => "FOR UPDATE OF o SKIP LOCKED",
        Backend::Sqlite => "",
    };
    // Two claims, each reading its index in order so that LIMIT stops the scan early: rows
    // whose lease ran out (few: the ones in some sender's hands), then pending rows. One
    // `status = 'pending' OR …` would sort every due row at every claim (10,000 of them
    // during a big broadcast, holding the writer meanwhile).
    let claim_sql = |status: &str| {
        format!(
            "UPDATE outbox SET status = 'sending', lease_owner = $1, lease_until = $2, attempts = attempts + 1 \
             WHERE id IN ( \
                SELECT o.id FROM outbox o JOIN chats c ON c.id = o.chat_id \
                WHERE c.channel = $3 AND o.next_attempt_at <= $4 AND {status} {} \
                ORDER BY o.priority, o.id LIMIT $5 {lock}) RETURNING id",
            class.filter()
        )
    };
    let mut tx = db.begin().await?;
    let mut ids: Vec<i64> = Vec::new();
    for status in [
        "o.status = 'sending' AND o.lease_until < $4",
        "o.status = 'pending'",
    ] {
        let room = limit - ids.len() as i64;
        if room <= 0 {
            break;
        }
        // Built from literals only (the statuses, the class's filter, the backend's lock).
        let rows = sqlx::query(sqlx::AssertSqlSafe(claim_sql(status)))
            .bind(owner)
            .bind(now_ms + lease_ms)
            .bind(channel)
            .bind(now_ms)
            .bind(room)
            .fetch_all(&mut *tx)
            .await?;
        for r in &rows {
            ids.push(r.try_get("id")?);
        }
    }
    let mut claimed = Vec::with_capacity(ids.len());
    // The rows in one read per few hundred, not one each (a paid urgent broadcast claims
    // hundreds at a time).
    for chunk in ids.chunks(IN_CHUNK) {
        let placeholders = (1..=chunk.len())
            .map(|i| format!("${i}"))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT o.id, o.chat_id, o.priority, o.attempts, o.parts_sent, o.payload, \
             o.announcement_id, c.channel, c.external_id, c.kind, c.active \
             FROM outbox o JOIN chats c ON c.id = o.chat_id WHERE o.id IN ({placeholders})"
        );
        // Placeholders only; the ids are bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut *tx).await? {
            let payload: String = row.try_get("payload")?;
            let kind: String = row.try_get("kind")?;
            let priority: i64 = row.try_get("priority")?;
            let announcement: Option<i64> = row.try_get("announcement_id")?;
            claimed.push(Claimed {
                id: row.try_get("id")?,
                chat_id: row.try_get("chat_id")?,
                channel: row.try_get("channel")?,
                chat_external_id: row.try_get("external_id")?,
                chat_kind: match kind.as_str() {
                    "group" => ChatKind::Group,
                    _ => ChatKind::Private,
                },
                chat_active: super::flag(row.try_get("active")?),
                priority,
                urgent_broadcast: announcement.is_some()
                    && priority <= Priority::Notification as i64,
                attempts: row.try_get("attempts")?,
                parts_sent: row.try_get("parts_sent")?,
                message: serde_json::from_str(&payload)
                    .map_err(|e| StoreError::Corrupt(e.to_string()))?,
            });
        }
    }
    tx.commit().await?;
    claimed.sort_by_key(|c| (c.priority, c.id));
    Ok(claimed)
}

/// Ids bound in one `IN (…)` list (well below SQLite's and PostgreSQL's parameter limits).
const IN_CHUNK: usize = 200;

/// Extends the lease of the rows `ids` that `owner` still holds to `until_ms` (a sender renews
/// the rows it works on, so that a slow send's row is not claimed again; a row it lost track
/// of is left to run out and be claimed anew).
pub async fn renew_leases(db: &Db, owner: &str, ids: &[i64], until_ms: i64) -> StoreResult<u64> {
    let mut renewed = 0;
    for chunk in ids.chunks(IN_CHUNK) {
        let placeholders = (0..chunk.len())
            .map(|i| format!("${}", i + 3))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "UPDATE outbox SET lease_until = $1 WHERE status = 'sending' AND lease_owner = $2 \
             AND id IN ({placeholders})"
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(until_ms)
            .bind(owner);
        for id in chunk {
            query = query.bind(*id);
        }
        renewed += query.execute(&db.pool).await?.rows_affected();
    }
    Ok(renewed)
}

pub async fn mark_sent(
    db: &Db,
    id: i64,
    platform_message_id: Option<&str>,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'sent', sent_at = $1, platform_message_id = $2, \
         lease_owner = NULL, lease_until = NULL, error = NULL WHERE id = $3",
    )
    .bind(now_ms)
    .bind(platform_message_id)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Marks rows sent (row id, the platform's id for the message) in one transaction.
pub async fn mark_sent_many(
    db: &Db,
    sent: &[(i64, Option<String>)],
    now_ms: i64,
) -> StoreResult<()> {
    if sent.is_empty() {
        return Ok(());
    }
    let mut tx = db.begin().await?;
    let conn: &mut Conn = &mut tx;
    for (id, platform_message_id) in sent {
        sqlx::query(
            "UPDATE outbox SET status = 'sent', sent_at = $1, platform_message_id = $2, \
             lease_owner = NULL, lease_until = NULL, error = NULL WHERE id = $3",
        )
        .bind(now_ms)
        .bind(platform_message_id.as_deref())
        .bind(*id)
        .execute(&mut *conn)
        .await?;
    }
    tx.commit().await
}

/// Puts a row back to wait until `retry_at` (rate limit, network, server error).
pub async fn retry_later(db: &Db, id: i64, retry_at_ms: i64, error: &str) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', next_attempt_at = $1, error = $2, \
         lease_owner = NULL, lease_until = NULL WHERE id = $3",
    )
    .bind(retry_at_ms)
    .bind(error)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Gives up on a row for good (blocked, chat gone, rejected message).
pub async fn mark_failed(db: &Db, id: i64, error: &str) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'failed', error = $1, lease_owner = NULL, lease_until = NULL WHERE id = $2",
    )
    .bind(error)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Settles a row the platform refused because the person is outside its window for
/// messages from the bot (Zalo: last wrote more than 7 days ago): `skipped`, with the reason
/// `outside_window`, which announcements' figures count on their own.
pub async fn mark_outside_window(db: &Db, id: i64, error: &str) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'skipped', reason = 'outside_window', error = $1, \
         lease_owner = NULL, lease_until = NULL WHERE id = $2",
    )
    .bind(error)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Records that the first `parts_sent` parts of a long message were delivered, so that a retry
/// resumes after them. The row stays leased.
pub async fn mark_parts_sent(db: &Db, id: i64, parts_sent: i64) -> StoreResult<()> {
    sqlx::query("UPDATE outbox SET parts_sent = $1 WHERE id = $2")
        .bind(parts_sent)
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Puts a row back until `until_ms` without counting the claim as an attempt: the sender held
/// it back for a rate limit (its own, or Telegram's `retry_after`), or the chat moved.
pub async fn defer(db: &Db, id: i64, until_ms: i64, reason: Option<&str>) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'pending', next_attempt_at = $1, error = COALESCE($2, error), \
         attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, \
         lease_owner = NULL, lease_until = NULL WHERE id = $3",
    )
    .bind(until_ms)
    .bind(reason)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Marks a row skipped: it was never sent because its chat can no longer be reached.
pub async fn mark_skipped(db: &Db, id: i64, reason: &str) -> StoreResult<()> {
    sqlx::query(
        "UPDATE outbox SET status = 'skipped', error = $1, lease_owner = NULL, lease_until = NULL \
         WHERE id = $2",
    )
    .bind(reason)
    .bind(id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Skips every row of `chat_id` still waiting (pending, or leased by a sender other than
/// `except_id`'s): the chat blocked or removed the bot. Returns how many rows were skipped.
pub async fn skip_pending_for_chat(
    conn: &mut Conn,
    chat_id: i64,
    except_id: Option<i64>,
    reason: &str,
) -> StoreResult<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'skipped', error = $1, lease_owner = NULL, lease_until = NULL \
         WHERE chat_id = $2 AND status IN ('pending', 'sending') AND id <> $3",
    )
    .bind(reason)
    .bind(chat_id)
    .bind(except_id.unwrap_or(0))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Empties the payload of up to `limit` settled rows (sent, failed, skipped) queued before
/// `before_ms`: the row stays, with its status, times and announcement, so figures still count
/// it. Returns how many rows were emptied. (The status is written as `NOT IN` the unsettled
/// ones so that the planner reads `outbox_retention` by age rather than every sent row.)
pub async fn purge_payloads(conn: &mut Conn, before_ms: i64, limit: i64) -> StoreResult<u64> {
    let done = sqlx::query(concat!(
        "UPDATE outbox SET payload = '",
        empty_payload!(),
        "' WHERE id IN (SELECT id FROM outbox WHERE payload <> '",
        empty_payload!(),
        "' AND created_at < $1 AND status NOT IN ('pending', 'sending') ORDER BY created_at LIMIT $2)"
    ))
    .bind(before_ms)
    .bind(limit)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Rows by status, for `/metrics`.
pub async fn counts_by_status(db: &Db) -> StoreResult<Vec<(String, i64)>> {
    let rows =
        sqlx::query("SELECT status, COUNT(*) AS n FROM outbox GROUP BY status ORDER BY status")
            .fetch_all(&db.pool)
            .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("status")?, r.try_get("n")?)))
        .collect()
}

/// Queues one recipient's copy of an announcement.
pub async fn enqueue_bulk(
    conn: &mut Conn,
    chat_id: i64,
    announcement_id: i64,
    language: &str,
    message: &Outbound,
    now_ms: i64,
) -> StoreResult<i64> {
    enqueue_announcement(
        conn,
        chat_id,
        announcement_id,
        language,
        message,
        Priority::Bulk,
        now_ms,
    )
    .await
}

/// One recipient's row of an announcement, at `priority` (`Bulk`, or `Notification` for an
/// urgent one, ahead of every other bulk message).
pub async fn enqueue_announcement(
    conn: &mut Conn,
    chat_id: i64,
    announcement_id: i64,
    language: &str,
    message: &Outbound,
    priority: Priority,
    now_ms: i64,
) -> StoreResult<i64> {
    let payload = serde_json::to_string(message).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let row = sqlx::query(
        "INSERT INTO outbox (chat_id, priority, payload, next_attempt_at, created_at, announcement_id, language) \
         VALUES ($1, $2, $3, $4, $4, $5, $6) RETURNING id",
    )
    .bind(chat_id)
    .bind(priority as i64)
    .bind(payload)
    .bind(now_ms)
    .bind(announcement_id)
    .bind(language)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}
