//! Deadlines: a reminder to the unit when 75% of the time is used; when overdue, the petition
//! is flagged (and stays flagged in reports) and the supervising unit and the commune's admins
//! are told. Runs from the serve loop every minute and from the console after each line; time
//! comes from the injected clock.

use crate::clock::{Clock, local_parts};
use crate::domain::LocaleTag;
use crate::domain::petition::EventKind;
use crate::i18n::{Localizer, Msg};
use crate::intent::Intent;
use crate::message::{ButtonSpec, Reply, render};
use crate::store::outbox::{self, Priority};
use crate::store::people::Person;
use crate::store::petitions::{self, Petition};
use crate::store::{Conn, Db, StoreResult, areas, chats, units};

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Sweep {
    pub reminded: usize,
    pub overdue: usize,
}

/// One pass over pending petitions, in one transaction.
pub async fn sweep(db: &Db, i18n: &Localizer, clock: &dyn Clock) -> StoreResult<Sweep> {
    let now = clock.now_ms();
    let mut tx = db.begin().await?;
    let mut done = Sweep::default();
    for p in petitions::due_for_reminder(&mut tx, now).await? {
        petitions::mark_reminded(&mut tx, p.id, now).await?;
        petitions::event(&mut tx, p.id, None, EventKind::Reminded, None, now).await?;
        let (_, due) = local_parts(p.due_at);
        let msg = Msg::new("officer-reminder")
            .arg("code", p.code.to_string())
            .arg("due", due);
        tell_unit(&mut tx, i18n, p.unit_id, &open_reply(msg, p.id), now).await?;
        done.reminded += 1;
    }
    for p in petitions::newly_overdue(&mut tx, now).await? {
        petitions::mark_overdue(&mut tx, p.id, now).await?;
        petitions::event(&mut tx, p.id, None, EventKind::Overdue, None, now).await?;
        escalate(&mut tx, i18n, &p, now).await?;
        done.overdue += 1;
    }
    tx.commit().await?;
    if done != Sweep::default() {
        tracing::info!(
            reminded = done.reminded,
            overdue = done.overdue,
            "deadline sweep"
        );
    }
    Ok(done)
}

fn open_reply(msg: Msg, petition_id: i64) -> Reply {
    Reply::new(msg).row(vec![ButtonSpec::new(
        "button-open",
        Intent::Open(petition_id),
    )])
}

/// The unit itself, its supervising unit, and the admins over the petition's village.
async fn escalate(conn: &mut Conn, i18n: &Localizer, p: &Petition, now: i64) -> StoreResult<()> {
    let unit = units::unit(conn, p.unit_id).await?;
    let village = match p.village_id {
        Some(id) => areas::get(conn, id).await?.map(|a| a.name),
        None => None,
    };
    let (_, due) = local_parts(p.due_at);
    let msg = Msg::new("officer-overdue")
        .arg("code", p.code.to_string())
        .arg(
            "unit",
            unit.as_ref().map(|u| u.name.clone()).unwrap_or_default(),
        )
        .arg("due", due)
        .arg(
            "category",
            Msg::new(format!("category-{}", p.category_code)),
        )
        .arg("village", village.unwrap_or_default());
    tell_unit(conn, i18n, p.unit_id, &open_reply(msg.clone(), p.id), now).await?;
    let mut told: Vec<i64> = units::officers(conn, p.unit_id)
        .await?
        .iter()
        .map(|o| o.id)
        .collect();
    if let Some(sup) = unit.and_then(|u| u.supervisor_id) {
        // Supervisors read without the open button: the petition is not in their queue.
        tell_unit(conn, i18n, sup, &Reply::new(msg.clone()), now).await?;
        told.extend(units::officers(conn, sup).await?.iter().map(|o| o.id));
    }
    if let Some(village) = p.village_id {
        for admin in units::admins_over(conn, village).await? {
            if !told.contains(&admin.id) {
                tell_person(conn, i18n, &admin, &Reply::new(msg.clone()), now).await?;
                told.push(admin.id);
            }
        }
    }
    Ok(())
}

async fn tell_unit(
    conn: &mut Conn,
    i18n: &Localizer,
    unit_id: i64,
    reply: &Reply,
    now: i64,
) -> StoreResult<()> {
    if let Some(chat_id) = units::unit_group_chat(conn, unit_id).await? {
        let locale = chats::get(conn, chat_id)
            .await?
            .and_then(|c| c.language)
            .unwrap_or_else(LocaleTag::vi);
        outbox::enqueue(
            conn,
            chat_id,
            Priority::Notification,
            &render(i18n, &locale, reply),
            now,
        )
        .await?;
        return Ok(());
    }
    for officer in units::officers(conn, unit_id).await? {
        tell_person(conn, i18n, &officer, reply, now).await?;
    }
    Ok(())
}

async fn tell_person(
    conn: &mut Conn,
    i18n: &Localizer,
    person: &Person,
    reply: &Reply,
    now: i64,
) -> StoreResult<()> {
    let Some(chat) = chats::private_of(conn, &person.channel, &person.external_id).await? else {
        return Ok(());
    };
    let locale = person
        .language
        .clone()
        .filter(|t| i18n.supports(t))
        .unwrap_or_else(LocaleTag::vi);
    outbox::enqueue(
        conn,
        chat.id,
        Priority::Notification,
        &render(i18n, &locale, reply),
        now,
    )
    .await?;
    Ok(())
}
