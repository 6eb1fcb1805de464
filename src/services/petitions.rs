//! Petitions (kiến nghị, phản ánh): the rules of their life cycle, with the right to each step
//! checked here for whoever asks — the chat, the command line, a web page.
//!
//! - A villager submits, follows, adds information when asked, rates the answer, reopens once.
//! - An officer of the unit handling a petition opens it (every read is recorded), claims it,
//!   answers, asks for more, forwards it to a unit that was offered, closes it.
//! - Anyone else learns nothing of a petition: the answer is the same as for one that does not
//!   exist, and nothing is written into its trail.
//!
//! Every status change is a checked [`Transition`] written with a guard, so two officers (or two
//! instances on one PostgreSQL) cannot both claim, answer or close the same petition.

use chrono::{Datelike, TimeZone};

use super::Ctx;
use crate::clock::{LOCAL_TZ, from_ms, local_parts};
use crate::domain::TrackingCode;
use crate::domain::calendar::{Deadline, WorkCalendar};
use crate::domain::petition::{
    CloseReason, EventKind, Part, PetitionLimits, Status, Transition, TransitionError,
};
use crate::domain::text::excerpt;
use crate::i18n::Msg;
use crate::intent::Intent;
use crate::message::{ButtonSpec, Reply, Text};
use crate::store::areas::Unit;
use crate::store::people::{self, Person};
use crate::store::petitions::{self, NewPetition, Petition};
use crate::store::{StoreError, areas, units};

const DAY_MS: i64 = 86_400_000;

/// Why a petition action did not happen. Each maps to one message for the person.
#[derive(Debug, thiserror::Error)]
pub enum PetitionError {
    /// Not there, or not this person's to see: the same answer either way.
    #[error("no such petition for this person")]
    NotFound,
    #[error("not an officer")]
    NotAnOfficer,
    #[error("{error}")]
    Transition {
        error: TransitionError,
        code: TrackingCode,
    },
    #[error("onboarding not finished")]
    NotOnboarded,
    #[error("daily limit of {max} reached")]
    DailyLimit { max: i64 },
    #[error("category no longer offered")]
    CategoryGone,
    #[error("complaints and denunciations are not taken as petitions")]
    NotAPetition,
    #[error("no unit answers this category here")]
    NoUnit,
    #[error("that unit was not offered")]
    UnitNotOffered,
    #[error("no such petition to merge into")]
    DuplicateUnknown { typed: String },
    #[error("too many attachments")]
    TooManyFiles { max: usize },
    #[error("already rated")]
    AlreadyRated { code: TrackingCode },
    #[error("cannot be reopened")]
    ReopenNotPossible,
    #[error("nothing added yet")]
    NothingAdded,
    #[error("the author's data was deleted; nobody can be asked")]
    AuthorGone { code: TrackingCode },
    #[error("the petition was answered; nothing can be added")]
    AnsweredAlready { code: TrackingCode },
    #[error("too much text")]
    TooLong { max: usize, used: usize },
    #[error("the main petition is not open")]
    MergeTargetClosed { other: TrackingCode },
    #[error("merge needs confirming")]
    MergeNeedsConfirming {
        other: TrackingCode,
        other_id: i64,
        warnings: Vec<&'static str>,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for PetitionError {
    fn from(e: sqlx::Error) -> Self {
        PetitionError::Store(e.into())
    }
}

impl PetitionError {
    /// What the person is told; `None` for a storage failure (the update fails instead).
    pub fn message(&self) -> Option<Msg> {
        Some(match self {
            PetitionError::NotFound
            | PetitionError::CategoryGone
            | PetitionError::UnitNotOffered => Msg::new("hint-button-outdated"),
            PetitionError::NotAnOfficer => Msg::new("officer-only"),
            PetitionError::Transition { error, code } => {
                Msg::new(error.message_id()).arg("code", code.to_string())
            }
            PetitionError::NotOnboarded => Msg::new("petition-onboard-first"),
            PetitionError::DailyLimit { max } => Msg::new("petition-limit-day").arg("max", *max),
            PetitionError::NotAPetition => Msg::new("petition-complaint-info"),
            PetitionError::NoUnit => Msg::new("petition-no-unit"),
            PetitionError::DuplicateUnknown { typed } => {
                Msg::new("officer-duplicate-unknown").arg("code", typed.clone())
            }
            PetitionError::TooManyFiles { max } => {
                Msg::new("petition-too-many-files").arg("max", *max)
            }
            PetitionError::AlreadyRated { code } => {
                Msg::new("rating-already").arg("code", code.to_string())
            }
            PetitionError::ReopenNotPossible => Msg::new("petition-reopen-not-possible"),
            PetitionError::NothingAdded => Msg::new("petition-info-nothing-yet"),
            PetitionError::AuthorGone { code } => {
                Msg::new("officer-author-gone").arg("code", code.to_string())
            }
            PetitionError::AnsweredAlready { code } => {
                Msg::new("petition-info-after-answer").arg("code", code.to_string())
            }
            PetitionError::TooLong { max, used } => Msg::new("petition-info-too-long")
                .arg("max", *max)
                .arg("used", *used),
            PetitionError::MergeTargetClosed { other } => {
                Msg::new("officer-merge-target-closed").arg("other", other.to_string())
            }
            PetitionError::MergeNeedsConfirming { other, .. } => {
                Msg::new("officer-merge-confirm").arg("other", other.to_string())
            }
            PetitionError::Store(_) => return None,
        })
    }
}

type Result<T> = std::result::Result<T, PetitionError>;

fn refused(error: TransitionError, p: &Petition) -> PetitionError {
    PetitionError::Transition {
        error,
        code: p.code.clone(),
    }
}

/// Checks a transition against the petition as read; the guarded write checks it again.
fn check(t: Transition, p: &Petition) -> Result<()> {
    t.apply(p.status).map(|_| ()).map_err(|e| refused(e, p))
}

/// A notice with a button that opens the petition (for its unit).
pub fn open_reply(msg: Msg, petition_id: i64) -> Reply {
    Reply::new(msg).row(vec![ButtonSpec::new(
        "button-open",
        Intent::Open(petition_id),
    )])
}

/// The Fluent message naming a category.
pub fn category_msg(code: &str) -> Msg {
    Msg::new(format!("category-{code}"))
}

async fn unit_name(cx: &mut Ctx<'_>, unit_id: i64) -> Result<String> {
    Ok(cx
        .dir
        .unit(unit_id)
        .map(|u| u.name.clone())
        .unwrap_or_default())
}

async fn record(cx: &mut Ctx<'_>, id: i64, kind: EventKind, detail: Option<&str>) -> Result<()> {
    petitions::event(cx.conn, id, cx.actor.person_id, kind, detail, cx.now).await?;
    Ok(())
}

/// Tells the petition's author, in their language and private chat.
async fn tell_author(cx: &mut Ctx<'_>, p: &Petition, reply: Reply) -> Result<Option<Person>> {
    let Some(author) = people::get(cx.conn, p.author_id).await? else {
        return Ok(None);
    };
    cx.out.person(cx.conn, cx.i18n, &author, reply).await?;
    Ok(Some(author))
}

/// Tells the petition's unit. A unit with nobody to tell (no group, no officer who has opened
/// the bot) has the admins over the petition's village told instead, with which unit has no one
/// and a button to invite an officer there; they may open the petition read-only. Returns
/// whether anyone at all was told.
async fn tell_unit(cx: &mut Ctx<'_>, p: &Petition, reply: Reply) -> Result<bool> {
    let (_, told) = cx
        .out
        .unit_only(cx.conn, cx.i18n, p.unit_id, &reply)
        .await?;
    if told {
        return Ok(true);
    }
    let Some(village) = p.village_id else {
        return Ok(false);
    };
    let unit = unit_name(cx, p.unit_id).await?;
    let to_admins = reply
        .then(Msg::new("officer-unit-unstaffed").arg("unit", unit))
        .row(vec![ButtonSpec::new(
            "button-invite-officer",
            Intent::InviteFor(p.unit_id),
        )]);
    // The admins over the village (scoped to it, above it, or everywhere; as
    // `units::admins_over`), each once, with their private chats read in the same statement.
    let chain: Vec<i64> = cx.dir.ancestors(village)?.iter().map(|a| a.id).collect();
    let mut seen = Vec::new();
    let mut any = false;
    for admin in units::admin_contacts(cx.conn).await? {
        if admin.area_id.is_none_or(|s| chain.contains(&s)) && !seen.contains(&admin.person.id) {
            seen.push(admin.person.id);
            any |= cx.out.person_at(
                cx.i18n,
                &admin.person,
                admin.private_chat,
                to_admins.clone(),
            );
        }
    }
    Ok(any)
}

/// How the actor may see a petition of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// An officer of the unit: everything, and every action.
    Officer,
    /// An admin over the petition's village while its unit has no officer: reading only.
    ReadOnly,
}

