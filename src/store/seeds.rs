//! Reference data from readable TOML files: areas, units, petition categories, routing rules,
//! emergency numbers; and the calendar of working days (`seeds/calendar`, one file a year).
//!
//! `loathon seed [DIR]` applies a folder of them (the demo set compiled into the binary when no
//! folder is named). Applying is idempotent: rows are matched by their codes, missing rows are
//! added, changed rows updated, and a second run of the same files changes nothing. The
//! calendar is not stored: it is read when the application starts ([`work_calendar`]).

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::Deserialize;
use sqlx::Row;

use super::{Conn, StoreError};
use crate::domain::calendar::{DEFAULT_WORKING_DAYS, WorkCalendar, YearDays};
use crate::domain::text::fold_key;

static DEMO: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds/demo");
static CALENDAR: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds/calendar");

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
    #[serde(default)]
    pub emergency_phone: Vec<EmergencyPhoneSeed>,
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
    /// Where the area is, in decimal degrees (WGS84), both or neither: Open311 requests
    /// that give a point are filed for the nearest village with one.
    pub lat: Option<f64>,
    pub long: Option<f64>,
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
    /// Working days an answer may take (weekends and public holidays skipped): 10 when not
    /// given. Complaints and denunciations, which are not petitions, have none (they are
    /// explained, not taken).
    pub deadline_working_days: Option<i64>,
    /// Instead of working days, hours (nights and holidays included): for emergencies.
    pub deadline_hours: Option<i64>,
    /// The field of earlier seed files, in calendar days: refused with a pointer to
    /// `deadline_working_days`, so that 15 calendar days do not silently become 15 working days.
    pub deadline_days: Option<i64>,
    #[serde(default = "yes")]
    pub petition: bool,
    /// Danger to people or property: the villager is told at once whom to call, and the unit
    /// and the admins are alerted ahead of everything else.
    #[serde(default)]
    pub emergency: bool,
    /// Words that suggest this category when a villager describes a problem in their own words
    /// ("talk first"): matched as whole words, without diacritics or case.
    #[serde(default)]
    pub keywords: Vec<String>,
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

/// A number to call in an emergency: for the villages under `area`, or everywhere without one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmergencyPhoneSeed {
    pub area: Option<String>,
    pub name: String,
    pub number: String,
    /// A demo number nobody has checked; shown with a warning.
    #[serde(default)]
    pub placeholder: bool,
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
        Self::parse(Self::texts_of(path)?.into_iter())
    }

    /// The `*.toml` files of a folder in name order (or one file), as (path, text).
    fn texts_of(path: &Path) -> Result<Vec<(String, String)>, SeedError> {
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
        Ok(texts)
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
    pub phones: Tally,
}

