//! What the audit log records outside petitions' own trails: roles, invites, links, routing,
//! announcements.

/// An audited action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditAction {
    RoleGrant,
    RoleRevoke,
    InviteCreate,
    InviteAccept,
    GroupLink,
    GroupLinkUnit,
    RoutingSet,
    BroadcastCreate,
    BroadcastCancel,
}

impl AuditAction {
    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::RoleGrant => "role.grant",
            AuditAction::RoleRevoke => "role.revoke",
            AuditAction::InviteCreate => "invite.create",
            AuditAction::InviteAccept => "invite.accept",
            AuditAction::GroupLink => "group.link",
            AuditAction::GroupLinkUnit => "group.link_unit",
            AuditAction::RoutingSet => "routing.set",
            AuditAction::BroadcastCreate => "broadcast.create",
            AuditAction::BroadcastCancel => "broadcast.cancel",
        }
    }
}
