//! People (one row per channel identity) and their roles.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Conn, StoreResult};
use crate::domain::{LocaleTag, Role};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    pub id: i64,
    pub channel: String,
    pub external_id: String,
    pub display_name: Option<String>,
    pub language: Option<LocaleTag>,
    pub village_id: Option<i64>,
    pub consent_at: Option<i64>,
    /// The person this identity was linked into (one person on two apps), if any.
    pub linked_to: Option<i64>,
}

impl Person {
    /// `telegram:123456789`, `console:lan`.
    pub fn address(&self) -> String {
        format!("{}:{}", self.channel, self.external_id)
    }

    /// Whether onboarding is complete: language, village and the data notice accepted.
    pub fn onboarded(&self) -> bool {
        self.language.is_some() && self.village_id.is_some() && self.consent_at.is_some()
    }

    /// Whether this row is what is left of a person whose data was deleted.
    pub fn is_deleted(&self) -> bool {
        self.external_id.starts_with(TOMBSTONE_PREFIX)
    }
}

/// How a deleted person's address (and their private chat's) begins: `deleted:<person id>`.
/// Platform ids never look like this (Telegram's are numbers).
pub const TOMBSTONE_PREFIX: &str = "deleted:";

/// The external id a deleted person's row, and their private chat, take.
pub fn tombstone(person_id: i64) -> String {
    format!("{TOMBSTONE_PREFIX}{person_id}")
}

macro_rules! person_columns {
    () => {
        "id, channel, external_id, display_name, language, village_id, consent_at, linked_to"
    };
}

fn person_from_row(row: &AnyRow) -> StoreResult<Person> {
    person_from_row_as(row, "")
}

/// A person from columns named `<prefix><column>` (a join that reads several tables at once).
pub(crate) fn person_from_row_as(row: &AnyRow, prefix: &str) -> StoreResult<Person> {
    let col = |name: &str| format!("{prefix}{name}");
    let language: Option<String> = row.try_get(col("language").as_str())?;
    Ok(Person {
        id: row.try_get(col("id").as_str())?,
        channel: row.try_get(col("channel").as_str())?,
        external_id: row.try_get(col("external_id").as_str())?,
        display_name: row.try_get(col("display_name").as_str())?,
        language: language.and_then(|l| LocaleTag::parse(&l).ok()),
        village_id: row.try_get(col("village_id").as_str())?,
        consent_at: row.try_get(col("consent_at").as_str())?,
        linked_to: row.try_get(col("linked_to").as_str())?,
    })
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<Person>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        person_columns!(),
        " FROM people WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(person_from_row).transpose()
}