impl SeedReport {
    pub fn changed_anything(&self) -> bool {
        [
            self.areas,
            self.units,
            self.categories,
            self.rules,
            self.phones,
        ]
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
            ("phone numbers", self.phones),
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
            let place = match (a.lat, a.long) {
                (None, None) => None,
                (Some(lat), Some(long))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) =>
                {
                    Some((lat, long))
                }
                _ => {
                    return Err(invalid(
                        "lat and long go together, in decimal degrees".into(),
                    ));
                }
            };
            let (id, mut change) = upsert_area(conn, a, parent_id, now_ms).await?;
            if crate::store::areas::set_place(conn, id, place).await? && change == Change::Unchanged
            {
                change = Change::Updated;
            }
            report.areas.count(change);
            areas.insert(a.code.clone(), id);
        }
    }

    for (path, file) in &set.files {
        for c in &file.category {
            check_category(c).map_err(|problem| SeedError::Invalid {
                path: path.clone(),
                what: "category",
                code: c.code.clone(),
                problem: problem.into(),
            })?;
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

    let mut position = 0;
    for (path, file) in &set.files {
        for e in &file.emergency_phone {
            let invalid = |problem: String| SeedError::Invalid {
                path: path.clone(),
                what: "emergency_phone",
                code: e.name.clone(),
                problem,
            };
            if e.name.trim().is_empty() || e.number.trim().is_empty() {
                return Err(invalid("needs a name and a number".into()));
            }
            let area_id = match &e.area {
                None => None,
                Some(code) => Some(
                    resolve(conn, &areas, Table::Areas, code)
                        .await?
                        .ok_or_else(|| invalid(format!("area {code:?} is not defined")))?,
                ),
            };
            let change = upsert_phone(conn, e, area_id, position, now_ms).await?;
            report.phones.count(change);
            position += 1;
        }
    }
    Ok(report)
}

/// What is wrong with a category's deadline or keywords, if anything.
fn check_category(c: &CategorySeed) -> Result<(), &'static str> {
    if c.deadline_days.is_some() {
        return Err(
            "deadline_days (calendar days) is now deadline_working_days: the working days the \
             unit has, weekends and public holidays skipped (10 when not given); check the number",
        );
    }
    if c.emergency && !c.petition {
        return Err("an emergency category takes petitions: remove petition = false");
    }
    if c.keywords.len() > 30 {
        return Err("keep keywords short: at most 30 per category");
    }
    if c.keywords
        .iter()
        .any(|k| k.trim().is_empty() || k.contains(',') || k.chars().count() > 40 || k.trim() != k)
    {
        return Err(
            "a keyword is one word or a short phrase: not empty, no comma, no outer spaces",
        );
    }
    if c.petition {
        match (c.deadline_working_days, c.deadline_hours) {
            (Some(_), Some(_)) => {
                return Err("give deadline_working_days or deadline_hours, not both");
            }
            (Some(d), None) if d <= 0 => return Err("deadline_working_days must be > 0"),
            (None, Some(h)) if h <= 0 => return Err("deadline_hours must be > 0"),
            _ => {}
        }
    }
    Ok(())
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
    // The column keeps its name; it counts working days (a deadline in hours overrides it).
    let deadline = c
        .deadline_working_days
        .unwrap_or(i64::from(DEFAULT_WORKING_DAYS));
    let hours = c.deadline_hours;
    let petition = i64::from(c.petition);
    let emergency = i64::from(c.emergency);
    let keywords = c.keywords.join(", ");
    let existing = sqlx::query(
        "SELECT id, deadline_days, deadline_hours, is_petition, is_emergency, position, keywords \
         FROM categories WHERE code = $1",
    )
    .bind(&c.code)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = existing {
        let id: i64 = row.try_get("id")?;
        let same = row.try_get::<i64, _>("deadline_days")? == deadline
            && row.try_get::<Option<i64>, _>("deadline_hours")? == hours
            && row.try_get::<i64, _>("is_petition")? == petition
            && row.try_get::<i64, _>("is_emergency")? == emergency
            && row.try_get::<i64, _>("position")? == position
            && row.try_get::<String, _>("keywords")? == keywords;
        if same {
            return Ok((id, Change::Unchanged));
        }
        sqlx::query(
            "UPDATE categories SET deadline_days = $1, deadline_hours = $2, is_petition = $3, \
             is_emergency = $4, position = $5, keywords = $6 WHERE id = $7",
        )
        .bind(deadline)
        .bind(hours)
        .bind(petition)
        .bind(emergency)
        .bind(position)
        .bind(&keywords)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        return Ok((id, Change::Updated));
    }
    let row = sqlx::query(
        "INSERT INTO categories (code, deadline_days, deadline_hours, is_petition, is_emergency, position, keywords) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(&c.code)
    .bind(deadline)
    .bind(hours)
    .bind(petition)
    .bind(emergency)
    .bind(position)
    .bind(&keywords)
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

async fn upsert_phone(
    conn: &mut Conn,
    e: &EmergencyPhoneSeed,
    area_id: Option<i64>,
    position: i64,
    now_ms: i64,
) -> Result<Change, SeedError> {
    let placeholder = i64::from(e.placeholder);
    let existing = sqlx::query(
        "SELECT id, number, placeholder, position FROM emergency_phones \
         WHERE COALESCE(area_id, 0) = COALESCE($1, 0) AND name = $2",
    )
    .bind(area_id)
    .bind(&e.name)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = existing {
        let same = row.try_get::<String, _>("number")? == e.number
            && row.try_get::<i64, _>("placeholder")? == placeholder
            && row.try_get::<i64, _>("position")? == position;
        if same {
            return Ok(Change::Unchanged);
        }
        sqlx::query(
            "UPDATE emergency_phones SET number = $1, placeholder = $2, position = $3 WHERE id = $4",
        )
        .bind(&e.number)
        .bind(placeholder)
        .bind(position)
        .bind(row.try_get::<i64, _>("id")?)
        .execute(&mut *conn)
        .await?;
        return Ok(Change::Updated);
    }
    sqlx::query(
        "INSERT INTO emergency_phones (area_id, name, number, placeholder, position, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(area_id)
    .bind(&e.name)
    .bind(&e.number)
    .bind(placeholder)
    .bind(position)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(Change::Added)
}

// ---------------------------------------------------------------------------------------------
// The calendar of working days.

/// One year's file of `seeds/calendar` (the format is explained in `seeds/calendar/2026.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarFile {
    year: i32,
    #[serde(default)]
    day_off: Vec<CalendarDay>,
    #[serde(default)]
    working_day: Vec<CalendarDay>,
}

/// One day (`date`) or several in a row (`from` … `to`), with its name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CalendarDay {
    date: Option<toml::value::Datetime>,
    from: Option<toml::value::Datetime>,
    to: Option<toml::value::Datetime>,
    name: String,
}

impl CalendarDay {
    fn dates(&self) -> Result<Vec<chrono::NaiveDate>, String> {
        let (first, last) = match (&self.date, &self.from, &self.to) {
            (Some(d), None, None) => (toml_date(d)?, toml_date(d)?),
            (None, Some(f), Some(t)) => (toml_date(f)?, toml_date(t)?),
            _ => return Err(format!("{:?}: give `date`, or `from` and `to`", self.name)),
        };
        if last < first || (last - first).num_days() > 31 {
            return Err(format!(
                "{:?}: `to` must come after `from`, at most a month later",
                self.name
            ));
        }
        Ok(first.iter_days().take_while(|d| *d <= last).collect())
    }
}

/// A TOML local date (`2026-01-01`, no quotes, no time).
fn toml_date(value: &toml::value::Datetime) -> Result<chrono::NaiveDate, String> {
    match (value.date, value.time, value.offset) {
        (Some(d), None, None) => {
            chrono::NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day))
                .ok_or_else(|| format!("{value} is not a date"))
        }
        _ => Err(format!("{value}: write a date alone, like 2026-01-01")),
    }
}

