//! Emergencies: danger to people or property now (landslide, flood, fire, violence).
//!
//! A petition cannot stop a landslide: the villager who picks the emergency category is told
//! at once, before writing anything, which numbers to call (the commune's own from the seeds,
//! then 113, 114, 115). What they then send is still taken, as a petition due within hours:
//! its unit and every admin over the village are alerted at once, ahead of every other message
//! in the outbox.

use super::Ctx;
use super::notify::Outgoing;
use super::petitions::{category_msg, open_reply};
use crate::domain::calendar::due_label;
use crate::domain::text::excerpt;
use crate::i18n::Msg;
use crate::message::Reply;
use crate::store::emergency::{self, EmergencyPhone};
use crate::store::outbox::Priority;
use crate::store::petitions::Petition;
use crate::store::{StoreResult, areas, units};

/// The numbers to call from `village_id` (the villager's village): nearest area first, then
/// the national ones.
pub async fn numbers(
    cx: &mut Ctx<'_>,
    village_id: Option<i64>,
) -> StoreResult<Vec<EmergencyPhone>> {
    emergency::phones_for(cx.conn, village_id).await
}

/// Alerts the petition's unit (its group, else its officers, with the button to open it) and
/// the admins over its village (without: they read it, the unit handles it), each once, at
/// [`Priority::Urgent`]. Returns whether anyone was told.
pub async fn alert(cx: &mut Ctx<'_>, p: &Petition) -> StoreResult<bool> {
    let place = areas::village_and_commune(cx.conn, p.village_id).await?;
    let unit = units::unit(cx.conn, p.unit_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default();
    let msg = Msg::new("officer-emergency")
        .arg("code", p.code.to_string())
        .arg("category", category_msg(&p.category_code))
        .arg("village", place)
        .arg("unit", unit)
        .arg("due", due_label(p.due_at))
        .arg("excerpt", excerpt(&p.body, 300));
    let mut alert = Outgoing::default();
    let (mut told, unit_told) = alert
        .unit_only(cx.conn, cx.i18n, p.unit_id, &open_reply(msg.clone(), p.id))
        .await?;
    let mut anyone = unit_told;
    if let Some(village) = p.village_id {
        for admin in units::admins_over(cx.conn, village).await? {
            if !told.contains(&admin.id)
                && alert
                    .person(cx.conn, cx.i18n, &admin, Reply::new(msg.clone()))
                    .await?
            {
                told.push(admin.id);
                anyone = true;
            }
        }
    }
    if !anyone {
        tracing::warn!(petition = p.id, "an emergency alert reached nobody");
    }
    cx.out.append_at(alert, Priority::Urgent);
    Ok(anyone)
}
