//! The delivery worker: takes due rows from the outbox and hands them to a channel's [`Sender`],
//! once, in priority order (emergency alerts, replies, notifications, bulk), within the
//! platform's rate limits. Retries, `retry_after`, blocked chats and migrated groups are handled
//! here, for every channel alike; a sender only says which kind of failure it met
//! ([`SendError`]).
//!
//! Nothing is lost: a row leaves `pending` only as `sent`, `failed` (given up, with the reason)
//! or `skipped` (its chat can no longer be reached). Nothing is sent twice, except the one part in
//! flight when the process dies (its lease runs out and it is sent again) or a send the platform
//! accepted but whose answer the network lost. A long text goes out as several parts; the parts
//! already delivered are recorded, so a retry resumes after them.

use std::collections::{HashMap, HashSet, VecDeque};
use std::future::Future;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures_util::future::join_all;

use rand::Rng;
use tokio::sync::{Notify, watch};

use crate::clock::Clock;
use crate::message::Channel;
use crate::metrics::Metrics;
use crate::store::chats::{self, ChatKind};
use crate::store::outbox::{self, Button, ClaimClass, Claimed};
use crate::store::{Db, StoreError};

/// Why a send failed, and so what to do with the message.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// Try again later: a rate limit (with the platform's `retry_after`), the network, a server
    /// error.
    #[error("retryable: {reason}")]
    Retryable {
        retry_after: Option<Duration>,
        reason: String,
    },
    /// Never going to work. With `deactivate_chat` the chat itself is gone (the person blocked
    /// the bot, the bot was removed from the group): nothing more is sent there.
    #[error("final: {reason}")]
    Final {
        deactivate_chat: bool,
        reason: String,
    },
    /// The group moved to a new id (Telegram: became a supergroup); send there instead.
    #[error("chat migrated")]
    Migrated { to: String },
    /// Final for this message, but not a failure: the platform only lets the bot write to people
    /// who wrote lately (Zalo: within 7 days). Counted apart in announcements' figures.
    #[error("outside the platform's window: {reason}")]
    OutsideWindow { reason: String },
}

/// One platform message to send: a part of a row's text, with the row's buttons on the last.
#[derive(Clone, Copy, Debug)]
pub struct Part<'a> {
    pub chat_external_id: &'a str,
    pub chat_kind: ChatKind,
    pub text: &'a str,
    pub buttons: &'a [Vec<Button>],
    /// Replace this earlier message instead of sending a new one, if the platform can.
    pub edit_of: Option<&'a str>,
    /// A voice note, photo, document or place to send by the platform's reference; `text` is
    /// then its caption (possibly empty).
    pub media: Option<&'a crate::domain::petition::Part>,
    /// Send on the platform's paid broadcasting (Telegram's `allow_paid_broadcast`): only an
    /// urgent announcement's rows, only when the operator turned it on.
    pub paid_broadcast: bool,
}

/// A channel's way out.
pub trait Sender: Send + Sync + 'static {
    fn channel(&self) -> Channel;

    /// The longest text one platform message may carry, in UTF-16 code units (Telegram counts
    /// 4096 of them).
    fn max_text_len(&self) -> usize;

    /// Sends one message; returns the platform's id for it.
    fn send(&self, part: Part<'_>) -> impl Future<Output = Result<String, SendError>> + Send;
}

/// Telegram's limit on a caption, in UTF-16 code units.
pub const MAX_CAPTION_LEN: usize = 1024;

/// Sending rates; 0 turns a limit off (tests, and a local Bot API server).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rates {
    /// Messages per second over all chats (Telegram: about 30).
    pub global_per_second: u32,
    /// Least time between two messages to one chat, in ms (Telegram: about one per second).
    pub per_chat_interval_ms: i64,
    /// Messages per minute to one group (Telegram: 20).
    pub group_per_minute: u32,
    /// Urgent announcements' own overall rate with paid broadcasting (Telegram's
    /// `allow_paid_broadcast`: up to 1,000/s, paid in Stars); 0 when it is off.
    pub paid_per_second: u32,
}

impl Default for Rates {
    fn default() -> Self {
        Self {
            global_per_second: 30,
            per_chat_interval_ms: 1000,
            group_per_minute: 20,
            paid_per_second: 0,
        }
    }
}

impl Rates {
    /// No limits at all.
    pub fn unlimited() -> Self {
        Self {
            global_per_second: 0,
            per_chat_interval_ms: 0,
            group_per_minute: 0,
            paid_per_second: 0,
        }
    }
}

#[derive(Clone, Debug)]
pub struct DeliveryConfig {
    pub rates: Rates,
    /// How often the worker looks for due rows when nothing wakes it.
    pub poll_interval: Duration,
    /// How long a claimed row stays with this worker before another may take it.
    pub lease_ms: i64,
    /// Rows claimed at once.
    pub batch: i64,
    /// Tries before a row that keeps failing (network, server errors) is given up.
    pub max_attempts: i64,
    /// First retry delay; doubles each attempt, with jitter, up to `backoff_max_ms`.
    pub backoff_base_ms: i64,
    pub backoff_max_ms: i64,
    /// How long an instance stays the channel's sender without renewing (it renews every
    /// quarter of it); another instance takes over this long after the sender's death.
    pub sender_lease_ms: i64,
    /// Rows are claimed this long before their slot of the overall rate frees, and a claimed
    /// row whose chat or slot is ready within this long waits for it rather than going back:
    /// a freed slot is used when it frees, not a claim's round trip later. 0 claims only
    /// when a slot is free.
    pub slot_ahead_ms: i64,
}

impl Default for DeliveryConfig {
    fn default() -> Self {
        Self {
            rates: Rates::default(),
            poll_interval: Duration::from_millis(250),
            lease_ms: 60_000,
            batch: 50,
            max_attempts: 15,
            backoff_base_ms: 2_000,
            backoff_max_ms: 600_000,
            sender_lease_ms: 10_000,
            slot_ahead_ms: 40,
        }
    }
}

/// Keeps sends within [`Rates`]. Time is the injected clock's, in ms. One per sending process:
/// with several instances, one of them holds the sender's lease and sends (see [`Worker::run`]).
///
/// A send counts from when it starts until a second after the platform saw it, which is some
/// time before its answer came back: no second of the platform's clock holds more than the
/// rate, however the network spaces the requests. A request is taken to reach the platform
/// within [`ARRIVAL_MS`] (half a second: the server sits in a data centre, not on a village
/// phone) of being sent, so a slow answer (a chat whose send takes 10 s) holds a slot of the
/// second for that long at most, not for as long as it is in flight. The overall
/// rate is also spread over the second (at most a fifth of it answered in any 100 ms), so a
/// reply never waits long behind a broadcast.
#[derive(Debug, Default)]
pub struct Limiter {
    rates: Rates,
    /// The platform's free overall limit.
    free: Budget,
    /// Paid broadcasting (Telegram's `allow_paid_broadcast`), for urgent announcements only.
    paid: Budget,
    chats: HashMap<String, ChatWindow>,
}

