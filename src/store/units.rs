//! Units, petition categories, routing rules, officers, admins' scopes and invites.

use sqlx::Row;

use super::areas::{self, Unit};
use super::people::{self, Person};
use super::{Conn, StoreResult};
use crate::domain::calendar::Deadline;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Category {
    pub id: i64,
    pub code: String,
    /// Working days the unit has to answer (the column is still called `deadline_days`).
    pub deadline_working_days: i64,
    /// When set, the deadline is this many hours instead (emergencies).
    pub deadline_hours: Option<i64>,
    pub is_petition: bool,
    /// Danger to people or property: the villager is told whom to call, and the unit and the
    /// admins are alerted at once.
    pub is_emergency: bool,
    /// Words that suggest the category in a villager's own description (seeds), as written
    /// there; matching folds them.
    pub keywords: Vec<String>,
}

impl Category {
    /// The time a petition of this category gives its unit.
    pub fn deadline(&self) -> Deadline {
        let clamp = |n: i64| u32::try_from(n.max(1)).unwrap_or(u32::MAX);
        match self.deadline_hours {
            Some(h) => Deadline::Hours(clamp(h)),
            None => Deadline::WorkingDays(clamp(self.deadline_working_days)),
        }
    }
}

/// Active categories in display order.
pub async fn categories(conn: &mut Conn) -> StoreResult<Vec<Category>> {
    let rows = sqlx::query(
        "SELECT id, code, deadline_days, deadline_hours, is_petition, is_emergency, keywords FROM categories \
         WHERE active = 1 ORDER BY position, id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Category {
                id: r.try_get("id")?,
                code: r.try_get("code")?,
                deadline_working_days: r.try_get("deadline_days")?,
                deadline_hours: r.try_get("deadline_hours")?,
                is_petition: super::flag(r.try_get("is_petition")?),
                is_emergency: super::flag(r.try_get("is_emergency")?),
                keywords: r
                    .try_get::<String, _>("keywords")?
                    .split(',')
                    .map(str::trim)
                    .filter(|k| !k.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })
        .collect()
}

pub async fn category(conn: &mut Conn, id: i64) -> StoreResult<Option<Category>> {
    Ok(categories(conn).await?.into_iter().find(|c| c.id == id))
}

pub async fn unit(conn: &mut Conn, id: i64) -> StoreResult<Option<Unit>> {
    let row = sqlx::query(
        "SELECT id, code, name, area_id, supervisor_id, is_default FROM units WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref().map(areas::unit_from_row).transpose()
}

/// Units of an area (a commune's units), by name.
pub async fn units_in_area(conn: &mut Conn, area_id: i64) -> StoreResult<Vec<Unit>> {
    let rows = sqlx::query("SELECT code FROM units WHERE area_id = $1 ORDER BY name")
        .bind(area_id)
        .fetch_all(&mut *conn)
        .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        if let Some(u) = areas::unit_by_code(conn, &r.try_get::<String, _>("code")?).await? {
            out.push(u);
        }
    }
    Ok(out)
}

/// The unit that answers a petition of `category_id` from `village_id`: the rule of the
/// nearest area up the tree, else the default unit of the nearest area that has one.
pub async fn route(conn: &mut Conn, category_id: i64, village_id: i64) -> StoreResult<Option<i64>> {
    // One statement: walk up from the village, then prefer a rule to a default unit, and the
    // nearest area to a farther one.
    let row = sqlx::query(
        "WITH RECURSIVE up(id, parent_id, depth) AS ( \
           SELECT id, parent_id, 0 FROM areas WHERE id = $1 \
           UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM areas a JOIN up ON a.id = up.parent_id) \
         SELECT unit_id FROM ( \
           SELECT r.unit_id AS unit_id, 0 AS pref, up.depth AS depth FROM routing_rules r \
             JOIN up ON r.area_id = up.id WHERE r.category_id = $2 \
           UNION ALL \
           SELECT u.id AS unit_id, 1 AS pref, up.depth AS depth FROM units u \
             JOIN up ON u.area_id = up.id WHERE u.is_default = 1) AS candidates \
         ORDER BY pref, depth, unit_id LIMIT 1",
    )
    .bind(village_id)
    .bind(category_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| r.try_get("unit_id")).transpose()?)
}