/// The petition and how the actor may see it; anyone else gets [`PetitionError::NotFound`].
pub async fn access(cx: &mut Ctx<'_>, id: i64) -> Result<(Petition, Access)> {
    if let Some(p) = petitions::get(cx.conn, id).await? {
        if cx.actor.is_officer_of(p.unit_id) {
            return Ok((p, Access::Officer));
        }
        if let Some(village) = p.village_id
            && cx.actor.admin_over(cx.conn, village).await?
            && units::officers(cx.conn, p.unit_id).await?.is_empty()
        {
            return Ok((p, Access::ReadOnly));
        }
    }
    // The same answer whether the petition exists or not.
    if !cx.actor.is_officer() {
        return Err(PetitionError::NotAnOfficer);
    }
    Err(PetitionError::NotFound)
}

// ---------------------------------------------------------------------------------------------
// The villager's side.

/// Local midnight of the day `now_ms` falls in.
fn local_midnight(now_ms: i64) -> i64 {
    let local = from_ms(now_ms).with_timezone(&LOCAL_TZ);
    LOCAL_TZ
        .with_ymd_and_hms(local.year(), local.month(), local.day(), 0, 0, 0)
        .earliest()
        .map_or(now_ms - DAY_MS, |m| m.timestamp_millis())
}

/// Whether `author` may start another petition today.
pub async fn check_daily_limit(
    cx: &mut Ctx<'_>,
    author: &Person,
    limits: &PetitionLimits,
) -> Result<()> {
    let sent = petitions::count_since(cx.conn, author.id, local_midnight(cx.now)).await?;
    if sent >= limits.max_per_day {
        return Err(PetitionError::DailyLimit {
            max: limits.max_per_day,
        });
    }
    Ok(())
}