/// One overall rate: what was sent in the last second, and what is in flight.
#[derive(Debug, Default)]
struct Budget {
    per_second: u32,
    /// When each send of the last second was (at the latest) seen by the platform, oldest first.
    seen: VecDeque<i64>,
    /// Start times of the sends not answered yet.
    in_flight: Vec<i64>,
    /// Start times of the last 100 ms, oldest first (for spreading the rate over the second).
    starts: VecDeque<i64>,
}

/// A slot taken by [`Limiter::start`], given back by [`Limiter::finish`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket {
    started: i64,
    paid: bool,
}

#[derive(Debug, Default)]
struct ChatWindow {
    last: Option<i64>,
    /// Send times in the last minute (groups only).
    recent: VecDeque<i64>,
    paused_until: i64,
}

const SECOND_MS: i64 = 1_000;
const MINUTE_MS: i64 = 60_000;
/// The overall rate is also kept, loosely, over each tenth of a second.
const SLICE_MS: i64 = 100;
/// How long a request may take to reach the platform: a send still in flight after this is
/// taken to have been counted by the platform already (it counts a message when it arrives).
pub const ARRIVAL_MS: i64 = 500;

impl Budget {
    fn new(per_second: u32) -> Self {
        Self {
            per_second,
            ..Self::default()
        }
    }

    fn off(&self) -> bool {
        self.per_second == 0
    }

    /// Messages allowed in any 100 ms: a fifth of the rate, rounded up (twice the even pace,
    /// so that uneven answer times do not cost throughput).
    fn slice_cap(&self) -> usize {
        (self.per_second as usize).div_ceil(5)
    }

    /// Drops the sends the platform's last second no longer holds. Instants here are whole
    /// milliseconds (truncated), so a send is kept one millisecond past its second: one seen
    /// at 0.9 ms and recorded at 0 still counts at 1,000.5 ms on the platform's clock.
    fn forget(&mut self, now: i64) {
        while self.seen.front().is_some_and(|t| *t < now - SECOND_MS) {
            self.seen.pop_front();
        }
    }

    /// Sends in flight that may fall in the platform's last second: it saw each somewhere
    /// between its start and `ARRIVAL_MS` later.
    fn unseen(&self, now: i64) -> usize {
        self.in_flight
            .iter()
            .filter(|s| **s + ARRIVAL_MS + SECOND_MS > now)
            .count()
    }

    /// Sends started in the last 100 ms.
    fn in_slice(&mut self, now: i64) -> usize {
        while self.starts.front().is_some_and(|t| *t <= now - SLICE_MS) {
            self.starts.pop_front();
        }
        self.starts.len()
    }

    fn room(&mut self, now: i64) -> usize {
        if self.off() {
            return usize::MAX;
        }
        self.forget(now);
        let busy = self.seen.len() + self.unseen(now);
        let second = (self.per_second as usize).saturating_sub(busy);
        // Smoothing only (the second is the limit): starts are spread, whatever the round trip.
        let slice = self.slice_cap().saturating_sub(self.in_slice(now));
        second.min(slice)
    }

    /// How many sends may start by `at` (not before `now`) if nothing else starts meanwhile:
    /// the slots free now and those that free by then.
    fn room_by(&mut self, now: i64, at: i64) -> usize {
        if self.off() {
            return usize::MAX;
        }
        self.forget(now);
        let seen = self.seen.iter().filter(|t| **t >= at - SECOND_MS).count();
        let busy = seen + self.unseen(at);
        let second = (self.per_second as usize).saturating_sub(busy);
        let in_slice = self.starts.iter().filter(|t| **t > at - SLICE_MS).count();
        second.min(self.slice_cap().saturating_sub(in_slice))
    }

    fn room_at(&mut self, now: i64, want: usize) -> i64 {
        if self.off() {
            return now;
        }
        self.forget(now);
        let want = want.clamp(1, self.slice_cap());
        let len = self.seen.len();
        // A send in flight frees its slot when it is answered or no later than ARRIVAL_MS
        // after its start.
        let in_flight_frees = self
            .in_flight
            .iter()
            .map(|s| s + ARRIVAL_MS + SECOND_MS)
            .filter(|t| *t > now)
            .min()
            .unwrap_or(now + 1);
        let expiry = |excess: usize, first: usize, window: i64| -> i64 {
            match self.seen.get(first + excess - 1) {
                Some(t) if first + excess <= len => t + window + 1,
                _ => (now + 10).min(in_flight_frees),
            }
        };
        let mut at = now;
        let excess = (len + self.unseen(now) + want).saturating_sub(self.per_second as usize);
        if excess > 0 {
            at = at.max(expiry(excess, 0, SECOND_MS));
        }
        let in_slice = self.in_slice(now);
        let excess = (in_slice + want).saturating_sub(self.slice_cap());
        if excess > 0 {
            let freed = self
                .starts
                .get(excess - 1)
                .map_or(now + 1, |t| t + SLICE_MS);
            at = at.max(freed);
        }
        at
    }

    fn start(&mut self, now: i64) {
        if !self.off() {
            self.in_flight.push(now);
            self.starts.push_back(now);
        }
    }

    /// A send started at `started` was answered at `now`.
    fn finish(&mut self, started: i64, now: i64) {
        if self.off() {
            return;
        }
        if let Some(i) = self.in_flight.iter().position(|s| *s == started) {
            self.in_flight.swap_remove(i);
        }
        self.seen_at(now.min(started + ARRIVAL_MS));
    }

    /// A send the platform saw at `at` (started then, for the smoothing).
    fn record(&mut self, at: i64) {
        if !self.off() {
            self.starts.push_back(at);
            self.seen_at(at);
        }
    }

    fn seen_at(&mut self, at: i64) {
        if self.off() {
            return;
        }
        // Answers come back out of order: keep the queue sorted.
        let i = self.seen.partition_point(|t| *t <= at);
        self.seen.insert(i, at);
    }
}

impl Limiter {
    pub fn new(rates: Rates) -> Self {
        Self {
            free: Budget::new(rates.global_per_second),
            paid: Budget::new(rates.paid_per_second),
            rates,
            chats: HashMap::new(),
        }
    }

    fn budget(&mut self, paid: bool) -> &mut Budget {
        if paid && self.rates.paid_per_second > 0 {
            &mut self.paid
        } else {
            &mut self.free
        }
    }

    /// Whether urgent announcements have a budget of their own (paid broadcasting is on).
    pub fn paid_enabled(&self) -> bool {
        self.rates.paid_per_second > 0
    }

    /// How many messages may go out now, over all chats, on the free budget.
    pub fn global_room(&mut self, now: i64) -> usize {
        self.free.room(now)
    }

    /// How many messages may start by `at` on the free budget: those that may go now and
    /// those whose slot frees by then (for claiming rows a little ahead of their slot).
    pub fn global_room_by(&mut self, now: i64, at: i64) -> usize {
        self.free.room_by(now, at)
    }

