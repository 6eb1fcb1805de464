//! Who reads which language, per village: the figures behind `loathon locales gaps` and the
//! broadcast preview's "will read Vietnamese" line.

use sqlx::Row;

use super::{Conn, StoreResult};

/// People and active village groups of one village with one language setting: their own
/// (a person's choice, a group's), and the village's (from the seeds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VillageReaders {
    pub village_id: i64,
    pub village_code: String,
    pub village: String,
    pub own_language: Option<String>,
    pub village_language: Option<String>,
    pub people: i64,
    pub groups: i64,
}

/// Every village with its readers per language, in village code order. People linked to
/// another identity (the same person on a second channel) are counted once.
pub async fn readers(conn: &mut Conn) -> StoreResult<Vec<VillageReaders>> {
    let people = sqlx::query(
        "SELECT a.id AS village_id, a.code, a.name, p.language AS own, \
         a.language AS lang, COUNT(*) AS n FROM people p JOIN areas a ON a.id = p.village_id \
         WHERE p.linked_to IS NULL GROUP BY 1, 2, 3, 4, 5",
    )
    .fetch_all(&mut *conn)
    .await?;
    let groups = sqlx::query(
        "SELECT a.id AS village_id, a.code, a.name, c.language AS own, \
         a.language AS lang, COUNT(*) AS n FROM chats c JOIN areas a ON a.id = c.village_id \
         WHERE c.kind = 'group' AND c.active = 1 GROUP BY 1, 2, 3, 4, 5",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut out: Vec<VillageReaders> = Vec::new();
    for (rows, is_group) in [(people, false), (groups, true)] {
        for r in rows {
            let village_id: i64 = r.try_get("village_id")?;
            let own: Option<String> = r.try_get("own")?;
            let language: Option<String> = r.try_get("lang")?;
            let n: i64 = r.try_get("n")?;
            let at = match out.iter().position(|v| {
                v.village_id == village_id
                    && v.own_language == own
                    && v.village_language == language
            }) {
                Some(at) => at,
                None => {
                    out.push(VillageReaders {
                        village_id,
                        village_code: r.try_get("code")?,
                        village: r.try_get("name")?,
                        own_language: own,
                        village_language: language,
                        people: 0,
                        groups: 0,
                    });
                    out.len() - 1
                }
            };
            if is_group {
                out[at].groups += n;
            } else {
                out[at].people += n;
            }
        }
    }
    out.sort_by(|a, b| {
        (a.village_code.as_str(), a.own_language.as_deref())
            .cmp(&(b.village_code.as_str(), b.own_language.as_deref()))
    });
    Ok(out)
}
