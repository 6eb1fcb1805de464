//! Who may do what: the acting person and their roles, and the rules that every service asks.

use rand::Rng;

/// How long an officer invite stays valid.
pub const INVITE_DAYS: i64 = 7;

/// An invite code: `MOI-` and eight digits, easy to read out and type.
pub fn new_invite_code() -> String {
    let n: u32 = rand::rng().random_range(10_000_000..100_000_000);
    format!("MOI-{n}")
}
