//! The conversation engine: an [`Inbound`] in, replies into the outbox, state saved — all in one
//! transaction. It knows nothing of Telegram or Zalo; channels translate at the edges.

mod broadcast;
mod dialogue;
mod emergency;
mod groups;
mod helpers;
mod lessons;
mod officer;
mod petitions;
mod privacy;
mod relay;
mod report;
pub mod state;
mod typed;
mod voice;
pub use petitions::expect_info;

use std::sync::Arc;
use std::time::Instant;

pub use crate::message::{
    ButtonSpec, Channel, Event, Handled, Inbound, Reply, Text, merge, render,
};
use crate::message::{HandleFailed, Handler};

use crate::clock::Clock;
use crate::domain::LocaleTag;
use crate::domain::calendar::WorkCalendar;
use crate::domain::petition::PetitionLimits;
use crate::domain::text::{NAME_MAX_CHARS, TITLE_MAX_CHARS, clean_input, clean_name};
use crate::i18n::{Localizer, Msg};
use crate::intent::Intent;
use crate::metrics::Metrics;
use crate::services::lessons::Catalogue;
use crate::services::{Actor, Ctx, Outgoing};
use crate::store::chats::{self, Chat, ChatKind};
use crate::store::directory::{Directory, DirectoryCache};
use crate::store::outbox::{self, Priority};
use crate::store::people::{self, Person};
use crate::store::{Conn, Db, StoreError, conversations, updates};
use state::State;

/// Limits on what people send.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Longest text message taken, in characters.
    pub max_text_chars: usize,
    pub petition: PetitionLimits,
    /// Updates one person may send in a minute; more are refused with one polite message
    /// (0 turns the limit off).
    pub flood_per_minute: u32,
    /// The working days petition deadlines are counted in.
    pub calendar: Arc<WorkCalendar>,
    /// Where `/baocao` puts its chart image (the media store), and the public address that
    /// serves it (`LOATHON_PUBLIC_URL`); without an address only the console gets the image
    /// (as a file path).
    pub media_dir: std::path::PathBuf,
    pub public_url: Option<String>,
    /// Where `/web` sign-in links point (`LOATHON_PUBLIC_URL`, else the HTTP address).
    pub web_base_url: String,
    /// Minutes a `/web` sign-in link stays valid.
    pub web_link_minutes: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_text_chars: 4000,
            petition: PetitionLimits::default(),
            flood_per_minute: 30,
            media_dir: std::path::PathBuf::from(crate::config::DEFAULT_MEDIA_DIR),
            public_url: None,
            // The compiled-in files, which a unit test reads: they cannot fail here.
            calendar: Arc::new(
                crate::store::seeds::work_calendar(None).expect("the compiled-in calendar"),
            ),
            web_base_url: "http://127.0.0.1:8080".into(),
            web_link_minutes: crate::config::DEFAULT_WEB_LINK_MINUTES,
        }
    }
}

/// What can fail in a turn: storage. Everything a person did wrong is answered, not failed.
pub type EngineError = StoreError;

#[derive(Clone)]
pub struct Engine {
    db: Db,
    i18n: Arc<Localizer>,
    clock: Arc<dyn Clock>,
    limits: Limits,
    lessons: Arc<Catalogue>,
    metrics: Arc<Metrics>,
    flood: Arc<FloodGuard>,
    /// Areas, units, categories and routing rules, as of the latest turn's counter.
    directory: Arc<DirectoryCache>,
}

impl Engine {
    pub fn new(
        db: Db,
        i18n: Arc<Localizer>,
        clock: Arc<dyn Clock>,
        limits: Limits,
        lessons: Arc<Catalogue>,
        metrics: Arc<Metrics>,
    ) -> Self {
        Self {
            db,
            i18n,
            clock,
            limits,
            lessons,
            metrics,
            flood: Arc::default(),
            directory: Arc::default(),
        }
    }

    /// The directory as committed now, from the cache the turns share (reloaded only when its
    /// counter moved): for the web pages and Open311, which act outside a turn.
    pub async fn directory(&self, conn: &mut Conn) -> Result<Arc<Directory>, StoreError> {
        self.directory.fresh(conn).await
    }

    pub fn localizer(&self) -> &Localizer {
        &self.i18n
    }

