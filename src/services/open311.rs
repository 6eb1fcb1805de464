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
    #[error("service_code is not a known service")]
    UnknownService,
    #[error("address_id must be the code of a village")]
    UnknownPlace,
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

/// Issues a key for `area_code`, for an admin of that area (or the shell); returns the key,
/// shown once.
pub async fn create_key(
    conn: &mut crate::store::Conn,
    actor: &Actor,
    area_code: &str,
    now_ms: i64,
) -> Result<String, Open311Error> {
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
    web_reports::insert_key(conn, &hash_key(&key), area.id, now_ms).await?;
    Ok(key)
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
    pub description: &'a str,
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
    let village = match req.address_id {
        Some(code) => areas::by_code(cx.conn, code.trim()).await?,
        None => areas::get(cx.conn, key.area_id).await?,
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
    let parts = [Part::Text {
        text: description.to_string(),
    }];
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
