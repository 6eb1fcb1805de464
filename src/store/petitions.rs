//! Petitions, their parts and their events (the audit trail).

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreError, StoreResult};
use crate::domain::TrackingCode;
use crate::domain::petition::{CloseReason, EventKind, Part, Status, Transition};

#[derive(Clone, Debug, PartialEq)]
pub struct Petition {
    pub id: i64,
    pub code: TrackingCode,
    pub author_id: i64,
    pub anonymous: bool,
    pub village_id: Option<i64>,
    pub category_id: i64,
    pub category_code: String,
    pub body: String,
    pub unit_id: i64,
    pub status: Status,
    pub submitted_at: i64,
    pub due_at: i64,
    pub reminded_at: Option<i64>,
    pub overdue_at: Option<i64>,
    pub claimed_by: Option<i64>,
    pub answered_at: Option<i64>,
    pub answer_text: Option<String>,
    pub answer_voice: Option<String>,
    pub close_reason: Option<String>,
    pub rating: Option<i64>,
    pub reopened_count: i64,
    /// Every answer given, the first and any after reopening.
    pub answer_count: i64,
    /// When the unit is to hear of the villager's supplement, if it has not yet.
    pub info_notify_at: Option<i64>,
}

macro_rules! select_petitions {
    ($tail:literal) => {
        concat!(
            "SELECT p.id, p.tracking_code, p.author_id, p.anonymous, p.village_id, p.category_id, \
             c.code AS category_code, p.body, p.unit_id, p.status, p.submitted_at, p.due_at, \
             p.reminded_at, p.overdue_at, p.claimed_by, p.answered_at, p.answer_text, p.answer_voice, \
             p.close_reason, p.rating, p.reopened_count, p.answer_count, p.info_notify_at \
             FROM petitions p JOIN categories c ON c.id = p.category_id ",
            $tail
        )
    };
}

fn petition_from_row(r: &AnyRow) -> StoreResult<Petition> {
    petition_from_row_in(r, None)
}

/// A petition from its row; `category_code` when the row does not carry it.
fn petition_from_row_in(r: &AnyRow, category_code: Option<&str>) -> StoreResult<Petition> {
    let code: String = r.try_get("tracking_code")?;
    let status: String = r.try_get("status")?;
    Ok(Petition {
        id: r.try_get("id")?,
        code: TrackingCode::parse(&code)
            .map_err(|e| StoreError::Corrupt(format!("tracking code: {e}")))?,
        author_id: r.try_get("author_id")?,
        anonymous: super::flag(r.try_get("anonymous")?),
        village_id: r.try_get("village_id")?,
        category_id: r.try_get("category_id")?,
        category_code: match category_code {
            Some(c) => c.to_string(),
            None => r.try_get("category_code")?,
        },
        body: r.try_get("body")?,
        unit_id: r.try_get("unit_id")?,
        status: Status::parse(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("status {status}")))?,
        submitted_at: r.try_get("submitted_at")?,
        due_at: r.try_get("due_at")?,
        reminded_at: r.try_get("reminded_at")?,
        overdue_at: r.try_get("overdue_at")?,
        claimed_by: r.try_get("claimed_by")?,
        answered_at: r.try_get("answered_at")?,
        answer_text: r.try_get("answer_text")?,
        answer_voice: r.try_get("answer_voice")?,
        close_reason: r.try_get("close_reason")?,
        rating: r.try_get("rating")?,
        reopened_count: r.try_get("reopened_count")?,
        answer_count: r.try_get("answer_count")?,
        info_notify_at: r.try_get("info_notify_at")?,
    })
}

/// A petition about to be stored.
#[derive(Clone, Debug)]
pub struct NewPetition<'a> {
    pub author_id: i64,
    pub anonymous: bool,
    pub village_id: i64,
    pub category_id: i64,
    pub body: &'a str,
    pub unit_id: i64,
    pub submitted_at: i64,
    pub due_at: i64,
    /// The category's code, when the caller has it at hand (else it is read).
    pub category_code: Option<&'a str>,
}

