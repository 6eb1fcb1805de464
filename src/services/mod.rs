//! Services: the rules and the rights, below the dialogue engine.
//!
//! Every action takes the acting person ([`access::Actor`], loaded once per update) and checks
//! their right itself, so the chat, the command line, Zalo and a web page get the same checks.
//! A button or a URL carries a request, never a proof: ids in it are looked up and re-checked
//! here. Services say what happened with typed results and Fluent message ids; they never
//! render for a chat themselves, and they import nothing of the engine.

pub mod access;
pub mod broadcasts;
pub mod deadlines;
pub mod drafts;
pub mod emergency;
pub mod groups;
pub mod helpers;
pub mod hotspots;
pub mod invites;
pub mod language_gaps;
pub mod lessons;
pub mod linking;
pub mod notify;
pub mod open311;
pub mod petitions;
pub mod privacy;
pub mod relay;
pub mod reports;
pub mod sharing;
pub mod voice;
pub mod web;

use crate::i18n::Localizer;
use crate::store::Conn;
use crate::store::directory::Directory;

pub use access::Actor;
pub use notify::Outgoing;

/// What every service call works in: the open transaction, who is acting, the time, and the
/// notices to queue with the rest of the work.
pub struct Ctx<'a> {
    pub conn: &'a mut Conn,
    pub i18n: &'a Localizer,
    pub actor: &'a Actor,
    pub now: i64,
    pub out: &'a mut Outgoing,
    /// Areas, units, categories and routing rules, as committed when the work began.
    pub dir: &'a Directory,
}
