//! Voice prompts: recordings of the key messages in each language, for people who do not read.
//!
//! An admin, or a reviewer an admin named for one language ([`may_record`]), records them in
//! the chat (`/ghiam TAG`): each key message is shown with its Vietnamese text and the
//! recorder sends a voice note for it, or skips it. Recordings are indexed in `voice_prompts`
//! by language and message id, with the hash of the Vietnamese text they were made from, so a
//! later change of that text shows them as out of date. The voice note itself stays where the
//! platform keeps it (a Telegram file id, a Zalo address); another channel gets it through the
//! media store ([`crate::media`]: fetched once into `data/media`, served at `/media/<name>`).
//!
//! A person who chose «nghe bằng giọng nói» gets the recording with each key message sent to
//! them: [`attachments`] is called on the one path every outbound message takes (the engine's
//! replies and [`super::notify::Outgoing::enqueue`]), never by the flows themselves.

use std::collections::HashMap;
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

use super::Ctx;
use super::lessons::Catalogue;
use crate::domain::LocaleTag;
use crate::domain::audit::AuditAction;
use crate::domain::petition::Part;
use crate::i18n::{Localizer, Msg};
use crate::message::{Outbound, Reply, Text};
use crate::store::people::Person;
use crate::store::voice::{self as store, VoicePrompt};
use crate::store::{self as db, Conn, StoreError, StoreResult, areas, lessons, relay};

/// The key messages recorded, in the order the recording flow walks them; lesson steps follow
/// (see [`key_messages`]).
pub const KEY_MESSAGES: &[&str] = &[
    "welcome",
    "consent-summary",
    "menu-title",
    "petition-ask-category",
    "petition-ask-body",
    "petition-ask-anonymous",
    "petition-submitted",
    "petition-answered",
];

/// Whether a message id can have a recording: a key message or a lesson step. A cheap test, so
/// that the database is asked only about messages that may have one.
pub fn is_key_message(id: &str) -> bool {
    KEY_MESSAGES.contains(&id) || (id.starts_with("lesson-") && id.contains("-step-"))
}

/// Every key message, lesson steps (in the catalogue's order) last.
pub fn key_messages(catalogue: &Catalogue) -> Vec<String> {
    let mut ids: Vec<String> = KEY_MESSAGES.iter().map(|s| s.to_string()).collect();
    for lesson in &catalogue.lessons {
        ids.extend(lesson.steps.iter().map(|s| s.text.clone()));
    }
    ids
}

/// The Vietnamese source text of every message (compiled-in files), variables shown as
/// `{ $name }`: what a recorder reads before speaking, and what a recording's hash is of.
fn vi_sources() -> &'static HashMap<String, String> {
    static SOURCES: OnceLock<HashMap<String, String>> = OnceLock::new();
    SOURCES.get_or_init(|| {
        let mut out = HashMap::new();
        let Ok(sources) = crate::i18n::LocaleSource::embedded() else {
            return out;
        };
        for source in sources.iter().filter(|s| s.tag.is_source()) {
            for file in &source.files {
                let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
                    Ok(r) => r,
                    Err((r, _)) => r,
                };
                for entry in resource.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry
                        && let Some(pattern) = &m.value
                    {
                        out.insert(m.id.name.to_string(), pattern_text(pattern));
                    }
                }
            }
        }
        out
    })
}

fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>) -> String {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    out.push_str(&format!("{{ ${} }}", id.name));
                }
                Expression::Inline(InlineExpression::MessageReference { id, .. }) => {
                    let referenced = vi_text_shallow(id.name);
                    out.push_str(&referenced);
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    out.push_str(value);
                }
                Expression::Select { variants, .. } => {
                    if let Some(v) = variants.iter().find(|v| v.default) {
                        out.push_str(&pattern_text(&v.value));
                    }
                }
                _ => out.push('…'),
            },
        }
    }
    out.trim().to_string()
}

