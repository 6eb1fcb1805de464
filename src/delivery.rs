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

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use futures_util::future::join_all;

use rand::Rng;
use tokio::sync::{Notify, watch};

use crate::clock::Clock;
use crate::message::Channel;
use crate::metrics::Metrics;
use crate::store::chats::{self, ChatKind};
use crate::store::outbox::{self, Button, Claimed};
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
}

impl Default for Rates {
    fn default() -> Self {
        Self {
            global_per_second: 30,
            per_chat_interval_ms: 1000,
            group_per_minute: 20,
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
        }
    }
}

/// Keeps sends within [`Rates`]. Time is the injected clock's, in ms. One per process: several
/// instances each keep their own count, so set the rates to a share of the platform's limits.
///
/// A send counts from when it starts until a second after its answer came back: the platform
/// saw it somewhere in between, so no second of the platform's clock can hold more than the
/// rate, however the network spaces the requests. The overall rate is also spread over the
/// second (at most a fifth of it answered in any 100 ms), so a reply never waits long behind a
/// broadcast.
#[derive(Debug, Default)]
pub struct Limiter {
    rates: Rates,
    /// When the sends of the last second were answered, over all chats, oldest first.
    global: VecDeque<i64>,
    /// Sends started and not answered yet.
    in_flight: usize,
    chats: HashMap<String, ChatWindow>,
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

impl Limiter {
    pub fn new(rates: Rates) -> Self {
        Self {
            rates,
            ..Self::default()
        }
    }

    fn forget_before(queue: &mut VecDeque<i64>, cutoff: i64) {
        while queue.front().is_some_and(|t| *t <= cutoff) {
            queue.pop_front();
        }
    }

    /// Messages allowed in any 100 ms: a fifth of the rate, rounded up (twice the even pace,
    /// so that uneven answer times do not cost throughput).
    fn slice_cap(&self) -> usize {
        (self.rates.global_per_second as usize).div_ceil(5)
    }

    /// Sends answered in the last 100 ms (they are at the back).
    fn in_slice(&self, now: i64) -> usize {
        self.global
            .iter()
            .rev()
            .take_while(|t| **t > now - SLICE_MS)
            .count()
    }

    /// How many messages may go out now, over all chats.
    pub fn global_room(&mut self, now: i64) -> usize {
        if self.rates.global_per_second == 0 {
            return usize::MAX;
        }
        Self::forget_before(&mut self.global, now - SECOND_MS);
        let busy = self.global.len() + self.in_flight;
        let second = (self.rates.global_per_second as usize).saturating_sub(busy);
        // Smoothing only (the second is the limit): sends in flight do not count here, or the
        // round trip would eat into every tenth of a second.
        let slice = self.slice_cap().saturating_sub(self.in_slice(now));
        second.min(slice)
    }

    /// The earliest time `want` messages may go out together, if nothing else is sent
    /// meanwhile: `now` when they may go at once.
    pub fn room_at(&mut self, now: i64, want: usize) -> i64 {
        if self.rates.global_per_second == 0 {
            return now;
        }
        Self::forget_before(&mut self.global, now - SECOND_MS);
        let want = want.clamp(1, self.slice_cap());
        let len = self.global.len();
        // Sends in flight free nothing until they are answered: wait a little.
        let expiry = |excess: usize, first: usize, window: i64| -> i64 {
            match self.global.get(first + excess - 1) {
                Some(t) if first + excess <= len => t + window,
                _ => now + 1,
            }
        };
        let mut at = now;
        let excess =
            (len + self.in_flight + want).saturating_sub(self.rates.global_per_second as usize);
        if excess > 0 {
            at = at.max(expiry(excess, 0, SECOND_MS));
        }
        let in_slice = self.in_slice(now);
        let excess = (in_slice + want).saturating_sub(self.slice_cap());
        if excess > 0 {
            at = at.max(expiry(excess, len - in_slice, SLICE_MS));
        }
        at
    }

    /// The fewest rows worth claiming at once (claiming one row at a time as each slot frees
    /// would cost a database round trip per message): half of what 100 ms allows, up to half
    /// a batch.
    pub fn worth_claiming(&self, batch: usize) -> usize {
        if self.rates.global_per_second == 0 {
            return 1;
        }
        (self.slice_cap().min(batch) / 2).max(1)
    }

