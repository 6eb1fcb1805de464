//! Reference data from readable TOML files: areas, units, petition categories, routing rules.
//!
//! `loathon seed [DIR]` applies a folder of them (the demo set compiled into the binary when no
//! folder is named). Applying is idempotent: rows are matched by their codes, missing rows are
//! added, changed rows updated, and a second run of the same files changes nothing.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use sqlx::Row;

use super::{Conn, StoreError};
use crate::domain::text::fold_key;

static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds/demo");

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeedFile {
    #[serde(default)]
    pub area: Vec<AreaSeed>,
    #[serde(default)]
    pub unit: Vec<UnitSeed>,
    #[serde(default)]
    pub category: Vec<CategorySeed>,
    #[serde(default)]
    pub rule: Vec<RuleSeed>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaSeed {
    pub code: String,
    pub kind: String,
    pub name: String,
    pub parent: Option<String>,
    /// The main language of the area's people (a locale tag), used for its village groups.
    pub language: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnitSeed {
    pub code: String,
    pub name: String,
    pub area: String,
    pub supervisor: Option<String>,
    #[serde(default)]
    pub default: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategorySeed {
    pub code: String,
    /// Days an answer may take; complaints and denunciations, which are not petitions, have
    /// none (they are explained, not taken).
    pub deadline_days: Option<i64>,
    #[serde(default = "yes")]
    pub petition: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSeed {
    pub category: String,
    pub area: String,
    pub unit: String,
}

/// A set of seed files, in the order they are applied.
#[derive(Debug, Default)]
pub struct SeedSet {
    pub files: Vec<(String, SeedFile)>,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("reading {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: String, message: String },
    #[error("{path}: {what} {code:?}: {problem}")]
    Invalid {
        path: String,
        what: &'static str,
        code: String,
        problem: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for SeedError {
    fn from(e: sqlx::Error) -> Self {
        SeedError::Store(e.into())
    }
}

impl SeedSet {
    /// The demo province compiled into the binary.
    pub fn demo() -> Result<Self, SeedError> {
        let mut files: Vec<_> = DEMO
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
            .map(|f| {
                (
                    format!("seeds/demo/{}", f.path().display()),
                    f.contents_utf8().unwrap_or(""),
                )
            })
            .collect();
        files.sort_by(|a, b| a.0.cmp(&b.0));
        Self::parse(files.into_iter().map(|(p, t)| (p, t.to_string())))
    }

    /// A folder of `*.toml` files (applied in name order), or one file.
    pub fn from_path(path: &Path) -> Result<Self, SeedError> {
        let io = |p: &Path| {
            let path = p.display().to_string();
            move |source| SeedError::Io { path, source }
        };
        let mut paths = Vec::new();
        if path.is_dir() {
            for entry in std::fs::read_dir(path).map_err(io(path))? {
                let p = entry.map_err(io(path))?.path();
                if p.extension().is_some_and(|e| e == "toml") {
                    paths.push(p);
                }
            }
            paths.sort();
        } else {
            paths.push(path.to_path_buf());
        }
        let mut texts = Vec::new();
        for p in paths {
            let text = std::fs::read_to_string(&p).map_err(io(&p))?;
            texts.push((p.display().to_string(), text));
        }
        Self::parse(texts.into_iter())
    }

    fn parse(texts: impl Iterator<Item = (String, String)>) -> Result<Self, SeedError> {
        let mut files = Vec::new();
        for (path, text) in texts {
            let file: SeedFile = toml::from_str(&text).map_err(|e| SeedError::Parse {
                path: path.clone(),
                message: e.to_string(),
            })?;
            files.push((path, file));
        }
        Ok(Self { files })
    }
}

/// What one kind of row did during a seed run.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
}

impl Tally {
    fn count(&mut self, change: Change) {
        match change {
            Change::Added => self.added += 1,
            Change::Updated => self.updated += 1,
            Change::Unchanged => self.unchanged += 1,
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    pub areas: Tally,
    pub units: Tally,
    pub categories: Tally,
    pub rules: Tally,
}

impl SeedReport {
    pub fn changed_anything(&self) -> bool {
        [self.areas, self.units, self.categories, self.rules]
            .iter()
            .any(|t| t.added + t.updated > 0)
    }
}

impl fmt::Display for SeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (name, t) in [
            ("areas", self.areas),
            ("units", self.units),
            ("categories", self.categories),
            ("routing rules", self.rules),
        ] {
            writeln!(
                f,
                "{name:<14} added {:>3}, updated {:>3}, unchanged {:>3}",
                t.added, t.updated, t.unchanged
            )?;
        }
        Ok(())
    }
}

/// Tables whose rows seeds refer to by code.
#[derive(Debug, Clone, Copy)]
enum Table {
    Areas,
    Units,
    Categories,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Added,
    Updated,
    Unchanged,
}

/// Applies a seed set inside the caller's transaction.
pub async fn apply(conn: &mut Conn, set: &SeedSet, now_ms: i64) -> Result<SeedReport, SeedError> {
    let mut report = SeedReport::default();
    let mut areas: HashMap<String, i64> = HashMap::new();
    let mut units: HashMap<String, i64> = HashMap::new();
    let mut categories: HashMap<String, i64> = HashMap::new();

    // Areas first, in file order: a parent must come before its children (or already exist).
    for (path, file) in &set.files {
        for a in &file.area {
            let invalid = |problem: String| SeedError::Invalid {
                path: path.clone(),
                what: "area",
                code: a.code.clone(),
                problem,
            };
            if super::areas::AreaKind::parse(&a.kind).is_none() {
                return Err(invalid(format!(
                    "kind must be province, commune or village, not {:?}",
                    a.kind
                )));
            }
            let parent_id = match &a.parent {
                None => None,
                Some(code) => Some(match areas.get(code) {
                    Some(id) => *id,
                    None => lookup_id(conn, Table::Areas, code).await?.ok_or_else(|| {
                        invalid(format!("parent {code:?} is not defined before it"))
                    })?,
                }),
            };
            if let Some(lang) = &a.language {
                crate::domain::LocaleTag::parse(lang).map_err(|e| invalid(e.to_string()))?;
            }
            let (id, change) = upsert_area(conn, a, parent_id, now_ms).await?;
            report.areas.count(change);
            areas.insert(a.code.clone(), id);
        }
    }

    for (path, file) in &set.files {
        for c in &file.category {
            if c.petition && c.deadline_days.is_none_or(|d| d <= 0) {
                return Err(SeedError::Invalid {
                    path: path.clone(),
                    what: "category",
                    code: c.code.clone(),
                    problem: "a petition category needs deadline_days > 0".into(),
                });
            }
            let (id, change) = upsert_category(conn, c, categories.len() as i64).await?;
            report.categories.count(change);
            categories.insert(c.code.clone(), id);
        }
    }

    let mut unit_changes: Vec<(String, Change)> = Vec::new();
    // Units in two passes, so that a supervisor may be listed after the units it supervises.
    for (path, file) in &set.files {
        for u in &file.unit {
            let area_id = resolve(conn, &areas, Table::Areas, &u.area)
                .await?
                .ok_or_else(|| SeedError::Invalid {
                    path: path.clone(),
                    what: "unit",
                    code: u.code.clone(),
                    problem: format!("area {:?} is not defined", u.area),
                })?;
            let (id, change) = upsert_unit(conn, u, area_id, now_ms).await?;
            unit_changes.push((u.code.clone(), change));
            units.insert(u.code.clone(), id);
        }
    }
    for (path, file) in &set.files {
        for u in &file.unit {
            let supervisor_id = match &u.supervisor {
                None => None,
                Some(code) => Some(
                    resolve(conn, &units, Table::Units, code)
                        .await?
                        .ok_or_else(|| SeedError::Invalid {
                            path: path.clone(),
                            what: "unit",
                            code: u.code.clone(),
                            problem: format!("supervisor {code:?} is not defined"),
                        })?,
                ),
            };
            let changed = sqlx::query(
                "UPDATE units SET supervisor_id = $1 WHERE id = $2 AND COALESCE(supervisor_id, 0) <> COALESCE($1, 0)",
            )
            .bind(supervisor_id)
            .bind(units[&u.code])
            .execute(&mut *conn)
            .await?
            .rows_affected();
            if changed > 0 {
                for (code, change) in unit_changes.iter_mut() {
                    if *code == u.code && *change == Change::Unchanged {
                        *change = Change::Updated;
                    }
                }
            }
        }
    }
    for (_, change) in unit_changes {
        report.units.count(change);
    }

    for (path, file) in &set.files {
        for r in &file.rule {
            let invalid = |problem: String| SeedError::Invalid {
                path: path.clone(),
                what: "rule",
                code: format!("{} @ {}", r.category, r.area),
                problem,
            };
            let category_id = resolve(conn, &categories, Table::Categories, &r.category)
                .await?
                .ok_or_else(|| invalid(format!("category {:?} is not defined", r.category)))?;
            let area_id = resolve(conn, &areas, Table::Areas, &r.area)
                .await?
                .ok_or_else(|| invalid(format!("area {:?} is not defined", r.area)))?;
            let unit_id = resolve(conn, &units, Table::Units, &r.unit)
                .await?
                .ok_or_else(|| invalid(format!("unit {:?} is not defined", r.unit)))?;
            let change = upsert_rule(conn, category_id, area_id, unit_id, now_ms).await?;
            report.rules.count(change);
        }
    }
    Ok(report)
}

async fn resolve(
    conn: &mut Conn,
    known: &HashMap<String, i64>,
    table: Table,
    code: &str,
) -> Result<Option<i64>, SeedError> {
    match known.get(code) {
        Some(id) => Ok(Some(*id)),
        None => lookup_id(conn, table, code).await,
    }
}

async fn lookup_id(conn: &mut Conn, table: Table, code: &str) -> Result<Option<i64>, SeedError> {
    let sql = match table {
        Table::Areas => "SELECT id FROM areas WHERE code = $1",
        Table::Units => "SELECT id FROM units WHERE code = $1",
        Table::Categories => "SELECT id FROM categories WHERE code = $1",
    };
    let row = sqlx::query(sql)
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

async fn upsert_area(
    conn: &mut Conn,
    a: &AreaSeed,
    parent_id: Option<i64>,
    now_ms: i64,
) -> Result<(i64, Change), SeedError> {
    let existing =
        sqlx::query("SELECT id, parent_id, kind, name, language FROM areas WHERE code = $1")
            .bind(&a.code)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(row) = existing {
        let id: i64 = row.try_get("id")?;
        let same = row.try_get::<Option<i64>, _>("parent_id")? == parent_id
            && row.try_get::<String, _>("kind")? == a.kind
            && row.try_get::<String, _>("name")? == a.name
            && row.try_get::<Option<String>, _>("language")? == a.language;
        if same {
            return Ok((id, Change::Unchanged));
        }
        sqlx::query(
            "UPDATE areas SET parent_id = $1, kind = $2, name = $3, search_key = $4, language = $5 WHERE id = $6",
        )
        .bind(parent_id)
        .bind(&a.kind)
        .bind(&a.name)
        .bind(fold_key(&a.name))
        .bind(&a.language)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        return Ok((id, Change::Updated));
    }
    let row = sqlx::query(
        "INSERT INTO areas (parent_id, kind, code, name, search_key, language, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(parent_id)
    .bind(&a.kind)
    .bind(&a.code)
    .bind(&a.name)
    .bind(fold_key(&a.name))
    .bind(&a.language)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("id")?, Change::Added))
}

async fn upsert_category(
    conn: &mut Conn,
    c: &CategorySeed,
    position: i64,
) -> Result<(i64, Change), SeedError> {
    let deadline = c.deadline_days.unwrap_or(1);
    let petition = i64::from(c.petition);
    let existing = sqlx::query(
        "SELECT id, deadline_days, is_petition, position FROM categories WHERE code = $1",
    )
    .bind(&c.code)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = existing {
        let id: i64 = row.try_get("id")?;
        let same = row.try_get::<i64, _>("deadline_days")? == deadline
            && row.try_get::<i64, _>("is_petition")? == petition
            && row.try_get::<i64, _>("position")? == position;
        if same {
            return Ok((id, Change::Unchanged));
        }
        sqlx::query("UPDATE categories SET deadline_days = $1, is_petition = $2, position = $3 WHERE id = $4")
            .bind(deadline)
            .bind(petition)
            .bind(position)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        return Ok((id, Change::Updated));
    }
    let row = sqlx::query(
        "INSERT INTO categories (code, deadline_days, is_petition, position) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(&c.code)
    .bind(deadline)
    .bind(petition)
    .bind(position)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("id")?, Change::Added))
}

async fn upsert_unit(
    conn: &mut Conn,
    u: &UnitSeed,
    area_id: i64,
    now_ms: i64,
) -> Result<(i64, Change), SeedError> {
    let is_default = i64::from(u.default);
    let existing = sqlx::query("SELECT id, name, area_id, is_default FROM units WHERE code = $1")
        .bind(&u.code)
        .fetch_optional(&mut *conn)
        .await?;
    if let Some(row) = existing {
        let id: i64 = row.try_get("id")?;
        let same = row.try_get::<String, _>("name")? == u.name
            && row.try_get::<i64, _>("area_id")? == area_id
            && row.try_get::<i64, _>("is_default")? == is_default;
        if same {
            return Ok((id, Change::Unchanged));
        }
        sqlx::query("UPDATE units SET name = $1, area_id = $2, is_default = $3 WHERE id = $4")
            .bind(&u.name)
            .bind(area_id)
            .bind(is_default)
            .bind(id)
            .execute(&mut *conn)
            .await?;
        return Ok((id, Change::Updated));
    }
    let row = sqlx::query(
        "INSERT INTO units (code, name, area_id, is_default, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(&u.code)
    .bind(&u.name)
    .bind(area_id)
    .bind(is_default)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("id")?, Change::Added))
}

async fn upsert_rule(
    conn: &mut Conn,
    category_id: i64,
    area_id: i64,
    unit_id: i64,
    now_ms: i64,
) -> Result<Change, SeedError> {
    let existing = sqlx::query(
        "SELECT id, unit_id FROM routing_rules WHERE category_id = $1 AND area_id = $2",
    )
    .bind(category_id)
    .bind(area_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = existing {
        if row.try_get::<i64, _>("unit_id")? == unit_id {
            return Ok(Change::Unchanged);
        }
        sqlx::query("UPDATE routing_rules SET unit_id = $1 WHERE id = $2")
            .bind(unit_id)
            .bind(row.try_get::<i64, _>("id")?)
            .execute(&mut *conn)
            .await?;
        return Ok(Change::Updated);
    }
    sqlx::query("INSERT INTO routing_rules (category_id, area_id, unit_id, created_at) VALUES ($1, $2, $3, $4)")
        .bind(category_id)
        .bind(area_id)
        .bind(unit_id)
        .bind(now_ms)
        .execute(&mut *conn)
        .await?;
    Ok(Change::Added)
}