    /// The working days petition deadlines are counted in (for petitions filed outside a
    /// chat, e.g. through Open311).
    pub fn calendar(&self) -> Arc<crate::domain::calendar::WorkCalendar> {
        self.limits.calendar.clone()
    }

    /// Handles one update. On a storage failure nothing of the turn is kept, and the person
    /// gets a short apology (best effort) so they know to try again.
    pub async fn handle(&self, inbound: Inbound) -> Result<Handled, EngineError> {
        Ok(self
            .handle_keyed(inbound, None, None)
            .await?
            .unwrap_or_default())
    }

    /// Handles an update that carries the platform's update id: an id seen before is dropped
    /// (`Ok(None)`). The id is recorded in the update's own transaction, so a failed update can
    /// be delivered again and is then handled. For a button press, `pressed_message` is the
    /// platform's id of the message that carried the button: a picker whose page is turned is
    /// then edited in place instead of sent again.
    pub async fn handle_once(
        &self,
        inbound: Inbound,
        update_id: &str,
        pressed_message: Option<&str>,
    ) -> Result<Option<Handled>, EngineError> {
        self.handle_keyed(inbound, Some(update_id), pressed_message)
            .await
    }

    // A span per update: the channel only (never who, nor what they wrote).
    #[tracing::instrument(name = "update", skip_all, fields(channel = inbound.channel.as_str()))]
    async fn handle_keyed(
        &self,
        mut inbound: Inbound,
        update_id: Option<&str>,
        pressed_message: Option<&str>,
    ) -> Result<Option<Handled>, EngineError> {
        let started = Instant::now();
        self.metrics.inbound(inbound.channel.as_str());
        match self
            .flood
            .check(&inbound, self.clock.now_ms(), self.limits.flood_per_minute)
        {
            Flood::Allowed => {}
            Flood::Warn => {
                self.say_outside_turn(&inbound, "flood-slow-down").await?;
                return Ok(Some(Handled::default()));
            }
            Flood::Drop => return Ok(Some(Handled::default())),
        }
        normalise(&mut inbound);
        let result = self
            .handle_in_tx(&inbound, update_id, pressed_message)
            .await;
        self.metrics.observe_handle(started.elapsed());
        match result {
            Ok(handled) => Ok(handled),
            Err(e) => {
                self.metrics.engine_error();
                tracing::error!(error = %e, channel = inbound.channel.as_str(), "update failed");
                let _ = self.apologise(&inbound).await;
                Err(e)
            }
        }
    }

