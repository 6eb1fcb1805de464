//! Who may do what: the acting person and their roles, and the rules every service asks.
//!
//! An [`Actor`] is loaded once per update (or made for the command line), so a role removed a
//! moment ago stops working on the very next update, drafts included. The rules:
//! - an admin acts only inside their area subtree (or everywhere, when scoped so);
//! - an officer acts on their own unit's petitions only;
//! - a digital helper helps in the village they were given;
//! - a person who may not see a petition learns nothing about it, not even that it exists, and
//!   nothing is written into its trail.

use rand::Rng;

use crate::domain::Role;
use crate::store::people::{self, RoleGrant};
use crate::store::{Conn, StoreResult, areas};

/// How long an officer invite stays valid.
pub const INVITE_DAYS: i64 = 7;

/// The person acting, with the roles they hold right now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// `None` for whoever has the shell (`loathon …` on the server).
    pub person_id: Option<i64>,
    grants: Vec<RoleGrant>,
    shell: bool,
}

impl Actor {
    /// A person, with their roles read now.
    pub async fn load(conn: &mut Conn, person_id: i64) -> StoreResult<Actor> {
        Ok(Actor {
            person_id: Some(person_id),
            grants: people::roles_of(conn, person_id).await?,
            shell: false,
        })
    }

    /// A person, with the roles just read with them.
    pub fn with_grants(person_id: i64, grants: Vec<RoleGrant>) -> Actor {
        Actor {
            person_id: Some(person_id),
            grants,
            shell: false,
        }
    }

    /// Whoever runs the command line on the server: an admin everywhere, but nobody's author
    /// and no unit's officer.
    pub fn shell() -> Actor {
        Actor {
            person_id: None,
            grants: Vec::new(),
            shell: true,
        }
    }

    /// Whether this actor is the person `id`.
    pub fn is(&self, id: i64) -> bool {
        self.person_id == Some(id)
    }

    /// Whether this is whoever runs the command line on the server.
    pub fn is_shell(&self) -> bool {
        self.shell
    }

    pub fn grants(&self) -> &[RoleGrant] {
        &self.grants
    }

    /// The units this person is an officer of.
    pub fn officer_units(&self) -> Vec<i64> {
        self.grants
            .iter()
            .filter(|g| g.role == Role::Officer)
            .filter_map(|g| g.unit_id)
            .collect()
    }

    pub fn is_officer(&self) -> bool {
        !self.officer_units().is_empty()
    }

    pub fn is_officer_of(&self, unit_id: i64) -> bool {
        self.officer_units().contains(&unit_id)
    }

    /// The areas this person administers; `None` in the list means everywhere.
    pub fn admin_scopes(&self) -> Vec<Option<i64>> {
        if self.shell {
            return vec![None];
        }
        self.grants
            .iter()
            .filter(|g| g.role == Role::Admin)
            .map(|g| g.area_id)
            .collect()
    }

    pub fn is_admin(&self) -> bool {
        !self.admin_scopes().is_empty()
    }

    /// The widest area this admin has: `Some(None)` for everywhere.
    pub fn widest_scope(&self) -> Option<Option<i64>> {
        let scopes = self.admin_scopes();
        if scopes.contains(&None) {
            return Some(None);
        }
        scopes.first().copied()
    }

    /// Whether this person is an admin of `area_id`: scoped to it, to an area above it, or
    /// everywhere.
    pub async fn admin_over(&self, conn: &mut Conn, area_id: i64) -> StoreResult<bool> {
        let scopes = self.admin_scopes();
        if scopes.is_empty() {
            return Ok(false);
        }
        if scopes.contains(&None) {
            return Ok(true);
        }
        let chain = areas::ancestors(conn, area_id).await?;
        Ok(chain.iter().any(|a| scopes.contains(&Some(a.id))))
    }

    /// Whether this person is an admin over every one of `area_ids` (and there is at least
    /// one).
    pub async fn admin_over_all(&self, conn: &mut Conn, area_ids: &[i64]) -> StoreResult<bool> {
        if area_ids.is_empty() {
            return Ok(false);
        }
        for id in area_ids {
            if !self.admin_over(conn, *id).await? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether this person relays announcements into the village's own group.
    pub fn is_relayer_of(&self, village_id: i64) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::Relayer && g.area_id == Some(village_id))
    }

    /// Whether this person is a digital helper of the village.
    pub fn is_helper_of(&self, village_id: i64) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::DigitalHelper && g.area_id == Some(village_id))
    }
}

/// Characters of an invite code after `MOI-`: about 50 bits, so that no one guesses a live
/// invite (it makes an officer, who reads petitions) in the week it lasts, however many
/// accounts they try from.
pub const INVITE_CODE_LEN: usize = 10;

/// An invite code: `MOI-` and ten letters and digits that cannot be misread for one another
/// (no 0/O, 1/I/L), easy to read out and type.
pub fn new_invite_code() -> String {
    let alphabet = super::linking::ALPHABET;
    let mut rng = rand::rng();
    let tail: String = (0..INVITE_CODE_LEN)
        .map(|_| alphabet[rng.random_range(0..alphabet.len())] as char)
        .collect();
    format!("MOI-{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invite_code_is_moi_and_ten_unmistakable_characters() {
        let codes: std::collections::HashSet<String> =
            (0..200).map(|_| new_invite_code()).collect();
        assert_eq!(codes.len(), 200, "no repeats");
        for code in &codes {
            let tail = code.strip_prefix("MOI-").unwrap();
            assert_eq!(tail.len(), INVITE_CODE_LEN, "{code}");
            assert!(
                tail.bytes()
                    .all(|b| super::super::linking::ALPHABET.contains(&b)),
                "{code}"
            );
        }
    }

    fn actor(grants: Vec<(Role, Option<i64>, Option<i64>)>) -> Actor {
        Actor {
            person_id: Some(1),
            grants: grants
                .into_iter()
                .map(|(role, area_id, unit_id)| RoleGrant {
                    person_id: 1,
                    role,
                    area_id,
                    unit_id,
                })
                .collect(),
            shell: false,
        }
    }

    #[test]
    fn a_citizen_holds_no_role() {
        let a = actor(vec![]);
        assert!(!a.is_admin() && !a.is_officer());
        assert_eq!(a.widest_scope(), None);
    }

    #[test]
    fn everywhere_beats_any_one_area() {
        let a = actor(vec![
            (Role::Admin, Some(5), None),
            (Role::Admin, None, None),
        ]);
        assert_eq!(a.widest_scope(), Some(None));
    }

    #[test]
    fn officers_act_for_their_own_units_only() {
        let a = actor(vec![(Role::Officer, Some(2), Some(7))]);
        assert!(a.is_officer_of(7));
        assert!(!a.is_officer_of(8));
        assert!(!a.is_admin());
    }

    #[test]
    fn the_shell_is_an_admin_everywhere_and_nobody_in_particular() {
        let s = Actor::shell();
        assert_eq!(s.widest_scope(), Some(None));
        assert!(!s.is(1));
        assert!(!s.is_officer());
        assert!(s.is_shell());
        assert!(!actor(vec![(Role::Admin, None, None)]).is_shell());
    }
}