/// Sets the unit for a category in an area subtree; returns the unit it replaced, if any.
pub async fn set_rule(
    conn: &mut Conn,
    category_id: i64,
    area_id: i64,
    unit_id: i64,
    now_ms: i64,
) -> StoreResult<Option<i64>> {
    let old =
        sqlx::query("SELECT unit_id FROM routing_rules WHERE category_id = $1 AND area_id = $2")
            .bind(category_id)
            .bind(area_id)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.try_get::<i64, _>("unit_id"))
            .transpose()?;
    sqlx::query(
        "INSERT INTO routing_rules (category_id, area_id, unit_id, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (category_id, area_id) DO UPDATE SET unit_id = excluded.unit_id",
    )
    .bind(category_id)
    .bind(area_id)
    .bind(unit_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(old)
}

/// The officers of a unit.
pub async fn officers(conn: &mut Conn, unit_id: i64) -> StoreResult<Vec<Person>> {
    people::with_role_in_unit(conn, "officer", unit_id).await
}

/// The units a person is an officer of.
pub async fn officer_units(conn: &mut Conn, person_id: i64) -> StoreResult<Vec<i64>> {
    let rows = sqlx::query("SELECT unit_id FROM roles WHERE role = 'officer' AND person_id = $1 AND unit_id IS NOT NULL ORDER BY id")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(|r| Ok(r.try_get("unit_id")?)).collect()
}

