//! The figures behind the web reports, the public page, hot spots and Open311: petitions of an
//! area subtree by month, the petitions their authors let the public page show, hot-spot
//! alerts already sent, Open311 keys (hashed), announcement delivery and relay coverage.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreResult, flag};

/// The area subtree rooted at `$1`, as a `WITH RECURSIVE` prefix.
macro_rules! with_scope {
    ($($rest:tt)*) => {
        concat!(
            "WITH RECURSIVE scope(id) AS ( \
               SELECT id FROM areas WHERE id = $1 \
               UNION ALL SELECT a.id FROM areas a JOIN scope s ON a.parent_id = s.id) ",
            $($rest)*
        )
    };
}

/// When one petition of the period was submitted and answered (for the monthly trend).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Times {
    pub submitted_at: i64,
    pub answered_at: Option<i64>,
}

/// Submission and answer times of the petitions from villages under `area_id` submitted in
/// `[from_ms, to_ms)`.
pub async fn times(
    conn: &mut Conn,
    area_id: i64,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<Vec<Times>> {
    let rows = sqlx::query(with_scope!(
        "SELECT p.submitted_at, p.answered_at FROM petitions p \
         WHERE p.village_id IN (SELECT id FROM scope) AND p.submitted_at >= $2 AND p.submitted_at < $3"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Times {
                submitted_at: r.try_get("submitted_at")?,
                answered_at: r.try_get("answered_at")?,
            })
        })
        .collect()
}

/// A petition its author let the public page show: nothing about the author, the place no
/// finer than the village.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    pub village: String,
    pub category_code: String,
    pub unit: String,
    pub body: String,
    pub status: String,
    pub submitted_at: i64,
    pub answered_at: Option<i64>,
    pub answer_text: Option<String>,
}

/// The newest `limit` petitions under `area_id` whose authors agreed to publish them, never an
/// anonymous one.
pub async fn published(
    conn: &mut Conn,
    area_id: i64,
    from_ms: i64,
    to_ms: i64,
    limit: i64,
) -> StoreResult<Vec<Published>> {
    let rows = sqlx::query(with_scope!(
        "SELECT v.name AS village, c.code AS category_code, u.name AS unit, p.body, p.status, \
         p.submitted_at, p.answered_at, p.answer_text \
         FROM petitions p JOIN categories c ON c.id = p.category_id JOIN units u ON u.id = p.unit_id \
         LEFT JOIN areas v ON v.id = p.village_id \
         WHERE p.village_id IN (SELECT id FROM scope) AND p.publish = 1 AND p.anonymous = 0 \
         AND p.submitted_at >= $2 AND p.submitted_at < $3 \
         ORDER BY p.submitted_at DESC, p.id DESC LIMIT $4"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Published {
                village: r
                    .try_get::<Option<String>, _>("village")?
                    .unwrap_or_default(),
                category_code: r.try_get("category_code")?,
                unit: r.try_get("unit")?,
                body: r.try_get("body")?,
                status: r.try_get("status")?,
                submitted_at: r.try_get("submitted_at")?,
                answered_at: r.try_get("answered_at")?,
                answer_text: r.try_get("answer_text")?,
            })
        })
        .collect()
}

