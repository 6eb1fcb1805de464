//! Broadcasts: an announcement becomes one outbox row per recipient, all created in one
//! transaction when it starts, each in the recipient's language (the Vietnamese text where a
//! variant is missing). The delivery worker sends them after replies and notifications, at the
//! platform's pace; a crash resumes from the outbox. Scheduled announcements start, and
//! finished ones are reported to their author, from [`tick`].

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::clock::{Clock, local_parts};
use crate::domain::LocaleTag;
use crate::domain::audit::AuditAction;
use crate::domain::petition::Part;
use crate::i18n::{Localizer, Msg};
use crate::message::{Reply, Text, render};
use crate::services::Actor;
use crate::store::broadcasts::{self as store, Announcement, Audience, Recipient, Target, Variant};
use crate::store::outbox::{self, Outbound, Priority};
use crate::store::relay::VillageRelay;
use crate::store::{Conn, Db, StoreResult, chats, people};

/// The variant a recipient reads: their language's (an older tag of the same bundle counts,
/// `hnj` for `hnj-x-rpa`), else Vietnamese.
fn variant_for<'a>(
    i18n: &Localizer,
    variants: &'a [Variant],
    language: &LocaleTag,
) -> Option<&'a Variant> {
    variants
        .iter()
        .find(|v| same_language(i18n, &v.language, language))
        .or_else(|| variants.iter().find(|v| v.language == "vi"))
}

/// Whether a variant's stored language and a recipient's mean the same bundle.
fn same_language(i18n: &Localizer, stored: &str, language: &LocaleTag) -> bool {
    if stored == language.as_str() {
        return true;
    }
    let canon = |t: &LocaleTag| i18n.canonical(t);
    LocaleTag::parse(stored)
        .ok()
        .and_then(|t| canon(&t))
        .is_some_and(|t| Some(t) == canon(language))
}

/// The message one recipient gets.
pub fn message_for(i18n: &Localizer, variants: &[Variant], language: &LocaleTag) -> Outbound {
    let header = i18n.render(language, &Msg::new("broadcast-header"));
    let variant = variant_for(i18n, variants, language);
    let text = variant.and_then(|v| v.text.clone()).unwrap_or_default();
    let body = if text.is_empty() {
        header
    } else {
        format!("{header}\n\n{text}")
    };
    Outbound {
        text: body,
        buttons: Vec::new(),
        edit_of: None,
        all_buttons: Vec::new(),
        media: variant
            .and_then(|v| v.voice_ref.clone())
            .map(|file_ref| Part::Voice { file_ref }),
    }
}

/// Recipients per language, and whether each language has its own variant (else it falls
/// back to Vietnamese): what the admin sees before sending. The private chats in
/// `relayer_chats` get the relay copy instead ([`start_in`]), so they are not counted here.
pub async fn preview(
    conn: &mut Conn,
    i18n: &Localizer,
    target: &Target,
    audience: Audience,
    variants: &[Variant],
    relayer_chats: &std::collections::BTreeSet<i64>,
) -> StoreResult<BTreeMap<String, (usize, bool)>> {
    let mut out = BTreeMap::new();
    for r in store::recipients(conn, target, audience).await? {
        if !r.group && relayer_chats.contains(&r.chat_id) {
            continue;
        }
        let language = i18n.canonical(&r.language).unwrap_or(r.language);
        let own = variants
            .iter()
            .any(|v| same_language(i18n, &v.language, &language));
        let entry = out.entry(language.to_string()).or_insert((0, own));
        entry.0 += 1;
    }
    Ok(out)
}

/// For the preview: per language that has no bundle, among the target's villages, how many
/// villages, people and groups read Vietnamese for want of a translation.
pub async fn untranslated_readers(
    conn: &mut Conn,
    i18n: &Localizer,
    target: &Target,
) -> StoreResult<BTreeMap<String, (usize, i64, i64)>> {
    let villages = store::target_villages(conn, target).await?;
    crate::services::language_gaps::untranslated_in(conn, i18n, &villages).await
}