/// Stores a petition under a fresh tracking code, and returns it as stored: one statement (a
/// code that happens to be taken already inserts nothing, and another is drawn).
pub async fn insert(conn: &mut Conn, new: &NewPetition<'_>) -> StoreResult<Petition> {
    let category_code: String = match new.category_code {
        Some(code) => code.to_string(),
        None => sqlx::query("SELECT code FROM categories WHERE id = $1")
            .bind(new.category_id)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get("code"))
            .transpose()?
            .ok_or_else(|| StoreError::Corrupt("petition of an unknown category".into()))?,
    };
    loop {
        let candidate = TrackingCode::generate(&mut rand::rng());
        let row = sqlx::query(
            "INSERT INTO petitions (tracking_code, author_id, anonymous, village_id, category_id, body, unit_id, \
             status, submitted_at, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $9) \
             ON CONFLICT (tracking_code) DO NOTHING \
             RETURNING id, tracking_code, author_id, anonymous, village_id, category_id, body, unit_id, status, \
             submitted_at, due_at, reminded_at, overdue_at, claimed_by, answered_at, answer_text, answer_voice, \
             close_reason, rating, reopened_count, answer_count, info_notify_at",
        )
        .bind(candidate.as_str())
        .bind(new.author_id)
        .bind(i64::from(new.anonymous))
        .bind(new.village_id)
        .bind(new.category_id)
        .bind(new.body)
        .bind(new.unit_id)
        .bind(new.submitted_at)
        .bind(new.due_at)
        .fetch_optional(&mut *conn)
        .await?;
        if let Some(row) = row {
            return petition_from_row_in(&row, Some(&category_code));
        }
    }
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<Petition>> {
    let row = sqlx::query(select_petitions!("WHERE p.id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(petition_from_row).transpose()
}

pub async fn by_code(conn: &mut Conn, code: &TrackingCode) -> StoreResult<Option<Petition>> {
    let row = sqlx::query(select_petitions!("WHERE p.tracking_code = $1"))
        .bind(code.as_str())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(petition_from_row).transpose()
}

/// A person's own petitions, newest first.
pub async fn of_author(conn: &mut Conn, author_id: i64, limit: i64) -> StoreResult<Vec<Petition>> {
    let rows = sqlx::query(select_petitions!(
        "WHERE p.author_id = $1 ORDER BY p.submitted_at DESC, p.id DESC LIMIT $2"
    ))
    .bind(author_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(petition_from_row).collect()
}

/// How many petitions a person sent since `since_ms`.
pub async fn count_since(conn: &mut Conn, author_id: i64, since_ms: i64) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM petitions WHERE author_id = $1 AND submitted_at >= $2",
    )
    .bind(author_id)
    .bind(since_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("n")?)
}

/// One page of a unit's pending petitions, the nearest deadline first, and how many there are.
pub async fn queue(
    conn: &mut Conn,
    unit_id: i64,
    offset: i64,
    limit: i64,
) -> StoreResult<(Vec<Petition>, i64)> {
    let rows = sqlx::query(select_petitions!(
        "WHERE p.unit_id = $1 AND p.status IN ('open', 'in_progress', 'awaiting_info') \
         ORDER BY p.due_at, p.id LIMIT $2 OFFSET $3"
    ))
    .bind(unit_id)
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut *conn)
    .await?;
    let total = sqlx::query(
        "SELECT COUNT(*) AS n FROM petitions WHERE unit_id = $1 AND status IN ('open', 'in_progress', 'awaiting_info')",
    )
    .bind(unit_id)
    .fetch_one(&mut *conn)
    .await?
    .try_get("n")?;
    Ok((
        rows.iter()
            .map(petition_from_row)
            .collect::<StoreResult<_>>()?,
        total,
    ))
}

