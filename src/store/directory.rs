//! The directory: areas, units, petition categories and routing rules, held in memory so that a
//! turn does not read them again statement by statement.
//!
//! Every write to those tables moves the counter in `directory_version` in the same transaction
//! (triggers, migration 0018), and a turn reads the counter with its first statement
//! ([`super::conversations::opening`]). [`DirectoryCache::current`] reloads the tables when the
//! counter moved, so each turn works from the directory as committed when it began, whichever
//! instance changed it.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use sqlx::Row;

use super::areas::{self, Area, Unit};
use super::units::{self, Category};
use super::{Conn, StoreError, StoreResult};

/// One consistent copy of the directory tables.
#[derive(Debug, Default)]
pub struct Directory {
    /// The `directory_version` counter this copy was read at (or after).
    pub version: i64,
    /// Active categories in display order.
    categories: Vec<Category>,
    areas: HashMap<i64, Area>,
    units: HashMap<i64, Unit>,
    /// (category, area) → unit.
    rules: HashMap<(i64, i64), i64>,
}

/// The counter as committed now.
pub async fn version(conn: &mut Conn) -> StoreResult<i64> {
    let row = sqlx::query("SELECT version FROM directory_version WHERE id = 1")
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.try_get("version")).transpose()?.unwrap_or(0))
}

impl Directory {
    /// Reads the whole directory. The counter is read first, so the tables are at least as new
    /// as the version recorded (at worst the next turn reads them once more).
    pub async fn load(conn: &mut Conn) -> StoreResult<Directory> {
        let version = version(conn).await?;
        let categories = units::categories(conn).await?;
        let areas = sqlx::query("SELECT id, parent_id, kind, code, name, language FROM areas")
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| areas::area_from_row(r).map(|a| (a.id, a)))
            .collect::<StoreResult<HashMap<_, _>>>()?;
        let units =
            sqlx::query("SELECT id, code, name, area_id, supervisor_id, is_default FROM units")
                .fetch_all(&mut *conn)
                .await?
                .iter()
                .map(|r| areas::unit_from_row(r).map(|u| (u.id, u)))
                .collect::<StoreResult<HashMap<_, _>>>()?;
        let rules = sqlx::query("SELECT category_id, area_id, unit_id FROM routing_rules")
            .fetch_all(&mut *conn)
            .await?
            .iter()
            .map(|r| {
                Ok((
                    (r.try_get("category_id")?, r.try_get("area_id")?),
                    r.try_get("unit_id")?,
                ))
            })
            .collect::<StoreResult<HashMap<_, _>>>()?;
        Ok(Directory {
            version,
            categories,
            areas,
            units,
            rules,
        })
    }

    /// Active categories in display order (as [`units::categories`]).
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// An active category (as [`units::category`]).
    pub fn category(&self, id: i64) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn area(&self, id: i64) -> Option<&Area> {
        self.areas.get(&id)
    }

    pub fn unit(&self, id: i64) -> Option<&Unit> {
        self.units.get(&id)
    }

    /// The chain from `id` up to the root, nearest first (as [`areas::ancestors`]).
    pub fn ancestors(&self, id: i64) -> StoreResult<Vec<&Area>> {
        let mut out = Vec::new();
        let mut next = Some(id);
        while let Some(current) = next {
            let Some(area) = self.areas.get(&current) else {
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

    /// The unit that answers a petition of `category_id` from `village_id` (as
    /// [`units::route`]): the rule of the nearest area up the tree, else the default unit of
    /// the nearest area that has one.
    pub fn route(&self, category_id: i64, village_id: i64) -> StoreResult<Option<i64>> {
        let chain = self.ancestors(village_id)?;
        for area in &chain {
            if let Some(unit) = self.rules.get(&(category_id, area.id)) {
                return Ok(Some(*unit));
            }
        }
        for area in &chain {
            let default = self
                .units
                .values()
                .filter(|u| u.area_id == area.id && u.is_default)
                .map(|u| u.id)
                .min();
            if default.is_some() {
                return Ok(default);
            }
        }
        Ok(None)
    }
}

/// The directory this process holds, shared by its turns.
#[derive(Debug, Default)]
pub struct DirectoryCache(RwLock<Option<Arc<Directory>>>);

impl DirectoryCache {
    /// The directory at `version` (the counter the caller just read in its transaction),
    /// reloaded through `conn` when the copy held was read at another one (newer, or older: a
    /// database put back from a backup).
    pub async fn current(&self, conn: &mut Conn, version: i64) -> StoreResult<Arc<Directory>> {
        if let Some(held) = self.0.read().expect("directory lock").as_ref()
            && held.version == version
        {
            return Ok(held.clone());
        }
        let fresh = Arc::new(Directory::load(conn).await?);
        *self.0.write().expect("directory lock") = Some(fresh.clone());
        Ok(fresh)
    }

    /// [`DirectoryCache::current`], reading the counter first (one statement).
    pub async fn fresh(&self, conn: &mut Conn) -> StoreResult<Arc<Directory>> {
        let v = version(conn).await?;
        self.current(conn, v).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::areas::AreaKind;

    fn area(id: i64, parent_id: Option<i64>) -> (i64, Area) {
        (
            id,
            Area {
                id,
                parent_id,
                kind: AreaKind::Village,
                code: format!("A{id}"),
                name: format!("Area {id}"),
                language: None,
            },
        )
    }

    fn unit(id: i64, area_id: i64, is_default: bool) -> (i64, Unit) {
        (
            id,
            Unit {
                id,
                code: format!("U{id}"),
                name: format!("Unit {id}"),
                area_id,
                supervisor_id: None,
                is_default,
            },
        )
    }

    /// Province 1 → commune 2 → village 3; defaults 10 (commune) and 20 (province).
    fn tree(rules: &[((i64, i64), i64)]) -> Directory {
        Directory {
            version: 1,
            categories: Vec::new(),
            areas: [area(1, None), area(2, Some(1)), area(3, Some(2))].into(),
            units: [
                unit(10, 2, true),
                unit(11, 2, true),
                unit(20, 1, true),
                unit(30, 2, false),
            ]
            .into(),
            rules: rules.iter().copied().collect(),
        }
    }

    #[test]
    fn the_nearest_rule_wins_and_any_rule_beats_a_default() {
        let d = tree(&[((7, 1), 30), ((7, 3), 20)]);
        assert_eq!(d.route(7, 3).unwrap(), Some(20));
        let d = tree(&[((7, 1), 30)]);
        // A rule on the province beats the commune's default unit, as in `units::route`.
        assert_eq!(d.route(7, 3).unwrap(), Some(30));
    }

    #[test]
    fn without_a_rule_the_nearest_default_unit_takes_it_lowest_id_first() {
        let d = tree(&[]);
        assert_eq!(d.route(7, 3).unwrap(), Some(10));
        assert_eq!(d.route(7, 1).unwrap(), Some(20));
        assert_eq!(d.route(7, 99).unwrap(), None);
    }

    #[test]
    fn a_cyclic_tree_is_reported_not_followed_for_ever() {
        let mut d = tree(&[]);
        d.areas.insert(1, area(1, Some(3)).1);
        assert!(d.ancestors(3).is_err());
    }
}