    async fn handle_in_tx(
        &self,
        inbound: &Inbound,
        update_id: Option<&str>,
        pressed_message: Option<&str>,
    ) -> Result<Option<Handled>, EngineError> {
        let now = self.clock.now_ms();
        // BEGIN goes with the first statement and COMMIT with the last (on SQLite).
        let mut tx = self.db.begin_folded().await?;
        let channel = inbound.channel.as_str();
        if let Some(id) = update_id {
            let lead = tx.lead();
            if !updates::first_time(&mut tx, lead, channel, id, now).await? {
                tx.rollback().await?;
                return Ok(None);
            }
        }
        // Someone seen before, in a chat seen before, with nothing to bring up to date: one
        // read. Anyone else (new, renamed, linked to another app, a chat to reactivate) goes
        // the long way.
        let lead = tx.lead();
        let opening =
            conversations::opening(&mut tx, lead, channel, &inbound.sender_id, &inbound.chat_id)
                .await?;
        // The directory as committed now: the counter came with the opening read (one more
        // statement on the long way).
        let directory = match &opening {
            Some(o) => self.directory.current(&mut tx, o.directory_version).await?,
            None => self.directory.fresh(&mut tx).await?,
        };
        let opening = opening.filter(|o| {
            o.person.linked_to.is_none()
                && inbound
                    .sender_name
                    .as_deref()
                    .is_none_or(|n| o.person.display_name.as_deref() == Some(n))
                && o.chat.active
                && o.chat.forget_as.is_none()
        });
        let (identity, person, chat, stored, actor, listens) = match opening {
            Some(o) => {
                let actor = Actor::with_grants(o.person.id, o.grants);
                let listens = Some(o.listens);
                (o.person.clone(), o.person, o.chat, o.state, actor, listens)
            }
            None => {
                let (identity, _created) = people::find_or_create(
                    &mut tx,
                    channel,
                    &inbound.sender_id,
                    inbound.sender_name.as_deref(),
                    now,
                )
                .await?;
                // One person on two apps acts as the person both identities were linked into.
                let person = crate::store::links::acting(&mut tx, &identity).await?;
                let chat = chats::find_or_create(
                    &mut tx,
                    channel,
                    &inbound.chat_id,
                    inbound.chat_kind,
                    inbound.chat_title.as_deref(),
                    now,
                )
                .await?;
                let stored = conversations::load(&mut tx, chat.id, person.id).await?;
                let actor = Actor::load(&mut tx, person.id).await?;
                (identity, person, chat, stored, actor, None)
            }
        };
        let locale = match chat.kind {
            ChatKind::Group => chat.language.as_ref().and_then(|t| self.i18n.canonical(t)),
            ChatKind::Private => person
                .language
                .as_ref()
                .and_then(|t| self.i18n.canonical(t)),
        }
        .unwrap_or_else(|| self.i18n.resolve(inbound.language_hint.as_deref()));

        let (state, was_reset) = match stored.as_deref().map(state::decode) {
            None => (State::Idle, false),
            Some(Some(s)) => (s, false),
            Some(None) => (State::Idle, true),
        };

        let mut turn = Turn {
            conn: &mut tx,
            i18n: &self.i18n,
            person,
            identity,
            chat,
            locale,
            now,
            limits: &self.limits,
            lessons: &self.lessons,
            dir: directory,
            replies: Vec::new(),
            actor,
            out: Outgoing::default(),
            fresh: stored.is_none(),
            forgotten: false,
            listens,
        };
        // A typed number or label is a press of the latest buttons (typed.rs); then group
        // commands, deep links and the bot's own membership are read (groups.rs).
        let event = match typed::read(&mut turn, &state, &inbound.event).await? {
            typed::Typed::Event(event) | typed::Typed::Press(event) => Some(event),
            typed::Typed::Answered => None,
        };
        let prepared = match event {
            Some(event) => groups::prepare(&mut turn, &event).await?,
            None => None,
        };
        // «Trang sau ›» under a message with more buttons than the channel shows at once: the
        // next of that message's buttons, the step on screen unchanged. A press naming no
        // message of this chat (forged, or the message is gone) goes on to the dialogue, which
        // says the button is out of date.
        let mut buttons_page = None;
        let prepared = match prepared {
            Some(Event::Button(data)) if turn.chat.kind == ChatKind::Private => {
                match Intent::parse(&data) {
                    Some(Intent::ButtonsPage { page, of }) => {
                        let all = outbox::paged(turn.conn, turn.chat.id, of).await?;
                        if all.is_empty() {
                            Some(Event::Button(data))
                        } else {
                            buttons_page = Some(page);
                            let max = Channel::parse(&turn.chat.channel)
                                .and_then(Channel::max_buttons)
                                .unwrap_or(all.len());
                            let pages = crate::message::button_pages(all.len(), max).len();
                            let reply = Reply::new(
                                Msg::new("buttons-page")
                                    .arg("page", page.min(pages.saturating_sub(1)) + 1)
                                    .arg("pages", pages),
                            )
                            .column(
                                all.into_iter()
                                    .map(|b| ButtonSpec {
                                        label: Text::Plain(b.label),
                                        data: b.data,
                                    })
                                    .collect(),
                            );
                            turn.say(reply);
                            None
                        }
                    }
                    _ => Some(Event::Button(data)),
                }
            }
            other => other,
        };
        let next = match prepared {
            Some(event) => dialogue::step(&mut turn, state, &event, was_reset).await?,
            None => state,
        };
        let Turn {
            replies,
            out,
            locale,
            chat,
            person,
            forgotten,
            listens,
            ..
        } = turn;
        let mut handled = Handled::default();
        let replies = merge(replies);
        // A page turn (or a step within one picker) replaces the picker, as people expect of a
        // menu; anything else is a new message, so that what was said stays readable above.
        let mut edit_of = match &inbound.event {
            Event::Button(data)
                if Intent::parse(data).is_some_and(|i| i.flips_in_place())
                    && replies.len() == 1 =>
            {
                pressed_message.map(str::to_string)
            }
            _ => None,
        };
        let listener = (chat.kind == ChatKind::Private).then_some(person.id);
        let max_buttons = Channel::parse(&chat.channel).and_then(Channel::max_buttons);
        let mut rows = Vec::new();
        for reply in &replies {
            // The recording of a key message, before it, for a person who listens by voice
            // (services::voice; the same call sits in Outgoing::rows for every notice).
            if let Some(person_id) = listener {
                let voices = crate::services::voice::attachments(
                    &mut tx,
                    &self.i18n,
                    chat.id,
                    match listens {
                        Some(known) => crate::services::voice::Listener::Known(known),
                        None => crate::services::voice::Listener::Person(person_id),
                    },
                    &locale,
                    reply,
                )
                .await?;
                rows.extend(voices.into_iter().map(|message| outbox::NewRow {
                    chat_id: chat.id,
                    priority: Priority::Reply,
                    message,
                }));
            }
            let mut message = render(&self.i18n, &locale, reply);
            message.edit_of = edit_of.take();
            if let Some(max) = max_buttons {
                crate::message::fit_buttons(
                    &mut message,
                    &self.i18n,
                    &locale,
                    max,
                    buttons_page.unwrap_or(0),
                );
            }
            rows.push(outbox::NewRow {
                chat_id: chat.id,
                priority: Priority::Reply,
                message,
            });
        }
        // Notices to this very chat (an officer who is also the author) are replies.
        let (here, elsewhere): (Vec<_>, Vec<_>) =
            out.notices.into_iter().partition(|n| n.chat_id == chat.id);
        for (notices, priority) in [(here, Priority::Reply), (elsewhere, Priority::Notification)] {
            rows.extend(
                Outgoing { notices }
                    .rows(&mut tx, &self.i18n, priority)
                    .await?,
            );
        }
        // The conversation and every row the turn queues: one statement. A person who has
        // just had their data deleted leaves no conversation behind.
        let state = state::encode(&next);
        let conversation = (!forgotten).then_some((chat.id, person.id, state.as_str()));
        let tail = tx.tail();
        let (ids, tail_ran) =
            outbox::save_and_enqueue_then(&mut tx, conversation, &rows, now, tail).await?;
        handled.outbox_ids = ids;
        tx.finish(tail_ran).await?;
        Ok(Some(handled))
    }