pub async fn find(
    conn: &mut Conn,
    channel: &str,
    external_id: &str,
) -> StoreResult<Option<Person>> {
    let row = sqlx::query(concat!(
        "SELECT ",
        person_columns!(),
        " FROM people WHERE channel = $1 AND external_id = $2"
    ))
    .bind(channel)
    .bind(external_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(person_from_row).transpose()
}

/// The person behind a channel identity, created on first contact. The display name is kept
/// up to date when the platform reports a new one.
pub async fn find_or_create(
    conn: &mut Conn,
    channel: &str,
    external_id: &str,
    display_name: Option<&str>,
    now_ms: i64,
) -> StoreResult<(Person, bool)> {
    if let Some(p) = find(conn, channel, external_id).await? {
        if display_name.is_some() && p.display_name.as_deref() != display_name {
            sqlx::query("UPDATE people SET display_name = $1, updated_at = $2 WHERE id = $3")
                .bind(display_name)
                .bind(now_ms)
                .bind(p.id)
                .execute(&mut *conn)
                .await?;
            return Ok((
                Person {
                    display_name: display_name.map(str::to_string),
                    ..p
                },
                false,
            ));
        }
        return Ok((p, false));
    }
    let row = sqlx::query(concat!(
        "INSERT INTO people (channel, external_id, display_name, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (channel, external_id) DO UPDATE SET updated_at = people.updated_at \
         RETURNING ",
        person_columns!()
    ))
    .bind(channel)
    .bind(external_id)
    .bind(display_name)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok((person_from_row(&row)?, true))
}

pub async fn set_language(
    conn: &mut Conn,
    id: i64,
    tag: &LocaleTag,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE people SET language = $1, updated_at = $2 WHERE id = $3")
        .bind(tag.as_str())
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_village(
    conn: &mut Conn,
    id: i64,
    village_id: i64,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE people SET village_id = $1, updated_at = $2 WHERE id = $3")
        .bind(village_id)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_consent(
    conn: &mut Conn,
    id: i64,
    at_ms: Option<i64>,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query("UPDATE people SET consent_at = $1, updated_at = $2 WHERE id = $3")
        .bind(at_ms)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Records that the person first came from a village group's link (`people.came_from`).
pub async fn set_came_from_group(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<()> {
    sqlx::query("UPDATE people SET came_from = 'group', updated_at = $1 WHERE id = $2")
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether the person first came from a village group's link.
pub async fn came_from_group(conn: &mut Conn, id: i64) -> StoreResult<bool> {
    let row = sqlx::query("SELECT came_from FROM people WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let from: Option<String> = match row {
        Some(r) => r.try_get("came_from")?,
        None => None,
    };
    Ok(from.as_deref() == Some("group"))
}

/// One role a person holds, with its scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleGrant {
    pub person_id: i64,
    pub role: Role,
    pub area_id: Option<i64>,
    pub unit_id: Option<i64>,
}

/// Grants a role; granting one already held changes nothing. Returns whether it was new.
pub async fn grant(
    conn: &mut Conn,
    grant: &RoleGrant,
    granted_by: Option<i64>,
    now_ms: i64,
) -> StoreResult<bool> {
    let existing = sqlx::query(
        "SELECT id FROM roles WHERE person_id = $1 AND role = $2 \
         AND COALESCE(area_id, 0) = COALESCE($3, 0) AND COALESCE(unit_id, 0) = COALESCE($4, 0)",
    )
    .bind(grant.person_id)
    .bind(grant.role.as_str())
    .bind(grant.area_id)
    .bind(grant.unit_id)
    .fetch_optional(&mut *conn)
    .await?;
    if existing.is_some() {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO roles (person_id, role, area_id, unit_id, granted_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(grant.person_id)
    .bind(grant.role.as_str())
    .bind(grant.area_id)
    .bind(grant.unit_id)
    .bind(granted_by)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Removes a person's roles (all of them, or those of one kind). Returns how many went.
pub async fn revoke(conn: &mut Conn, person_id: i64, role: Option<Role>) -> StoreResult<u64> {
    let done = match role {
        Some(role) => {
            sqlx::query("DELETE FROM roles WHERE person_id = $1 AND role = $2")
                .bind(person_id)
                .bind(role.as_str())
                .execute(&mut *conn)
                .await?
        }
        None => {
            sqlx::query("DELETE FROM roles WHERE person_id = $1")
                .bind(person_id)
                .execute(&mut *conn)
                .await?
        }
    };
    Ok(done.rows_affected())
}

/// Removes a person's officer role in one unit. Returns whether they had it.
pub async fn revoke_officer(conn: &mut Conn, person_id: i64, unit_id: i64) -> StoreResult<bool> {
    let done =
        sqlx::query("DELETE FROM roles WHERE person_id = $1 AND role = 'officer' AND unit_id = $2")
            .bind(person_id)
            .bind(unit_id)
            .execute(&mut *conn)
            .await?
            .rows_affected();
    Ok(done > 0)
}

pub async fn roles_of(conn: &mut Conn, person_id: i64) -> StoreResult<Vec<RoleGrant>> {
    let rows = sqlx::query(
        "SELECT person_id, role, area_id, unit_id FROM roles WHERE person_id = $1 ORDER BY id",
    )
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(grant_from_row).collect()
}

fn grant_from_row(r: &AnyRow) -> StoreResult<RoleGrant> {
    grant_from_row_as(r, "")
}

/// A role grant from columns named `<prefix><column>`.
pub(crate) fn grant_from_row_as(r: &AnyRow, prefix: &str) -> StoreResult<RoleGrant> {
    let col = |name: &str| format!("{prefix}{name}");
    let role: String = r.try_get(col("role").as_str())?;
    Ok(RoleGrant {
        person_id: r.try_get(col("person_id").as_str())?,
        role: role
            .parse()
            .map_err(|e: crate::domain::role::UnknownRole| {
                super::StoreError::Corrupt(e.to_string())
            })?,
        area_id: r.try_get(col("area_id").as_str())?,
        unit_id: r.try_get(col("unit_id").as_str())?,
    })
}

/// An admin with their scope, for `loathon admin list`.
#[derive(Clone, Debug)]
pub struct AdminEntry {
    pub address: String,
    pub display_name: Option<String>,
    pub area: Option<String>,
}

pub async fn admins(conn: &mut Conn) -> StoreResult<Vec<AdminEntry>> {
    let rows = sqlx::query(
        "SELECT p.channel, p.external_id, p.display_name, a.name AS area_name \
         FROM roles r JOIN people p ON p.id = r.person_id LEFT JOIN areas a ON a.id = r.area_id \
         WHERE r.role = 'admin' ORDER BY p.channel, p.external_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            let channel: String = r.try_get("channel")?;
            let external: String = r.try_get("external_id")?;
            Ok(AdminEntry {
                address: format!("{channel}:{external}"),
                display_name: r.try_get("display_name")?,
                area: r.try_get("area_name")?,
            })
        })
        .collect()
}

/// People holding `role` in a unit, in the order they were granted it.
pub async fn with_role_in_unit(
    conn: &mut Conn,
    role: &str,
    unit_id: i64,
) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query(
        "SELECT p.id, p.channel, p.external_id, p.display_name, p.language, p.village_id, p.consent_at, p.linked_to \
         FROM roles r JOIN people p ON p.id = r.person_id WHERE r.role = $1 AND r.unit_id = $2 ORDER BY r.id",
    )
    .bind(role)
    .bind(unit_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(person_from_row).collect()
}
