//! Group chats: who may link them and set their language. A group is either a village's group
//! (announcements reach the villagers there) or a unit's own group (its officers read new
//! petitions there), never both: a unit's petitions posted into a villagers' group would show
//! every villager what was sent privately.

use crate::domain::audit::AuditAction;
use crate::store::areas::{Area, Unit};
use crate::store::chats::{self, Chat};
use crate::store::{StoreResult, units};

use super::Ctx;

/// Why a link was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkRefused {
    /// Only an admin over the group's current link (and the new one) may link it.
    NotAdmin,
    /// The village or unit is outside the admin's area.
    OutOfScope,
    /// The group is a village's; it cannot also be a unit's.
    IsVillageGroup,
    /// The group is a unit's; it cannot also be a village's.
    IsUnitGroup,
}

impl LinkRefused {
    pub fn message_id(&self) -> &'static str {
        match self {
            LinkRefused::NotAdmin => "group-link-not-admin",
            LinkRefused::OutOfScope => "group-link-out-of-scope",
            LinkRefused::IsVillageGroup => "group-link-is-village",
            LinkRefused::IsUnitGroup => "group-link-is-unit",
        }
    }
}

/// The area the group is linked under: its village, or its unit's commune; `None` when it is
/// not linked yet.
async fn linked_area(cx: &mut Ctx<'_>, chat: &Chat) -> StoreResult<Option<i64>> {
    if let Some(v) = chat.village_id {
        return Ok(Some(v));
    }
    match chat.unit_id {
        Some(u) => Ok(units::unit(cx.conn, u).await?.map(|u| u.area_id)),
        None => Ok(None),
    }
}

/// Whether the actor may manage this group: an admin over what it is linked to, or, for a
/// group not linked yet, an admin of any area.
pub async fn may_manage(cx: &mut Ctx<'_>, chat: &Chat) -> StoreResult<bool> {
    if !cx.actor.is_admin() {
        return Ok(false);
    }
    match linked_area(cx, chat).await? {
        Some(area) => cx.actor.admin_over(cx.conn, area).await,
        None => Ok(true),
    }
}

/// Links the group to a village (audited).
pub async fn link_village(
    cx: &mut Ctx<'_>,
    chat: &Chat,
    village: &Area,
) -> StoreResult<Result<(), LinkRefused>> {
    if !may_manage(cx, chat).await? {
        return Ok(Err(LinkRefused::NotAdmin));
    }
    if chat.unit_id.is_some() {
        return Ok(Err(LinkRefused::IsUnitGroup));
    }
    if !cx.actor.admin_over(cx.conn, village.id).await? {
        return Ok(Err(LinkRefused::OutOfScope));
    }
    chats::set_village(cx.conn, chat.id, village.id, cx.now).await?;
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::GroupLink,
        &format!("{}:{}", chat.channel, chat.external_id),
        Some(&village.code),
        cx.now,
    )
    .await?;
    Ok(Ok(()))
}

/// Makes the group a unit's own (audited): only an admin over the unit's commune, and never
/// a village's group.
pub async fn link_unit(
    cx: &mut Ctx<'_>,
    chat: &Chat,
    unit: &Unit,
) -> StoreResult<Result<(), LinkRefused>> {
    if !may_manage(cx, chat).await? {
        return Ok(Err(LinkRefused::NotAdmin));
    }
    if chat.village_id.is_some() {
        return Ok(Err(LinkRefused::IsVillageGroup));
    }
    if !cx.actor.admin_over(cx.conn, unit.area_id).await? {
        return Ok(Err(LinkRefused::OutOfScope));
    }
    chats::set_unit(cx.conn, chat.id, unit.id, cx.now).await?;
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::GroupLinkUnit,
        &format!("{}:{}", chat.channel, chat.external_id),
        Some(&unit.code),
        cx.now,
    )
    .await?;
    Ok(Ok(()))
}

/// Sets the language a group is spoken to in, for an admin who may manage it; false when
/// refused.
pub async fn set_language(
    cx: &mut Ctx<'_>,
    chat: &Chat,
    tag: &crate::domain::LocaleTag,
) -> StoreResult<bool> {
    if !may_manage(cx, chat).await? {
        return Ok(false);
    }
    chats::set_language(cx.conn, chat.id, tag, cx.now).await?;
    Ok(true)
}
