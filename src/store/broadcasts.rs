//! Announcements (thông báo), their language variants, recipients and delivery figures.

use serde::{Deserialize, Serialize};
use sqlx::Row;
use sqlx::any::AnyRow;

use super::areas;
use super::{Conn, StoreError, StoreResult};
use crate::domain::LocaleTag;

/// Who receives an announcement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Village groups linked to the target areas.
    Groups,
    /// People who subscribed (/dangky) to a village in the target areas.
    Subscribers,
    Both,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Groups => "groups",
            Audience::Subscribers => "subscribers",
            Audience::Both => "both",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "groups" => Some(Audience::Groups),
            "subscribers" => Some(Audience::Subscribers),
            "both" => Some(Audience::Both),
            _ => None,
        }
    }
}

/// Where: area subtrees, and optionally only recipients of some languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub areas: Vec<i64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variant {
    pub language: String,
    pub text: Option<String>,
    pub voice_ref: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Announcement {
    pub id: i64,
    pub created_by: Option<i64>,
    pub status: String,
    pub target: Target,
    pub audience: Audience,
    pub scheduled_at: Option<i64>,
    pub started_at: Option<i64>,
    pub finished_at: Option<i64>,
    pub created_at: i64,
    /// Goes before every other bulk message, village groups first.
    pub urgent: bool,
}

fn announcement_from_row(r: &AnyRow) -> StoreResult<Announcement> {
    let target: String = r.try_get("target")?;
    let audience: String = r.try_get("audience")?;
    Ok(Announcement {
        id: r.try_get("id")?,
        created_by: r.try_get("created_by")?,
        status: r.try_get("status")?,
        target: serde_json::from_str(&target).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        audience: Audience::parse(&audience)
            .ok_or_else(|| StoreError::Corrupt(format!("audience {audience}")))?,
        scheduled_at: r.try_get("scheduled_at")?,
        started_at: r.try_get("started_at")?,
        finished_at: r.try_get("finished_at")?,
        created_at: r.try_get("created_at")?,
        urgent: super::flag(r.try_get("urgent")?),
    })
}

macro_rules! select_announcements {
    ($tail:literal) => {
        concat!(
            "SELECT id, created_by, status, target, audience, scheduled_at, started_at, finished_at, created_at, urgent \
             FROM announcements ",
            $tail
        )
    };
}

