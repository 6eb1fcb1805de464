//! Deadlines: a reminder to the unit, saying when the answer is due, when 75% of the time is
//! used; when overdue, the petition is flagged (and stays flagged in reports) and the
//! supervising unit and the commune's admins are told. Runs from the serve loop every minute
//! and from the console after each line; time comes from the injected clock.
//!
//! The due instant itself was set at submission on the calendar of working days
//! ([`crate::domain::calendar`]), so the 75% mark and "overdue" need no calendar here; the
//! report's on-time rate (`answered_at <= due_at`) uses the same instant.

use super::notify::Outgoing;
use super::petitions::{category_msg, open_reply};
use crate::clock::Clock;
use crate::domain::calendar::due_label;
use crate::domain::petition::EventKind;
use crate::i18n::{Localizer, Msg};
use crate::message::Reply;
use crate::store::outbox::Priority;
use crate::store::petitions::{self, Petition};
use crate::store::{Conn, Db, StoreResult, areas, units};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sweep {
    pub reminded: usize,
    pub overdue: usize,
    /// Supplements that went quiet and were passed to their units.
    pub supplements: usize,
}

/// One pass over pending petitions, in one transaction.
pub async fn sweep(db: &Db, i18n: &Localizer, clock: &dyn Clock) -> StoreResult<Sweep> {
    let now = clock.now_ms();
    let mut tx = db.begin().await?;
    let mut done = Sweep::default();
    let mut out = Outgoing::default();
    for p in petitions::due_for_reminder(&mut tx, now).await? {
        // Guarded: a sweep elsewhere that got there first has told the unit already.
        if !petitions::mark_reminded(&mut tx, p.id, now).await? {
            continue;
        }
        petitions::event(&mut tx, p.id, None, EventKind::Reminded, None, now).await?;
        let msg = Msg::new("officer-reminder")
            .arg("code", p.code.to_string())
            .arg("due", due_label(p.due_at));
        out.unit_only(&mut tx, i18n, p.unit_id, &open_reply(msg, p.id))
            .await?;
        done.reminded += 1;
    }
    for p in petitions::newly_overdue(&mut tx, now).await? {
        if !petitions::mark_overdue(&mut tx, p.id, now).await? {
            continue;
        }
        petitions::event(&mut tx, p.id, None, EventKind::Overdue, None, now).await?;
        escalate(&mut tx, i18n, &mut out, &p).await?;
        done.overdue += 1;
    }
    done.supplements = super::petitions::quiet_supplements(&mut tx, i18n, &mut out, now)
        .await
        .map_err(|e| match e {
            super::petitions::PetitionError::Store(e) => e,
            other => crate::store::StoreError::Corrupt(other.to_string()),
        })?;
    out.enqueue(&mut tx, i18n, Priority::Notification, now)
        .await?;
    tx.commit().await?;
    if done != Sweep::default() {
        tracing::info!(
            reminded = done.reminded,
            overdue = done.overdue,
            supplements = done.supplements,
            "deadline sweep"
        );
    }
    Ok(done)
}

/// The unit itself, its supervising unit, and the admins over the petition's village, each
/// told once.
async fn escalate(
    conn: &mut Conn,
    i18n: &Localizer,
    out: &mut Outgoing,
    p: &Petition,
) -> StoreResult<()> {
    let unit = units::unit(conn, p.unit_id).await?;
    let village = match p.village_id {
        Some(id) => areas::get(conn, id).await?.map(|a| a.name),
        None => None,
    };
    let due = due_label(p.due_at);
    let msg = Msg::new("officer-overdue")
        .arg("code", p.code.to_string())
        .arg(
            "unit",
            unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
        )
        .arg("due", due)
        .arg("category", category_msg(&p.category_code))
        .arg("village", village.unwrap_or_default());
    let (mut told, _) = out
        .unit_only(conn, i18n, p.unit_id, &open_reply(msg.clone(), p.id))
        .await?;
    if let Some(sup) = unit.and_then(|u| u.supervisor_id) {
        // Supervisors read without the open button: the petition is not in their queue.
        let (more, _) = out
            .unit_only(conn, i18n, sup, &Reply::new(msg.clone()))
            .await?;
        told.extend(more);
    }
    if let Some(village) = p.village_id {
        for admin in units::admins_over(conn, village).await? {
            if !told.contains(&admin.id) {
                out.person(conn, i18n, &admin, Reply::new(msg.clone()))
                    .await?;
                told.push(admin.id);
            }
        }
    }
    Ok(())
}
