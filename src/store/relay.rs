//! Relay tasks: one per relayer and village of an announcement, and their confirmations.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::people::Person;
use super::{Conn, StoreResult};

/// One relayer's job for one village of one announcement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelayTask {
    pub id: i64,
    pub announcement_id: i64,
    pub village_id: i64,
    pub person_id: i64,
    pub created_at: i64,
    pub reminded_at: Option<i64>,
    pub confirmed_at: Option<i64>,
}

fn task_from_row(r: &AnyRow) -> StoreResult<RelayTask> {
    Ok(RelayTask {
        id: r.try_get("id")?,
        announcement_id: r.try_get("announcement_id")?,
        village_id: r.try_get("village_id")?,
        person_id: r.try_get("person_id")?,
        created_at: r.try_get("created_at")?,
        reminded_at: r.try_get("reminded_at")?,
        confirmed_at: r.try_get("confirmed_at")?,
    })
}

macro_rules! select_tasks {
    ($tail:literal) => {
        concat!(
            "SELECT id, announcement_id, village_id, person_id, created_at, reminded_at, confirmed_at \
             FROM relay_tasks ",
            $tail
        )
    };
}

/// The relayers of a village, in the order they were given the role.
pub async fn relayers_of(conn: &mut Conn, village_id: i64) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query(
        "SELECT r.person_id FROM roles r WHERE r.role = 'relay' AND r.area_id = $1 ORDER BY r.id",
    )
    .bind(village_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let id: i64 = r.try_get("person_id")?;
        if let Some(p) = super::people::get(conn, id).await? {
            out.push(p);
        }
    }
    Ok(out)
}

/// Records a task; `None` when this relayer already has it (a start repeated).
pub async fn create(
    conn: &mut Conn,
    announcement_id: i64,
    village_id: i64,
    person_id: i64,
    now_ms: i64,
) -> StoreResult<Option<i64>> {
    let row = sqlx::query(
        "INSERT INTO relay_tasks (announcement_id, village_id, person_id, created_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (announcement_id, village_id, person_id) DO NOTHING \
         RETURNING id",
    )
    .bind(announcement_id)
    .bind(village_id)
    .bind(person_id)
    .bind(now_ms)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| r.try_get("id")).transpose().map_err(Into::into)
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<RelayTask>> {
    let row = sqlx::query(select_tasks!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(task_from_row).transpose()
}

/// Marks the task confirmed by its own relayer; false when it was confirmed already (or is
/// not theirs).
pub async fn confirm(conn: &mut Conn, id: i64, person_id: i64, now_ms: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE relay_tasks SET confirmed_at = $1 WHERE id = $2 AND person_id = $3 AND confirmed_at IS NULL",
    )
    .bind(now_ms)
    .bind(id)
    .bind(person_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Tasks created at or before `created_before`, neither confirmed nor reminded, of
/// announcements that were not cancelled.
pub async fn due_for_reminder(conn: &mut Conn, created_before: i64) -> StoreResult<Vec<RelayTask>> {
    let rows = sqlx::query(
        "SELECT t.id, t.announcement_id, t.village_id, t.person_id, t.created_at, t.reminded_at, t.confirmed_at \
         FROM relay_tasks t JOIN announcements a ON a.id = t.announcement_id \
         WHERE t.confirmed_at IS NULL AND t.reminded_at IS NULL AND t.created_at <= $1 \
         AND a.status <> 'cancelled' ORDER BY t.id",
    )
    .bind(created_before)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(task_from_row).collect()
}

/// Marks a task reminded; false when another sweep got there first.
pub async fn mark_reminded(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE relay_tasks SET reminded_at = $1 WHERE id = $2 AND reminded_at IS NULL AND confirmed_at IS NULL",
    )
    .bind(now_ms)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// One village's relay of an announcement, for the figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VillageRelay {
    pub village: String,
    /// Relayers asked.
    pub relayers: i64,
    /// The first confirmation: who (their display name, if any) and when.
    pub confirmed: Option<(Option<String>, i64)>,
}

/// Per village (by name), whether the announcement was relayed, by whom and when.
pub async fn by_village(conn: &mut Conn, announcement_id: i64) -> StoreResult<Vec<VillageRelay>> {
    let rows = sqlx::query(
        "SELECT t.village_id, a.name AS village, t.confirmed_at, p.display_name \
         FROM relay_tasks t JOIN areas a ON a.id = t.village_id JOIN people p ON p.id = t.person_id \
         WHERE t.announcement_id = $1 ORDER BY a.name, t.village_id, t.id",
    )
    .bind(announcement_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out: Vec<VillageRelay> = Vec::new();
    // Two villages may share a name (in two communes): rows are grouped by id.
    let mut last_id = None;
    for r in rows {
        let village_id: i64 = r.try_get("village_id")?;
        let village: String = r.try_get("village")?;
        let at: Option<i64> = r.try_get("confirmed_at")?;
        let name: Option<String> = r.try_get("display_name")?;
        if last_id != Some(village_id) {
            last_id = Some(village_id);
            out.push(VillageRelay {
                village,
                relayers: 0,
                confirmed: None,
            });
        }
        let entry = out.last_mut().expect("pushed above");
        entry.relayers += 1;
        if let Some(at) = at
            && entry
                .confirmed
                .as_ref()
                .is_none_or(|(_, first)| at < *first)
        {
            entry.confirmed = Some((name, at));
        }
    }
    Ok(out)
}

/// A relayer invite: single use, expiring, for one village.
pub async fn create_invite(
    conn: &mut Conn,
    code: &str,
    village_id: i64,
    created_by: Option<i64>,
    now_ms: i64,
    expires_at: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO invites (code, role, area_id, created_by, created_at, expires_at) VALUES ($1, 'relay', $2, $3, $4, $5)",
    )
    .bind(code)
    .bind(village_id)
    .bind(created_by)
    .bind(now_ms)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A relayer invite by its code: (invite id, village id, expires at, used by); `None` when the
/// code is no relayer invite.
pub async fn invite(
    conn: &mut Conn,
    code: &str,
) -> StoreResult<Option<(i64, i64, i64, Option<i64>)>> {
    let row = sqlx::query(
        "SELECT id, area_id, expires_at, used_by FROM invites WHERE code = $1 AND role = 'relay' AND area_id IS NOT NULL",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok((
            r.try_get("id")?,
            r.try_get("area_id")?,
            r.try_get("expires_at")?,
            r.try_get("used_by")?,
        ))
    })
    .transpose()
}