    /// How many urgent-announcement messages may go out now on the paid budget (0 when off).
    pub fn paid_room(&mut self, now: i64) -> usize {
        if self.paid_enabled() {
            self.paid.room(now)
        } else {
            0
        }
    }

    /// The earliest time `want` messages may go out together, if nothing else is sent
    /// meanwhile: `now` when they may go at once.
    pub fn room_at(&mut self, now: i64, want: usize) -> i64 {
        self.free.room_at(now, want)
    }

    /// The fewest rows worth claiming at once: a quarter of what 100 ms allows, up to a quarter
    /// of a batch. At high rates this saves a database round trip per message; at Telegram's
    /// 30/s it is one row, so no freed slot waits for others to free.
    pub fn worth_claiming(&self, batch: usize) -> usize {
        if self.free.off() {
            return 1;
        }
        (self.free.slice_cap().min(batch) / 4).max(1)
    }

    /// [`worth_claiming`](Self::worth_claiming) on the paid budget.
    pub fn worth_claiming_paid(&self, batch: usize) -> usize {
        (self.paid.slice_cap().min(batch) / 4).max(1)
    }

    /// The earliest time a message to `chat` may go out: `now` when it may go at once.
    pub fn ready_at(&mut self, chat: &str, kind: ChatKind, now: i64) -> i64 {
        self.ready_at_on(chat, kind, now, false)
    }

    fn ready_at_on(&mut self, chat: &str, kind: ChatKind, now: i64, paid: bool) -> i64 {
        let mut at = now;
        let budget = self.budget(paid);
        if !budget.off() && budget.room(now) == 0 {
            at = at.max(budget.room_at(now, 1));
        }
        if let Some(w) = self.chats.get_mut(chat) {
            at = at.max(w.paused_until);
            if let Some(last) = w.last
                && self.rates.per_chat_interval_ms > 0
            {
                at = at.max(last + self.rates.per_chat_interval_ms);
            }
            if kind == ChatKind::Group && self.rates.group_per_minute > 0 {
                while w.recent.front().is_some_and(|t| *t <= now - MINUTE_MS) {
                    w.recent.pop_front();
                }
                if w.recent.len() >= self.rates.group_per_minute as usize {
                    at = at.max(w.recent.front().map_or(now, |t| t + MINUTE_MS));
                }
            }
        }
        at
    }

    /// Takes a slot for a message to `chat` now (on the paid budget if `paid` and it is on),
    /// or says when to try again.
    pub fn start(
        &mut self,
        chat: &str,
        kind: ChatKind,
        now: i64,
        paid: bool,
    ) -> Result<Ticket, i64> {
        let paid = paid && self.paid_enabled();
        let at = self.ready_at_on(chat, kind, now, paid);
        if at > now {
            return Err(at);
        }
        self.budget(paid).start(now);
        Ok(Ticket { started: now, paid })
    }

    /// A message [`start`](Self::start)ed was answered at `now` (sent or not: the platform
    /// may count it either way).
    pub fn finish(&mut self, chat: &str, kind: ChatKind, ticket: Ticket, now: i64) {
        self.budget(ticket.paid).finish(ticket.started, now);
        self.mark_chat(chat, kind, now);
    }

    /// Counts a message sent to `chat` at `now`.
    pub fn record(&mut self, chat: &str, kind: ChatKind, now: i64) {
        self.free.record(now);
        self.mark_chat(chat, kind, now);
    }

    fn mark_chat(&mut self, chat: &str, kind: ChatKind, now: i64) {
        let w = self.chats.entry(chat.to_string()).or_default();
        w.last = Some(now);
        if kind == ChatKind::Group && self.rates.group_per_minute > 0 {
            w.recent.push_back(now);
        }
        if self.chats.len() > 10_000 {
            self.prune(now);
        }
    }

    /// Holds `chat` back until `until` (the platform asked us to wait).
    pub fn pause(&mut self, chat: &str, until: i64) {
        let w = self.chats.entry(chat.to_string()).or_default();
        w.paused_until = w.paused_until.max(until);
    }

    /// Forgets chats that nothing holds back any more.
    fn prune(&mut self, now: i64) {
        let interval = self.rates.per_chat_interval_ms;
        self.chats.retain(|_, w| {
            w.paused_until > now
                || w.last.is_some_and(|l| l + interval.max(MINUTE_MS) > now)
                || w.recent.back().is_some_and(|t| t + MINUTE_MS > now)
        });
    }
}

