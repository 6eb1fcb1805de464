//! Open311 GeoReport v2 keys and filings. An admin issues a key for an area
//! (`loathon open311 key create --area CODE`); only its SHA-256 is stored. A request filed with
//! a key becomes a petition like any other: routed by category and village, due by the
//! category's deadline, its unit told — through [`super::petitions::submit`]. Its author is a
//! person of the `open311` channel, one per key and village, with no chat (nobody to tell) and
//! no name: what the client sends about the reporter (name, e-mail, phone) is not kept.

use sha2::{Digest, Sha256};

use super::petitions::{self as service, PetitionError};
use super::{Actor, Ctx};
use crate::domain::LocaleTag;
use crate::domain::audit::AuditAction;
use crate::domain::calendar::WorkCalendar;
use crate::domain::petition::{Part, PetitionLimits};
use crate::store::{StoreError, areas, people, units, web_reports};

/// The channel name of Open311 filers in `people`.
pub const CHANNEL: &str = "open311";

#[derive(Debug, thiserror::Error)]
pub enum Open311Error {
    #[error("api_key is missing or not valid")]
    BadKey,
    #[error("the api_key is not valid for this place")]
    OutsideArea,
    #[error("no admin right over this area")]
    NotAllowed,
    #[error("unknown area")]
    UnknownArea,
    #[error("no such key among those of your areas")]
    UnknownKey,
    #[error("service_code is not a known service")]
    UnknownService,
    #[error("address_id must be the code of a village")]
    UnknownPlace,
    #[error(
        "no village with a known place within {km} km of lat/long in this api_key's area: send address_id (a village's code)"
    )]
    NoVillageNear { km: u32 },
    #[error("description is required")]
    NoDescription,
    #[error("description is longer than {max} characters")]
    TooLong { max: usize },
    #[error("no unit answers this service here")]
    NoUnit,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<PetitionError> for Open311Error {
    fn from(e: PetitionError) -> Self {
        match e {
            PetitionError::Store(e) => Open311Error::Store(e),
            PetitionError::NoUnit => Open311Error::NoUnit,
            PetitionError::CategoryGone | PetitionError::NotAPetition => {
                Open311Error::UnknownService
            }
            other => Open311Error::Store(StoreError::Corrupt(other.to_string())),
        }
    }
}