/// Marks whether the author lets the public page show the petition.
pub async fn set_publish(conn: &mut Conn, petition_id: i64, publish: bool) -> StoreResult<()> {
    sqlx::query("UPDATE petitions SET publish = $1 WHERE id = $2")
        .bind(i64::from(publish))
        .bind(petition_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Petitions of `category_id` submitted since `since_ms`: from `village_id`, and from all the
/// villages under `area_id` (its commune).
pub async fn recent_in_category(
    conn: &mut Conn,
    area_id: i64,
    village_id: i64,
    category_id: i64,
    since_ms: i64,
) -> StoreResult<(i64, i64)> {
    let row = sqlx::query(with_scope!(
        "SELECT COALESCE(SUM(CASE WHEN p.village_id = $4 THEN 1 ELSE 0 END), 0) AS here, \
         COUNT(*) AS n FROM petitions p WHERE p.village_id IN (SELECT id FROM scope) \
         AND p.category_id = $2 AND p.submitted_at >= $3"
    ))
    .bind(area_id)
    .bind(category_id)
    .bind(since_ms)
    .bind(village_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("here")?, row.try_get("n")?))
}

/// Records a hot-spot alert for `area_id` and `category_id`, unless one was recorded since
/// `since_ms` (the window is still the same): true when this call recorded it.
pub async fn record_hotspot(
    conn: &mut Conn,
    area_id: i64,
    category_id: i64,
    since_ms: i64,
    petitions: i64,
    now_ms: i64,
) -> StoreResult<bool> {
    let seen = sqlx::query(
        "SELECT 1 AS x FROM hotspot_alerts WHERE area_id = $1 AND category_id = $2 AND created_at >= $3",
    )
    .bind(area_id)
    .bind(category_id)
    .bind(since_ms)
    .fetch_optional(&mut *conn)
    .await?
    .is_some();
    if seen {
        return Ok(false);
    }
    let done = sqlx::query(
        "INSERT INTO hotspot_alerts (area_id, category_id, window_start, petitions, created_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
    )
    .bind(area_id)
    .bind(category_id)
    .bind(since_ms)
    .bind(petitions)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// A hot spot found in a period: where, which category, when, how many petitions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hotspot {
    pub area: String,
    pub category_code: String,
    pub created_at: i64,
    pub petitions: i64,
}

/// Hot spots recorded in `[from_ms, to_ms)` for areas under `area_id`.
pub async fn hotspots(
    conn: &mut Conn,
    area_id: i64,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<Vec<Hotspot>> {
    let rows = sqlx::query(with_scope!(
        "SELECT a.name AS area, c.code AS category_code, h.created_at, h.petitions \
         FROM hotspot_alerts h JOIN areas a ON a.id = h.area_id JOIN categories c ON c.id = h.category_id \
         WHERE h.area_id IN (SELECT id FROM scope) AND h.created_at >= $2 AND h.created_at < $3 \
         ORDER BY h.created_at"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Hotspot {
                area: r.try_get("area")?,
                category_code: r.try_get("category_code")?,
                created_at: r.try_get("created_at")?,
                petitions: r.try_get("petitions")?,
            })
        })
        .collect()
}

/// Announcement messages to chats under `area_id` of announcements created in the period:
/// (all, delivered).
pub async fn announcement_delivery(
    conn: &mut Conn,
    area_id: i64,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<(i64, i64)> {
    let row = sqlx::query(with_scope!(
        "SELECT COUNT(*) AS n, \
         CAST(COALESCE(SUM(CASE WHEN o.status = 'sent' THEN 1 ELSE 0 END), 0) AS BIGINT) AS sent \
         FROM outbox o JOIN announcements a ON a.id = o.announcement_id JOIN chats c ON c.id = o.chat_id \
         WHERE a.created_at >= $2 AND a.created_at < $3 \
         AND COALESCE(c.village_id, (SELECT p.village_id FROM people p \
              WHERE p.channel = c.channel AND p.external_id = c.external_id)) IN (SELECT id FROM scope)"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("n")?, row.try_get("sent")?))
}

/// Relay tasks of the period for villages under `area_id`: (villages asked, villages where a
/// relayer confirmed).
pub async fn relay_coverage(
    conn: &mut Conn,
    area_id: i64,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<(i64, i64)> {
    let row = sqlx::query(with_scope!(
        "SELECT COUNT(DISTINCT t.announcement_id * 1000000 + t.village_id) AS asked, \
         COUNT(DISTINCT CASE WHEN t.confirmed_at IS NOT NULL THEN t.announcement_id * 1000000 + t.village_id END) AS confirmed \
         FROM relay_tasks t WHERE t.village_id IN (SELECT id FROM scope) \
         AND t.created_at >= $2 AND t.created_at < $3"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("asked")?, row.try_get("confirmed")?))
}

/// An Open311 API key's row (the key itself is never stored).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiKey {
    pub id: i64,
    pub area_id: i64,
}

pub async fn insert_key(
    conn: &mut Conn,
    key_hash: &str,
    area_id: i64,
    now_ms: i64,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO open311_keys (key_hash, area_id, created_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(key_hash)
    .bind(area_id)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// A key as its issuers list it: its number, area and dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRow {
    pub id: i64,
    pub area_id: i64,
    pub area_code: String,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
}

/// Every key, oldest first.
pub async fn keys(conn: &mut Conn) -> StoreResult<Vec<KeyRow>> {
    let rows = sqlx::query(
        "SELECT k.id, k.area_id, a.code AS area_code, k.created_at, k.revoked_at \
         FROM open311_keys k JOIN areas a ON a.id = k.area_id ORDER BY k.id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(KeyRow {
                id: r.try_get("id")?,
                area_id: r.try_get("area_id")?,
                area_code: r.try_get("area_code")?,
                created_at: r.try_get("created_at")?,
                revoked_at: r.try_get("revoked_at")?,
            })
        })
        .collect()
}

/// Revokes key `id`; false when it was revoked already.
pub async fn revoke_key(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let row = sqlx::query(
        "UPDATE open311_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING id",
    )
    .bind(now_ms)
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.is_some())
}

/// The live key with this hash.
pub async fn key_by_hash(conn: &mut Conn, key_hash: &str) -> StoreResult<Option<ApiKey>> {
    let row = sqlx::query(
        "SELECT id, area_id FROM open311_keys WHERE key_hash = $1 AND revoked_at IS NULL",
    )
    .bind(key_hash)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(ApiKey {
            id: r.try_get("id")?,
            area_id: r.try_get("area_id")?,
        })
    })
    .transpose()
}