pub async fn add_part(
    conn: &mut Conn,
    petition_id: i64,
    part: &Part,
    now_ms: i64,
) -> StoreResult<()> {
    let (file_ref, text, lat, lon) = match part {
        Part::Text { text } => (None, Some(text.as_str()), None, None),
        Part::Voice { file_ref } | Part::Audio { file_ref } | Part::Document { file_ref } => {
            (Some(file_ref.as_str()), None, None, None)
        }
        Part::Photo { file_ref, caption } => {
            (Some(file_ref.as_str()), caption.as_deref(), None, None)
        }
        Part::Location {
            latitude,
            longitude,
        } => (None, None, Some(*latitude), Some(*longitude)),
    };
    // A missing coordinate is written as a literal NULL, never bound: sqlx 0.9's Any driver
    // binds a NULL f64 as PostgreSQL's float4, and a statement prepared that way then refuses
    // the float8 of a real place ("incorrect binary data format").
    let query = match (lat, lon) {
        (Some(lat), Some(lon)) => sqlx::query(
            "INSERT INTO petition_attachments (petition_id, kind, file_ref, text, latitude, longitude, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(petition_id)
        .bind(part.kind())
        .bind(file_ref)
        .bind(text)
        .bind(lat)
        .bind(lon)
        .bind(now_ms),
        _ => sqlx::query(
            "INSERT INTO petition_attachments (petition_id, kind, file_ref, text, latitude, longitude, created_at) \
             VALUES ($1, $2, $3, $4, NULL, NULL, $5)",
        )
        .bind(petition_id)
        .bind(part.kind())
        .bind(file_ref)
        .bind(text)
        .bind(now_ms),
    };
    query.execute(&mut *conn).await?;
    Ok(())
}

/// The petition's attachments and added texts, in the order they came.
pub async fn parts(conn: &mut Conn, petition_id: i64) -> StoreResult<Vec<(Part, i64)>> {
    let rows = sqlx::query(
        "SELECT kind, file_ref, text, latitude, longitude, created_at FROM petition_attachments \
         WHERE petition_id = $1 ORDER BY id",
    )
    .bind(petition_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let kind: String = r.try_get("kind")?;
            let file_ref: Option<String> = r.try_get("file_ref")?;
            let text: Option<String> = r.try_get("text")?;
            let fr = || file_ref.clone().unwrap_or_default();
            let part = match kind.as_str() {
                "text" => Part::Text {
                    text: text.clone().unwrap_or_default(),
                },
                "voice" => Part::Voice { file_ref: fr() },
                "audio" => Part::Audio { file_ref: fr() },
                "photo" => Part::Photo {
                    file_ref: fr(),
                    caption: text.clone(),
                },
                "document" => Part::Document { file_ref: fr() },
                "location" => Part::Location {
                    latitude: r.try_get::<Option<f64>, _>("latitude")?.unwrap_or_default(),
                    longitude: r
                        .try_get::<Option<f64>, _>("longitude")?
                        .unwrap_or_default(),
                },
                other => return Err(StoreError::Corrupt(format!("attachment kind {other}"))),
            };
            Ok((part, r.try_get("created_at")?))
        })
        .collect()
}

/// Records one change or read in the petition's trail.
pub async fn event(
    conn: &mut Conn,
    petition_id: i64,
    actor_id: Option<i64>,
    kind: EventKind,
    detail: Option<&str>,
    now_ms: i64,
) -> StoreResult<()> {
    event_with_media(conn, petition_id, actor_id, kind, detail, None, now_ms).await
}

/// Records several events of one petition at one instant, in order, in one statement.
pub async fn events_at(
    conn: &mut Conn,
    petition_id: i64,
    events: &[(Option<i64>, EventKind, Option<&str>)],
    now_ms: i64,
) -> StoreResult<()> {
    if events.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "INSERT INTO petition_events (petition_id, actor_id, kind, detail, media_ref, created_at) VALUES ",
    );
    for i in 0..events.len() {
        if i > 0 {
            sql.push_str(", ");
        }
        let b = 2 + i * 3;
        sql.push_str(&format!(
            "($1, ${b}, ${}, ${}, NULL, ${})",
            b + 1,
            b + 2,
            2 + events.len() * 3
        ));
    }
    let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(petition_id);
    for (actor, kind, detail) in events {
        q = q
            .bind(*actor)
            .bind(kind.as_str())
            .bind(detail.map(str::to_string));
    }
    q.bind(now_ms).execute(&mut *conn).await?;
    Ok(())
}