    /// The earliest time a message to `chat` may go out: `now` when it may go at once.
    pub fn ready_at(&mut self, chat: &str, kind: ChatKind, now: i64) -> i64 {
        let mut at = now;
        if self.rates.global_per_second > 0 && self.global_room(now) == 0 {
            at = at.max(self.room_at(now, 1));
        }
        if let Some(w) = self.chats.get_mut(chat) {
            at = at.max(w.paused_until);
            if let Some(last) = w.last
                && self.rates.per_chat_interval_ms > 0
            {
                at = at.max(last + self.rates.per_chat_interval_ms);
            }
            if kind == ChatKind::Group && self.rates.group_per_minute > 0 {
                Self::forget_before(&mut w.recent, now - MINUTE_MS);
                if w.recent.len() >= self.rates.group_per_minute as usize {
                    at = at.max(w.recent.front().map_or(now, |t| t + MINUTE_MS));
                }
            }
        }
        at
    }

    /// Takes a slot for a message to `chat` now, or says when to try again.
    pub fn start(&mut self, chat: &str, kind: ChatKind, now: i64) -> Result<(), i64> {
        let at = self.ready_at(chat, kind, now);
        if at > now {
            return Err(at);
        }
        self.in_flight += 1;
        Ok(())
    }

    /// A message [`start`](Self::start)ed was answered at `now` (sent or not: the platform
    /// may count it either way).
    pub fn finish(&mut self, chat: &str, kind: ChatKind, now: i64) {
        self.in_flight = self.in_flight.saturating_sub(1);
        self.record(chat, kind, now);
    }

    /// Counts a message sent to `chat` at `now`.
    pub fn record(&mut self, chat: &str, kind: ChatKind, now: i64) {
        if self.rates.global_per_second > 0 {
            // Answers may be counted a little out of order; keep the queue sorted.
            let now = self.global.back().map_or(now, |last| now.max(*last));
            self.global.push_back(now);
        }
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
    /// Shared by the chats sent to side by side within a pass.
    limiter: Mutex<Limiter>,
    owner: String,
    wake: Arc<Notify>,
    metrics: Option<Arc<Metrics>>,
}

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

    /// How long to wait when a pass took nothing: until the rate allows a worthwhile claim,
    /// or the poll interval.
    fn idle_pause(&self) -> Duration {
        let now = self.clock.now_ms();
        let mut limiter = self.limiter();
        let want = limiter.worth_claiming(self.config.batch.max(1) as usize);
        let at = limiter.room_at(now, want);
        if at > now {
            Duration::from_millis((at - now) as u64).min(self.config.poll_interval)
        } else {
            self.config.poll_interval
        }
    }