/// Starts an announcement inside the caller's transaction: every recipient's row is created
/// here, or none. Returns how many.
pub async fn start_in(
    conn: &mut Conn,
    i18n: &Localizer,
    id: i64,
    now_ms: i64,
) -> StoreResult<usize> {
    let Some(a) = store::get(conn, id).await? else {
        return Ok(0);
    };
    if !matches!(a.status.as_str(), "draft" | "scheduled") {
        return Ok(0);
    }
    let variants = store::variants(conn, id).await?;
    let mut recipients: Vec<Recipient> = store::recipients(conn, &a.target, a.audience).await?;
    // An urgent one goes ahead of every other bulk message, village groups (read by many)
    // first, then subscribers.
    let priority = if a.urgent {
        recipients.sort_by_key(|r| !r.group);
        outbox::Priority::Notification
    } else {
        outbox::Priority::Bulk
    };
    // Village groups the bot cannot post into: their relayers forward it. A relayer who also
    // subscribed gets it once, as the relay copy (which they forward as it is).
    let relayers = super::relay::start_in(conn, i18n, &a, &variants, now_ms).await?;
    recipients.retain(|r| r.group || !relayers.contains(&r.chat_id));
    for r in &recipients {
        let message = message_for(i18n, &variants, &r.language);
        outbox::enqueue_announcement(
            conn,
            r.chat_id,
            id,
            r.language.as_str(),
            &message,
            priority,
            now_ms,
        )
        .await?;
    }
    store::set_status(conn, id, "sending", now_ms).await?;
    Ok(recipients.len())
}

/// Creates an announcement for an admin over every target area (checked now, whatever the
/// draft was written under), audited; sent at once (returns how many recipients) or at `at`.
pub async fn create(
    cx: &mut super::Ctx<'_>,
    target: &Target,
    audience: Audience,
    variants: &[Variant],
    at: Option<i64>,
    urgent: bool,
) -> StoreResult<Option<(i64, usize)>> {
    if !cx.actor.admin_over_all(cx.conn, &target.areas).await? {
        return Ok(None);
    }
    let id = store::create(
        cx.conn,
        cx.actor.person_id,
        target,
        audience,
        variants,
        at,
        cx.now,
    )
    .await?;
    if urgent {
        store::mark_urgent(cx.conn, id).await?;
    }
    crate::store::audit(
        cx.conn,
        cx.actor.person_id,
        AuditAction::BroadcastCreate,
        &id.to_string(),
        None,
        cx.now,
    )
    .await?;
    let count = match at {
        Some(_) => 0,
        None => start_in(cx.conn, cx.i18n, id, cx.now).await?,
    };
    Ok(Some((id, count)))
}

/// Whether the actor may see and manage an announcement: an admin over every area it targets.
pub async fn may_manage(conn: &mut Conn, actor: &Actor, a: &Announcement) -> StoreResult<bool> {
    actor.admin_over_all(conn, &a.target.areas).await
}

/// The latest announcements the actor may see (their area's), newest first.
pub async fn recent_for(
    conn: &mut Conn,
    actor: &Actor,
    limit: usize,
) -> StoreResult<Vec<Announcement>> {
    let mut out = Vec::new();
    for a in store::recent(conn, 100).await? {
        if out.len() == limit {
            break;
        }
        if may_manage(conn, actor, &a).await? {
            out.push(a);
        }
    }
    Ok(out)
}

/// Cancels an announcement for an admin over all its areas (audited); an announcement
/// outside their area is answered as one that cannot be cancelled.
pub async fn cancel(conn: &mut Conn, actor: &Actor, id: i64, now_ms: i64) -> StoreResult<bool> {
    let Some(a) = store::get(conn, id).await? else {
        return Ok(false);
    };
    if !may_manage(conn, actor, &a).await? || !cancel_in(conn, id, now_ms).await? {
        return Ok(false);
    }
    crate::store::audit(
        conn,
        actor.person_id,
        AuditAction::BroadcastCancel,
        &id.to_string(),
        None,
        now_ms,
    )
    .await?;
    Ok(true)
}

/// Cancels a scheduled or running announcement; what was sent stays sent.
pub async fn cancel_in(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let Some(a) = store::get(conn, id).await? else {
        return Ok(false);
    };
    if !matches!(a.status.as_str(), "draft" | "scheduled" | "sending") {
        return Ok(false);
    }
    store::skip_pending(conn, id, "cancelled").await?;
    store::set_status(conn, id, "cancelled", now_ms).await?;
    Ok(true)
}

