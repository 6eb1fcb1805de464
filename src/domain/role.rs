//! What a person may do. A person holds any number of roles, each with a scope.

use std::fmt;
use std::str::FromStr;

/// A role a person holds. Officers belong to a unit; admins, digital helpers and relayers have
/// an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// Quản trị: broadcasts, invites, links groups, reads reports — within an area subtree.
    Admin,
    /// Cán bộ of a unit: sees and answers that unit's petitions.
    Officer,
    /// "Người bản số": helps neighbours of a village through the lessons.
    DigitalHelper,
    /// Người chuyển tin (village head, digital helper): gets each announcement to a village
    /// privately and forwards it into the village's own group the bot cannot post into.
    Relayer,
}

impl Role {
    /// Every role, for whatever must cover them all (their names, the role matrix).
    pub const ALL: [Role; 4] = [
        Role::Admin,
        Role::Officer,
        Role::DigitalHelper,
        Role::Relayer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Officer => "officer",
            Role::DigitalHelper => "helper",
            Role::Relayer => "relay",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error)]
#[error("unknown role {0:?}")]
pub struct UnknownRole(String);

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(Role::Admin),
            "officer" => Ok(Role::Officer),
            "helper" => Ok(Role::DigitalHelper),
            "relay" => Ok(Role::Relayer),
            other => Err(UnknownRole(other.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_reads_back_from_its_name() {
        for role in [
            Role::Admin,
            Role::Officer,
            Role::DigitalHelper,
            Role::Relayer,
        ] {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert_eq!("relay".parse::<Role>().unwrap(), Role::Relayer);
        assert!("relayer".parse::<Role>().is_err());
    }
}
