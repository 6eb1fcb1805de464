//! Linked identities: one person on two apps. A linked identity's `people` row keeps its
//! channel address (so the app's messages still find it) and points to the person it was
//! merged into (`linked_to`); everything the person has lives on that person's row.

use sqlx::Row;

use super::people::{self, Person};
use super::{Conn, StoreResult};

/// The person acting for a channel identity: the person it is linked to, else itself. A link
/// to a person whose data was deleted is ignored.
pub async fn acting(conn: &mut Conn, identity: &Person) -> StoreResult<Person> {
    // The identity's row was just read (its `linked_to` with it): no second read.
    if let Some(id) = identity.linked_to
        && let Some(p) = people::get(conn, id).await?
        && !p.is_deleted()
    {
        return Ok(p);
    }
    Ok(identity.clone())
}

/// The identities linked to `person_id` (not counting its own).
pub async fn identities_of(conn: &mut Conn, person_id: i64) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query("SELECT id FROM people WHERE linked_to = $1 ORDER BY id")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut out = Vec::new();
    for r in rows {
        if let Some(p) = people::get(conn, r.try_get("id")?).await? {
            out.push(p);
        }
    }
    Ok(out)
}

/// A code shown in one app, to be typed in the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkCode {
    pub code: String,
    pub person_id: i64,
    /// The app it was shown in.
    pub channel: String,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

/// Stores a new code for the person, replacing their unused ones; codes long expired go.
pub async fn create_code(
    conn: &mut Conn,
    code: &str,
    person_id: i64,
    channel: &str,
    now_ms: i64,
    expires_at: i64,
) -> StoreResult<()> {
    sqlx::query(
        "DELETE FROM link_codes WHERE (person_id = $1 AND used_at IS NULL) OR expires_at < $2",
    )
    .bind(person_id)
    .bind(now_ms - 86_400_000)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO link_codes (code, person_id, channel, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(code)
    .bind(person_id)
    .bind(channel)
    .bind(now_ms)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn code(conn: &mut Conn, code: &str) -> StoreResult<Option<LinkCode>> {
    let row = sqlx::query(
        "SELECT code, person_id, channel, expires_at, used_at FROM link_codes WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(LinkCode {
            code: r.try_get("code")?,
            person_id: r.try_get("person_id")?,
            channel: r.try_get("channel")?,
            expires_at: r.try_get("expires_at")?,
            used_at: r.try_get("used_at")?,
        })
    })
    .transpose()
}

/// Spends a code; false when it was spent already.
pub async fn use_code(conn: &mut Conn, code: &str, now_ms: i64) -> StoreResult<bool> {
    let done =
        sqlx::query("UPDATE link_codes SET used_at = $1 WHERE code = $2 AND used_at IS NULL")
            .bind(now_ms)
            .bind(code)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    Ok(done == 1)
}

