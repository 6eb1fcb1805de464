//! What the audit log records outside petitions' own trails: roles, invites, links, routing,
//! announcements, and what was done with people's personal data.

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
    /// A person withdrew their consent to processing (subject `person:<id>`).
    ConsentWithdraw,
    /// A person's personal data was deleted, by themselves or at the commune office.
    DataDelete,
    /// Outbox payloads were emptied: sent messages past the retention time, or the messages of
    /// a deleted person's chat.
    OutboxPurge,
    /// Whoever has the shell was shown the author of an anonymous petition, with a reason.
    AuthorReveal,
    /// Whoever has the shell read a petition's whole trail (`loathon audit CODE`).
    TrailRead,
    /// A relayer confirmed an announcement was forwarded into a village's group.
    RelayConfirm,
    /// Two identities of one person (two apps) became one person (subject `person:<kept>`).
    IdentityLink,
    /// A linked identity became a separate person again.
    IdentityUnlink,
    /// A voice prompt was recorded, or recorded again (subject `voice:<locale>:<message id>`).
    VoiceRecord,
    /// An admin named a person to record one language (subject `person:<id>`).
    VoiceRecorder,
    /// A person asked their village's helpers to read the data notice to them.
    ConsentReaderRequest,
    /// An officer or admin opened a web session with a sign-in link (subject `person:<id>`).
    WebSignIn,
    /// A web session was ended by signing out.
    WebSignOut,
    /// An Open311 API key was issued (subject `open311_key:<id>`, detail the area's code).
    Open311KeyCreate,
    /// An Open311 API key was revoked (subject `open311_key:<id>`).
    Open311KeyRevoke,
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
            AuditAction::ConsentWithdraw => "consent.withdraw",
            AuditAction::DataDelete => "person.delete",
            AuditAction::OutboxPurge => "outbox.purge",
            AuditAction::AuthorReveal => "petition.reveal_author",
            AuditAction::TrailRead => "petition.trail_read",
            AuditAction::RelayConfirm => "relay.confirm",
            AuditAction::IdentityLink => "identity.link",
            AuditAction::IdentityUnlink => "identity.unlink",
            AuditAction::VoiceRecord => "voice.record",
            AuditAction::VoiceRecorder => "voice.recorder",
            AuditAction::ConsentReaderRequest => "consent.reader_request",
            AuditAction::WebSignIn => "web.sign_in",
            AuditAction::WebSignOut => "web.sign_out",
            AuditAction::Open311KeyCreate => "open311.key_create",
            AuditAction::Open311KeyRevoke => "open311.key_revoke",
        }
    }
}