/// The unit's own group chat, when one is linked and active.
pub async fn unit_group_chat(conn: &mut Conn, unit_id: i64) -> StoreResult<Option<i64>> {
    let row = sqlx::query("SELECT id FROM chats WHERE unit_id = $1 AND kind = 'group' AND active = 1 ORDER BY id LIMIT 1")
        .bind(unit_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

/// Admins responsible for an area: those scoped to it or to any area above it, and those
/// scoped everywhere.
pub async fn admins_over(conn: &mut Conn, area_id: i64) -> StoreResult<Vec<Person>> {
    let chain: Vec<i64> = areas::ancestors(conn, area_id)
        .await?
        .iter()
        .map(|a| a.id)
        .collect();
    let rows = sqlx::query("SELECT person_id, area_id FROM roles WHERE role = 'admin' ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    let mut out: Vec<Person> = Vec::new();
    for r in rows {
        let scope: Option<i64> = r.try_get("area_id")?;
        if scope.is_none_or(|s| chain.contains(&s))
            && let Some(p) = people::get(conn, r.try_get("person_id")?).await?
            && !out.iter().any(|o| o.id == p.id)
        {
            out.push(p);
        }
    }
    Ok(out)
}

/// The areas a person administers (`None` in the list means everywhere).
pub async fn admin_scopes(conn: &mut Conn, person_id: i64) -> StoreResult<Vec<Option<i64>>> {
    let rows = sqlx::query("SELECT area_id FROM roles WHERE role = 'admin' AND person_id = $1")
        .bind(person_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(|r| Ok(r.try_get("area_id")?)).collect()
}

/// Whether the person is an admin of `area_id` (directly, above it, or everywhere).
pub async fn is_admin_over(conn: &mut Conn, person_id: i64, area_id: i64) -> StoreResult<bool> {
    let scopes = admin_scopes(conn, person_id).await?;
    if scopes.is_empty() {
        return Ok(false);
    }
    if scopes.contains(&None) {
        return Ok(true);
    }
    let chain = areas::ancestors(conn, area_id).await?;
    Ok(chain.iter().any(|a| scopes.contains(&Some(a.id))))
}

#[derive(Clone, Debug)]
pub struct Invite {
    pub id: i64,
    pub code: String,
    pub unit_id: Option<i64>,
    pub expires_at: i64,
    pub used_by: Option<i64>,
}

pub async fn create_invite(
    conn: &mut Conn,
    code: &str,
    unit_id: i64,
    created_by: Option<i64>,
    now_ms: i64,
    expires_at: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO invites (code, role, unit_id, created_by, created_at, expires_at) VALUES ($1, 'officer', $2, $3, $4, $5)",
    )
    .bind(code)
    .bind(unit_id)
    .bind(created_by)
    .bind(now_ms)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn invite(conn: &mut Conn, code: &str) -> StoreResult<Option<Invite>> {
    let row =
        sqlx::query("SELECT id, code, unit_id, expires_at, used_by FROM invites WHERE code = $1")
            .bind(code)
            .fetch_optional(&mut *conn)
            .await?;
    row.map(|r| {
        Ok(Invite {
            id: r.try_get("id")?,
            code: r.try_get("code")?,
            unit_id: r.try_get("unit_id")?,
            expires_at: r.try_get("expires_at")?,
            used_by: r.try_get("used_by")?,
        })
    })
    .transpose()
}

/// Marks an invite used; false when someone used it first.
pub async fn use_invite(
    conn: &mut Conn,
    id: i64,
    person_id: i64,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE invites SET used_by = $1, used_at = $2 WHERE id = $3 AND used_by IS NULL",
    )
    .bind(person_id)
    .bind(now_ms)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// The unit's own group chat, when one is linked and active, read whole (one statement where
/// [`unit_group_chat`] and [`super::chats::get`] are two).
pub async fn unit_group(conn: &mut Conn, unit_id: i64) -> StoreResult<Option<super::chats::Chat>> {
    let row = sqlx::query(
        "SELECT id, channel, external_id, kind, title, village_id, unit_id, language, active, forget_as \
         FROM chats WHERE unit_id = $1 AND kind = 'group' AND active = 1 ORDER BY id LIMIT 1",
    )
    .bind(unit_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.as_ref()
        .map(|r| super::chats::chat_from_row_as(r, ""))
        .transpose()
}

/// A person holding a role, the area it is scoped to, and their private chat with the bot
/// (as [`super::chats::private_of`] finds it), read in one statement.
#[derive(Clone, Debug)]
pub struct Contact {
    pub person: Person,
    pub area_id: Option<i64>,
    pub private_chat: Option<i64>,
}

/// `SELECT` of [`Contact`]s holding a role, in the order the roles were given.
macro_rules! select_contacts {
    ($where:literal) => {
        concat!(
            "SELECT p.id AS p_id, p.channel AS p_channel, p.external_id AS p_external_id, \
             p.display_name AS p_display_name, p.language AS p_language, p.village_id AS p_village_id, \
             p.consent_at AS p_consent_at, p.linked_to AS p_linked_to, r.area_id AS r_area_id, \
             c.id AS c_id \
             FROM roles r JOIN people p ON p.id = r.person_id \
             LEFT JOIN chats c ON c.channel = p.channel AND c.external_id = p.external_id AND c.kind = 'private' \
             WHERE ",
            $where,
            " ORDER BY r.id"
        )
    };
}

fn contact_from_row(r: &sqlx::any::AnyRow) -> StoreResult<Contact> {
    let person = people::person_from_row_as(r, "p_")?;
    let private_chat = if person.external_id.starts_with(people::TOMBSTONE_PREFIX) {
        None
    } else {
        r.try_get("c_id")?
    };
    Ok(Contact {
        person,
        area_id: r.try_get("r_area_id")?,
        private_chat,
    })
}

/// The officers of a unit with their private chats (as [`officers`], one statement).
pub async fn officer_contacts(conn: &mut Conn, unit_id: i64) -> StoreResult<Vec<Contact>> {
    let rows = sqlx::query(select_contacts!("r.role = 'officer' AND r.unit_id = $1"))
        .bind(unit_id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(contact_from_row).collect()
}

/// Every admin grant with its person and their private chat (one statement); the caller keeps
/// those over an area (see [`admins_over`]).
pub async fn admin_contacts(conn: &mut Conn) -> StoreResult<Vec<Contact>> {
    let rows = sqlx::query(select_contacts!("r.role = 'admin'"))
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(contact_from_row).collect()
}