/// A referenced message (a button's label inside a text), read straight from the files: only
/// one level deep, which is all the texts use.
fn vi_text_shallow(id: &str) -> String {
    let Ok(sources) = crate::i18n::LocaleSource::embedded() else {
        return String::new();
    };
    for source in sources.iter().filter(|s| s.tag.is_source()) {
        for file in &source.files {
            let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in &resource.body {
                if let fluent_syntax::ast::Entry::Message(m) = entry
                    && m.id.name == id
                    && let Some(pattern) = &m.value
                {
                    use fluent_syntax::ast::PatternElement;
                    return pattern
                        .elements
                        .iter()
                        .map(|e| match e {
                            PatternElement::TextElement { value } => value.to_string(),
                            PatternElement::Placeable { .. } => "…".to_string(),
                        })
                        .collect::<String>()
                        .trim()
                        .to_string();
                }
            }
        }
    }
    String::new()
}

/// The Vietnamese text of a message, as a recorder reads it.
pub fn vi_text(id: &str) -> String {
    vi_sources().get(id).cloned().unwrap_or_default()
}

/// The hash of a message's Vietnamese text (16 hex digits).
pub fn vi_hash(id: &str) -> String {
    Sha256::digest(vi_text(id).as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Why a recording was not taken.
#[derive(Debug, thiserror::Error)]
pub enum VoiceError {
    #[error("not allowed")]
    NotAllowed,
    #[error("not a key message")]
    UnknownMessage,
    #[error("no such language")]
    UnknownLanguage,
    #[error("not a voice note")]
    NotVoice,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Whether the actor may record in `locale`: an admin (any area), or a reviewer an admin named
/// for that language. Checked again for every recording.
pub async fn may_record(cx: &mut Ctx<'_>, locale: &LocaleTag) -> StoreResult<bool> {
    if cx.actor.is_admin() || cx.actor.is_shell() {
        return Ok(true);
    }
    let Some(id) = cx.actor.person_id else {
        return Ok(false);
    };
    store::is_recorder(cx.conn, id, locale.as_str()).await
}

/// Keeps `part` (a voice note or audio file) as the recording of `message_id` in `locale`,
/// replacing any earlier one; audited (`voice.record`, subject `voice:<locale>:<id>`).
pub async fn record(
    cx: &mut Ctx<'_>,
    catalogue: &Catalogue,
    locale: &LocaleTag,
    message_id: &str,
    part: &Part,
    channel: &str,
) -> Result<(), VoiceError> {
    if !cx.i18n.supports(locale) {
        return Err(VoiceError::UnknownLanguage);
    }
    if !may_record(cx, locale).await? {
        return Err(VoiceError::NotAllowed);
    }
    if !key_messages(catalogue).iter().any(|m| m == message_id) {
        return Err(VoiceError::UnknownMessage);
    }
    let (kind, file_ref) = match part {
        Part::Voice { file_ref } => ("voice", file_ref),
        Part::Audio { file_ref } => ("audio", file_ref),
        _ => return Err(VoiceError::NotVoice),
    };
    let by = cx.actor.person_id.ok_or(VoiceError::NotAllowed)?;
    store::put(
        cx.conn,
        &VoicePrompt {
            locale: locale.as_str().to_string(),
            message_id: message_id.to_string(),
            kind: kind.to_string(),
            file_ref: file_ref.clone(),
            channel: channel.to_string(),
            vi_hash: vi_hash(message_id),
            recorded_by: by,
            recorded_at: cx.now,
        },
    )
    .await?;
    db::audit(
        cx.conn,
        Some(by),
        AuditAction::VoiceRecord,
        &format!("voice:{locale}:{message_id}"),
        Some(kind),
        cx.now,
    )
    .await?;
    Ok(())
}

/// Names `person` a recorder of `locale`; only an admin (or the shell) may. Audited
/// (`voice.recorder`, subject `person:<id>`). False when they already were.
pub async fn name_recorder(
    cx: &mut Ctx<'_>,
    person: &Person,
    locale: &LocaleTag,
) -> Result<bool, VoiceError> {
    if !(cx.actor.is_admin() || cx.actor.is_shell()) {
        return Err(VoiceError::NotAllowed);
    }
    if !cx.i18n.supports(locale) {
        return Err(VoiceError::UnknownLanguage);
    }
    let new = store::add_recorder(
        cx.conn,
        person.id,
        locale.as_str(),
        cx.actor.person_id,
        cx.now,
    )
    .await?;
    if new {
        db::audit(
            cx.conn,
            cx.actor.person_id,
            AuditAction::VoiceRecorder,
            &format!("person:{}", person.id),
            Some(locale.as_str()),
            cx.now,
        )
        .await?;
    }
    Ok(new)
}

/// The recording of `message_id` in `locale`, if any.
pub async fn recording(
    conn: &mut Conn,
    locale: &LocaleTag,
    message_id: &str,
) -> StoreResult<Option<VoicePrompt>> {
    Ok(store::of_messages(conn, locale.as_str(), &[message_id])
        .await?
        .pop())
}

/// The recording as an attachment.
pub fn part_of(prompt: &VoicePrompt) -> Part {
    match prompt.kind.as_str() {
        "audio" => Part::Audio {
            file_ref: prompt.file_ref.clone(),
        },
        _ => Part::Voice {
            file_ref: prompt.file_ref.clone(),
        },
    }
}

/// The person turns «nghe bằng giọng nói» on or off (only for themselves). Returns how many
/// recordings their language has.
pub async fn set_listening(cx: &mut Ctx<'_>, person: &Person, on: bool) -> StoreResult<usize> {
    if !cx.actor.is(person.id) {
        return Ok(0);
    }
    store::set_listening(cx.conn, person.id, on, cx.now).await?;
    let locale = super::notify::language_of(cx.i18n, person);
    Ok(store::all(cx.conn)
        .await?
        .iter()
        .filter(|p| p.locale == locale.as_str())
        .count())
}

/// Who reads a message, for [`attachments`]: whether they listen by voice may be known already.
#[derive(Clone, Copy, Debug)]
pub enum Listener {
    /// Already read this turn.
    Known(bool),
    /// This person (by id).
    Person(i64),
    /// Whoever the private chat belongs to (nobody, for a group).
    OfChat,
}

/// The voice notes to send before a rendered `reply`: the recording, in `locale`, of each key
/// message in it, when the chat is a private chat of someone who chose to listen (`listener`:
/// known already, or looked up). Nothing is read from the database when the reply holds no key
/// message.
pub async fn attachments(
    conn: &mut Conn,
    i18n: &Localizer,
    chat_id: i64,
    listener: Listener,
    locale: &LocaleTag,
    reply: &Reply,
) -> StoreResult<Vec<Outbound>> {
    let ids: Vec<&str> = reply
        .paragraphs
        .iter()
        .filter_map(|p| match p {
            Text::L(m) if is_key_message(&m.id) => Some(m.id.as_ref()),
            _ => None,
        })
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let listens = match listener {
        Listener::Known(listens) => listens,
        Listener::Person(id) => store::listens(conn, id).await?,
        Listener::OfChat => store::listens_in_chat(conn, chat_id).await?,
    };
    if !listens {
        return Ok(Vec::new());
    }
    // A person's stored tag may be an alias (`hnj`) of the bundle recordings are kept under.
    let canonical = i18n.canonical(locale).unwrap_or_else(|| locale.clone());
    let found = store::of_messages(conn, canonical.as_str(), &ids).await?;
    let caption = i18n.render(locale, &Msg::new("voice-caption"));
    Ok(ids
        .iter()
        .filter_map(|id| found.iter().find(|p| p.message_id == *id))
        .map(|p| Outbound {
            text: caption.clone(),
            media: Some(part_of(p)),
            ..Outbound::default()
        })
        .collect())
}

/// What happened when a person asked for someone to read the data notice to them.
#[derive(Debug, PartialEq, Eq)]
pub enum ReaderAsked {
    /// This many of the village's relayers and digital helpers were told.
    Told(usize),
    /// Asked in the last day already: nobody is told twice.
    AlreadyAsked,
    /// The village has nobody to ask (or the person has no village).
    Nobody,
}

/// How long after one request for a reader another is refused.
const READER_AGAIN_MS: i64 = 24 * 3600 * 1000;

/// The person (the actor) asks their village's helpers (relayers and digital helpers) to read
/// the data notice with them, in their language: each gets the person's name and village in
/// their private chat. Once a day at most; audited (`consent.reader_request`).
pub async fn ask_reader(cx: &mut Ctx<'_>, person: &Person) -> StoreResult<ReaderAsked> {
    let Some(village_id) = person.village_id.filter(|_| cx.actor.is(person.id)) else {
        return Ok(ReaderAsked::Nobody);
    };
    let subject = format!("person:{}", person.id);
    let earlier = db::audit_entries(cx.conn, AuditAction::ConsentReaderRequest, &subject).await?;
    if earlier
        .iter()
        .any(|e| cx.now - e.created_at < READER_AGAIN_MS)
    {
        return Ok(ReaderAsked::AlreadyAsked);
    }
    let mut helpers = relay::relayers_of(cx.conn, village_id).await?;
    for h in lessons::helpers_of(cx.conn, village_id).await? {
        if !helpers.iter().any(|x| x.id == h.id) {
            helpers.push(h);
        }
    }
    helpers.retain(|h| h.id != person.id);
    if helpers.is_empty() {
        return Ok(ReaderAsked::Nobody);
    }
    let village = areas::get(cx.conn, village_id)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    let name = person
        .display_name
        .clone()
        .unwrap_or_else(|| person.external_id.clone());
    // The person's language by its own name (from its locale.toml), Vietnamese's when unset.
    let languages = cx.i18n.languages();
    let language = languages
        .iter()
        .find(|l| Some(&l.tag) == person.language.as_ref())
        .or_else(|| languages.iter().find(|l| l.tag.is_source()))
        .map(|l| l.own_name.clone())
        .unwrap_or_default();
    let mut told = 0;
    for helper in helpers {
        let reply = Reply::new(
            Msg::new("consent-reader-request")
                .arg("name", name.clone())
                .arg("village", village.clone())
                .arg("language", language.clone()),
        );
        if cx.out.person(cx.conn, cx.i18n, &helper, reply).await? {
            told += 1;
        }
    }
    db::audit(
        cx.conn,
        Some(person.id),
        AuditAction::ConsentReaderRequest,
        &subject,
        Some(&told.to_string()),
        cx.now,
    )
    .await?;
    Ok(if told == 0 {
        ReaderAsked::Nobody
    } else {
        ReaderAsked::Told(told)
    })
}

/// Recordings of one language beside the key messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Coverage {
    pub locale: LocaleTag,
    pub own_name: String,
    pub total: usize,
    pub recorded: usize,
    /// Recorded against a Vietnamese text that has changed since.
    pub outdated: Vec<String>,
}

/// Per language the bot speaks, how many key messages have a recording, and which of those
/// were made from an older Vietnamese text.
pub async fn coverage(
    conn: &mut Conn,
    i18n: &Localizer,
    catalogue: &Catalogue,
) -> StoreResult<Vec<Coverage>> {
    let keys = key_messages(catalogue);
    let all = store::all(conn).await?;
    Ok(i18n
        .languages()
        .iter()
        .map(|l| {
            let mine: Vec<&VoicePrompt> = all
                .iter()
                .filter(|p| p.locale == l.tag.as_str() && keys.contains(&p.message_id))
                .collect();
            Coverage {
                locale: l.tag.clone(),
                own_name: l.own_name.clone(),
                total: keys.len(),
                recorded: mine.len(),
                outdated: mine
                    .iter()
                    .filter(|p| p.vi_hash != vi_hash(&p.message_id))
                    .map(|p| p.message_id.clone())
                    .collect(),
            }
        })
        .collect())
}

/// The coverage as the command line prints it, one line a language (`-v`: the outdated ids).
pub fn render_coverage(rows: &[Coverage], verbose: bool) -> String {
    let mut out = String::from("voice recordings (key messages):\n");
    for c in rows {
        let pct = (c.recorded * 100).checked_div(c.total).unwrap_or(0);
        out.push_str(&format!(
            "  {:<8} {:<14} {:>3}/{} recorded ({pct}%)",
            c.locale.as_str(),
            c.own_name,
            c.recorded,
            c.total
        ));
        if !c.outdated.is_empty() {
            out.push_str(&format!(
                ", {} changed in Vietnamese since recorded",
                c.outdated.len()
            ));
        }
        out.push('\n');
        if verbose {
            for id in &c.outdated {
                out.push_str(&format!("      changed since recorded: {id}\n"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_messages_are_recognised_and_have_vietnamese_text() {
        for id in KEY_MESSAGES {
            assert!(is_key_message(id));
            assert!(!vi_text(id).is_empty(), "{id} has no vi text");
        }
        assert!(is_key_message("lesson-vneid-step-1"));
        assert!(!is_key_message("lesson-list"));
        assert!(vi_text("petition-submitted").contains("{ $code }"));
        assert_eq!(vi_hash("welcome").len(), 16);
        assert_ne!(vi_hash("welcome"), vi_hash("menu-title"));
    }
}