/// Splits `text` into parts of at most `max` UTF-16 code units: at a paragraph break if one
/// lies in the second half of the window, else at a line break, else after a sentence, else
/// between words. Only a single "word" longer than `max` is ever cut inside.
pub fn split_text(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut parts = Vec::new();
    let mut rest = text.trim();
    while utf16_len(rest) > max {
        let limit = byte_index_at_utf16(rest, max);
        let window = &rest[..limit];
        let half = window.len() / 2;
        let sentence_end = window
            .char_indices()
            .filter(|(i, c)| {
                matches!(c, '.' | '!' | '?' | '…' | ':' | ';')
                    && rest[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace)
            })
            .map(|(i, c)| i + c.len_utf8())
            .next_back();
        let word_end = window
            .char_indices()
            .filter(|(_, c)| c.is_whitespace())
            .map(|(i, _)| i)
            .next_back()
            .or_else(|| {
                // The window may end right before a space.
                rest[limit..]
                    .chars()
                    .next()
                    .is_some_and(char::is_whitespace)
                    .then_some(limit)
            });
        let cut = [
            window.rfind("\n\n"),
            window.rfind('\n'),
            sentence_end,
            word_end,
        ]
        .into_iter()
        .flatten()
        .find(|&i| i >= half && i > 0)
        .or(word_end.filter(|&i| i > 0))
        .unwrap_or(limit);
        let (head, tail) = rest.split_at(cut);
        let head = head.trim_end();
        if !head.is_empty() {
            parts.push(head.to_string());
        }
        rest = tail.trim_start();
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The byte index where the first `units` UTF-16 code units of `s` end.
fn byte_index_at_utf16(s: &str, units: usize) -> usize {
    let mut seen = 0;
    for (i, c) in s.char_indices() {
        if seen + c.len_utf16() > units {
            return i;
        }
        seen += c.len_utf16();
    }
    s.len()
}

/// Delay before retry number `attempt` (1-based): doubling from `base`, capped at `max`, with
/// jitter (a uniform pick in the upper half) so that many failed rows do not retry in step.
pub fn backoff_ms(attempt: i64, base: i64, max: i64) -> i64 {
    let exp = attempt.clamp(1, 30) - 1;
    let full = base.saturating_mul(1_i64 << exp).min(max).max(1);
    rand::rng().random_range(full / 2..=full)
}

/// One delivery worker for one channel.
pub struct Worker<S: Sender> {
    db: Db,
    clock: Arc<dyn Clock>,
    sender: S,
    config: DeliveryConfig,
    /// Shared by every chat's sends.
    limiter: Mutex<Limiter>,
    owner: String,
    wake: Arc<Notify>,
    metrics: Option<Arc<Metrics>>,
    /// Rows sent and not yet marked so in the database (row id, platform message id).
    sent: Mutex<Vec<(i64, Option<String>)>>,
    /// The rows this worker holds: claimed, and neither given back nor marked done. Only these
    /// have their leases renewed, so a row lost track of comes back when its lease runs out;
    /// a row is let go of just before the write that makes it claimable again, so a claim
    /// that returns a row in hand is a lease that ran out under a slow send, not a new turn.
    in_hand: Mutex<HashSet<i64>>,
    /// Until when every row in hand is surely still this worker's (the last lease renewal,
    /// less a margin); a row not started by then, nor by its own claim's margin, goes back.
    renewed_until: std::sync::atomic::AtomicI64,
    /// Rows claimed ahead of their slot and waiting for it (see
    /// [`DeliveryConfig::slot_ahead_ms`]): the next
    /// claim counts them as taking the slots that free meanwhile.
    waiting_for_slot: std::sync::atomic::AtomicUsize,
}

/// One row counted in [`Worker::waiting_for_slot`] for as long as this lives (a cancelled
/// wait is uncounted too).
struct Waiting<'a>(&'a std::sync::atomic::AtomicUsize);

impl<'a> Waiting<'a> {
    fn count(counter: &'a std::sync::atomic::AtomicUsize) -> Self {
        counter.fetch_add(1, Ordering::Relaxed);
        Waiting(counter)
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

/// A claimed row, with the instant past which it goes back unsent (its lease may have run out
/// and another worker may hold it).
type InHand = (Claimed, i64);

/// How often the sent rows are marked while sends go on: what a crash can send twice is what
/// is in flight plus what was answered within this long.
const MARK_EVERY: Duration = Duration::from_millis(50);

/// The shortest time between two claims, unless a new message wakes the worker: a freed slot
/// waits at most this long (a fiftieth of a second), and a paid broadcast claims in batches.
const CLAIM_EVERY: Duration = Duration::from_millis(20);

impl<S: Sender> Worker<S> {
    pub fn new(db: Db, clock: Arc<dyn Clock>, sender: S, config: DeliveryConfig) -> Self {
        let owner = format!(
            "{}-{}-{:08x}",
            sender.channel().as_str(),
            std::process::id(),
            rand::rng().random::<u32>()
        );
        Self {
            db,
            clock,
            limiter: Mutex::new(Limiter::new(config.rates.clone())),
            sender,
            config,
            owner,
            wake: Arc::new(Notify::new()),
            metrics: None,
            sent: Mutex::new(Vec::new()),
            in_hand: Mutex::new(HashSet::new()),
            renewed_until: std::sync::atomic::AtomicI64::new(0),
            waiting_for_slot: std::sync::atomic::AtomicUsize::new(0),
        }
    }

    /// Counts sends and their outcomes in `metrics` (served at `/metrics`).
    pub fn with_metrics(mut self, metrics: Arc<Metrics>) -> Self {
        self.metrics = Some(metrics);
        self
    }

    fn count(&self, outcome: &str) {
        if let Some(m) = &self.metrics {
            m.delivery(self.sender.channel().as_str(), outcome);
        }
    }

    /// Wakes the worker through `wake` (shared with a channel's receiving half).
    pub fn woken_by(mut self, wake: Arc<Notify>) -> Self {
        self.wake = wake;
        self
    }

    /// Notify this to have the worker look at the outbox now (a reply was just queued).
    pub fn waker(&self) -> Arc<Notify> {
        self.wake.clone()
    }

    pub fn sender(&self) -> &S {
        &self.sender
    }

    fn limiter(&self) -> MutexGuard<'_, Limiter> {
        // Nothing panics while holding it; a poisoned lock still holds valid counts.
        self.limiter.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn sent_rows(&self) -> MutexGuard<'_, Vec<(i64, Option<String>)>> {
        self.sent.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn in_hand(&self) -> MutexGuard<'_, HashSet<i64>> {
        self.in_hand.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Gives a row back to the queue, due at `until`: let go of first, so that a claim seeing
    /// it pending again treats it as new.
    async fn give_back(&self, id: i64, until: i64, reason: Option<&str>) -> Result<(), StoreError> {
        self.in_hand().remove(&id);
        outbox::defer(&self.db, id, until, reason).await
    }

    /// Marks the rows sent since the last call.
    async fn mark_sent(&self) -> Result<(), StoreError> {
        let sent = std::mem::take(&mut *self.sent_rows());
        if sent.is_empty() {
            return Ok(());
        }
        let result = outbox::mark_sent_many(&self.db, &sent, self.clock.now_ms()).await;
        if result.is_ok() {
            let mut in_hand = self.in_hand();
            for (id, _) in &sent {
                in_hand.remove(id);
            }
        } else {
            // Kept to be marked on the next try; the rows stay leased to this worker meanwhile.
            self.sent_rows().extend(sent);
        }
        result
    }

    /// Extends the lease of the rows in hand (they may wait behind a slow send for longer than
    /// a lease).
    async fn renew(&self, now: i64) {
        let lease = self.config.lease_ms;
        let ids: Vec<i64> = self.in_hand().iter().copied().collect();
        match outbox::renew_leases(&self.db, &self.owner, &ids, now + lease).await {
            Ok(_) => self
                .renewed_until
                .store(now + lease - lease / 4, Ordering::Relaxed),
            Err(e) => tracing::warn!(error = %e, "delivery: could not renew the rows' lease"),
        }
    }

    /// How long to wait when nothing could be claimed: until the rate allows a worthwhile
    /// claim, or the poll interval.
    fn idle_pause(&self) -> Duration {
        let now = self.clock.now_ms();
        let mut limiter = self.limiter();
        let waiting = self.waiting_for_slot.load(Ordering::Relaxed);
        let want = limiter.worth_claiming(self.config.batch.max(1) as usize) + waiting;
        let at = limiter.room_at(now, want) - self.config.slot_ahead_ms;
        if at > now {
            Duration::from_millis((at - now) as u64).min(self.config.poll_interval)
        } else {
            self.config.poll_interval
        }
    }

    /// Claims the rows due now, as many as the rates allow: ordinary rows on the free budget,
    /// urgent announcements' on the paid one when it is on.
    async fn claim(&self) -> Result<Vec<InHand>, StoreError> {
        let now = self.clock.now_ms();
        let batch = self.config.batch.max(1) as usize;
        let (room, paid_room, paid) = {
            let mut limiter = self.limiter();
            let waiting = self.waiting_for_slot.load(Ordering::Relaxed);
            let room = limiter
                .global_room_by(now, now + self.config.slot_ahead_ms)
                .saturating_sub(waiting)
                .min(batch);
            let room = if room < limiter.worth_claiming(batch) {
                0
            } else {
                room
            };
            let paid_room = limiter.paid_room(now).min(batch * 4);
            let paid_room = if paid_room < limiter.worth_claiming_paid(batch * 4) {
                0
            } else {
                paid_room
            };
            (room, paid_room, limiter.paid_enabled())
        };
        let channel = self.sender.channel().as_str();
        let lease = self.config.lease_ms;
        // Past this instant the lease may have run out and another worker may hold the row:
        // a row not started by then goes back rather than risk a second send.
        let lease_end = now + lease - lease / 4;
        let mut rows = Vec::new();
        if room > 0 {
            // Any row: an urgent announcement's rows claimed here go out on the paid budget
            // all the same (a filter that skips them would scan all of them at every claim).
            let room = room as i64;
            rows = outbox::claim_class(
                &self.db,
                channel,
                &self.owner,
                room,
                now,
                lease,
                ClaimClass::Any,
            )
            .await?;
        }
        if paid && paid_room > 0 {
            let urgent = outbox::claim_class(
                &self.db,
                channel,
                &self.owner,
                paid_room as i64,
                now,
                lease,
                ClaimClass::UrgentBroadcast,
            )
            .await?;
            rows.extend(urgent);
            rows.sort_by_key(|c| (c.priority, c.id));
        }
        tracing::debug!(
            channel,
            room,
            paid_room,
            claimed = rows.len(),
            "delivery: claim"
        );
        Ok(rows.into_iter().map(|r| (r, lease_end)).collect())
    }

    /// Runs until `shutdown` turns true, sending while this instance holds the channel's sender
    /// lease (one sender per channel over all instances sharing the database, so the platform's
    /// limits, which are per bot, hold without splitting them by hand; another instance takes
    /// over within [`DeliveryConfig::sender_lease_ms`] of this one's death).
    ///
    /// Chats are independent: each chat with rows in hand has one task sending them in order;
    /// a slow, failing or rate-limited chat holds only its own task, while every other chat's
    /// rows keep flowing, highest priority first. On shutdown the sends in progress finish, the
    /// rows not started go back, and the lease is given up.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        let channel = self.sender.channel().as_str();
        tracing::info!(channel, "delivery worker started");
        let this = Arc::new(self);
        let mut lease = SenderLease::new(
            format!("delivery:{channel}"),
            this.owner.clone(),
            this.config.sender_lease_ms,
        );
        // Chats with a task sending, and the rows waiting behind it.
        let mut busy: HashMap<i64, Slot> = HashMap::new();
        let mut tasks: tokio::task::JoinSet<i64> = tokio::task::JoinSet::new();
        let mut task_chat: HashMap<tokio::task::Id, i64> = HashMap::new();
        let mut renewed = this.clock.now_ms();
        // Sent rows are marked in batches, at most every MARK_EVERY (a transaction per
        // answer would cap the rate at what the database commits).
        let mut marked = std::time::Instant::now();
        // A new message wakes the worker to claim at once; otherwise it claims at most every
        // CLAIM_EVERY.
        let mut woken = true;
        let mut last_claim = std::time::Instant::now();
        let spawn = |tasks: &mut tokio::task::JoinSet<i64>,
                     task_chat: &mut HashMap<tokio::task::Id, i64>,
                     chat: i64,
                     rows: Vec<InHand>| {
            let w = this.clone();
            let id = tasks
                .spawn(async move {
                    w.deliver_chat(rows).await;
                    chat
                })
                .id();
            task_chat.insert(id, chat);
        };
        loop {
            let stopping = *shutdown.borrow();
            if stopping {
                break;
            }
            if marked.elapsed() >= MARK_EVERY {
                marked = std::time::Instant::now();
                if let Err(e) = this.mark_sent().await {
                    tracing::error!(channel, error = %e, "delivery: could not mark rows sent");
                }
            }
            let now = this.clock.now_ms();
            let holding = lease.hold(&this.db, now).await;
            if !busy.is_empty() && now - renewed >= this.config.lease_ms / 4 {
                renewed = now;
                this.renew(now).await;
            }
            let waiting: usize = busy.values().map(|s| s.queue.len()).sum();
            let since_claim = last_claim.elapsed();
            let mut pause = if !holding {
                lease.retry_in()
            } else if waiting > 4 * this.config.batch.max(1) as usize {
                // Enough in hand behind slow chats: take more once some of it went.
                this.config.poll_interval
            } else if !woken && since_claim < CLAIM_EVERY {
                // Sends finishing do not each start a claim (a claim is a write, and at paid
                // rates a write per answer would crowd out the replies' own turns).
                CLAIM_EVERY - since_claim
            } else {
                woken = false;
                last_claim = std::time::Instant::now();
                match this.claim().await {
                    Ok(rows) if rows.is_empty() => this.idle_pause(),
                    Ok(rows) => {
                        // A row whose lease ran out while its slow send went on comes back
                        // in a claim: it is in hand already.
                        let rows: Vec<InHand> = {
                            let mut in_hand = this.in_hand();
                            rows.into_iter()
                                .filter(|r| in_hand.insert(r.0.id))
                                .collect()
                        };
                        for (chat, rows) in by_chat(rows) {
                            match busy.get_mut(&chat) {
                                Some(slot) => slot.queue.extend(rows),
                                None => {
                                    busy.insert(chat, Slot::default());
                                    spawn(&mut tasks, &mut task_chat, chat, rows);
                                }
                            }
                        }
                        Duration::ZERO
                    }
                    Err(e) => {
                        tracing::error!(channel, error = %e, "delivery: outbox unavailable");
                        this.config.poll_interval * 8
                    }
                }
            };
            if !tasks.is_empty() || !this.sent_rows().is_empty() {
                pause = pause.min(MARK_EVERY);
            }
            tokio::select! {
                done = tasks.join_next_with_id(), if !tasks.is_empty() => {
                    let chat = match done {
                        Some(Ok((id, chat))) => {
                            task_chat.remove(&id);
                            Some(chat)
                        }
                        Some(Err(e)) => {
                            // A panic in a send: the chat's rows come back when their lease
                            // runs out.
                            tracing::error!(channel, error = %e, "delivery: a chat's task failed");
                            task_chat.remove(&e.id())
                        }
                        None => None,
                    };
                    if let Some(chat) = chat
                        && let Some(slot) = busy.remove(&chat)
                        && !slot.queue.is_empty()
                    {
                        let next: Vec<InHand> = slot.queue.into();
                        busy.insert(chat, Slot::default());
                        spawn(&mut tasks, &mut task_chat, chat, next);
                    }
                }
                _ = this.wake.notified() => woken = true,
                _ = tokio::time::sleep(pause) => {}
                _ = shutdown.changed() => {}
            }
        }
        // The sends in progress finish; what waits behind them goes back at once, for whoever
        // sends next.
        for (row, _) in busy.into_values().flat_map(|s| s.queue) {
            let _ = this.give_back(row.id, this.clock.now_ms(), None).await;
        }
        while tasks.join_next().await.is_some() {}
        if let Err(e) = this.mark_sent().await {
            tracing::error!(channel, error = %e, "delivery: could not mark rows sent");
        }
        lease.release(&this.db).await;
        tracing::info!(channel, "delivery worker stopped");
    }

    /// One pass, for tests and for draining: claims the rows due now (as many as the rates
    /// allow) and delivers them, one chat's rows in order, different chats side by side, and
    /// waits for all of them. Returns how many rows were taken.
    pub async fn tick(&mut self) -> Result<usize, StoreError> {
        let rows = self.claim().await?;
        let taken = rows.len();
        let this = &*self;
        join_all(
            by_chat(rows)
                .into_iter()
                .map(|(_, rows)| this.deliver_chat(rows)),
        )
        .await;
        self.mark_sent().await?;
        Ok(taken)
    }

    /// Delivers one chat's rows, in order; the rows sent are added to those to mark. A database
    /// error stops the chat's rows here (they come back when their lease runs out).
    async fn deliver_chat(&self, rows: Vec<InHand>) {
        // A chat found gone: its other rows are skipped already (in the database). Moved: they
        // go back, to be read with the new id.
        let mut gone = false;
        let mut moved = false;
        for (row, lease_end) in rows {
            let lease_end = lease_end.max(self.renewed_until.load(Ordering::Relaxed));
            let result = if self.clock.now_ms() >= lease_end || moved {
                self.give_back(row.id, self.clock.now_ms(), None).await
            } else if gone {
                let done = outbox::mark_skipped(&self.db, row.id, "chat unreachable").await;
                self.in_hand().remove(&row.id);
                done
            } else {
                let id = row.id;
                match self.deliver(row, lease_end).await {
                    Ok(After::Sent(platform_id)) => {
                        self.sent_rows().push((id, platform_id));
                        Ok(())
                    }
                    Ok(after) => {
                        // Given back, failed or skipped: no longer this worker's.
                        self.in_hand().remove(&id);
                        gone |= matches!(after, After::ChatGone);
                        moved |= matches!(after, After::ChatMoved);
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            };
            if let Err(e) = result {
                tracing::error!(
                    channel = self.sender.channel().as_str(),
                    error = %e,
                    "delivery: outbox unavailable while sending"
                );
                return;
            }
        }
    }

    /// Runs passes until nothing is due now; for tests and for draining at shutdown.
    pub async fn drain(&mut self) -> Result<usize, StoreError> {
        let mut total = 0;
        loop {
            let n = self.tick().await?;
            if n == 0 {
                return Ok(total);
            }
            total += n;
        }
    }

    async fn deliver(&self, row: Claimed, lease_end: i64) -> Result<After, StoreError> {
        if !row.chat_active {
            outbox::mark_skipped(&self.db, row.id, "chat inactive").await?;
            return Ok(After::Done);
        }
        // A message with an attachment: the attachment first, carrying the text as its caption
        // when it fits (and the platform has captions for it), else followed by the text.
        let media = row.message.media.as_ref();
        let caption_fits = media.is_some_and(|m| {
            !matches!(m, crate::domain::petition::Part::Location { .. })
                && row.message.text.encode_utf16().count() <= MAX_CAPTION_LEN
        });
        let mut parts: Vec<String> = Vec::new();
        if media.is_some() {
            parts.push(if caption_fits {
                row.message.text.clone()
            } else {
                String::new()
            });
        }
        let attachment_only = media.is_some() && row.message.text.is_empty();
        let text_needed = !(caption_fits || attachment_only);
        if text_needed {
            parts.extend(split_text(&row.message.text, self.sender.max_text_len()));
        }
        let last = parts.len() - 1;
        let mut platform_id = None;
        for (i, text) in parts
            .iter()
            .enumerate()
            .skip(row.parts_sent.max(0) as usize)
        {
            let ticket = match self.slot_for(&row, lease_end).await {
                Ok(ticket) => ticket,
                Err(ready) => {
                    let now = self.clock.now_ms();
                    tracing::debug!(row = row.id, wait_ms = ready - now, "delivery: not yet");
                    self.give_back(row.id, ready, None).await?;
                    return Ok(After::Done);
                }
            };
            let part = Part {
                chat_external_id: &row.chat_external_id,
                chat_kind: row.chat_kind,
                text,
                buttons: if i == last { &row.message.buttons } else { &[] },
                // Only a message that fits in one part replaces a picker.
                edit_of: if last == 0 && media.is_none() {
                    row.message.edit_of.as_deref()
                } else {
                    None
                },
                media: if i == 0 { media } else { None },
                paid_broadcast: ticket.paid,
            };
            tracing::trace!(row = row.id, "delivery: send");
            let result = self.sender.send(part).await;
            tracing::trace!(row = row.id, ok = result.is_ok(), "delivery: answered");
            self.limiter().finish(
                &row.chat_external_id,
                row.chat_kind,
                ticket,
                self.clock.now_ms(),
            );
            match result {
                Ok(id) => {
                    self.count("sent");
                    if i < last {
                        outbox::mark_parts_sent(&self.db, row.id, i as i64 + 1).await?;
                    }
                    platform_id = Some(id);
                }
                Err(e) => return self.failed(&row, e).await,
            }
        }
        Ok(After::Sent(platform_id))
    }

    /// A slot for the row's next part: at once, or after a wait of at most
    /// [`DeliveryConfig::slot_ahead_ms`] (ending before `lease_end`); otherwise when to try
    /// again.
    async fn slot_for(&self, row: &Claimed, lease_end: i64) -> Result<Ticket, i64> {
        // Twice at most: another row may take the slot first (and a test's clock stands still).
        let mut waited = 0;
        loop {
            let now = self.clock.now_ms();
            let started = self.limiter().start(
                &row.chat_external_id,
                row.chat_kind,
                now,
                row.urgent_broadcast,
            );
            match started {
                Err(ready)
                    if waited < 2
                        && ready - now <= self.config.slot_ahead_ms
                        && ready < lease_end =>
                {
                    let _waiting = Waiting::count(&self.waiting_for_slot);
                    tokio::time::sleep(Duration::from_millis((ready - now) as u64)).await;
                    waited += 1;
                }
                done => return done,
            }
        }
    }

    async fn failed(&self, row: &Claimed, error: SendError) -> Result<After, StoreError> {
        let now = self.clock.now_ms();
        let channel = self.sender.channel().as_str();
        self.count(match &error {
            SendError::Retryable {
                retry_after: Some(_),
                ..
            } => "rate_limited",
            SendError::Retryable { .. } => "retry",
            SendError::Final {
                deactivate_chat: true,
                ..
            } => "chat_gone",
            SendError::Final { .. } => "failed",
            SendError::Migrated { .. } => "migrated",
            SendError::OutsideWindow { .. } => "outside_window",
        });
        match error {
            SendError::Retryable {
                retry_after: Some(wait),
                reason,
            } => {
                let until = now + wait.as_millis() as i64;
                tracing::warn!(channel, outbox_id = row.id, wait_ms = %wait.as_millis(), "delivery: rate limited by the platform");
                self.limiter().pause(&row.chat_external_id, until);
                self.give_back(row.id, until, Some(&reason)).await?;
                Ok(After::Done)
            }
            SendError::Retryable {
                retry_after: None,
                reason,
            } => {
                if row.attempts >= self.config.max_attempts {
                    tracing::error!(channel, outbox_id = row.id, attempts = row.attempts, %reason, "delivery: giving up");
                    outbox::mark_failed(&self.db, row.id, &reason).await?;
                } else {
                    let wait = backoff_ms(
                        row.attempts,
                        self.config.backoff_base_ms,
                        self.config.backoff_max_ms,
                    );
                    tracing::warn!(channel, outbox_id = row.id, attempts = row.attempts, wait_ms = wait, %reason, "delivery: will retry");
                    self.in_hand().remove(&row.id);
                    outbox::retry_later(&self.db, row.id, now + wait, &reason).await?;
                }
                Ok(After::Done)
            }
            SendError::Final {
                deactivate_chat,
                reason,
            } => {
                let mut tx = self.db.begin().await?;
                if deactivate_chat {
                    tracing::info!(channel, chat_id = row.chat_id, %reason, "delivery: chat unreachable, deactivated");
                    chats::deactivate(&mut tx, row.chat_id, &reason, now).await?;
                    outbox::skip_pending_for_chat(&mut tx, row.chat_id, Some(row.id), &reason)
                        .await?;
                } else {
                    tracing::warn!(channel, outbox_id = row.id, %reason, "delivery: message rejected");
                }
                tx.commit().await?;
                outbox::mark_failed(&self.db, row.id, &reason).await?;
                Ok(if deactivate_chat {
                    After::ChatGone
                } else {
                    After::Done
                })
            }
            SendError::Migrated { to } => {
                let mut conn = self.db.pool.acquire().await?;
                let moved =
                    chats::migrate(&mut conn, channel, &row.chat_external_id, &to, now).await?;
                tracing::info!(
                    channel,
                    chat_id = row.chat_id,
                    ?moved,
                    "delivery: group migrated, resending"
                );
                self.give_back(row.id, now, Some("chat migrated")).await?;
                Ok(After::ChatMoved)
            }
            SendError::OutsideWindow { reason } => {
                tracing::info!(
                    channel,
                    outbox_id = row.id,
                    "delivery: outside the platform's window"
                );
                outbox::mark_outside_window(&self.db, row.id, &reason).await?;
                Ok(After::Done)
            }
        }
    }
}

/// Rows grouped by chat, in the order claimed (the first chat first, each chat's rows in order).
fn by_chat(rows: Vec<InHand>) -> Vec<(i64, Vec<InHand>)> {
    let mut chats: Vec<(i64, Vec<InHand>)> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    for row in rows {
        let chat = row.0.chat_id;
        let i = *index.entry(chat).or_insert_with(|| {
            chats.push((chat, Vec::new()));
            chats.len() - 1
        });
        chats[i].1.push(row);
    }
    chats
}

/// A chat with a task sending: the rows waiting behind it, and the ids of every row in hand
/// for it (sending or waiting).
#[derive(Default)]
struct Slot {
    queue: VecDeque<InHand>,
}

/// The lease that makes one instance the sender of a channel.
struct SenderLease {
    name: String,
    owner: String,
    ttl_ms: i64,
    /// Held until then (as far as this instance knows); 0 when not held.
    until: i64,
    /// The last time the lease was asked for.
    asked: Option<i64>,
}

impl SenderLease {
    fn new(name: String, owner: String, ttl_ms: i64) -> Self {
        Self {
            name,
            owner,
            ttl_ms: ttl_ms.max(1_000),
            until: 0,
            asked: None,
        }
    }

    /// Whether this instance may send now: renews the lease a few times per its life, stops
    /// a quarter of it before it runs out when renewing fails.
    async fn hold(&mut self, db: &Db, now: i64) -> bool {
        if self.asked.is_none_or(|at| now - at >= self.ttl_ms / 4) {
            self.asked = Some(now);
            let held = match db.pool.acquire().await {
                Ok(mut conn) => crate::store::leases::try_acquire(
                    &mut conn,
                    &self.name,
                    &self.owner,
                    now,
                    self.ttl_ms,
                )
                .await
                .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            match held {
                Ok(true) => {
                    if self.until <= now {
                        tracing::info!(lease = %self.name, "delivery: this instance sends");
                    }
                    self.until = now + self.ttl_ms;
                }
                Ok(false) => {
                    if self.until > now {
                        tracing::warn!(lease = %self.name, "delivery: another instance sends now");
                    }
                    self.until = 0;
                }
                Err(error) => {
                    tracing::warn!(lease = %self.name, %error, "delivery: sender lease unavailable")
                }
            }
        }
        now < self.until - self.ttl_ms / 4
    }

    /// How long a standby instance waits before asking again.
    fn retry_in(&self) -> Duration {
        Duration::from_millis((self.ttl_ms / 4) as u64)
    }

    async fn release(&self, db: &Db) {
        if let Ok(mut conn) = db.pool.acquire().await {
            let _ = crate::store::leases::release(&mut conn, &self.name, &self.owner).await;
        }
    }
}

/// What one row's delivery means: sent (to be marked, with the platform's id for it), and
/// for the other rows of its chat in the same batch.
enum After {
    Sent(Option<String>),
    Done,
    ChatGone,
    ChatMoved,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split_text("Xin chào", 4096), vec!["Xin chào".to_string()]);
    }

    #[test]
    fn long_text_splits_between_paragraphs_first() {
        let para = "Bà con chú ý. ".repeat(20);
        let text = format!("{}\n\n{}\n\n{}", para.trim(), para.trim(), para.trim());
        let parts = split_text(&text, 600);
        assert!(parts.len() >= 2);
        for p in &parts {
            assert!(utf16_len(p) <= 600);
        }
        assert_eq!(parts[0], para.trim().to_string() + "\n\n" + para.trim());
    }

    #[test]
    fn parts_never_cut_a_word_and_lose_nothing() {
        let text = "Thông báo về việc tiêm phòng cho trẻ em ở thôn bản. ".repeat(300);
        let parts = split_text(&text, 4096);
        assert!(parts.len() >= 4);
        let words: Vec<&str> = text.split_whitespace().collect();
        let rejoined: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(words, rejoined);
        for p in &parts {
            assert!(utf16_len(p) <= 4096);
            assert!(
                p.ends_with('.'),
                "a part ends after a sentence: {:?}",
                &p[p.len() - 20..]
            );
        }
    }

    #[test]
    fn text_without_sentences_splits_between_words() {
        let text = "một hai ba bốn năm ".repeat(100);
        for p in split_text(&text, 50) {
            assert!(utf16_len(&p) <= 50);
            assert!(!p.starts_with(' ') && !p.ends_with(' '));
            for w in p.split(' ') {
                assert!(["một", "hai", "ba", "bốn", "năm"].contains(&w), "{w:?}");
            }
        }
    }

    #[test]
    fn only_an_overlong_word_is_cut() {
        let parts = split_text(&"a".repeat(25), 10);
        assert_eq!(parts, vec!["a".repeat(10), "a".repeat(10), "a".repeat(5)]);
    }

    #[test]
    fn emoji_count_as_two_units() {
        let text = "😀".repeat(10);
        let parts = split_text(&text, 8);
        assert_eq!(parts[0], "😀".repeat(4));
    }

    #[test]
    fn one_message_per_second_per_chat() {
        let mut l = Limiter::new(Rates::default());
        assert_eq!(l.ready_at("a", ChatKind::Private, 0), 0);
        l.record("a", ChatKind::Private, 0);
        assert_eq!(l.ready_at("a", ChatKind::Private, 10), 1000);
        assert_eq!(l.ready_at("b", ChatKind::Private, 10), 10);
    }

    #[test]
    fn twenty_messages_a_minute_per_group() {
        let mut l = Limiter::new(Rates::default());
        for i in 0..20 {
            let t = i * 1000;
            assert_eq!(l.ready_at("g", ChatKind::Group, t), t);
            l.record("g", ChatKind::Group, t);
        }
        assert_eq!(l.ready_at("g", ChatKind::Group, 20_000), 60_000);
    }

    #[test]
    fn thirty_messages_a_second_overall() {
        let mut l = Limiter::new(Rates::default());
        for i in 0..30 {
            l.record(&format!("c{i}"), ChatKind::Private, 5);
        }
        assert_eq!(l.global_room(10), 0);
        // A second and a millisecond later: instants are truncated milliseconds.
        assert_eq!(l.ready_at("new", ChatKind::Private, 10), 1006);
        assert_eq!(l.global_room(1005), 0);
        // Spread over the second: a fifth of the rate at once.
        assert_eq!(l.global_room(1006), 6);
    }

    #[test]
    fn the_rate_is_spread_over_the_second() {
        let mut l = Limiter::new(Rates {
            global_per_second: 3000,
            ..Rates::unlimited()
        });
        assert_eq!(l.global_room(0), 600);
        for i in 0..600 {
            l.record(&format!("c{i}"), ChatKind::Private, 10);
        }
        assert_eq!(l.global_room(50), 0);
        assert_eq!(l.room_at(50, 1), 110);
        assert_eq!(l.global_room(110), 600);
    }

    #[test]
    fn room_ahead_counts_the_slots_that_free_by_then() {
        let mut l = Limiter::new(Rates {
            global_per_second: 30,
            ..Rates::unlimited()
        });
        // Thirty sends seen at 0, 100, 200 … (three a tenth of a second).
        for i in 0..30 {
            l.record(&format!("c{i}"), ChatKind::Private, (i / 3) * 100);
        }
        assert_eq!(l.global_room(1_000), 0);
        assert_eq!(l.global_room_by(1_000, 1_000), 0);
        // The three seen at 0 free at 1,001.
        assert_eq!(l.global_room_by(1_000, 1_040), 3);
        assert_eq!(l.global_room_by(1_000, 1_101), 6);
        // Looking ahead forgets nothing: now is still full.
        assert_eq!(l.global_room(1_000), 0);
        assert_eq!(l.room_at(1_000, 1), 1_001);
    }

    #[test]
    fn a_send_counts_from_its_start_until_a_second_after_its_answer() {
        let mut l = Limiter::new(Rates {
            global_per_second: 2,
            ..Rates::unlimited()
        });
        let a = l.start("a", ChatKind::Private, 0, false).unwrap();
        // Starts are spread: one per 100 ms at this rate.
        assert_eq!(l.start("b", ChatKind::Private, 50, false), Err(100));
        let b = l.start("b", ChatKind::Private, 150, false).unwrap();
        // Both in flight: the second is full until an answer comes back.
        assert!(l.start("c", ChatKind::Private, 300, false).is_err());
        l.finish("a", ChatKind::Private, a, 400);
        l.finish("b", ChatKind::Private, b, 420);
        assert_eq!(l.ready_at("c", ChatKind::Private, 500), 1401);
    }

    #[test]
    fn a_slow_answer_holds_its_slot_only_until_the_platform_must_have_seen_it() {
        let mut l = Limiter::new(Rates::default());
        let busy = |l: &mut Limiter, now: i64| {
            l.free.forget(now);
            l.free.seen.len() + l.free.unseen(now)
        };
        let slow = l.start("slow", ChatKind::Private, 0, false).unwrap();
        let fast = l.start("a", ChatKind::Private, 0, false).unwrap();
        l.finish("a", ChatKind::Private, fast, 100);
        assert_eq!(busy(&mut l, 500), 2);
        assert_eq!(busy(&mut l, 1_200), 1, "the fast one's second is over");
        // The slow request reached the platform within ARRIVAL_MS: its second ends then.
        assert_eq!(busy(&mut l, ARRIVAL_MS + SECOND_MS + 1), 0);
        // Its answer, 10 s later, does not count it again.
        l.finish("slow", ChatKind::Private, slow, 10_000);
        assert_eq!(busy(&mut l, 10_000), 0);
    }

    #[test]
    fn urgent_announcements_have_their_own_paid_budget() {
        let mut l = Limiter::new(Rates {
            global_per_second: 1,
            paid_per_second: 1000,
            ..Rates::unlimited()
        });
        let t = l.start("a", ChatKind::Private, 0, false).unwrap();
        l.finish("a", ChatKind::Private, t, 10);
        assert!(l.start("b", ChatKind::Private, 20, false).is_err());
        for i in 0..200 {
            let t = l
                .start(&format!("u{i}"), ChatKind::Private, 20, true)
                .unwrap();
            assert!(t.paid);
        }
        assert_eq!(l.paid_room(20), 0, "a fifth of 1,000 in 100 ms");
        // Off: the flag asks for nothing.
        let mut off = Limiter::new(Rates::default());
        assert!(!off.start("a", ChatKind::Private, 0, true).unwrap().paid);
        assert_eq!(off.paid_room(0), 0);
    }

    #[test]
    fn a_pause_holds_one_chat() {
        let mut l = Limiter::new(Rates::unlimited());
        l.pause("a", 3000);
        assert_eq!(l.ready_at("a", ChatKind::Private, 0), 3000);
        assert_eq!(l.ready_at("b", ChatKind::Private, 0), 0);
    }

    #[test]
    fn backoff_doubles_with_jitter_and_a_cap() {
        for attempt in 1..6 {
            let full = 1000 * (1 << (attempt - 1));
            let d = backoff_ms(attempt, 1000, 600_000);
            assert!((full / 2..=full).contains(&d), "{attempt}: {d}");
        }
        assert!(backoff_ms(40, 1000, 600_000) <= 600_000);
    }
}
