//! Areas (tỉnh → xã → thôn/bản) and units.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreError, StoreResult};
use crate::domain::text::place_match;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaKind {
    Province,
    Commune,
    Village,
}

impl AreaKind {
    pub fn as_str(self) -> &'static str {
        match self {
            AreaKind::Province => "province",
            AreaKind::Commune => "commune",
            AreaKind::Village => "village",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "province" => Some(AreaKind::Province),
            "commune" => Some(AreaKind::Commune),
            "village" => Some(AreaKind::Village),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub kind: AreaKind,
    pub code: String,
    pub name: String,
    pub language: Option<String>,
}

/// `SELECT <area columns> FROM areas <tail>`, as one static SQL text.
macro_rules! select_areas {
    ($tail:literal) => {
        concat!(
            "SELECT id, parent_id, kind, code, name, language FROM areas ",
            $tail
        )
    };
}

pub(crate) fn area_from_row(row: &AnyRow) -> StoreResult<Area> {
    let kind: String = row.try_get("kind")?;
    Ok(Area {
        id: row.try_get("id")?,
        parent_id: row.try_get("parent_id")?,
        kind: AreaKind::parse(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("area kind {kind}")))?,
        code: row.try_get("code")?,
        name: row.try_get("name")?,
        language: row.try_get("language")?,
    })
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<Area>> {
    let row = sqlx::query(select_areas!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(area_from_row).transpose()
}

pub async fn by_code(conn: &mut Conn, code: &str) -> StoreResult<Option<Area>> {
    let row = sqlx::query(select_areas!("WHERE code = $1"))
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(area_from_row).transpose()
}

/// All areas of a kind, by name; with `parent`, only that parent's children.
pub async fn list(conn: &mut Conn, kind: AreaKind, parent: Option<i64>) -> StoreResult<Vec<Area>> {
    let rows = match parent {
        Some(p) => {
            sqlx::query(select_areas!(
                "WHERE kind = $1 AND parent_id = $2 ORDER BY search_key, id"
            ))
            .bind(kind.as_str())
            .bind(p)
            .fetch_all(&mut *conn)
            .await?
        }
        None => {
            sqlx::query(select_areas!("WHERE kind = $1 ORDER BY search_key, id"))
                .bind(kind.as_str())
                .fetch_all(&mut *conn)
                .await?
        }
    };
    rows.iter().map(area_from_row).collect()
}

/// Areas of a kind whose name matches `query` ([`place_match`]: no marks, case or spaces
/// needed; "taphin" finds "Bản Tả Phìn"). When some match the whole name, only those are kept.
pub async fn search(
    conn: &mut Conn,
    kind: AreaKind,
    parent: Option<i64>,
    query: &str,
) -> StoreResult<Vec<Area>> {
    let candidates = list(conn, kind, parent).await?;
    let mut hits: Vec<(bool, Area)> = candidates
        .into_iter()
        .filter_map(|a| place_match(query, &a.name).map(|exact| (exact, a)))
        .collect();
    if hits.iter().any(|(exact, _)| *exact) {
        hits.retain(|(exact, _)| *exact);
    }
    Ok(hits.into_iter().map(|(_, a)| a).collect())
}

/// The chain from `id` up to the root, nearest first.
pub async fn ancestors(conn: &mut Conn, id: i64) -> StoreResult<Vec<Area>> {
    let mut out = Vec::new();
    let mut next = Some(id);
    while let Some(current) = next {
        let Some(area) = get(conn, current).await? else {
            break;
        };
        next = area.parent_id;
        out.push(area);
        if out.len() > 16 {
            return Err(StoreError::Corrupt(
                "area tree deeper than 16 levels or cyclic".into(),
            ));
        }
    }
    Ok(out)
}

/// The villages whose place is known, as (village id, latitude, longitude).
pub async fn village_places(conn: &mut Conn) -> StoreResult<Vec<(i64, f64, f64)>> {
    let rows = sqlx::query(
        "SELECT id, latitude, longitude FROM areas \
         WHERE kind = 'village' AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("id")?,
                r.try_get("latitude")?,
                r.try_get("longitude")?,
            ))
        })
        .collect()
}

/// Sets where an area is (decimal degrees), or forgets it with `None`; the row is written only
/// when the place changes (each write moves the directory's counter).
pub async fn set_place(conn: &mut Conn, id: i64, place: Option<(f64, f64)>) -> StoreResult<bool> {
    // NULL is written as a literal: sqlx's Any driver would bind a NULL f64 as float4.
    let done = match place {
        Some((lat, long)) => {
            sqlx::query(
                "UPDATE areas SET latitude = $1, longitude = $2 WHERE id = $3 \
                 AND (latitude IS NULL OR longitude IS NULL OR latitude <> $1 OR longitude <> $2)",
            )
            .bind(lat)
            .bind(long)
            .bind(id)
            .execute(&mut *conn)
            .await?
        }
        None => {
            sqlx::query(
                "UPDATE areas SET latitude = NULL, longitude = NULL WHERE id = $1 \
                 AND (latitude IS NOT NULL OR longitude IS NOT NULL)",
            )
            .bind(id)
            .execute(&mut *conn)
            .await?
        }
    };
    Ok(done.rows_affected() > 0)
}

/// "Bản Tả Phìn, Xã Dào San": a village and its commune, as officers read a place; empty for
/// none.
pub async fn village_and_commune(conn: &mut Conn, village_id: Option<i64>) -> StoreResult<String> {
    let Some(v) = village_id else {
        return Ok(String::new());
    };
    Ok(ancestors(conn, v)
        .await?
        .iter()
        .take(2)
        .map(|a| a.name.clone())
        .collect::<Vec<_>>()
        .join(", "))
}

pub async fn count(conn: &mut Conn) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM areas")
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unit {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub area_id: i64,
    pub supervisor_id: Option<i64>,
    pub is_default: bool,
}

pub(crate) fn unit_from_row(r: &AnyRow) -> StoreResult<Unit> {
    Ok(Unit {
        id: r.try_get("id")?,
        code: r.try_get("code")?,
        name: r.try_get("name")?,
        area_id: r.try_get("area_id")?,
        supervisor_id: r.try_get("supervisor_id")?,
        is_default: super::flag(r.try_get("is_default")?),
    })
}

pub async fn unit_by_code(conn: &mut Conn, code: &str) -> StoreResult<Option<Unit>> {
    let row = sqlx::query(
        "SELECT id, code, name, area_id, supervisor_id, is_default FROM units WHERE code = $1",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(unit_from_row).transpose()
}