/// Records an event that carries a voice note or file (an officer's voice answer).
pub async fn event_with_media(
    conn: &mut Conn,
    petition_id: i64,
    actor_id: Option<i64>,
    kind: EventKind,
    detail: Option<&str>,
    media_ref: Option<&str>,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO petition_events (petition_id, actor_id, kind, detail, media_ref, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(petition_id)
    .bind(actor_id)
    .bind(kind.as_str())
    .bind(detail)
    .bind(media_ref)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

#[derive(Clone, Debug)]
pub struct EventRow {
    pub kind: String,
    pub detail: Option<String>,
    pub media_ref: Option<String>,
    pub actor_id: Option<i64>,
    pub actor_address: Option<String>,
    pub created_at: i64,
}

pub async fn events(conn: &mut Conn, petition_id: i64) -> StoreResult<Vec<EventRow>> {
    let rows = sqlx::query(
        "SELECT e.kind, e.detail, e.media_ref, e.actor_id, e.created_at, p.channel, p.external_id \
         FROM petition_events e LEFT JOIN people p ON p.id = e.actor_id \
         WHERE e.petition_id = $1 ORDER BY e.id",
    )
    .bind(petition_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let channel: Option<String> = r.try_get("channel")?;
            let external: Option<String> = r.try_get("external_id")?;
            Ok(EventRow {
                kind: r.try_get("kind")?,
                detail: r.try_get("detail")?,
                media_ref: r.try_get("media_ref")?,
                actor_id: r.try_get("actor_id")?,
                actor_address: channel.zip(external).map(|(c, e)| format!("{c}:{e}")),
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// Runs a guarded write: `sql` with `{from}` replaced by the transition's allowed statuses, so
/// the row changes only while the petition is still where the check saw it. Returns whether it
/// did (false: someone else moved it first).
async fn guarded(
    conn: &mut Conn,
    transition: Transition,
    sql: &'static str,
    bind: impl FnOnce(
        sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
) -> StoreResult<bool> {
    // The status list comes from an enum, never from input.
    let text = sql.replace("{from}", &transition.from_sql());
    let query = sqlx::query(sqlx::AssertSqlSafe(text));
    let done = bind(query).execute(&mut *conn).await?.rows_affected();
    Ok(done == 1)
}

/// Open → in progress, by this officer.
pub async fn claim(conn: &mut Conn, id: i64, officer_id: i64) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::Claim,
        "UPDATE petitions SET status = 'in_progress', claimed_by = $1 WHERE id = $2 AND status IN ({from})",
        |q| q.bind(officer_id).bind(id),
    )
    .await
}

/// The unit asked the villager for more: awaiting information.
pub async fn ask_for_info(conn: &mut Conn, id: i64) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::AskForInfo,
        "UPDATE petitions SET status = 'awaiting_info' WHERE id = $1 AND status IN ({from})",
        |q| q.bind(id),
    )
    .await
}

/// The villager gave what was asked: back to whoever had it.
pub async fn info_given(conn: &mut Conn, id: i64, claimed: bool) -> StoreResult<bool> {
    let t = Transition::InfoGiven { claimed };
    let sql = if claimed {
        "UPDATE petitions SET status = 'in_progress' WHERE id = $1 AND status IN ({from})"
    } else {
        "UPDATE petitions SET status = 'open' WHERE id = $1 AND status IN ({from})"
    };
    guarded(conn, t, sql, |q| q.bind(id)).await
}

pub async fn answer(
    conn: &mut Conn,
    id: i64,
    officer_id: i64,
    text: Option<&str>,
    voice: Option<&str>,
    now_ms: i64,
) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::Answer,
        "UPDATE petitions SET status = 'answered', answered_at = $1, answer_text = $2, answer_voice = $3, \
         claimed_by = COALESCE(claimed_by, $4), answer_count = answer_count + 1, info_notify_at = NULL \
         WHERE id = $5 AND status IN ({from})",
        |q| {
            q.bind(now_ms)
                .bind(text)
                .bind(voice)
                .bind(officer_id)
                .bind(id)
        },
    )
    .await
}

pub async fn forward(conn: &mut Conn, id: i64, unit_id: i64) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::Forward,
        "UPDATE petitions SET unit_id = $1, status = 'open', claimed_by = NULL, reminded_at = NULL \
         WHERE id = $2 AND status IN ({from})",
        |q| q.bind(unit_id).bind(id),
    )
    .await
}

