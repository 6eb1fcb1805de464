//! Reading petition routing (category × area subtree → unit) for the command line.

use sqlx::Row;

use super::{Conn, StoreResult};

/// One routing rule, with the codes and names an administrator reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoutingRule {
    pub category: String,
    pub area: String,
    pub area_name: String,
    pub unit: String,
    pub unit_name: String,
}

/// Every rule, by area code then category code.
pub async fn rules(conn: &mut Conn) -> StoreResult<Vec<RoutingRule>> {
    let rows = sqlx::query(
        "SELECT c.code AS category, a.code AS area, a.name AS area_name, u.code AS unit, u.name AS unit_name \
         FROM routing_rules r JOIN categories c ON c.id = r.category_id JOIN areas a ON a.id = r.area_id \
         JOIN units u ON u.id = r.unit_id ORDER BY a.code, c.code",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(RoutingRule {
                category: r.try_get("category")?,
                area: r.try_get("area")?,
                area_name: r.try_get("area_name")?,
                unit: r.try_get("unit")?,
                unit_name: r.try_get("unit_name")?,
            })
        })
        .collect()
}