/// A petition as Open311 shows it: no author, no place finer than the village.
#[derive(Clone, Debug, PartialEq)]
pub struct PublicRequest {
    pub tracking_code: String,
    pub category_code: String,
    pub status: String,
    pub unit: String,
    pub village_code: Option<String>,
    pub village: Option<String>,
    /// The village's own place (latitude, longitude) when the seeds give one: never the
    /// author's point, which may be their home.
    pub village_place: Option<(f64, f64)>,
    pub submitted_at: i64,
    pub updated_at: i64,
    pub due_at: i64,
    /// The text, only when the author agreed to publish it (never for an anonymous one).
    pub body: Option<String>,
    pub answer_text: Option<String>,
}

fn request_from_row(r: &AnyRow) -> StoreResult<PublicRequest> {
    let shown = flag(r.try_get("publish")?) && !flag(r.try_get("anonymous")?);
    let body: String = r.try_get("body")?;
    let answer: Option<String> = r.try_get("answer_text")?;
    let submitted_at: i64 = r.try_get("submitted_at")?;
    let answered: Option<i64> = r.try_get("answered_at")?;
    let closed: Option<i64> = r.try_get("closed_at")?;
    Ok(PublicRequest {
        tracking_code: r.try_get("tracking_code")?,
        category_code: r.try_get("category_code")?,
        status: r.try_get("status")?,
        unit: r.try_get("unit")?,
        village_code: r.try_get("village_code")?,
        village: r.try_get("village")?,
        village_place: r
            .try_get::<Option<f64>, _>("village_lat")?
            .zip(r.try_get::<Option<f64>, _>("village_long")?),
        submitted_at,
        updated_at: closed
            .max(answered)
            .unwrap_or(submitted_at)
            .max(submitted_at),
        due_at: r.try_get("due_at")?,
        body: shown.then_some(body),
        answer_text: if shown { answer } else { None },
    })
}

macro_rules! select_requests {
    ($tail:literal) => {
        concat!(
            "SELECT p.tracking_code, c.code AS category_code, p.status, u.name AS unit, \
             v.code AS village_code, v.name AS village, v.latitude AS village_lat, \
             v.longitude AS village_long, p.submitted_at, p.answered_at, p.closed_at, \
             p.due_at, p.body, p.answer_text, p.publish, p.anonymous \
             FROM petitions p JOIN categories c ON c.id = p.category_id JOIN units u ON u.id = p.unit_id \
             LEFT JOIN areas v ON v.id = p.village_id ",
            $tail
        )
    };
}

/// Filters of an Open311 list.
#[derive(Clone, Debug, Default)]
pub struct RequestFilter {
    pub statuses: Vec<String>,
    pub category_code: Option<String>,
    pub from_ms: i64,
    pub to_ms: i64,
    pub limit: i64,
}

/// Petitions under `area_id` submitted in the filter's period whose authors agreed to publish
/// them (never an anonymous one: even its category, village and time could point at its author),
/// newest first, filtered in SQL by time and in Rust by status and category (few rows: at most
/// `limit` are returned).
pub async fn requests(
    conn: &mut Conn,
    area_id: i64,
    f: &RequestFilter,
) -> StoreResult<Vec<PublicRequest>> {
    let rows = sqlx::query(with_scope!(select_requests!(
        "WHERE p.village_id IN (SELECT id FROM scope) AND p.publish = 1 AND p.anonymous = 0 \
         AND p.submitted_at >= $2 AND p.submitted_at < $3 \
         ORDER BY p.submitted_at DESC, p.id DESC"
    )))
    .bind(area_id)
    .bind(f.from_ms)
    .bind(f.to_ms)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in &rows {
        let req = request_from_row(r)?;
        if !f.statuses.is_empty() && !f.statuses.contains(&req.status) {
            continue;
        }
        if f.category_code
            .as_ref()
            .is_some_and(|c| *c != req.category_code)
        {
            continue;
        }
        out.push(req);
        if out.len() as i64 >= f.limit {
            break;
        }
    }
    Ok(out)
}

/// One petition by its tracking code (eight digits), if it lies under `area_id` and may be read
/// by code: published by its author (not anonymous), or filed through Open311 (people of the
/// `open311` channel: the client that filed it follows it by its id, as anyone with the id
/// may; its description stays hidden).
pub async fn request(
    conn: &mut Conn,
    area_id: i64,
    tracking_code: &str,
) -> StoreResult<Option<PublicRequest>> {
    let row = sqlx::query(with_scope!(select_requests!(
        "WHERE p.village_id IN (SELECT id FROM scope) AND p.tracking_code = $2 \
         AND ((p.publish = 1 AND p.anonymous = 0) \
              OR p.author_id IN (SELECT id FROM people WHERE channel = 'open311'))"
    )))
    .bind(area_id)
    .bind(tracking_code)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(request_from_row).transpose()
}