/// Totals of one announcement: per state, and per language and per commune.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Figures {
    pub total: i64,
    pub states: BTreeMap<String, i64>,
    pub by_language: BTreeMap<String, BTreeMap<String, i64>>,
    pub by_commune: BTreeMap<String, BTreeMap<String, i64>>,
    /// Per village with relayers: relayed or not, by whom and when.
    pub relay: Vec<VillageRelay>,
}

impl Figures {
    pub fn get(&self, state: &str) -> i64 {
        self.states.get(state).copied().unwrap_or(0)
    }
}

pub async fn figures(conn: &mut Conn, id: i64) -> StoreResult<Figures> {
    let mut f = Figures::default();
    for (language, commune, state, n) in store::figures(conn, id).await? {
        f.total += n;
        *f.states.entry(state.clone()).or_default() += n;
        *f.by_language
            .entry(language)
            .or_default()
            .entry(state.clone())
            .or_default() += n;
        *f.by_commune
            .entry(commune)
            .or_default()
            .entry(state)
            .or_default() += n;
    }
    f.relay = crate::store::relay::by_village(conn, id).await?;
    Ok(f)
}

/// The figures as text for an admin, in `locale`.
pub fn render_figures(
    i18n: &Localizer,
    locale: &LocaleTag,
    a: &Announcement,
    f: &Figures,
) -> String {
    let t = |m: Msg| i18n.render(locale, &m);
    let line = |states: &BTreeMap<String, i64>| {
        t(Msg::new("broadcast-figures")
            .arg("delivered", states.get("delivered").copied().unwrap_or(0))
            .arg("failed", states.get("failed").copied().unwrap_or(0))
            .arg("blocked", states.get("blocked").copied().unwrap_or(0))
            .arg("skipped", states.get("skipped").copied().unwrap_or(0))
            .arg("pending", states.get("pending").copied().unwrap_or(0)))
    };
    let mut out = t(Msg::new("broadcast-summary-title")
        .arg("id", a.id)
        .arg("status", Msg::new(format!("broadcast-status-{}", a.status)))
        .arg("total", f.total));
    let _ = write!(out, "\n{}", line(&f.states));
    // Zalo followers who last wrote more than 7 days ago: not a failure, Zalo's rule.
    let outside = f.get("outside_window");
    if outside > 0 {
        let _ = write!(
            out,
            "\n{}",
            t(Msg::new("broadcast-figures-outside-window").arg("count", outside))
        );
    }
    if f.by_language.len() > 1 || f.by_commune.len() > 1 {
        for (language, states) in &f.by_language {
            let name = LocaleTag::parse(language)
                .ok()
                .and_then(|t| i18n.language(&t))
                .map_or(language.clone(), |l| l.own_name.clone());
            let _ = write!(out, "\n• {name}: {}", line(states));
        }
        for (commune, states) in &f.by_commune {
            let _ = write!(out, "\n• {commune}: {}", line(states));
        }
    }
    if !f.relay.is_empty() {
        let done = f.relay.iter().filter(|v| v.confirmed.is_some()).count();
        let _ = write!(
            out,
            "\n{}",
            t(Msg::new("relay-figures-title")
                .arg("done", done)
                .arg("total", f.relay.len()))
        );
        for v in &f.relay {
            let text = match &v.confirmed {
                Some((who, at)) => t(Msg::new("relay-figures-done")
                    .arg("village", v.village.clone())
                    .arg(
                        "who",
                        match who {
                            Some(name) => crate::i18n::Arg::Str(name.clone()),
                            None => crate::i18n::Arg::Msg(Box::new(Msg::new("relay-someone"))),
                        },
                    )
                    .arg("when", when(*at))),
                None => t(Msg::new("relay-figures-pending").arg("village", v.village.clone())),
            };
            let _ = write!(out, "\n{text}");
        }
    }
    out
}

