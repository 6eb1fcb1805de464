//! Numbers to call in an emergency (from the seeds): a commune's own, then the national ones.

use sqlx::Row;

use super::{Conn, StoreResult};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmergencyPhone {
    pub name: String,
    pub number: String,
    /// A demo number nobody has checked: shown with a warning.
    pub placeholder: bool,
}

/// The numbers for someone in `village_id`: those of its areas, the nearest area first, then
/// those for everywhere; each area's in seed order. Without a village, the national ones.
pub async fn phones_for(
    conn: &mut Conn,
    village_id: Option<i64>,
) -> StoreResult<Vec<EmergencyPhone>> {
    let rows = sqlx::query(
        "WITH RECURSIVE up(id, parent_id, depth) AS ( \
           SELECT id, parent_id, 0 FROM areas WHERE id = $1 \
           UNION ALL SELECT a.id, a.parent_id, up.depth + 1 FROM areas a JOIN up ON a.id = up.parent_id) \
         SELECT name, number, placeholder FROM ( \
           SELECT e.name AS name, e.number AS number, e.placeholder AS placeholder, up.depth AS depth, \
                  e.position AS position, e.id AS id \
             FROM emergency_phones e JOIN up ON e.area_id = up.id \
           UNION ALL \
           SELECT e.name AS name, e.number AS number, e.placeholder AS placeholder, 1000000 AS depth, \
                  e.position AS position, e.id AS id \
             FROM emergency_phones e WHERE e.area_id IS NULL) AS found \
         ORDER BY depth, position, id",
    )
    .bind(village_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(EmergencyPhone {
                name: r.try_get("name")?,
                number: r.try_get("number")?,
                placeholder: super::flag(r.try_get("placeholder")?),
            })
        })
        .collect()
}