/// The stored form of a key: its SHA-256 in hex.
pub fn hash_key(key: &str) -> String {
    Sha256::digest(key.trim().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Issues a key for `area_code`, for an admin of that area (or the shell); returns its number
/// and the key, shown once. Audited.
pub async fn create_key(
    conn: &mut crate::store::Conn,
    actor: &Actor,
    area_code: &str,
    now_ms: i64,
) -> Result<(i64, String), Open311Error> {
    let area = areas::by_code(conn, area_code)
        .await?
        .ok_or(Open311Error::UnknownArea)?;
    if !actor.admin_over(conn, area.id).await? {
        return Err(Open311Error::NotAllowed);
    }
    let key = format!(
        "lt311-{}",
        (0..32)
            .map(|_| format!("{:x}", rand::random_range(0..16u8)))
            .collect::<String>()
    );
    let id = web_reports::insert_key(conn, &hash_key(&key), area.id, now_ms).await?;
    crate::store::audit(
        conn,
        actor.person_id,
        AuditAction::Open311KeyCreate,
        &format!("open311_key:{id}"),
        Some(&area.code),
        now_ms,
    )
    .await?;
    Ok((id, key))
}

/// The keys of the areas the actor administers (every key for the shell), oldest first.
pub async fn keys(
    conn: &mut crate::store::Conn,
    actor: &Actor,
) -> Result<Vec<web_reports::KeyRow>, Open311Error> {
    let mut out = Vec::new();
    for k in web_reports::keys(conn).await? {
        if actor.admin_over(conn, k.area_id).await? {
            out.push(k);
        }
    }
    Ok(out)
}

/// Revokes key `id`, for an admin of its area (or the shell): requests it files are refused
/// from now on. Audited. False when it was revoked already.
pub async fn revoke_key(
    conn: &mut crate::store::Conn,
    actor: &Actor,
    id: i64,
    now_ms: i64,
) -> Result<bool, Open311Error> {
    let Some(k) = keys(conn, actor).await?.into_iter().find(|k| k.id == id) else {
        return Err(Open311Error::UnknownKey);
    };
    if !web_reports::revoke_key(conn, k.id, now_ms).await? {
        return Ok(false);
    }
    crate::store::audit(
        conn,
        actor.person_id,
        AuditAction::Open311KeyRevoke,
        &format!("open311_key:{id}"),
        Some(&k.area_code),
        now_ms,
    )
    .await?;
    Ok(true)
}

/// The key's row, when the key is live.
pub async fn key(
    conn: &mut crate::store::Conn,
    key: &str,
) -> Result<web_reports::ApiKey, Open311Error> {
    if key.trim().is_empty() {
        return Err(Open311Error::BadKey);
    }
    web_reports::key_by_hash(conn, &hash_key(key))
        .await?
        .ok_or(Open311Error::BadKey)
}

/// A request to file.
#[derive(Clone, Debug)]
pub struct NewRequest<'a> {
    pub api_key: &'a str,
    pub service_code: &'a str,
    /// The village's area code (`address_id`); may be left out when the key is for a village.
    pub address_id: Option<&'a str>,
    /// Where it is (`lat`, `long`, decimal degrees): kept as the petition's place, and without
    /// `address_id` the village is the nearest one with a known place in the key's area.
    pub place: Option<(f64, f64)>,
    pub description: &'a str,
}

/// How far from the nearest village with a known place a point may be to be filed there.
pub const MAX_VILLAGE_KM: f64 = 20.0;

/// The great-circle distance between two points in decimal degrees, in kilometres.
pub fn distance_km((lat1, long1): (f64, f64), (lat2, long2): (f64, f64)) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (long2 - long1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

/// The nearest village with a known place inside `area_id` within [`MAX_VILLAGE_KM`] of `at`.
async fn nearest_village(
    conn: &mut crate::store::Conn,
    area_id: i64,
    at: (f64, f64),
) -> Result<areas::Area, Open311Error> {
    let mut best: Option<(f64, i64)> = None;
    for (id, lat, long) in areas::village_places(conn).await? {
        let d = distance_km(at, (lat, long));
        if d > MAX_VILLAGE_KM || best.is_some_and(|(b, _)| b <= d) {
            continue;
        }
        if areas::ancestors(conn, id)
            .await?
            .iter()
            .any(|a| a.id == area_id)
        {
            best = Some((d, id));
        }
    }
    let near = Open311Error::NoVillageNear {
        km: MAX_VILLAGE_KM as u32,
    };
    match best {
        Some((_, id)) => areas::get(conn, id).await?.ok_or(near),
        None => Err(near),
    }
}

/// Files `req` as a petition; returns its tracking code (as villagers see it, `4827-1935`). `cx.actor`
/// is ignored: the filer is the key's person for the village.
pub async fn submit(
    cx: &mut Ctx<'_>,
    req: &NewRequest<'_>,
    limits: &PetitionLimits,
    calendar: &WorkCalendar,
) -> Result<String, Open311Error> {
    let key = key(cx.conn, req.api_key).await?;
    let description = req.description.trim();
    if description.is_empty() {
        return Err(Open311Error::NoDescription);
    }
    if description.chars().count() > limits.max_body_chars {
        return Err(Open311Error::TooLong {
            max: limits.max_body_chars,
        });
    }
    let category = units::categories(cx.conn)
        .await?
        .into_iter()
        .find(|c| c.code == req.service_code && c.is_petition)
        .ok_or(Open311Error::UnknownService)?;
    let village = match (req.address_id, req.place) {
        (Some(code), _) => areas::by_code(cx.conn, code.trim()).await?,
        (None, Some(at)) => Some(nearest_village(cx.conn, key.area_id, at).await?),
        (None, None) => areas::get(cx.conn, key.area_id).await?,
    }
    .filter(|a| a.kind == areas::AreaKind::Village)
    .ok_or(Open311Error::UnknownPlace)?;
    let chain = areas::ancestors(cx.conn, village.id).await?;
    if !chain.iter().any(|a| a.id == key.area_id) {
        return Err(Open311Error::OutsideArea);
    }
    let external = format!("key{}:{}", key.id, village.code);
    let (mut person, fresh) =
        people::find_or_create(cx.conn, CHANNEL, &external, None, cx.now).await?;
    if fresh || !person.onboarded() {
        people::set_language(cx.conn, person.id, &LocaleTag::vi(), cx.now).await?;
        people::set_village(cx.conn, person.id, village.id, cx.now).await?;
        people::set_consent(cx.conn, person.id, Some(cx.now), cx.now).await?;
        person = people::get(cx.conn, person.id)
            .await?
            .ok_or_else(|| StoreError::Corrupt("open311 person vanished".into()))?;
    }
    let actor = Actor::with_grants(person.id, Vec::new());
    // The per-person daily limit is for villagers; a key is limited per minute by the HTTP
    // layer instead.
    let limits = PetitionLimits {
        max_per_day: i64::MAX,
        ..limits.clone()
    };
    let mut parts = vec![Part::Text {
        text: description.to_string(),
    }];
    if let Some((latitude, longitude)) = req.place {
        parts.push(Part::Location {
            latitude,
            longitude,
        });
    }
    let draft = service::Draft {
        category_id: category.id,
        parts: &parts,
        anonymous: false,
        publish: false,
    };
    let mut cx2 = Ctx {
        conn: &mut *cx.conn,
        i18n: cx.i18n,
        actor: &actor,
        now: cx.now,
        out: &mut *cx.out,
        dir: cx.dir,
    };
    let done = service::submit(&mut cx2, &person, draft, &limits, calendar).await?;
    Ok(done.petition.code.to_string())
}

#[cfg(test)]
mod tests {
    use super::distance_km;

    #[test]
    fn distances_are_great_circle_kilometres() {
        assert!(distance_km((22.3, 103.4), (22.3, 103.4)) < 1e-9);
        // One degree of latitude is about 111 km.
        let d = distance_km((22.0, 103.0), (23.0, 103.0));
        assert!((d - 111.2).abs() < 0.5, "{d}");
        // Hà Nội to Lai Châu town, about 300 km as the crow flies.
        let d = distance_km((21.0285, 105.8542), (22.3964, 103.4582));
        assert!((280.0..320.0).contains(&d), "{d}");
    }
}
