//! The figures behind petition reports: the period's petitions grouped finely, answer times in
//! hour buckets, the overdue list, and the names to show for ids. Adding up and rendering is
//! [`crate::services::reports`].

use std::collections::HashMap;

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreResult};

/// Which petitions: submitted in `[from_ms, to_ms)`, from villages under `area_id` (all when
/// `None`).
#[derive(Clone, Copy, Debug)]
pub struct ReportQuery {
    pub from_ms: i64,
    pub to_ms: i64,
    pub area_id: Option<i64>,
}

/// Petitions of one status, category, unit and village, with their figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PetitionGroup {
    pub status: String,
    pub category_id: Option<i64>,
    pub unit_id: Option<i64>,
    pub village_id: Option<i64>,
    pub count: i64,
    /// Answers given (a reopened petition answered again counts twice).
    pub answered: i64,
    /// Petitions whose current answer stands (the base of the on-time rate).
    pub answered_now: i64,
    pub answered_on_time: i64,
    /// Ratings of first answers.
    pub rated: i64,
    pub rating_sum: i64,
    /// Ratings of answers after reopening.
    pub rated_after_reopen: i64,
    pub rating_after_reopen_sum: i64,
}

/// How many petitions were answered `hours` whole hours after they were submitted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerHours {
    pub hours: i64,
    pub count: i64,
}

/// A petition flagged overdue; `tracking_code` as stored (eight digits, no dash).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverduePetition {
    pub tracking_code: String,
    pub due_at: i64,
    pub status: String,
    pub unit_id: i64,
    pub village_id: Option<i64>,
}

/// The petitions in scope: every one of the period, or those from villages under an area
/// (a recursive walk down the area tree). Two SQL texts, so that the common case, everything,
/// needs no walk.
macro_rules! scoped {
    ($select:literal, $tail:literal) => {
        (
            concat!(
                $select,
                " FROM petitions p WHERE p.submitted_at >= $1 AND p.submitted_at < $2 ",
                $tail
            ),
            concat!(
                "WITH RECURSIVE scope(id) AS ( \
                   SELECT id FROM areas WHERE id = $3 \
                   UNION ALL SELECT a.id FROM areas a JOIN scope s ON a.parent_id = s.id) ",
                $select,
                " FROM petitions p WHERE p.submitted_at >= $1 AND p.submitted_at < $2 \
                  AND p.village_id IN (SELECT id FROM scope) ",
                $tail
            ),
        )
    };
}

/// Runs one of the `scoped!` pair for `q`.
async fn fetch_scoped(
    conn: &mut Conn,
    (everything, under_area): (&'static str, &'static str),
    q: &ReportQuery,
) -> StoreResult<Vec<AnyRow>> {
    let rows = match q.area_id {
        None => {
            sqlx::query(everything)
                .bind(q.from_ms)
                .bind(q.to_ms)
                .fetch_all(&mut *conn)
                .await?
        }
        Some(area) => {
            sqlx::query(under_area)
                .bind(q.from_ms)
                .bind(q.to_ms)
                .bind(area)
                .fetch_all(&mut *conn)
                .await?
        }
    };
    Ok(rows)
}

/// The period's petitions in one pass, grouped by status, category, unit and village.
pub async fn groups(conn: &mut Conn, q: &ReportQuery) -> StoreResult<Vec<PetitionGroup>> {
    let rows = fetch_scoped(
        conn,
        scoped!(
            "SELECT p.status, p.category_id, p.unit_id, p.village_id, COUNT(*) AS n, \
             CAST(COALESCE(SUM(p.answer_count), 0) AS BIGINT) AS answered, COUNT(p.answered_at) AS answered_now, \
             CAST(COALESCE(SUM(CASE WHEN p.answered_at <= p.due_at THEN 1 ELSE 0 END), 0) AS BIGINT) AS on_time, \
             COUNT(p.first_rating) AS rated, CAST(COALESCE(SUM(p.first_rating), 0) AS BIGINT) AS rating_sum, \
             COUNT(p.reopen_rating) AS rated2, CAST(COALESCE(SUM(p.reopen_rating), 0) AS BIGINT) AS rating2_sum",
            "GROUP BY p.status, p.category_id, p.unit_id, p.village_id"
        ),
        q,
    )
    .await?;
    rows.iter()
        .map(|g| {
            Ok(PetitionGroup {
                status: g.try_get("status")?,
                category_id: g.try_get("category_id")?,
                unit_id: g.try_get("unit_id")?,
                village_id: g.try_get("village_id")?,
                count: g.try_get("n")?,
                answered: g.try_get("answered")?,
                answered_now: g.try_get("answered_now")?,
                answered_on_time: g.try_get("on_time")?,
                rated: g.try_get("rated")?,
                rating_sum: g.try_get("rating_sum")?,
                rated_after_reopen: g.try_get("rated2")?,
                rating_after_reopen_sum: g.try_get("rating2_sum")?,
            })
        })
        .collect()
}

/// The period's answered petitions by whole hours from submission to answer, fewest hours
/// first.
pub async fn answer_hours(conn: &mut Conn, q: &ReportQuery) -> StoreResult<Vec<AnswerHours>> {
    let rows = fetch_scoped(
        conn,
        scoped!(
            "SELECT (p.answered_at - p.submitted_at) / 3600000 AS h, COUNT(*) AS n",
            "AND p.answered_at IS NOT NULL GROUP BY (p.answered_at - p.submitted_at) / 3600000 ORDER BY h"
        ),
        q,
    )
    .await?;
    rows.iter()
        .map(|b| {
            Ok(AnswerHours {
                hours: b.try_get("h")?,
                count: b.try_get("n")?,
            })
        })
        .collect()
}

/// The period's overdue petitions, nearest deadline first, at most 200.
pub async fn overdue(conn: &mut Conn, q: &ReportQuery) -> StoreResult<Vec<OverduePetition>> {
    let rows = fetch_scoped(
        conn,
        scoped!(
            "SELECT p.tracking_code, p.due_at, p.status, p.unit_id, p.village_id",
            "AND p.overdue_at IS NOT NULL ORDER BY p.due_at LIMIT 200"
        ),
        q,
    )
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OverduePetition {
                tracking_code: r.try_get("tracking_code")?,
                due_at: r.try_get("due_at")?,
                status: r.try_get("status")?,
                unit_id: r.try_get("unit_id")?,
                village_id: r.try_get("village_id")?,
            })
        })
        .collect()
}

/// Category codes by id.
pub async fn category_codes(conn: &mut Conn) -> StoreResult<HashMap<i64, String>> {
    names(conn, "SELECT id, code AS name FROM categories").await
}

/// Unit names by id.
pub async fn unit_names(conn: &mut Conn) -> StoreResult<HashMap<i64, String>> {
    names(conn, "SELECT id, name FROM units").await
}

/// Area names by id (villages, communes, provinces).
pub async fn area_names(conn: &mut Conn) -> StoreResult<HashMap<i64, String>> {
    names(conn, "SELECT id, name FROM areas").await
}

/// Names of a small table's rows by id.
async fn names(conn: &mut Conn, sql: &'static str) -> StoreResult<HashMap<i64, String>> {
    let rows = sqlx::query(sql).fetch_all(&mut *conn).await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("name")?)))
        .collect()
}