    /// Runs until `shutdown` turns true; the rows in hand are finished first.
    pub async fn run(mut self, mut shutdown: watch::Receiver<bool>) {
        let channel = self.sender.channel().as_str();
        tracing::info!(channel, "delivery worker started");
        loop {
            if *shutdown.borrow() {
                break;
            }
            let pause = match self.tick().await {
                Ok(0) => self.idle_pause(),
                Ok(_) => continue,
                Err(e) => {
                    tracing::error!(channel, error = %e, "delivery: outbox unavailable");
                    self.config.poll_interval * 8
                }
            };
            tokio::select! {
                _ = self.wake.notified() => {}
                _ = tokio::time::sleep(pause) => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!(channel, "delivery worker stopped");
    }

    /// One pass: claims the rows due now (as many as the global rate allows) and delivers
    /// them: one chat's rows one after another, in order, different chats side by side. Rows
    /// sent are marked together at the end of the pass, so at most one batch can be sent twice
    /// after a crash. Returns how many rows were taken.
    pub async fn tick(&mut self) -> Result<usize, StoreError> {
        let now = self.clock.now_ms();
        let batch = self.config.batch.max(1) as usize;
        let room = {
            let mut limiter = self.limiter();
            let room = limiter.global_room(now).min(batch);
            if room < limiter.worth_claiming(batch) {
                return Ok(0);
            }
            room
        };
        let rows = outbox::claim(
            &self.db,
            self.sender.channel().as_str(),
            &self.owner,
            room as i64,
            now,
            self.config.lease_ms,
        )
        .await?;
        let taken = rows.len();
        let mut chats: Vec<Vec<Claimed>> = Vec::new();
        let mut index: HashMap<i64, usize> = HashMap::new();
        for row in rows {
            let i = *index.entry(row.chat_id).or_insert_with(|| {
                chats.push(Vec::new());
                chats.len() - 1
            });
            chats[i].push(row);
        }
        // Past this instant the lease may have run out and another worker may hold the row:
        // what is left of the batch goes back rather than risk a second send.
        let lease_end = now + self.config.lease_ms - self.config.lease_ms / 4;
        let this = &*self;
        let outcomes = join_all(
            chats
                .into_iter()
                .map(|rows| this.deliver_chat(rows, lease_end)),
        )
        .await;
        let mut sent = Vec::new();
        let mut error = None;
        for (rows_sent, result) in outcomes {
            sent.extend(rows_sent);
            if let Err(e) = result {
                error.get_or_insert(e);
            }
        }
        outbox::mark_sent_many(&self.db, &sent, self.clock.now_ms()).await?;
        match error {
            Some(e) => Err(e),
            None => Ok(taken),
        }
    }

    /// Delivers one chat's rows of a pass, in order. Returns the rows sent (row id, platform
    /// message id), to be marked by the caller, even when a later row met a database error.
    async fn deliver_chat(
        &self,
        rows: Vec<Claimed>,
        lease_end: i64,
    ) -> (Vec<(i64, Option<String>)>, Result<(), StoreError>) {
        let mut sent = Vec::new();
        // A chat found gone: its other rows are skipped already (in the database). Moved: they
        // go back, to be read with the new id.
        let mut gone = false;
        let mut moved = false;
        for row in rows {
            let result = if self.clock.now_ms() >= lease_end || moved {
                outbox::defer(&self.db, row.id, self.clock.now_ms(), None).await
            } else if gone {
                outbox::mark_skipped(&self.db, row.id, "chat unreachable").await
            } else {
                let id = row.id;
                match self.deliver(row).await {
                    Ok(After::Sent(platform_id)) => {
                        sent.push((id, platform_id));
                        Ok(())
                    }
                    Ok(After::Done) => Ok(()),
                    Ok(After::ChatGone) => {
                        gone = true;
                        Ok(())
                    }
                    Ok(After::ChatMoved) => {
                        moved = true;
                        Ok(())
                    }
                    Err(e) => Err(e),
                }
            };
            if let Err(e) = result {
                return (sent, Err(e));
            }
        }
        (sent, Ok(()))
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

    async fn deliver(&self, row: Claimed) -> Result<After, StoreError> {
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
            let now = self.clock.now_ms();
            let started = self
                .limiter()
                .start(&row.chat_external_id, row.chat_kind, now);
            if let Err(ready) = started {
                outbox::defer(&self.db, row.id, ready, None).await?;
                return Ok(After::Done);
            }
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
            };
            let result = self.sender.send(part).await;
            self.limiter()
                .finish(&row.chat_external_id, row.chat_kind, self.clock.now_ms());
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
        });
        match error {
            SendError::Retryable {
                retry_after: Some(wait),
                reason,
            } => {
                let until = now + wait.as_millis() as i64;
                tracing::warn!(channel, outbox_id = row.id, wait_ms = %wait.as_millis(), "delivery: rate limited by the platform");
                self.limiter().pause(&row.chat_external_id, until);
                outbox::defer(&self.db, row.id, until, Some(&reason)).await?;
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
                outbox::defer(&self.db, row.id, now, Some("chat migrated")).await?;
                Ok(After::ChatMoved)
            }
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
        assert_eq!(l.ready_at("new", ChatKind::Private, 10), 1005);
        // Spread over the second: a fifth of the rate at once.
        assert_eq!(l.global_room(1005), 6);
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
    fn a_send_counts_from_its_start_until_a_second_after_its_answer() {
        let mut l = Limiter::new(Rates {
            global_per_second: 2,
            ..Rates::unlimited()
        });
        assert_eq!(l.start("a", ChatKind::Private, 0), Ok(()));
        assert_eq!(l.start("b", ChatKind::Private, 0), Ok(()));
        // Both in flight: the second is full until an answer comes back.
        assert_eq!(l.start("c", ChatKind::Private, 5), Err(6));
        l.finish("a", ChatKind::Private, 400);
        l.finish("b", ChatKind::Private, 420);
        assert_eq!(l.ready_at("c", ChatKind::Private, 500), 1400);
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
