//! Officers of units: an admin makes a single-use, expiring invite code for a unit in their
//! area, the person who opens it becomes an officer of that unit, and an admin over the unit
//! can take the role back. All audited.

use super::Ctx;
use super::access::new_invite_code;
use crate::domain::Role;
use crate::domain::audit::AuditAction;
use crate::store::areas::Unit;
use crate::store::people::{self, Person, RoleGrant};
use crate::store::{StoreError, units};

const DAY_MS: i64 = 86_400_000;

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error("not an admin")]
    NotAdmin,
    #[error("unit outside the admin's area")]
    OutOfScope,
    #[error("no such invite")]
    Invalid,
    #[error("invite already used")]
    Used,
    #[error("invite expired")]
    Expired,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl InviteError {
    /// The Fluent message for the person; `None` for a storage failure.
    pub fn message_id(&self) -> Option<&'static str> {
        Some(match self {
            InviteError::NotAdmin => "admin-only",
            InviteError::OutOfScope => "admin-not-your-area",
            InviteError::Invalid => "invite-invalid",
            InviteError::Used => "invite-used",
            InviteError::Expired => "invite-expired",
            InviteError::Store(_) => return None,
        })
    }
}

/// A fresh invite.
#[derive(Clone, Debug)]
pub struct Created {
    pub code: String,
    pub unit: Unit,
    pub expires_at: i64,
}

/// The units the actor may invite officers to: those of the communes in their area.
pub async fn units_offered(cx: &mut Ctx<'_>) -> Result<Vec<Unit>, InviteError> {
    if !cx.actor.is_admin() {
        return Err(InviteError::NotAdmin);
    }
    let mut out = Vec::new();
    let communes =
        crate::store::areas::list(cx.conn, crate::store::areas::AreaKind::Commune, None).await?;
    for commune in communes {
        if cx.actor.admin_over(cx.conn, commune.id).await? {
            out.extend(units::units_in_area(cx.conn, commune.id).await?);
        }
    }
    Ok(out)
}

/// An invite for an officer of `unit`, valid `days` days, by an admin over the unit's commune.
pub async fn create(cx: &mut Ctx<'_>, unit: Unit, days: i64) -> Result<Created, InviteError> {
    if !cx.actor.is_admin() {
        return Err(InviteError::NotAdmin);
    }
    if !cx.actor.admin_over(cx.conn, unit.area_id).await? {
        return Err(InviteError::OutOfScope);
    }
    let code = new_invite_code();
    let expires_at = cx.now + days * DAY_MS;
    units::create_invite(
        cx.conn,
        &code,
        unit.id,
        cx.actor.person_id,
        cx.now,
        expires_at,
    )
    .await?;
    let detail = cx.actor.person_id.is_none().then_some("cli");
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::InviteCreate,
        &unit.code,
        detail,
        cx.now,
    )
    .await?;
    Ok(Created {
        code,
        unit,
        expires_at,
    })
}

/// `person` (the actor) opens an invite and becomes an officer of its unit.
pub async fn accept(cx: &mut Ctx<'_>, person: &Person, code: &str) -> Result<Unit, InviteError> {
    if !cx.actor.is(person.id) {
        return Err(InviteError::Invalid);
    }
    let invite = units::invite(cx.conn, code)
        .await?
        .ok_or(InviteError::Invalid)?;
    if invite.used_by.is_some() {
        return Err(InviteError::Used);
    }
    if invite.expires_at <= cx.now {
        return Err(InviteError::Expired);
    }
    let unit = match invite.unit_id {
        Some(id) => units::unit(cx.conn, id).await?,
        None => None,
    }
    .ok_or(InviteError::Invalid)?;
    if !units::use_invite(cx.conn, invite.id, person.id, cx.now).await? {
        return Err(InviteError::Used);
    }
    people::grant(
        cx.conn,
        &RoleGrant {
            person_id: person.id,
            role: Role::Officer,
            area_id: Some(unit.area_id),
            unit_id: Some(unit.id),
        },
        None,
        cx.now,
    )
    .await?;
    crate::store::audit(
        cx.conn,
        Some(person.id),
        AuditAction::InviteAccept,
        &unit.code,
        Some(&invite.code),
        cx.now,
    )
    .await?;
    Ok(unit)
}

/// The officers of the units in the actor's area, with their unit.
pub async fn officers_offered(cx: &mut Ctx<'_>) -> Result<Vec<(Person, Unit)>, InviteError> {
    let mut out = Vec::new();
    for unit in units_offered(cx).await? {
        for officer in units::officers(cx.conn, unit.id).await? {
            out.push((officer, unit.clone()));
        }
    }
    Ok(out)
}

/// An admin over the unit's commune takes an officer's role in that unit away (audited); the
/// officer is told. It stops working on their next update.
pub async fn revoke_officer(
    cx: &mut Ctx<'_>,
    person_id: i64,
    unit_id: i64,
) -> Result<(Person, Unit), InviteError> {
    if !cx.actor.is_admin() {
        return Err(InviteError::NotAdmin);
    }
    let unit = units::unit(cx.conn, unit_id)
        .await?
        .ok_or(InviteError::Invalid)?;
    if !cx.actor.admin_over(cx.conn, unit.area_id).await? {
        return Err(InviteError::OutOfScope);
    }
    let person = people::get(cx.conn, person_id)
        .await?
        .ok_or(InviteError::Invalid)?;
    if !people::revoke_officer(cx.conn, person.id, unit.id).await? {
        return Err(InviteError::Invalid);
    }
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::RoleRevoke,
        // The person, not their chat address: the log outlives a deletion of their data.
        &format!("person:{}", person.id),
        Some(&format!("officer {}", unit.code)),
        cx.now,
    )
    .await?;
    let notice = crate::message::Reply::new(
        crate::i18n::Msg::new("officer-role-revoked").arg("unit", unit.name.clone()),
    );
    cx.out.person(cx.conn, cx.i18n, &person, notice).await?;
    Ok((person, unit))
}