    async fn apologise(&self, inbound: &Inbound) -> Result<(), EngineError> {
        self.say_outside_turn(inbound, "error-try-again").await
    }

    /// A one-line answer outside a turn (no state read or written): an apology, a flood
    /// warning.
    async fn say_outside_turn(
        &self,
        inbound: &Inbound,
        id: &'static str,
    ) -> Result<(), EngineError> {
        let now = self.clock.now_ms();
        let mut conn = self.db.pool.acquire().await?;
        let chat = chats::find_or_create(
            &mut conn,
            inbound.channel.as_str(),
            &inbound.chat_id,
            inbound.chat_kind,
            None,
            now,
        )
        .await?;
        let known = people::find(&mut conn, inbound.channel.as_str(), &inbound.sender_id)
            .await?
            .and_then(|p| p.language)
            .and_then(|l| self.i18n.canonical(&l));
        let locale = known.unwrap_or_else(|| self.i18n.resolve(inbound.language_hint.as_deref()));
        let out = render(&self.i18n, &locale, &Reply::new(id));
        outbox::enqueue(&mut conn, chat.id, Priority::Reply, &out, now).await?;
        Ok(())
    }
}

impl Handler for Engine {
    fn handle_update<'a>(
        &'a self,
        inbound: Inbound,
        update_id: Option<&'a str>,
        pressed_message: Option<&'a str>,
    ) -> futures_util::future::BoxFuture<'a, Result<Option<Handled>, HandleFailed>> {
        Box::pin(async move {
            self.handle_keyed(inbound, update_id, pressed_message)
                .await
                .map_err(|e| HandleFailed(e.to_string()))
        })
    }
}

/// What the flood guard says of one update.
#[derive(Debug, PartialEq, Eq)]
enum Flood {
    Allowed,
    /// The first update over the limit: answer once, politely.
    Warn,
    /// Further updates over the limit: dropped without an answer (answering would feed a
    /// flood).
    Drop,
}

/// Updates per person in the current minute, in this process.
#[derive(Default)]
struct FloodGuard(std::sync::Mutex<std::collections::HashMap<(Channel, String), (i64, u32)>>);