pub async fn close(
    conn: &mut Conn,
    id: i64,
    reason: CloseReason,
    duplicate_of: Option<i64>,
    now_ms: i64,
) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::Close,
        "UPDATE petitions SET status = 'closed', closed_at = $1, close_reason = $2, duplicate_of = $3 \
         WHERE id = $4 AND status IN ({from})",
        |q| {
            q.bind(now_ms)
                .bind(reason.as_str())
                .bind(duplicate_of)
                .bind(id)
        },
    )
    .await
}

/// The author's rating of an answer, once.
pub async fn rate(conn: &mut Conn, id: i64, rating: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE petitions SET rating = $1, \
         first_rating = CASE WHEN reopened_count = 0 THEN $1 ELSE first_rating END, \
         reopen_rating = CASE WHEN reopened_count > 0 THEN $1 ELSE reopen_rating END \
         WHERE id = $2 AND status = 'answered' AND rating IS NULL",
    )
    .bind(rating)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Back into the queue after a low rating, with a fresh deadline (once). The answer and its
/// rating stay in the trail and in the counters; only the current state is reset.
pub async fn reopen(conn: &mut Conn, id: i64, due_at: i64) -> StoreResult<bool> {
    guarded(
        conn,
        Transition::Reopen,
        "UPDATE petitions SET status = 'open', claimed_by = NULL, answered_at = NULL, rating = NULL, \
         reminded_at = NULL, overdue_at = NULL, due_at = $1, reopened_count = reopened_count + 1 \
         WHERE id = $2 AND reopened_count = 0 AND status IN ({from})",
        |q| q.bind(due_at).bind(id),
    )
    .await
}

/// When the unit is to hear of the villager's supplement (`None`: told already).
pub async fn set_info_notify(conn: &mut Conn, id: i64, at: Option<i64>) -> StoreResult<()> {
    sqlx::query("UPDATE petitions SET info_notify_at = $1 WHERE id = $2")
        .bind(at)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Petitions whose supplement has gone quiet and whose unit has not been told yet.
pub async fn info_notices_due(conn: &mut Conn, now_ms: i64) -> StoreResult<Vec<Petition>> {
    let rows = sqlx::query(select_petitions!(
        "WHERE p.info_notify_at IS NOT NULL AND p.info_notify_at <= $1 ORDER BY p.info_notify_at"
    ))
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(petition_from_row).collect()
}

/// Makes `person_id` a follower of a petition (a villager whose duplicate was merged into it).
pub async fn follow(
    conn: &mut Conn,
    petition_id: i64,
    person_id: i64,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO petition_followers (petition_id, person_id, since) VALUES ($1, $2, $3) \
         ON CONFLICT (petition_id, person_id) DO NOTHING",
    )
    .bind(petition_id)
    .bind(person_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The people following a petition besides its author.
pub async fn followers(conn: &mut Conn, petition_id: i64) -> StoreResult<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT person_id FROM petition_followers WHERE petition_id = $1 ORDER BY since",
    )
    .bind(petition_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("person_id")?)).collect()
}

/// Whether a person follows a petition.
pub async fn is_follower(conn: &mut Conn, petition_id: i64, person_id: i64) -> StoreResult<bool> {
    let row = sqlx::query(
        "SELECT 1 AS x FROM petition_followers WHERE petition_id = $1 AND person_id = $2",
    )
    .bind(petition_id)
    .bind(person_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.is_some())
}

/// The petition whose author shared it with `key` (a relative, the commune office).
pub async fn by_share_key(conn: &mut Conn, key: &str) -> StoreResult<Option<Petition>> {
    let row = sqlx::query(select_petitions!("WHERE p.share_key = $1"))
        .bind(key)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(petition_from_row).transpose()
}

/// The key a petition is shared with, if its author shared it.
pub async fn share_key(conn: &mut Conn, petition_id: i64) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT share_key FROM petitions WHERE id = $1")
        .bind(petition_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(r) => r.try_get("share_key")?,
        None => None,
    })
}

