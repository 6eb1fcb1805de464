//! Letting a relative or the commune office follow a petition: its author shares a key, and
//! whoever has it (`/theodoi 4827-1935-K7QMP4XA`, or the `/start` link carrying it) follows
//! the petition: they see where it is and its answers, never who wrote it.
//!
//! The tracking code alone is not enough: it is short, read aloud and written on paper, and
//! guessing one must not show anybody's petition. The key is eight random letters and digits
//! that cannot be mistaken for each other; stopping the sharing removes the key and everyone
//! who came by it.

use rand::Rng;

use super::Ctx;
use super::petitions::PetitionError;
use crate::domain::TrackingCode;
use crate::domain::petition::EventKind;
use crate::store::petitions::{self, Petition};

type Result<T> = std::result::Result<T, PetitionError>;

/// Letters and digits of a share key: no 0/O, 1/I/L, which are misread.
const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const KEY_LEN: usize = 8;

/// A petition's tracking code and its share key, as the author passes them on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareRef {
    pub code: TrackingCode,
    pub key: String,
}

impl ShareRef {
    /// Reads `4827-1935-K7QMP4XA` (spaces, dashes and case as people type them).
    pub fn parse(raw: &str) -> Option<Self> {
        let cleaned: String = raw
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_uppercase();
        let (code, key) = cleaned.rsplit_once(['-', '_', '.'])?;
        let valid = key.len() == KEY_LEN && key.bytes().all(|b| ALPHABET.contains(&b));
        if !valid {
            return None;
        }
        Some(Self {
            code: TrackingCode::parse(code).ok()?,
            key: key.to_string(),
        })
    }

    /// The deep-link payload (`/start td-48271935-K7QMP4XA`).
    pub fn payload(&self) -> String {
        format!("td-{}-{}", self.code.as_str(), self.key)
    }

    /// Reads a deep-link payload made by [`ShareRef::payload`].
    pub fn from_payload(payload: &str) -> Option<Self> {
        Self::parse(payload.strip_prefix("td-")?)
    }
}

impl std::fmt::Display for ShareRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.code, self.key)
    }
}

fn new_key() -> String {
    let mut rng = rand::rng();
    (0..KEY_LEN)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// The actor's own petition, or "not found" (as for anyone else's).
async fn own(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    match petitions::get(cx.conn, id).await? {
        Some(p) if cx.actor.is(p.author_id) => Ok(p),
        _ => Err(PetitionError::NotFound),
    }
}

/// The author shares their petition: its key (drawn now, or the one already given).
pub async fn share(cx: &mut Ctx<'_>, id: i64) -> Result<(Petition, ShareRef)> {
    let p = own(cx, id).await?;
    if let Some(key) = petitions::share_key(cx.conn, p.id).await? {
        let code = p.code.clone();
        return Ok((p, ShareRef { code, key }));
    }
    loop {
        let key = new_key();
        if petitions::set_share_key(cx.conn, p.id, Some(&key)).await? {
            record(cx, p.id, EventKind::Shared).await?;
            let code = p.code.clone();
            return Ok((p, ShareRef { code, key }));
        }
    }
}

/// The author stops sharing: the key no longer works and those who followed by it no longer
/// follow. Returns how many stopped following.
pub async fn stop(cx: &mut Ctx<'_>, id: i64) -> Result<(Petition, u64)> {
    let p = own(cx, id).await?;
    let was_shared = petitions::share_key(cx.conn, p.id).await?.is_some();
    petitions::set_share_key(cx.conn, p.id, None).await?;
    let removed = petitions::unfollow_shared(cx.conn, p.id).await?;
    if was_shared {
        record(cx, p.id, EventKind::Unshared).await?;
    }
    Ok((p, removed))
}

/// Whether the author's petition is shared, and how many follow it by the key.
pub async fn status(cx: &mut Ctx<'_>, p: &Petition) -> Result<Option<i64>> {
    if !cx.actor.is(p.author_id) {
        return Err(PetitionError::NotFound);
    }
    Ok(match petitions::share_key(cx.conn, p.id).await? {
        Some(_) => Some(petitions::shared_followers(cx.conn, p.id).await?),
        None => None,
    })
}

/// What a share key shows the actor.
#[derive(Clone, Debug)]
pub enum Followed {
    /// It is the actor's own petition.
    Own(Petition),
    /// The actor is an officer of its unit: they open it as officers do (recorded).
    OfUnit(Petition),
    /// The actor follows it now (or did already).
    Following(Petition),
}

/// The actor follows a petition by its shared key. A wrong key, a code that does not go with
/// it, or a key the author took back: "not found", as for a petition that does not exist.
pub async fn follow(cx: &mut Ctx<'_>, shared: &ShareRef) -> Result<Followed> {
    let Some(p) = petitions::by_share_key(cx.conn, &shared.key)
        .await?
        .filter(|p| p.code == shared.code)
    else {
        tracing::info!("share key refused");
        return Err(PetitionError::NotFound);
    };
    if cx.actor.is(p.author_id) {
        return Ok(Followed::Own(p));
    }
    if cx.actor.is_officer_of(p.unit_id) {
        return Ok(Followed::OfUnit(p));
    }
    let me = cx.actor.person_id.ok_or(PetitionError::NotFound)?;
    if !petitions::is_follower(cx.conn, p.id, me).await? {
        petitions::follow_shared(cx.conn, p.id, me, cx.now).await?;
        record(cx, p.id, EventKind::Followed).await?;
    }
    Ok(Followed::Following(p))
}

/// Sharing's steps go in the petition's trail (who gave, took back or used a share key).
async fn record(cx: &mut Ctx<'_>, id: i64, kind: EventKind) -> Result<()> {
    petitions::event(cx.conn, id, cx.actor.person_id, kind, None, cx.now).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_reference_reads_as_people_type_it() {
        let code = TrackingCode::generate(&mut rand::rng());
        let key = new_key();
        let written = format!("{code}-{key}");
        let read = ShareRef::parse(&written).expect("parses");
        assert_eq!(read.key, key);
        assert_eq!(read.code, code);
        assert_eq!(ShareRef::parse(&written.to_lowercase()), Some(read.clone()));
        assert_eq!(ShareRef::from_payload(&read.payload()), Some(read.clone()));
        assert_eq!(read.to_string(), written);
    }

    #[test]
    fn a_tracking_code_alone_or_a_misread_key_is_no_shared_reference() {
        let code = TrackingCode::generate(&mut rand::rng());
        assert_eq!(ShareRef::parse(&code.to_string()), None);
        assert_eq!(ShareRef::parse(&format!("{code}-K7QMP4X0")), None);
        assert_eq!(ShareRef::parse(&format!("{code}-K7QM")), None);
    }
}