/// A category a villager may file under (complaints and denunciations are explained instead).
pub async fn category_for_petition(cx: &mut Ctx<'_>, category_id: i64) -> Result<units::Category> {
    let category = cx
        .dir
        .category(category_id)
        .cloned()
        .ok_or(PetitionError::CategoryGone)?;
    if !category.is_petition {
        return Err(PetitionError::NotAPetition);
    }
    Ok(category)
}

/// What a villager wrote, ready to send.
#[derive(Clone, Debug)]
pub struct Draft<'a> {
    pub category_id: i64,
    pub parts: &'a [Part],
    pub anonymous: bool,
    /// The author lets the public page show it (ignored for an anonymous petition).
    pub publish: bool,
}

/// A submitted petition, and the unit it went to.
#[derive(Clone, Debug)]
pub struct Submitted {
    pub petition: Petition,
    pub unit_name: String,
    /// Whether anyone (the unit, or the admins over it) could be told.
    pub told: bool,
}

/// The text of a draft: its text parts and photo captions.
pub fn body_text(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| match p {
            Part::Text { text } => Some(text.as_str()),
            Part::Photo {
                caption: Some(c), ..
            } => Some(c.as_str()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Files a petition for `author` (who must be the actor): routed to the responsible unit,
/// due by the category's deadline on `calendar`, recorded, and the unit told (an emergency:
/// alerted, with the admins, ahead of everything else).
pub async fn submit(
    cx: &mut Ctx<'_>,
    author: &Person,
    draft: Draft<'_>,
    limits: &PetitionLimits,
    calendar: &WorkCalendar,
) -> Result<Submitted> {
    if !cx.actor.is(author.id) {
        return Err(PetitionError::NotFound);
    }
    if !author.onboarded() {
        return Err(PetitionError::NotOnboarded);
    }
    check_daily_limit(cx, author, limits).await?;
    let village_id = author.village_id.ok_or(PetitionError::NotOnboarded)?;
    let category = category_for_petition(cx, draft.category_id).await?;
    let unit_id = cx
        .dir
        .route(category.id, village_id)?
        .ok_or(PetitionError::NoUnit)?;
    let body = body_text(draft.parts);
    let petition = petitions::insert(
        cx.conn,
        &NewPetition {
            author_id: author.id,
            anonymous: draft.anonymous,
            village_id,
            category_id: category.id,
            body: &body,
            unit_id,
            submitted_at: cx.now,
            due_at: category.deadline().due(cx.now, calendar),
            category_code: Some(&category.code),
        },
    )
    .await?;
    if draft.publish && !draft.anonymous {
        crate::store::web_reports::set_publish(cx.conn, petition.id, true).await?;
    }
    for part in draft.parts.iter().filter(|p| p.is_attachment()) {
        petitions::add_part(cx.conn, petition.id, part, cx.now).await?;
    }
    let unit = cx.dir.unit(unit_id).cloned();
    let code = unit.as_ref().map(|u| u.code.clone()).unwrap_or_default();
    // Submitted by the author, then routed by the system: one statement.
    petitions::events_at(
        cx.conn,
        petition.id,
        &[
            (cx.actor.person_id, EventKind::Submitted, None),
            (None, EventKind::Routed, Some(&code)),
        ],
        cx.now,
    )
    .await?;
    let told = if category.is_emergency {
        super::emergency::alert(cx, &petition).await?
    } else {
        tell_unit_new(cx, &petition).await?
    };
    if !told {
        tracing::warn!(petition = petition.id, "new petition: nobody could be told");
    }
    super::hotspots::check(cx, &petition, limits).await?;
    Ok(Submitted {
        petition,
        unit_name: unit.map(|u| u.name).unwrap_or_default(),
        told,
    })
}

/// "📥 New petition" to the petition's unit, each recipient reading the category in their
/// own language.
async fn tell_unit_new(cx: &mut Ctx<'_>, p: &Petition) -> Result<bool> {
    let village = p
        .village_id
        .and_then(|id| cx.dir.area(id))
        .map(|a| a.name.clone());
    let (_, due) = local_parts(p.due_at);
    let msg = Msg::new("officer-new-petition")
        .arg("code", p.code.to_string())
        .arg("category", category_msg(&p.category_code))
        .arg("village", village.unwrap_or_default())
        .arg("due", due)
        .arg("excerpt", excerpt(&p.body, 200));
    tell_unit(cx, p, open_reply(msg, p.id)).await
}

/// The receiving unit's notice of a forwarded petition: from whom, and why.
async fn tell_unit_forwarded(
    cx: &mut Ctx<'_>,
    p: &Petition,
    from: &str,
    reason: &str,
) -> Result<bool> {
    let (_, due) = local_parts(p.due_at);
    let msg = Msg::new("officer-forwarded-in")
        .arg("code", p.code.to_string())
        .arg("category", category_msg(&p.category_code))
        .arg("from", from.to_string())
        .arg("reason", excerpt(reason, 300))
        .arg("due", due)
        .arg("excerpt", excerpt(&p.body, 200));
    tell_unit(cx, p, open_reply(msg, p.id)).await
}

/// The actor's own petitions, newest first.
pub async fn mine(cx: &mut Ctx<'_>, limit: i64) -> Result<Vec<Petition>> {
    let Some(me) = cx.actor.person_id else {
        return Ok(Vec::new());
    };
    Ok(petitions::of_author(cx.conn, me, limit).await?)
}

/// One of the actor's own petitions.
pub async fn own(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    match petitions::get(cx.conn, id).await? {
        Some(p) if cx.actor.is(p.author_id) => Ok(p),
        _ => Err(PetitionError::NotFound),
    }
}

/// What a tracking code shows this person.
#[derive(Clone, Debug)]
pub enum Tracked {
    /// Their own petition.
    Own(Petition),
    /// A petition of a unit they are an officer of.
    OfUnit(Petition),
    /// A petition their own duplicate was merged into.
    Following(Petition),
}

/// Looks a tracking code up for the actor: their own, or their unit's; anything else is
/// "not found", exactly as a code that does not exist.
pub async fn track(cx: &mut Ctx<'_>, code: &TrackingCode) -> Result<Tracked> {
    match petitions::by_code(cx.conn, code).await? {
        Some(p) if cx.actor.is(p.author_id) => Ok(Tracked::Own(p)),
        Some(p) if cx.actor.is_officer_of(p.unit_id) => Ok(Tracked::OfUnit(p)),
        Some(p) if follows(cx, p.id).await? => Ok(Tracked::Following(p)),
        _ => Err(PetitionError::NotFound),
    }
}

async fn follows(cx: &mut Ctx<'_>, petition_id: i64) -> Result<bool> {
    Ok(match cx.actor.person_id {
        Some(me) => petitions::is_follower(cx.conn, petition_id, me).await?,
        None => false,
    })
}

/// What the author reads of their petition's trail: each step's kind and time, nothing of who
/// acted or what they wrote. A follower reads no steps (the status only: they follow with the
/// author's leave, or as the author of a merged duplicate, never with a view of who did
/// what); anyone else, nothing at all. Officers read the trail through [`full_timeline`].
pub async fn history(cx: &mut Ctx<'_>, p: &Petition) -> Result<Vec<(EventKind, i64)>> {
    if !cx.actor.is(p.author_id) {
        return if follows(cx, p.id).await? {
            Ok(Vec::new())
        } else {
            Err(PetitionError::NotFound)
        };
    }
    Ok(petitions::events(cx.conn, p.id)
        .await?
        .into_iter()
        .filter_map(|e| Some((EventKind::parse(&e.kind)?, e.created_at)))
        .collect())
}

/// How long a supplement must go quiet before the unit hears of it.
pub const SUPPLEMENT_QUIET_MS: i64 = 5 * 60_000;

/// Adds one part (text, voice, photo, file, place) to the actor's own petition while the unit
/// is waiting for it, within the same limits as at intake. Nothing is added once it is
/// answered or closed. The unit hears of it once the villager goes quiet (or presses "Xong").
pub async fn add_info(
    cx: &mut Ctx<'_>,
    id: i64,
    part: &Part,
    limits: &PetitionLimits,
) -> Result<Petition> {
    let p = own(cx, id).await?;
    if !p.status.is_pending() {
        return Err(PetitionError::AnsweredAlready {
            code: p.code.clone(),
        });
    }
    let parts = petitions::parts(cx.conn, p.id).await?;
    let files = parts.iter().filter(|(p, _)| p.is_attachment()).count();
    if part.is_attachment() && files >= limits.max_attachments {
        return Err(PetitionError::TooManyFiles {
            max: limits.max_attachments,
        });
    }
    let used = p.body.chars().count() + parts.iter().map(|(p, _)| p.text_len()).sum::<usize>();
    if used + part.text_len() > limits.max_body_chars {
        return Err(PetitionError::TooLong {
            max: limits.max_body_chars,
            used,
        });
    }
    petitions::add_part(cx.conn, p.id, part, cx.now).await?;
    record(cx, p.id, EventKind::InfoAdded, Some(part.kind())).await?;
    petitions::set_info_notify(cx.conn, p.id, Some(cx.now + SUPPLEMENT_QUIET_MS)).await?;
    Ok(p)
}

/// The unit hears of a supplement: the petition goes back to whoever had it.
async fn supplement_given(
    conn: &mut crate::store::Conn,
    i18n: &crate::i18n::Localizer,
    out: &mut super::Outgoing,
    actor_id: Option<i64>,
    p: &Petition,
    now: i64,
) -> Result<()> {
    if p.status == Status::AwaitingInfo {
        petitions::info_given(conn, p.id, p.claimed_by.is_some()).await?;
    }
    petitions::set_info_notify(conn, p.id, None).await?;
    petitions::event(conn, p.id, actor_id, EventKind::InfoCompleted, None, now).await?;
    let reply = open_reply(
        Msg::new("officer-info-added").arg("code", p.code.to_string()),
        p.id,
    );
    out.unit(conn, i18n, p.unit_id, p.village_id, reply).await?;
    Ok(())
}

/// The villager is done adding: the petition goes back to whoever had it, and the unit is
/// told now.
pub async fn finish_info(cx: &mut Ctx<'_>, id: i64, added: usize) -> Result<Petition> {
    let p = own(cx, id).await?;
    if added == 0 && p.info_notify_at.is_none() {
        return Err(PetitionError::NothingAdded);
    }
    if p.info_notify_at.is_some() {
        supplement_given(cx.conn, cx.i18n, cx.out, cx.actor.person_id, &p, cx.now).await?;
    }
    Ok(p)
}

/// Supplements that went quiet without "Xong": their units are told now. Run by the sweep.
pub async fn quiet_supplements(
    conn: &mut crate::store::Conn,
    i18n: &crate::i18n::Localizer,
    out: &mut super::Outgoing,
    now: i64,
) -> Result<usize> {
    let due = petitions::info_notices_due(conn, now).await?;
    for p in &due {
        supplement_given(conn, i18n, out, None, p, now).await?;
    }
    Ok(due.len())
}

/// What a rating led to.
#[derive(Clone, Debug)]
pub struct Rated {
    pub petition: Petition,
    /// A low rating of a first answer: the villager may ask for the petition to be reopened.
    pub may_reopen: bool,
}

/// The author rates the answer, once.
pub async fn rate(cx: &mut Ctx<'_>, id: i64, stars: u8) -> Result<Rated> {
    let p = own(cx, id).await?;
    let already = || PetitionError::AlreadyRated {
        code: p.code.clone(),
    };
    if p.status != Status::Answered || p.rating.is_some() {
        return Err(already());
    }
    let rating = i64::from(stars.clamp(1, 5));
    if !petitions::rate(cx.conn, p.id, rating).await? {
        return Err(already());
    }
    record(cx, p.id, EventKind::Rated, Some(&rating.to_string())).await?;
    Ok(Rated {
        may_reopen: rating <= 2 && p.reopened_count == 0,
        petition: p,
    })
}

/// Whether the author may reopen this petition now.
pub async fn reopenable(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    match own(cx, id).await {
        Ok(p) if p.status == Status::Answered && p.reopened_count == 0 => Ok(p),
        Ok(_) | Err(PetitionError::NotFound) => Err(PetitionError::ReopenNotPossible),
        Err(e) => Err(e),
    }
}

/// The author reopens an answered petition, with a reason; the unit gets a fresh deadline,
/// counted from now on `calendar`.
pub async fn reopen(
    cx: &mut Ctx<'_>,
    id: i64,
    reason: &str,
    calendar: &WorkCalendar,
) -> Result<(Petition, i64)> {
    let p = reopenable(cx, id).await?;
    let deadline = units::category(cx.conn, p.category_id)
        .await?
        .map_or(Deadline::default(), |c| c.deadline());
    let due = deadline.due(cx.now, calendar);
    if !petitions::reopen(cx.conn, p.id, due).await? {
        return Err(PetitionError::ReopenNotPossible);
    }
    record(cx, p.id, EventKind::Reopened, Some(reason)).await?;
    tell_unit(
        cx,
        &p,
        open_reply(
            Msg::new("officer-reopened")
                .arg("code", p.code.to_string())
                .arg("reason", excerpt(reason, 300)),
            p.id,
        ),
    )
    .await?;
    Ok((p, due))
}

// ---------------------------------------------------------------------------------------------
// The officer's side.

/// The petition, if the actor is an officer of the unit handling it. Anyone else gets
/// [`PetitionError::NotFound`], and nothing is written.
pub async fn for_officer(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    if !cx.actor.is_officer() {
        return Err(PetitionError::NotAnOfficer);
    }
    match petitions::get(cx.conn, id).await? {
        Some(p) if cx.actor.is_officer_of(p.unit_id) => Ok(p),
        Some(_) => {
            tracing::warn!(
                petition = id,
                "officer refused a petition outside their units"
            );
            Err(PetitionError::NotFound)
        }
        None => Err(PetitionError::NotFound),
    }
}

/// One unit's page of its queue.
#[derive(Clone, Debug)]
pub struct UnitQueue {
    pub unit: Unit,
    pub rows: Vec<Petition>,
    pub total: i64,
}

/// The pending petitions of each of the actor's units, nearest deadline first.
pub async fn queue(cx: &mut Ctx<'_>, offset: i64, limit: i64) -> Result<Vec<UnitQueue>> {
    let unit_ids = cx.actor.officer_units();
    if unit_ids.is_empty() {
        return Err(PetitionError::NotAnOfficer);
    }
    let mut out = Vec::new();
    for unit_id in unit_ids {
        let Some(unit) = units::unit(cx.conn, unit_id).await? else {
            continue;
        };
        let (rows, total) = petitions::queue(cx.conn, unit_id, offset, limit).await?;
        out.push(UnitQueue { unit, rows, total });
    }
    Ok(out)
}

/// A petition as an officer reads it.
#[derive(Clone, Debug)]
pub struct OfficerView {
    pub petition: Petition,
    pub access: Access,
    /// The author's name or address; `None` when they asked to stay anonymous.
    pub author: Option<String>,
    /// Village and commune.
    pub place: String,
    /// The officer who claimed it, by name.
    pub handled_by: Option<String>,
    /// Attachments sent with the petition, and what the villager added later.
    pub parts: Vec<ViewPart>,
    /// What happened, oldest first: questions, supplements, answers, ratings, reopenings,
    /// forwards (officers' reads stay in the audit trail).
    pub timeline: Vec<TimelineEntry>,
}

/// One attachment in an officer's view.
#[derive(Clone, Debug)]
pub struct ViewPart {
    pub part: Part,
    /// Added after submission, in reply to the unit's question.
    pub supplement: bool,
}

/// One line of a petition's timeline.
#[derive(Clone, Debug)]
pub struct TimelineEntry {
    pub kind: EventKind,
    pub at: i64,
    /// Who: an officer's name, "the author", or nobody (the system).
    pub who: Option<String>,
    pub detail: Option<String>,
    pub media_ref: Option<String>,
}

/// The message that shows a timeline entry (arguments `time`, `who`, `text`); `None` for
/// entries not shown.
pub fn timeline_message_id(e: &TimelineEntry) -> Option<&'static str> {
    Some(match e.kind {
        EventKind::Claimed => "timeline-claimed",
        EventKind::InfoRequested => "timeline-info-requested",
        EventKind::InfoAdded => "timeline-info-added",
        EventKind::Answered if e.media_ref.is_some() && e.detail.is_none() => {
            "timeline-answered-voice"
        }
        EventKind::Answered => "timeline-answered",
        EventKind::Rated => "timeline-rated",
        EventKind::Reopened => "timeline-reopened",
        EventKind::Forwarded => "timeline-forwarded",
        EventKind::Closed => "timeline-closed",
        EventKind::Overdue => "timeline-overdue",
        _ => return None,
    })
}

async fn name_of(cx: &mut Ctx<'_>, person_id: i64) -> Result<Option<String>> {
    Ok(people::get(cx.conn, person_id)
        .await?
        .map(|a| a.display_name.clone().unwrap_or_else(|| a.address())))
}

/// The timeline of a petition the actor may open (officer or read-only admin).
async fn timeline(cx: &mut Ctx<'_>, p: &Petition) -> Result<Vec<TimelineEntry>> {
    let mut out = Vec::new();
    for e in petitions::events(cx.conn, p.id).await? {
        let Some(kind) = EventKind::parse(&e.kind) else {
            continue;
        };
        if matches!(
            kind,
            EventKind::Viewed | EventKind::Routed | EventKind::Submitted | EventKind::Reminded
        ) {
            continue;
        }
        let who = match e.actor_id {
            Some(id) if id == p.author_id => Some(if p.anonymous {
                cx.i18n.render(
                    &crate::domain::LocaleTag::vi(),
                    &Msg::new("author-anonymous"),
                )
            } else {
                name_of(cx, id).await?.unwrap_or_default()
            }),
            Some(id) => name_of(cx, id).await?,
            None => None,
        };
        out.push(TimelineEntry {
            kind,
            at: e.created_at,
            who,
            detail: e.detail,
            media_ref: e.media_ref,
        });
    }
    Ok(out)
}

/// The whole timeline of a petition, texts in full, for someone who may open it; the read is
/// recorded in the trail (a view of its history).
pub async fn full_timeline(cx: &mut Ctx<'_>, id: i64) -> Result<(Petition, Vec<TimelineEntry>)> {
    let (p, _) = access(cx, id).await?;
    record(cx, p.id, EventKind::Viewed, Some("history")).await?;
    let timeline = timeline(cx, &p).await?;
    Ok((p, timeline))
}

/// The petition's `n`th part (from 0) for someone who may open the petition, the read recorded
/// in the trail as a view of that file; `None` when there is no such part.
pub async fn open_part(cx: &mut Ctx<'_>, id: i64, n: usize) -> Result<Option<Part>> {
    let (p, _) = access(cx, id).await?;
    let Some((part, _)) = petitions::parts(cx.conn, p.id).await?.into_iter().nth(n) else {
        return Ok(None);
    };
    record(cx, p.id, EventKind::Viewed, Some(&format!("file:{n}"))).await?;
    Ok(Some(part))
}

/// Opens a petition for its unit's officer (or, read-only, an admin over an unstaffed unit);
/// the read is recorded in the trail.
pub async fn open(cx: &mut Ctx<'_>, id: i64) -> Result<OfficerView> {
    let (p, access) = access(cx, id).await?;
    record(cx, p.id, EventKind::Viewed, None).await?;
    let place = areas::village_and_commune(cx.conn, p.village_id).await?;
    let author = if p.anonymous {
        None
    } else {
        Some(name_of(cx, p.author_id).await?.unwrap_or_default())
    };
    let handled_by = match p.claimed_by {
        Some(id) if p.status.is_pending() => name_of(cx, id).await?,
        _ => None,
    };
    let parts = petitions::parts(cx.conn, p.id)
        .await?
        .into_iter()
        .map(|(part, at)| ViewPart {
            supplement: at > p.submitted_at || matches!(part, Part::Text { .. }),
            part,
        })
        .collect();
    let timeline = timeline(cx, &p).await?;
    Ok(OfficerView {
        petition: p,
        access,
        author,
        place,
        handled_by,
        parts,
        timeline,
    })
}

/// The officer takes the petition; the author is told who has it.
pub async fn claim(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    let p = for_officer(cx, id).await?;
    check(Transition::Claim, &p)?;
    let officer = cx.actor.person_id.ok_or(PetitionError::NotAnOfficer)?;
    if !petitions::claim(cx.conn, p.id, officer).await? {
        return Err(refused(TransitionError::AlreadyClaimed, &p));
    }
    record(cx, p.id, EventKind::Claimed, None).await?;
    let unit = unit_name(cx, p.unit_id).await?;
    tell_author(
        cx,
        &p,
        Reply::new(
            Msg::new("petition-claimed-notice")
                .arg("code", p.code.to_string())
                .arg("unit", unit),
        ),
    )
    .await?;
    Ok(p)
}

/// Checks that the officer may still answer (before asking them to write it).
pub async fn answerable(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    let p = for_officer(cx, id).await?;
    check(Transition::Answer, &p)?;
    Ok(p)
}

/// The rating buttons sent with an answer.
fn rating_request(p: &Petition) -> Reply {
    let faces = ["😡 1", "🙁 2", "😐 3", "🙂 4", "😄 5"];
    let buttons = (1..=5u8)
        .zip(faces)
        .map(|(stars, face)| {
            ButtonSpec::new(
                Text::Plain(face.to_string()),
                Intent::Rate {
                    petition: p.id,
                    stars,
                },
            )
        })
        .collect();
    Reply::new(Msg::new("rating-ask").arg("code", p.code.to_string())).row(buttons)
}

/// The officer's answer (text, voice or both) goes to the author, with the rating buttons.
pub async fn answer(
    cx: &mut Ctx<'_>,
    id: i64,
    text: Option<&str>,
    voice: Option<&str>,
) -> Result<Petition> {
    let p = answerable(cx, id).await?;
    let officer = cx.actor.person_id.ok_or(PetitionError::NotAnOfficer)?;
    if !petitions::answer(cx.conn, p.id, officer, text, voice, cx.now).await? {
        return Err(refused(TransitionError::NotPending, &p));
    }
    // The answer itself goes into the trail: a later reopening never erases it.
    petitions::event_with_media(
        cx.conn,
        p.id,
        cx.actor.person_id,
        EventKind::Answered,
        text,
        voice,
        cx.now,
    )
    .await?;
    let unit = unit_name(cx, p.unit_id).await?;
    // The colleague who had claimed it hears that it was answered.
    if let Some(claimer) = p.claimed_by.filter(|c| *c != officer)
        && let Some(claimer) = people::get(cx.conn, claimer).await?
    {
        let notice = Msg::new("officer-colleague-answered").arg("code", p.code.to_string());
        cx.out
            .person(cx.conn, cx.i18n, &claimer, Reply::new(notice))
            .await?;
    }
    let mut reply = Reply::new(
        Msg::new("petition-answered")
            .arg("code", p.code.to_string())
            .arg("unit", unit),
    );
    if let Some(t) = text {
        reply = reply.then(Text::Plain(t.to_string()));
    }
    tell_author(cx, &p, reply.clone()).await?;
    // Villagers whose duplicates were merged into it get the answer too.
    for follower in petitions::followers(cx.conn, p.id).await? {
        if let Some(person) = people::get(cx.conn, follower).await? {
            cx.out
                .person(cx.conn, cx.i18n, &person, reply.clone())
                .await?;
        }
    }
    if let Some(v) = voice {
        let media = Reply::media(
            Part::Voice {
                file_ref: v.to_string(),
            },
            "petition-answer-voice",
        );
        tell_author(cx, &p, media).await?;
    }
    tell_author(cx, &p, rating_request(&p)).await?;
    Ok(p)
}

/// Checks that the officer may ask the author for more (before asking them to write it):
/// nobody is left to answer a person whose data was deleted.
pub async fn askable(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    let p = for_officer(cx, id).await?;
    check(Transition::AskForInfo, &p)?;
    if people::get(cx.conn, p.author_id)
        .await?
        .is_none_or(|a| a.is_deleted())
    {
        return Err(PetitionError::AuthorGone {
            code: p.code.clone(),
        });
    }
    Ok(p)
}

/// The officer asks the author for more; returns the author, whom the dialogue then waits on.
pub async fn ask(cx: &mut Ctx<'_>, id: i64, question: &str) -> Result<(Petition, Option<Person>)> {
    let p = askable(cx, id).await?;
    if !petitions::ask_for_info(cx.conn, p.id).await? {
        return Err(refused(TransitionError::NotPending, &p));
    }
    record(cx, p.id, EventKind::InfoRequested, Some(question)).await?;
    let unit = unit_name(cx, p.unit_id).await?;
    let reply = Reply::new(
        Msg::new("petition-info-requested")
            .arg("code", p.code.to_string())
            .arg("unit", unit),
    )
    .then(Text::Plain(question.to_string()))
    .row(vec![ButtonSpec::new(
        "button-add-info",
        Intent::AddInfo(p.id),
    )]);
    let author = tell_author(cx, &p, reply).await?;
    Ok((p, author))
}

/// The units a petition may be forwarded to: the other units of its unit's commune, and the
/// chain of supervising units above it.
pub async fn forward_targets(cx: &mut Ctx<'_>, id: i64) -> Result<(Petition, Vec<Unit>)> {
    let p = for_officer(cx, id).await?;
    check(Transition::Forward, &p)?;
    let Some(current) = units::unit(cx.conn, p.unit_id).await? else {
        return Ok((p, Vec::new()));
    };
    let mut targets: Vec<Unit> = units::units_in_area(cx.conn, current.area_id)
        .await?
        .into_iter()
        .filter(|u| u.id != current.id)
        .collect();
    let mut next = current.supervisor_id;
    let mut seen = vec![current.id];
    while let Some(sup) = next {
        if seen.contains(&sup) {
            break;
        }
        seen.push(sup);
        let Some(unit) = units::unit(cx.conn, sup).await? else {
            break;
        };
        next = unit.supervisor_id;
        if !targets.iter().any(|u| u.id == unit.id) {
            targets.push(unit);
        }
    }
    Ok((p, targets))
}

/// A forward target, if it is one of those offered for this petition.
pub async fn forward_target(cx: &mut Ctx<'_>, id: i64, unit_id: i64) -> Result<(Petition, Unit)> {
    let (p, targets) = forward_targets(cx, id).await?;
    let unit = targets
        .into_iter()
        .find(|u| u.id == unit_id)
        .ok_or(PetitionError::UnitNotOffered)?;
    Ok((p, unit))
}

/// Moves the petition to another unit (one that was offered), which is told as of a new
/// petition; the author is told where it went.
pub async fn forward(
    cx: &mut Ctx<'_>,
    id: i64,
    unit_id: i64,
    reason: &str,
) -> Result<(Petition, Unit)> {
    let (p, unit) = forward_target(cx, id, unit_id).await?;
    if !petitions::forward(cx.conn, p.id, unit.id).await? {
        return Err(refused(TransitionError::NotPending, &p));
    }
    record(
        cx,
        p.id,
        EventKind::Forwarded,
        Some(&format!("{}: {reason}", unit.code)),
    )
    .await?;
    let moved = Petition {
        unit_id: unit.id,
        status: Status::Open,
        claimed_by: None,
        ..p.clone()
    };
    let from = unit_name(cx, p.unit_id).await?;
    tell_unit_forwarded(cx, &moved, &from, reason).await?;
    tell_author(
        cx,
        &p,
        Reply::new(
            Msg::new("petition-forwarded")
                .arg("code", p.code.to_string())
                .arg("unit", unit.name.clone())
                .arg("reason", excerpt(reason, 300)),
        ),
    )
    .await?;
    Ok((moved, unit))
}

/// Checks that the officer may still close the petition (before asking how).
pub async fn closable(cx: &mut Ctx<'_>, id: i64) -> Result<Petition> {
    let p = for_officer(cx, id).await?;
    check(Transition::Close, &p)?;
    Ok(p)
}

async fn close_with(
    cx: &mut Ctx<'_>,
    p: &Petition,
    reason: CloseReason,
    duplicate_of: Option<i64>,
    detail: &str,
    to_author: Reply,
) -> Result<()> {
    if !petitions::close(cx.conn, p.id, reason, duplicate_of, cx.now).await? {
        return Err(refused(TransitionError::NotPending, p));
    }
    record(cx, p.id, EventKind::Closed, Some(detail)).await?;
    tell_author(cx, p, to_author).await?;
    Ok(())
}

/// Closes a petition as outside the unit's competence, with the reason for the author.
pub async fn close_out_of_scope(cx: &mut Ctx<'_>, id: i64, reason: &str) -> Result<Petition> {
    let p = closable(cx, id).await?;
    let reply =
        Reply::new(Msg::new("petition-closed-out-of-scope").arg("code", p.code.to_string()))
            .then(Text::Plain(reason.to_string()));
    close_with(cx, &p, CloseReason::OutOfScope, None, reason, reply).await?;
    Ok(p)
}

/// Closes a petition as a duplicate of another of the officer's units' petitions (typed by its
/// code). A code the officer may not see is "unknown", as a code that does not exist. The main
/// petition must still be open; a different category or village needs confirming first.
pub async fn close_duplicate(cx: &mut Ctx<'_>, id: i64, typed: &str) -> Result<Petition> {
    let p = closable(cx, id).await?;
    let other = match TrackingCode::parse(typed) {
        Ok(code) => petitions::by_code(cx.conn, &code)
            .await?
            .filter(|o| o.id != p.id && cx.actor.is_officer_of(o.unit_id)),
        Err(_) => None,
    };
    let Some(other) = other else {
        return Err(PetitionError::DuplicateUnknown {
            typed: typed.to_string(),
        });
    };
    merge(cx, p.id, other.id, false).await
}

/// Merges petition `id` into `into`: `id` is closed as a duplicate and its author follows
/// `into` (they can open it with /theodoi, and get its answer). Without `confirmed`, a
/// different category or village is refused with the warnings to show.
pub async fn merge(cx: &mut Ctx<'_>, id: i64, into: i64, confirmed: bool) -> Result<Petition> {
    let p = closable(cx, id).await?;
    let other = match petitions::get(cx.conn, into).await? {
        Some(o) if o.id != p.id && cx.actor.is_officer_of(o.unit_id) => o,
        _ => return Err(PetitionError::NotFound),
    };
    if !other.status.is_pending() {
        return Err(PetitionError::MergeTargetClosed {
            other: other.code.clone(),
        });
    }
    let mut warnings = Vec::new();
    if other.category_id != p.category_id {
        warnings.push("officer-merge-other-category");
    }
    if other.village_id != p.village_id {
        warnings.push("officer-merge-other-village");
    }
    if !warnings.is_empty() && !confirmed {
        return Err(PetitionError::MergeNeedsConfirming {
            other: other.code.clone(),
            other_id: other.id,
            warnings,
        });
    }
    let reply = Reply::new(
        Msg::new("petition-closed-duplicate")
            .arg("code", p.code.to_string())
            .arg("other", other.code.to_string()),
    );
    let detail = format!("duplicate of {}", other.code);
    close_with(
        cx,
        &p,
        CloseReason::Duplicate,
        Some(other.id),
        &detail,
        reply,
    )
    .await?;
    if p.author_id != other.author_id {
        petitions::follow(cx.conn, other.id, p.author_id, cx.now).await?;
    }
    Ok(p)
}
