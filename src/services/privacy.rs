//! Personal data: a person withdraws their consent or has their data deleted; sent messages
//! lose their text after the retention time; the author of an anonymous petition is shown only
//! from the shell, with a reason. Every one of these is written to the audit log, under the
//! subject `person:<id>` (never the person's address, which a deletion removes).
//!
//! What a deletion keeps, and why, is in the README ("Privacy"): the petitions stay, without
//! the author, because they are the commune's record of what it was asked and how it answered.

use chrono::Duration;

use super::{Actor, Ctx};
use crate::clock::local_parts;
use crate::domain::TrackingCode;
use crate::domain::audit::AuditAction;
use crate::message::Reply;
use crate::store::people::{self, Person};
use crate::store::privacy::{self as store, Forgotten};
use crate::store::{self as db, Db, StoreError, StoreResult, outbox, petitions};

/// How long a deleted person's chat may wait for the confirmation to be sent before it is
/// forgotten anyway.
const FORGET_AFTER_MS: i64 = 24 * 3600 * 1000;
/// Rows emptied per transaction, so that a first purge of a large outbox does not hold
/// SQLite's one writer for long.
const PURGE_BATCH: i64 = 2000;

#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    /// Only the person themselves, or whoever has the shell (a request made in person at the
    /// commune office), may do this.
    #[error("only the person themselves, or the commune office from the shell, may do this")]
    NotAllowed,
    #[error("this person's data was already deleted")]
    AlreadyDeleted,
    #[error("a reason is required")]
    NoReason,
    #[error("no petition with this code")]
    NoPetition,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type Result<T> = std::result::Result<T, PrivacyError>;

/// The audit log's subject for a person: their row's id, which outlives their address.
pub fn subject(person: &Person) -> String {
    format!("person:{}", person.id)
}

fn check(actor: &Actor, person: &Person) -> Result<()> {
    if !(actor.is(person.id) || actor.is_shell()) {
        return Err(PrivacyError::NotAllowed);
    }
    if person.is_deleted() {
        return Err(PrivacyError::AlreadyDeleted);
    }
    Ok(())
}

fn by(actor: &Actor) -> &'static str {
    if actor.is_shell() {
        "at the commune office (shell)"
    } else {
        "by the person"
    }
}

/// The person withdraws their consent: from now on nothing new is taken from them (petitions,
/// subscriptions and lessons ask for consent again first) and they are unsubscribed. What is
/// stored stays until they ask for it to be deleted. Returns how many subscriptions went.
pub async fn withdraw_consent(cx: &mut Ctx<'_>, person: &Person) -> Result<u64> {
    check(cx.actor, person)?;
    let subscriptions = store::withdraw_consent(cx.conn, person.id, cx.now).await?;
    db::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::ConsentWithdraw,
        &subject(person),
        Some(&format!(
            "{}; {subscriptions} subscription(s) removed",
            by(cx.actor)
        )),
        cx.now,
    )
    .await?;
    Ok(subscriptions)
}

/// Deletes the person's personal data ([`store::forget_person`]): their row becomes a
/// tombstone, their petitions stay without their name. When the commune office does it, the
/// person is told in their chat (the chat itself is forgotten once that message has gone).
pub async fn delete_data(cx: &mut Ctx<'_>, person: &Person) -> Result<Forgotten> {
    check(cx.actor, person)?;
    if !cx.actor.is(person.id) {
        cx.out
            .person(
                cx.conn,
                cx.i18n,
                person,
                Reply::new("privacy-deleted-at-office"),
            )
            .await?;
    }
    // A person on two apps (services::linking) is deleted on both: the linked identities' rows
    // hold their address and name.
    for identity in crate::store::links::identities_of(cx.conn, person.id).await? {
        store::forget_person(cx.conn, &identity, cx.now).await?;
    }
    let f = store::forget_person(cx.conn, person, cx.now).await?;
    db::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::DataDelete,
        &subject(person),
        Some(&format!(
            "{} ({}); {} petition(s) kept without the author; removed: {} role(s), {} subscription(s), \
             {} lesson record(s), {} help request(s); {} message(s) skipped, {} emptied",
            by(cx.actor),
            person.channel,
            f.petitions,
            f.roles,
            f.subscriptions,
            f.lesson_rows,
            f.help_requests,
            f.outbox_skipped,
            f.outbox_emptied
        )),
        cx.now,
    )
    .await?;
    Ok(f)
}