/// Sets (or, with `None`, removes) the key a petition is shared with. Returns false when the key
/// is taken by another petition already (the caller draws another).
pub async fn set_share_key(
    conn: &mut Conn,
    petition_id: i64,
    key: Option<&str>,
) -> StoreResult<bool> {
    if let Some(key) = key
        && by_share_key(conn, key).await?.is_some()
    {
        return Ok(false);
    }
    sqlx::query("UPDATE petitions SET share_key = $1 WHERE id = $2")
        .bind(key)
        .bind(petition_id)
        .execute(&mut *conn)
        .await?;
    Ok(true)
}

/// Makes `person_id` a follower through the author's share key.
pub async fn follow_shared(
    conn: &mut Conn,
    petition_id: i64,
    person_id: i64,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO petition_followers (petition_id, person_id, since, via_share) \
         VALUES ($1, $2, $3, 1) ON CONFLICT (petition_id, person_id) DO NOTHING",
    )
    .bind(petition_id)
    .bind(person_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How many people follow a petition through its share key.
pub async fn shared_followers(conn: &mut Conn, petition_id: i64) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM petition_followers WHERE petition_id = $1 AND via_share = 1",
    )
    .bind(petition_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("n")?)
}

/// Removes the followers who came through the share key (not villagers whose duplicate was
/// merged into the petition).
pub async fn unfollow_shared(conn: &mut Conn, petition_id: i64) -> StoreResult<u64> {
    let done =
        sqlx::query("DELETE FROM petition_followers WHERE petition_id = $1 AND via_share = 1")
            .bind(petition_id)
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected())
}

/// What a person wrote before they could file a petition, kept until they can.
pub async fn draft(conn: &mut Conn, person_id: i64) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT body FROM petition_drafts WHERE person_id = $1")
        .bind(person_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("body")?),
        None => None,
    })
}

/// Keeps `body` as the person's draft, replacing what was kept.
pub async fn save_draft(
    conn: &mut Conn,
    person_id: i64,
    body: &str,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO petition_drafts (person_id, body, updated_at) VALUES ($1, $2, $3) \
         ON CONFLICT (person_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at",
    )
    .bind(person_id)
    .bind(body)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Removes the person's kept draft.
pub async fn drop_draft(conn: &mut Conn, person_id: i64) -> StoreResult<()> {
    sqlx::query("DELETE FROM petition_drafts WHERE person_id = $1")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Pending petitions that no officer can see (their unit has none) and nobody has opened.
pub async fn unseen_count(conn: &mut Conn) -> StoreResult<i64> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM petitions p WHERE p.status IN ('open', 'in_progress', 'awaiting_info') \
         AND NOT EXISTS (SELECT 1 FROM roles r WHERE r.role = 'officer' AND r.unit_id = p.unit_id) \
         AND NOT EXISTS (SELECT 1 FROM petition_events e WHERE e.petition_id = p.id AND e.kind = 'viewed')",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("n")?)
}

/// Pending petitions that have used 75% of their time and have had no reminder.
pub async fn due_for_reminder(conn: &mut Conn, now_ms: i64) -> StoreResult<Vec<Petition>> {
    let rows = sqlx::query(select_petitions!(
        "WHERE p.status IN ('open', 'in_progress', 'awaiting_info') AND p.reminded_at IS NULL \
         AND p.due_at > $1 AND p.submitted_at + (p.due_at - p.submitted_at) * 3 / 4 <= $1 ORDER BY p.due_at"
    ))
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(petition_from_row).collect()
}

/// Pending petitions past their deadline that are not yet flagged.
pub async fn newly_overdue(conn: &mut Conn, now_ms: i64) -> StoreResult<Vec<Petition>> {
    let rows = sqlx::query(select_petitions!(
        "WHERE p.status IN ('open', 'in_progress', 'awaiting_info') AND p.overdue_at IS NULL \
         AND p.due_at <= $1 ORDER BY p.due_at"
    ))
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(petition_from_row).collect()
}

/// Marks the reminder sent; false when another sweep did it first.
pub async fn mark_reminded(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let done =
        sqlx::query("UPDATE petitions SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL")
            .bind(now_ms)
            .bind(id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    Ok(done == 1)
}

/// Flags the petition overdue; false when another sweep did it first.
pub async fn mark_overdue(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE petitions SET overdue_at = $1, reminded_at = COALESCE(reminded_at, $1) \
         WHERE id = $2 AND overdue_at IS NULL",
    )
    .bind(now_ms)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}