/// Starts scheduled announcements whose time has come and reports finished ones to their
/// authors. Called every few seconds by the serve loop and after each console line.
pub async fn tick(db: &Db, i18n: &Localizer, clock: &dyn Clock) -> StoreResult<()> {
    let now = clock.now_ms();
    let due = {
        let mut conn = db.pool.acquire().await?;
        store::due(&mut conn, now).await?
    };
    for a in due {
        let mut tx = db.begin().await?;
        let n = start_in(&mut tx, i18n, a.id, now).await?;
        tx.commit().await?;
        tracing::info!(
            announcement = a.id,
            recipients = n,
            "scheduled broadcast started"
        );
    }
    let sending = {
        let mut conn = db.pool.acquire().await?;
        store::sending(&mut conn).await?
    };
    for a in sending {
        let mut tx = db.begin().await?;
        let finished = store::unsettled(&mut tx, a.id).await? == 0;
        if finished {
            store::set_status(&mut tx, a.id, "done", now).await?;
        }
        // Short broadcasts report once, at the end; long ones keep one progress message
        // up to date (edited in place where the channel can edit); an urgent one from the
        // start, at every tick.
        let after = if a.urgent { 0 } else { PROGRESS_AFTER_MS };
        let long_running = a.started_at.is_some_and(|s| now - s >= after);
        if finished || long_running {
            report_progress(&mut tx, i18n, &a, finished, now).await?;
        }
        tx.commit().await?;
        if finished {
            tracing::info!(announcement = a.id, "broadcast finished");
        }
    }
    Ok(())
}

/// A relayer confirmed: where the author was shown the figures already, they are shown again
/// with this village relayed (edited in place where the channel can edit).
pub async fn relay_confirmed(
    conn: &mut Conn,
    i18n: &Localizer,
    id: i64,
    now: i64,
) -> StoreResult<()> {
    let (progress_row, _, _) = store::progress(conn, id).await?;
    if progress_row.is_none() {
        return Ok(());
    }
    let Some(a) = store::get(conn, id).await? else {
        return Ok(());
    };
    let finished = a.status == "done";
    report_progress(conn, i18n, &a, finished, now).await
}

/// A broadcast that runs longer than this gets a progress message.
const PROGRESS_AFTER_MS: i64 = 5_000;
/// How often that message is brought up to date: an urgent announcement's at every
/// housekeeping tick (5 s), others' at most this often.
const PROGRESS_EVERY_MS: i64 = 30_000;

/// Posts or edits the author's progress message; the final figures when `finished`.
async fn report_progress(
    conn: &mut Conn,
    i18n: &Localizer,
    a: &Announcement,
    finished: bool,
    now: i64,
) -> StoreResult<()> {
    let Some(author) = (match a.created_by {
        Some(id) => people::get(conn, id).await?,
        None => None,
    }) else {
        return Ok(());
    };
    let Some(chat) = chats::private_of(conn, &author.channel, &author.external_id).await? else {
        return Ok(());
    };
    let locale = author
        .language
        .as_ref()
        .and_then(|l| i18n.canonical(l))
        .unwrap_or_else(LocaleTag::vi);
    let shown = Announcement {
        status: if finished {
            "done".into()
        } else {
            a.status.clone()
        },
        ..a.clone()
    };
    let f = figures(conn, a.id).await?;
    let text = render_figures(i18n, &locale, &shown, &f);
    let (progress_row, last_text, last_at) = store::progress(conn, a.id).await?;
    if last_text.as_deref() == Some(text.as_str()) {
        return Ok(());
    }
    if !finished && !a.urgent && last_at.is_some_and(|at| now - at < PROGRESS_EVERY_MS) {
        return Ok(());
    }
    let edit_of = match progress_row {
        Some(row) => store::sent_message_id(conn, row).await?,
        None => None,
    };
    if progress_row.is_some() && edit_of.is_none() && !finished {
        // The last progress message is not out yet: no new one on top of it.
        return Ok(());
    }
    let mut out = render(i18n, &locale, &Reply::new(Text::Plain(text.clone())));
    out.edit_of = edit_of;
    let row = outbox::enqueue(conn, chat.id, Priority::Notification, &out, now).await?;
    store::set_progress(conn, a.id, row, &text).await?;
    Ok(())
}

/// When a scheduled announcement goes out, in local time.
pub fn when(ms: i64) -> String {
    let (time, date) = local_parts(ms);
    format!("{time} {date}")
}
