//! What withdrawing consent and deleting a person's data do to each table. The rules (who may,
//! what is told, what is audited) are in `services::privacy`; here is only the SQL, so that one
//! file shows everything a deletion touches.

use sqlx::Row;

use super::outbox::empty_payload;
use super::people::{self, Person};
use super::{Conn, StoreResult};

/// Consent withdrawn: `consent_at` cleared and the person's subscriptions removed. Returns how
/// many subscriptions went.
pub async fn withdraw_consent(conn: &mut Conn, person_id: i64, now_ms: i64) -> StoreResult<u64> {
    people::set_consent(conn, person_id, None, now_ms).await?;
    let done = sqlx::query("DELETE FROM subscriptions WHERE person_id = $1")
        .bind(person_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// What a deletion removed or changed, for the audit log and the command line.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forgotten {
    /// Their petitions, kept and now anonymous.
    pub petitions: u64,
    pub roles: u64,
    pub subscriptions: u64,
    /// Lesson steps and quiz answers removed.
    pub lesson_rows: u64,
    pub help_requests: u64,
    /// Messages to their private chat that were still waiting, now skipped.
    pub outbox_skipped: u64,
    /// Messages to their private chat whose text was emptied.
    pub outbox_emptied: u64,
    /// Their private chat, forgotten once the confirmation of the deletion has gone.
    pub chat_id: Option<i64>,
}

/// Removes a person's personal data, keeping the row (petitions, events and invites point to
/// it) as a tombstone: `deleted:<id>`, no name, language, village or consent. Their petitions
/// stay, marked anonymous, with their texts (the commune's record); roles, subscriptions,
/// conversations, kept drafts, follows by share link, lesson progress, quiz answers and help
/// requests go. Their private chat's waiting messages are skipped and every message's text
/// emptied; the chat itself keeps its address until the next message to it (the confirmation)
/// has gone, then [`forget_chat`] gives it the tombstone.
pub async fn forget_person(
    conn: &mut Conn,
    person: &Person,
    now_ms: i64,
) -> StoreResult<Forgotten> {
    let id = person.id;
    let mut f = Forgotten::default();
    let count = |r: sqlx::any::AnyQueryResult| r.rows_affected();

    f.petitions = count(
        sqlx::query("UPDATE petitions SET anonymous = 1 WHERE author_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?,
    );
    f.roles = people::revoke(conn, id, None).await?;
    f.subscriptions = count(
        sqlx::query("DELETE FROM subscriptions WHERE person_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?,
    );
    sqlx::query("DELETE FROM conversations WHERE person_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    // What they wrote before registering, and the petitions of others they followed by a link.
    sqlx::query("DELETE FROM petition_drafts WHERE person_id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM petition_followers WHERE person_id = $1 AND via_share = 1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for table in ["lesson_progress", "quiz_answers"] {
        // The table name comes from this list, never from input.
        f.lesson_rows += count(
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "DELETE FROM {table} WHERE person_id = $1"
            )))
            .bind(id)
            .execute(&mut *conn)
            .await?,
        );
    }
    f.help_requests = count(
        sqlx::query("DELETE FROM help_requests WHERE learner_id = $1 OR helper_id = $1")
            .bind(id)
            .execute(&mut *conn)
            .await?,
    );
    // Listening by voice, a declined notice, the right to record (migration 0021).
    for table in ["voice_listeners", "consent_declines", "voice_recorders"] {
        // The table name comes from this list, never from input.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE person_id = $1"
        )))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }

    let tombstone = people::tombstone(id);
    let chat = sqlx::query(
        "SELECT id FROM chats WHERE channel = $1 AND external_id = $2 AND kind = 'private'",
    )
    .bind(&person.channel)
    .bind(&person.external_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some(row) = chat {
        let chat_id: i64 = row.try_get("id")?;
        f.outbox_skipped = count(
            sqlx::query(
                "UPDATE outbox SET status = 'skipped', error = 'person deleted', lease_owner = NULL, \
                 lease_until = NULL WHERE chat_id = $1 AND status IN ('pending', 'sending')",
            )
            .bind(chat_id)
            .execute(&mut *conn)
            .await?,
        );
        f.outbox_emptied = empty_chat_payloads(conn, chat_id).await?;
        sqlx::query(
            "UPDATE chats SET forget_as = $1, title = NULL, language = NULL, updated_at = $2 WHERE id = $3",
        )
        .bind(&tombstone)
        .bind(now_ms)
        .bind(chat_id)
        .execute(&mut *conn)
        .await?;
        f.chat_id = Some(chat_id);
    }

    sqlx::query(
        "UPDATE people SET external_id = $1, display_name = NULL, language = NULL, village_id = NULL, \
         consent_at = NULL, came_from = NULL, updated_at = $2 WHERE id = $3",
    )
    .bind(&tombstone)
    .bind(now_ms)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(f)
}

async fn empty_chat_payloads(conn: &mut Conn, chat_id: i64) -> StoreResult<u64> {
    let done = sqlx::query(concat!(
        "UPDATE outbox SET payload = '",
        empty_payload!(),
        "' WHERE chat_id = $1 AND status IN ('sent', 'failed', 'skipped') AND payload <> '",
        empty_payload!(),
        "'"
    ))
    .bind(chat_id)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}

/// Deleted people's chats ready to be forgotten: nothing left to send there, or still
/// something after `give_up_before_ms` (the platform never took the last message).
pub async fn chats_to_forget(conn: &mut Conn, give_up_before_ms: i64) -> StoreResult<Vec<i64>> {
    let rows = sqlx::query(
        "SELECT c.id FROM chats c WHERE c.forget_as IS NOT NULL AND (c.updated_at < $1 OR NOT EXISTS \
         (SELECT 1 FROM outbox o WHERE o.chat_id = c.id AND o.status IN ('pending', 'sending'))) \
         ORDER BY c.id",
    )
    .bind(give_up_before_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter().map(|r| Ok(r.try_get("id")?)).collect()
}

/// Gives a deleted person's chat its tombstone: its address becomes `deleted:<person id>`, it
/// is inactive, anything still waiting is skipped and every message's text emptied. Returns
/// how many messages were emptied, or `None` when the chat was not waiting to be forgotten
/// (the person wrote again meanwhile).
pub async fn forget_chat(conn: &mut Conn, chat_id: i64, now_ms: i64) -> StoreResult<Option<u64>> {
    let done = sqlx::query(
        "UPDATE chats SET external_id = forget_as, forget_as = NULL, title = NULL, language = NULL, \
         active = 0, inactive_reason = 'deleted', updated_at = $1 WHERE id = $2 AND forget_as IS NOT NULL",
    )
    .bind(now_ms)
    .bind(chat_id)
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Ok(None);
    }
    sqlx::query(
        "UPDATE outbox SET status = 'skipped', error = 'person deleted', lease_owner = NULL, \
         lease_until = NULL WHERE chat_id = $1 AND status IN ('pending', 'sending')",
    )
    .bind(chat_id)
    .execute(&mut *conn)
    .await?;
    Ok(Some(empty_chat_payloads(conn, chat_id).await?))
}