/// Forgets the chats of deleted people once nothing is left to send them (or a day later at
/// most): their address becomes the tombstone. Returns how many chats were forgotten. Called
/// by the housekeeping loop and after each console line.
pub async fn forget_chats(db: &Db, now: i64) -> StoreResult<usize> {
    let give_up_before = now - FORGET_AFTER_MS;
    {
        // A read first: most of the time there is nothing to do, and no writer turn is taken.
        let mut conn = db.pool.acquire().await?;
        if store::chats_to_forget(&mut conn, give_up_before)
            .await?
            .is_empty()
        {
            return Ok(0);
        }
    }
    let mut tx = db.begin().await?;
    let mut forgotten = 0;
    for chat_id in store::chats_to_forget(&mut tx, give_up_before).await? {
        if let Some(emptied) = store::forget_chat(&mut tx, chat_id, now).await? {
            db::audit(
                &mut tx,
                None,
                AuditAction::OutboxPurge,
                &format!("chat:{chat_id}"),
                Some(&format!(
                    "a deleted person's chat forgotten; {emptied} message(s) emptied"
                )),
                now,
            )
            .await?;
            forgotten += 1;
        }
    }
    tx.commit().await?;
    Ok(forgotten)
}

/// Empties the text and buttons of every settled message queued more than `retention_days`
/// ago (they carry petition texts and names); the rows stay for the figures. Audited when
/// anything was emptied. Returns how many rows were.
pub async fn purge_outbox(db: &Db, now: i64, retention_days: u32) -> StoreResult<u64> {
    let before = now - Duration::days(i64::from(retention_days)).num_milliseconds();
    let mut total = 0;
    loop {
        let mut tx = db.begin().await?;
        let n = outbox::purge_payloads(&mut tx, before, PURGE_BATCH).await?;
        total += n;
        if n < PURGE_BATCH as u64 {
            if total > 0 {
                let (_, date) = local_parts(before);
                db::audit(
                    &mut tx,
                    None,
                    AuditAction::OutboxPurge,
                    "outbox",
                    Some(&format!(
                        "{total} message(s) queued before {date} emptied (retention {retention_days} days)"
                    )),
                    now,
                )
                .await?;
            }
            tx.commit().await?;
            return Ok(total);
        }
        tx.commit().await?;
    }
}

/// The author of a petition, as shown to whoever has the shell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Revealed {
    pub code: TrackingCode,
    pub anonymous: bool,
    /// `channel:id`, or `None` when the author's data was deleted (nothing is left to show).
    pub address: Option<String>,
    pub display_name: Option<String>,
}

/// Shows who wrote a petition: only from the shell, only with a stated reason, and recorded in
/// the audit log (`petition.reveal_author`, subject the tracking code, the reason as detail)
/// before anything is shown.
pub async fn reveal_author(
    cx: &mut Ctx<'_>,
    code: &TrackingCode,
    reason: &str,
) -> Result<Revealed> {
    if !cx.actor.is_shell() {
        return Err(PrivacyError::NotAllowed);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(PrivacyError::NoReason);
    }
    let p = petitions::by_code(cx.conn, code)
        .await?
        .ok_or(PrivacyError::NoPetition)?;
    db::audit(
        cx.conn,
        None,
        AuditAction::AuthorReveal,
        &code.to_string(),
        Some(reason),
        cx.now,
    )
    .await?;
    let author = people::get(cx.conn, p.author_id)
        .await?
        .filter(|a| !a.is_deleted());
    Ok(Revealed {
        code: p.code,
        anonymous: p.anonymous,
        address: author.as_ref().map(Person::address),
        display_name: author.and_then(|a| a.display_name),
    })
}