impl FloodGuard {
    const WINDOW_MS: i64 = 60_000;

    fn check(&self, inbound: &Inbound, now: i64, per_minute: u32) -> Flood {
        // The console is a local terminal or a test script: nobody there floods anyone.
        if per_minute == 0 || inbound.channel == Channel::Console {
            return Flood::Allowed;
        }
        let mut windows = self.0.lock().expect("flood guard lock");
        if windows.len() > 50_000 {
            windows.retain(|_, (start, _)| now - *start < Self::WINDOW_MS);
        }
        let entry = windows
            .entry((inbound.channel, inbound.sender_id.clone()))
            .or_insert((now, 0));
        if now - entry.0 >= Self::WINDOW_MS {
            *entry = (now, 0);
        }
        entry.1 += 1;
        match entry.1.cmp(&(per_minute + 1)) {
            std::cmp::Ordering::Less => Flood::Allowed,
            std::cmp::Ordering::Equal => Flood::Warn,
            std::cmp::Ordering::Greater => Flood::Drop,
        }
    }
}

/// Normalises what came in: text (NFC, no control characters; commands read out of it), and
/// the sender's name and the group's title, which are stored and shown to officers
/// ([`clean_name`]: one line, capped, `None` when nothing is left).
fn normalise(inbound: &mut Inbound) {
    inbound.sender_name = inbound
        .sender_name
        .as_deref()
        .and_then(|n| clean_name(n, NAME_MAX_CHARS));
    inbound.chat_title = inbound
        .chat_title
        .as_deref()
        .and_then(|t| clean_name(t, TITLE_MAX_CHARS));
    let event = &mut inbound.event;
    match event {
        Event::Text(t) => {
            let clean = clean_input(t);
            *event = Event::from_text(&clean);
        }
        Event::Command { args, .. } => *args = clean_input(args),
        Event::Photo {
            caption: Some(c), ..
        } => *c = clean_input(c),
        _ => {}
    }
}

/// One update being handled: the open transaction, who and where, and what to say.
pub(crate) struct Turn<'a> {
    pub conn: &'a mut Conn,
    pub i18n: &'a Localizer,
    /// The person acting: the one this app's identity is linked to, else the identity itself.
    pub person: Person,
    /// The identity on this channel the update came from (its own `people` row).
    pub identity: Person,
    pub chat: Chat,
    /// The language replies are rendered in; changes when the person picks another.
    pub locale: LocaleTag,
    pub now: i64,
    pub limits: &'a Limits,
    pub lessons: &'a Catalogue,
    /// Areas, units, categories and routing rules as committed when the turn began.
    pub dir: Arc<Directory>,
    pub replies: Vec<Reply>,
    /// Who is acting, with their roles as of this update.
    pub actor: Actor,
    /// Messages to other chats (officers, the villager, a unit's group), each in its
    /// recipient's language.
    pub out: Outgoing,
    /// No conversation was stored for this chat and person before.
    pub fresh: bool,
    /// The person's data was deleted in this turn: their conversation is not saved again.
    pub forgotten: bool,
    /// Whether the person listens by voice, once read (the opening read brings it).
    pub listens: Option<bool>,
}

impl Turn<'_> {
    /// Whether this chat's messages can carry buttons (not a Zalo OA's group).
    pub fn shows_buttons(&self) -> bool {
        Channel::parse(&self.chat.channel).is_none_or(|c| c.shows_buttons(self.chat.kind))
    }

    pub fn say(&mut self, reply: Reply) {
        self.replies.push(reply);
    }

    pub fn say_msg(&mut self, msg: Msg) {
        self.replies.push(Reply::new(msg));
    }

    /// Whether the person listens by voice (read once a turn).
    pub async fn listens(&mut self) -> Result<bool, EngineError> {
        if let Some(known) = self.listens {
            return Ok(known);
        }
        let known = crate::store::voice::listens(self.conn, self.person.id).await?;
        self.listens = Some(known);
        Ok(known)
    }

    /// The context services work in: this turn's transaction, actor, time and notices.
    pub fn cx(&mut self) -> Ctx<'_> {
        Ctx {
            conn: &mut *self.conn,
            i18n: self.i18n,
            actor: &self.actor,
            now: self.now,
            out: &mut self.out,
            dir: &self.dir,
        }
    }
}