/// The calendar of working days: the files compiled into the binary (`seeds/calendar`), or
/// those of `dir` instead (one `<year>.toml` a year).
pub fn work_calendar(dir: Option<&Path>) -> Result<WorkCalendar, SeedError> {
    let texts: Vec<(String, String)> = match dir {
        None => CALENDAR
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
            .map(|f| {
                (
                    format!("seeds/calendar/{}", f.path().display()),
                    f.contents_utf8().unwrap_or("").to_string(),
                )
            })
            .collect(),
        Some(dir) => SeedSet::texts_of(dir)?,
    };
    let mut years = Vec::new();
    let mut names = Vec::new();
    for (path, text) in texts {
        let invalid = |message: String| SeedError::Parse {
            path: path.clone(),
            message,
        };
        let file: CalendarFile = toml::from_str(&text).map_err(|e| invalid(e.to_string()))?;
        let mut year = YearDays {
            year: file.year,
            ..YearDays::default()
        };
        for day in &file.day_off {
            for date in day.dates().map_err(&invalid)? {
                year.days_off.push((date, day.name.clone()));
            }
        }
        for day in &file.working_day {
            for date in day.dates().map_err(&invalid)? {
                year.working_days.push((date, day.name.clone()));
            }
        }
        names.push(path.clone());
        // Checked one year at a time, so that an error names its file.
        WorkCalendar::new(vec![year.clone()]).map_err(|e| invalid(e.to_string()))?;
        years.push(year);
    }
    WorkCalendar::new(years).map_err(|e| SeedError::Parse {
        path: names.join(", "),
        message: e.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_compiled_in_calendar_has_2026_and_2027() {
        let cal = work_calendar(None).unwrap();
        assert!(cal.covers(2026) && cal.covers(2027));
        assert_eq!(cal.day_off_name(d(2026, 2, 17)), Some("Tết Nguyên đán"));
        assert!(!cal.is_working_day(d(2026, 4, 27)), "nghỉ bù Giỗ Tổ");
        assert!(!cal.is_working_day(d(2026, 9, 1)) && !cal.is_working_day(d(2026, 9, 2)));
        assert!(cal.is_working_day(d(2026, 1, 10)), "the make-up Saturday");
        assert!(!cal.is_working_day(d(2027, 2, 8)), "Tết 2027");
    }

    #[test]
    fn a_calendar_file_with_a_weekday_as_working_day_names_its_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("2028.toml"),
            "year = 2028\n[[working_day]]\ndate = 2028-01-05\nname = \"x\"\n",
        )
        .unwrap();
        let err = work_calendar(Some(dir.path())).unwrap_err().to_string();
        assert!(err.contains("2028.toml"), "{err}");
        assert!(err.contains("not a Saturday or Sunday"), "{err}");
    }

    #[test]
    fn an_old_deadline_in_calendar_days_is_refused_with_its_new_name() {
        let old: SeedFile =
            toml::from_str("[[category]]\ncode = \"land\"\ndeadline_days = 15\n").unwrap();
        let problem = check_category(&old.category[0]).unwrap_err();
        assert!(problem.contains("deadline_working_days"), "{problem}");
        let both: SeedFile = toml::from_str(
            "[[category]]\ncode = \"x\"\ndeadline_working_days = 5\ndeadline_hours = 4\n",
        )
        .unwrap();
        assert!(check_category(&both.category[0]).is_err());
        let default: SeedFile = toml::from_str("[[category]]\ncode = \"land\"\n").unwrap();
        assert_eq!(check_category(&default.category[0]), Ok(()));
    }
}