pub async fn create(
    conn: &mut Conn,
    created_by: Option<i64>,
    target: &Target,
    audience: Audience,
    variants: &[Variant],
    scheduled_at: Option<i64>,
    now_ms: i64,
) -> StoreResult<i64> {
    let status = if scheduled_at.is_some() {
        "scheduled"
    } else {
        "draft"
    };
    let row = sqlx::query(
        "INSERT INTO announcements (created_by, status, target, audience, scheduled_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(created_by)
    .bind(status)
    .bind(serde_json::to_string(target).map_err(|e| StoreError::Corrupt(e.to_string()))?)
    .bind(audience.as_str())
    .bind(scheduled_at)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = row.try_get("id")?;
    for v in variants {
        sqlx::query("INSERT INTO announcement_variants (announcement_id, language, text, voice_ref) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(&v.language)
            .bind(&v.text)
            .bind(&v.voice_ref)
            .execute(&mut *conn)
            .await?;
    }
    Ok(id)
}

/// Marks an announcement urgent (before it starts).
pub async fn mark_urgent(conn: &mut Conn, id: i64) -> StoreResult<()> {
    sqlx::query("UPDATE announcements SET urgent = 1 WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn get(conn: &mut Conn, id: i64) -> StoreResult<Option<Announcement>> {
    let row = sqlx::query(select_announcements!("WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(announcement_from_row).transpose()
}

pub async fn recent(conn: &mut Conn, limit: i64) -> StoreResult<Vec<Announcement>> {
    let rows = sqlx::query(select_announcements!("ORDER BY id DESC LIMIT $1"))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(announcement_from_row).collect()
}

/// Scheduled announcements whose time has come.
pub async fn due(conn: &mut Conn, now_ms: i64) -> StoreResult<Vec<Announcement>> {
    let rows = sqlx::query(select_announcements!(
        "WHERE status = 'scheduled' AND scheduled_at <= $1 ORDER BY scheduled_at"
    ))
    .bind(now_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(announcement_from_row).collect()
}

/// Announcements being sent (to check whether they have finished).
pub async fn sending(conn: &mut Conn) -> StoreResult<Vec<Announcement>> {
    let rows = sqlx::query(select_announcements!(
        "WHERE status = 'sending' ORDER BY id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(announcement_from_row).collect()
}

pub async fn variants(conn: &mut Conn, id: i64) -> StoreResult<Vec<Variant>> {
    let rows = sqlx::query("SELECT language, text, voice_ref FROM announcement_variants WHERE announcement_id = $1 ORDER BY language")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Variant {
                language: r.try_get("language")?,
                text: r.try_get("text")?,
                voice_ref: r.try_get("voice_ref")?,
            })
        })
        .collect()
}

pub async fn set_status(conn: &mut Conn, id: i64, status: &str, now_ms: i64) -> StoreResult<()> {
    let sql = match status {
        "sending" => "UPDATE announcements SET status = $1, started_at = $2 WHERE id = $3",
        "done" => "UPDATE announcements SET status = $1, finished_at = $2 WHERE id = $3",
        "cancelled" => "UPDATE announcements SET status = $1, cancelled_at = $2 WHERE id = $3",
        _ => "UPDATE announcements SET status = $1 WHERE id = $3 AND $2 = $2",
    };
    sqlx::query(sql)
        .bind(status)
        .bind(now_ms)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// One chat that receives an announcement, in the language it will read it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    pub chat_id: i64,
    pub language: LocaleTag,
    /// A village group (rather than a subscriber's private chat).
    pub group: bool,
}

/// Every active chat the target reaches: village groups linked to a village in the target
/// areas (in the group's language, else the village's), and subscribers' private chats (in
/// their language). A chat reached twice is counted once.
pub async fn recipients(
    conn: &mut Conn,
    target: &Target,
    audience: Audience,
) -> StoreResult<Vec<Recipient>> {
    let villages = target_villages(conn, target).await?;
    let mut out: Vec<Recipient> = Vec::new();
    let lang = |raw: Option<String>| {
        raw.and_then(|l| LocaleTag::parse(&l).ok())
            .unwrap_or_else(LocaleTag::vi)
    };
    for village in villages {
        if matches!(audience, Audience::Groups | Audience::Both) {
            let rows = sqlx::query(
                "SELECT c.id, COALESCE(c.language, a.language) AS language FROM chats c JOIN areas a ON a.id = c.village_id \
                 WHERE c.village_id = $1 AND c.kind = 'group' AND c.active = 1 ORDER BY c.id",
            )
            .bind(village)
            .fetch_all(&mut *conn)
            .await?;
            for r in rows {
                out.push(Recipient {
                    chat_id: r.try_get("id")?,
                    language: lang(r.try_get("language")?),
                    group: true,
                });
            }
        }
        if matches!(audience, Audience::Subscribers | Audience::Both) {
            let rows = sqlx::query(
                "SELECT c.id, p.language FROM subscriptions s JOIN people p ON p.id = s.person_id \
                 JOIN chats c ON c.channel = p.channel AND c.external_id = p.external_id AND c.kind = 'private' \
                 WHERE s.village_id = $1 AND c.active = 1 ORDER BY c.id",
            )
            .bind(village)
            .fetch_all(&mut *conn)
            .await?;
            for r in rows {
                out.push(Recipient {
                    chat_id: r.try_get("id")?,
                    language: lang(r.try_get("language")?),
                    group: false,
                });
            }
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|r| seen.insert(r.chat_id));
    if !target.languages.is_empty() {
        out.retain(|r| target.languages.iter().any(|l| l == r.language.as_str()));
    }
    Ok(out)
}

/// The villages of the target's areas, each once.
pub async fn target_villages(conn: &mut Conn, target: &Target) -> StoreResult<Vec<i64>> {
    let mut villages: Vec<i64> = Vec::new();
    for area in &target.areas {
        collect_villages(conn, *area, &mut villages).await?;
    }
    villages.sort_unstable();
    villages.dedup();
    Ok(villages)
}

async fn collect_villages(conn: &mut Conn, area_id: i64, out: &mut Vec<i64>) -> StoreResult<()> {
    let Some(area) = areas::get(conn, area_id).await? else {
        return Ok(());
    };
    if area.kind == areas::AreaKind::Village {
        out.push(area.id);
        return Ok(());
    }
    let mut frontier = vec![area.id];
    while let Some(parent) = frontier.pop() {
        let rows = sqlx::query("SELECT id, kind FROM areas WHERE parent_id = $1")
            .bind(parent)
            .fetch_all(&mut *conn)
            .await?;
        for r in rows {
            let id: i64 = r.try_get("id")?;
            if r.try_get::<String, _>("kind")? == "village" {
                out.push(id);
            } else {
                frontier.push(id);
            }
        }
    }
    Ok(())
}

/// Delivery figures of one announcement: (language, commune, state, count), where state is
/// delivered, failed, blocked (the chat blocked or removed the bot), outside_window (Zalo
/// refused it: the person last wrote more than 7 days ago), skipped or pending.
pub async fn figures(conn: &mut Conn, id: i64) -> StoreResult<Vec<(String, String, String, i64)>> {
    let rows = sqlx::query(
        "SELECT COALESCE(o.language, 'vi') AS language, COALESCE(cm.name, '') AS commune, \
         CASE WHEN o.status = 'sent' THEN 'delivered' \
              WHEN o.status = 'failed' AND c.active = 0 THEN 'blocked' \
              WHEN o.status = 'failed' THEN 'failed' \
              WHEN o.status = 'skipped' AND o.reason = 'outside_window' THEN 'outside_window' \
              WHEN o.status = 'skipped' THEN 'skipped' ELSE 'pending' END AS state, COUNT(*) AS n \
         FROM outbox o JOIN chats c ON c.id = o.chat_id \
         LEFT JOIN areas v ON v.id = COALESCE(c.village_id, (SELECT p.village_id FROM people p \
              WHERE p.channel = c.channel AND p.external_id = c.external_id)) \
         LEFT JOIN areas cm ON cm.id = v.parent_id \
         WHERE o.announcement_id = $1 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("language")?,
                r.try_get("commune")?,
                r.try_get("state")?,
                r.try_get("n")?,
            ))
        })
        .collect()
}

/// Stops what has not been sent yet.
pub async fn skip_pending(conn: &mut Conn, id: i64, reason: &str) -> StoreResult<u64> {
    Ok(sqlx::query(
        "UPDATE outbox SET status = 'skipped', error = $1, lease_owner = NULL, lease_until = NULL \
         WHERE announcement_id = $2 AND status = 'pending'",
    )
    .bind(reason)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// Rows of the announcement not yet settled (pending or in flight).
pub async fn unsettled(conn: &mut Conn, id: i64) -> StoreResult<i64> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM outbox WHERE announcement_id = $1 AND status IN ('pending', 'sending')")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get("n")?)
}

pub async fn subscribe(
    conn: &mut Conn,
    person_id: i64,
    village_id: i64,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "INSERT INTO subscriptions (person_id, village_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (person_id, village_id) DO NOTHING",
    )
    .bind(person_id)
    .bind(village_id)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Whether the person receives announcements in their private chat.
pub async fn is_subscribed(conn: &mut Conn, person_id: i64) -> StoreResult<bool> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM subscriptions WHERE person_id = $1")
        .bind(person_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

pub async fn unsubscribe(conn: &mut Conn, person_id: i64) -> StoreResult<bool> {
    let done = sqlx::query("DELETE FROM subscriptions WHERE person_id = $1")
        .bind(person_id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(done > 0)
}

/// The admin's progress message: its outbox row and the text it last showed.
pub async fn progress(
    conn: &mut Conn,
    id: i64,
) -> StoreResult<(Option<i64>, Option<String>, Option<i64>)> {
    let row = sqlx::query(
        "SELECT a.progress_outbox_id, a.progress_text, o.created_at AS progress_at \
         FROM announcements a LEFT JOIN outbox o ON o.id = a.progress_outbox_id WHERE a.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok((
        row.try_get("progress_outbox_id")?,
        row.try_get("progress_text")?,
        row.try_get("progress_at")?,
    ))
}

pub async fn set_progress(conn: &mut Conn, id: i64, outbox_id: i64, text: &str) -> StoreResult<()> {
    sqlx::query(
        "UPDATE announcements SET progress_outbox_id = $1, progress_text = $2 WHERE id = $3",
    )
    .bind(outbox_id)
    .bind(text)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The platform id of a sent outbox row (to edit that message).
pub async fn sent_message_id(conn: &mut Conn, outbox_id: i64) -> StoreResult<Option<String>> {
    let row =
        sqlx::query("SELECT platform_message_id FROM outbox WHERE id = $1 AND status = 'sent'")
            .bind(outbox_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row
        .map(|r| r.try_get("platform_message_id"))
        .transpose()?
        .flatten())
}