pub async fn record_failure(conn: &mut Conn, person_id: i64, now_ms: i64) -> StoreResult<()> {
    sqlx::query("INSERT INTO link_failures (person_id, at) VALUES ($1, $2)")
        .bind(person_id)
        .bind(now_ms)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn failures_since(conn: &mut Conn, person_id: i64, since_ms: i64) -> StoreResult<i64> {
    let row =
        sqlx::query("SELECT COUNT(*) AS n FROM link_failures WHERE person_id = $1 AND at >= $2")
            .bind(person_id)
            .bind(since_ms)
            .fetch_one(&mut *conn)
            .await?;
    Ok(row.try_get("n")?)
}

/// What merging moves from the newer person's row to the kept one ($1 kept, $2 gone). Rows
/// the kept person already has (a role, a subscription, a lesson) are kept as they are.
const MERGE: &[&str] = &[
    "UPDATE petitions SET author_id = $1 WHERE author_id = $2",
    "UPDATE petitions SET claimed_by = $1 WHERE claimed_by = $2",
    // The trail hides an anonymous author by their id: their own events move with them.
    "UPDATE petition_events SET actor_id = $1 WHERE actor_id = $2",
    "INSERT INTO petition_followers (petition_id, person_id, since, via_share) \
     SELECT f.petition_id, $1, f.since, f.via_share FROM petition_followers f WHERE f.person_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM petition_followers g WHERE g.petition_id = f.petition_id AND g.person_id = $1)",
    "DELETE FROM petition_followers WHERE person_id = $2",
    "DELETE FROM petition_followers WHERE person_id = $1 \
     AND petition_id IN (SELECT id FROM petitions WHERE author_id = $1)",
    "INSERT INTO petition_drafts (person_id, body, updated_at) \
     SELECT $1, d.body, d.updated_at FROM petition_drafts d WHERE d.person_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM petition_drafts e WHERE e.person_id = $1)",
    "DELETE FROM petition_drafts WHERE person_id = $2",
    "INSERT INTO subscriptions (person_id, village_id, created_at) \
     SELECT $1, s.village_id, s.created_at FROM subscriptions s WHERE s.person_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM subscriptions t WHERE t.person_id = $1 AND t.village_id = s.village_id)",
    "DELETE FROM subscriptions WHERE person_id = $2",
    "INSERT INTO roles (person_id, role, area_id, unit_id, granted_by, created_at) \
     SELECT $1, r.role, r.area_id, r.unit_id, r.granted_by, r.created_at FROM roles r WHERE r.person_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM roles s WHERE s.person_id = $1 AND s.role = r.role \
     AND COALESCE(s.area_id, 0) = COALESCE(r.area_id, 0) AND COALESCE(s.unit_id, 0) = COALESCE(r.unit_id, 0))",
    "DELETE FROM roles WHERE person_id = $2",
    "INSERT INTO lesson_progress (person_id, lesson_id, step, started_at, finished_at) \
     SELECT $1, l.lesson_id, l.step, l.started_at, l.finished_at FROM lesson_progress l WHERE l.person_id = $2 \
     AND NOT EXISTS (SELECT 1 FROM lesson_progress m WHERE m.person_id = $1 AND m.lesson_id = l.lesson_id)",
    "DELETE FROM lesson_progress WHERE person_id = $2",
    "UPDATE quiz_answers SET person_id = $1 WHERE person_id = $2",
    "UPDATE help_requests SET learner_id = $1 WHERE learner_id = $2",
    "UPDATE help_requests SET helper_id = $1 WHERE helper_id = $2",
    "UPDATE announcements SET created_by = $1 WHERE created_by = $2",
    "UPDATE relay_tasks SET person_id = $1 WHERE person_id = $2 AND NOT EXISTS \
     (SELECT 1 FROM relay_tasks u WHERE u.person_id = $1 AND u.announcement_id = relay_tasks.announcement_id \
     AND u.village_id = relay_tasks.village_id)",
    "DELETE FROM relay_tasks WHERE person_id = $2",
    // What the newer identity was in the middle of starts again.
    "DELETE FROM conversations WHERE person_id = $2",
    // Spent codes stay (a reused one is told so); they are the same person's now.
    "UPDATE link_codes SET person_id = $1 WHERE person_id = $2",
    "DELETE FROM link_failures WHERE person_id = $2",
    // Listening by voice and the right to record a language (migration 0021); a declined
    // notice is the kept person's own answer.
    "INSERT INTO voice_listeners (person_id, created_at) \
     SELECT $1, v.created_at FROM voice_listeners v WHERE v.person_id = $2 \
     ON CONFLICT (person_id) DO NOTHING",
    "DELETE FROM voice_listeners WHERE person_id = $2",
    "INSERT INTO voice_recorders (person_id, locale, named_by, created_at) \
     SELECT $1, r.locale, r.named_by, r.created_at FROM voice_recorders r WHERE r.person_id = $2 \
     ON CONFLICT (person_id, locale) DO NOTHING",
    "DELETE FROM voice_recorders WHERE person_id = $2",
    "DELETE FROM consent_declines WHERE person_id = $2",
];

/// Makes `gone` (and whatever was linked to it) an identity of `keep`: everything moves to
/// `keep`, whose own language, village, consent and name win where it has them.
pub async fn merge(conn: &mut Conn, keep: i64, gone: i64, now_ms: i64) -> StoreResult<()> {
    for sql in MERGE {
        sqlx::query(sqlx::AssertSqlSafe(*sql))
            .bind(keep)
            .bind(gone)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "UPDATE people SET \
         language = COALESCE(language, (SELECT g.language FROM people g WHERE g.id = $2)), \
         village_id = COALESCE(village_id, (SELECT g.village_id FROM people g WHERE g.id = $2)), \
         consent_at = COALESCE(consent_at, (SELECT g.consent_at FROM people g WHERE g.id = $2)), \
         display_name = COALESCE(display_name, (SELECT g.display_name FROM people g WHERE g.id = $2)), \
         updated_at = $3 WHERE id = $1",
    )
    .bind(keep)
    .bind(gone)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE people SET linked_to = $1, linked_at = $3, updated_at = $3 WHERE id = $2 OR linked_to = $2",
    )
    .bind(keep)
    .bind(gone)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Splits every identity linked to `person_id` off as a person of its own again. Each takes
/// the person's language, village and consent (the same human chose them), nothing else:
/// petitions, roles, subscriptions and lessons stay with `person_id`. What the split
/// identities' private chats were in the middle of starts again. Returns them.
pub async fn unlink_all(conn: &mut Conn, person_id: i64, now_ms: i64) -> StoreResult<Vec<Person>> {
    let split = identities_of(conn, person_id).await?;
    if split.is_empty() {
        return Ok(split);
    }
    sqlx::query(
        "DELETE FROM conversations WHERE person_id = $1 AND chat_id IN \
         (SELECT c.id FROM chats c JOIN people p ON p.channel = c.channel AND p.external_id = c.external_id \
          WHERE p.linked_to = $1)",
    )
    .bind(person_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE people SET linked_to = NULL, linked_at = NULL, \
         language = (SELECT k.language FROM people k WHERE k.id = $1), \
         village_id = (SELECT k.village_id FROM people k WHERE k.id = $1), \
         consent_at = (SELECT k.consent_at FROM people k WHERE k.id = $1), \
         updated_at = $2 WHERE linked_to = $1",
    )
    .bind(person_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(split)
}
