//! One person, two apps: a person who uses both Telegram and Zalo links the two identities.
//!
//! `/lienket` in one app's private chat shows a code (6 characters, 10 minutes, single use);
//! `/lienket <code>` typed in the other app makes the two one person. Rules:
//! - the person whose row was created first is kept; the other row stays as an identity of it
//!   (its app's messages still find it) and everything it had moves over: petitions (anonymous
//!   ones stay anonymous: only the author id changes, never the flag), petitions followed,
//!   drafts, subscriptions, roles, lessons and quiz answers, help requests, announcements
//!   written, relay tasks. The kept person's language, village and consent win where set;
//! - messages to the person go to the kept identity's app;
//! - `/huylienket`, in either app, splits the identities apart again: the others take the
//!   person's language, village and consent, nothing else; the rest stays with the kept one;
//! - a wrong, expired or reused code changes nothing and says so; after
//!   [`MAX_FAILURES_PER_HOUR`] wrong codes in an hour, codes are refused for the hour;
//! - links and unlinks are audited (`identity.link`, `identity.unlink`), and the other app is
//!   told, so a link nobody asked for is seen at once.

use rand::Rng;

use crate::domain::audit::AuditAction;
use crate::i18n::Msg;
use crate::message::Reply;
use crate::store::links::{self as store};
use crate::store::people::{self, Person};
use crate::store::{StoreError, chats};

use super::Ctx;

/// How long a code can be used.
pub const CODE_VALID_MS: i64 = 10 * 60_000;
/// Wrong codes one person may type in an hour.
pub const MAX_FAILURES_PER_HOUR: i64 = 5;
const HOUR_MS: i64 = 3_600_000;
/// Letters and digits that cannot be misread for one another (no 0/O, 1/I/L).
pub(crate) const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LEN: usize = 6;

#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("no such code")]
    Wrong,
    #[error("code expired")]
    Expired,
    #[error("code used already")]
    Used,
    #[error("code made in this same app")]
    SameApp,
    #[error("already one person")]
    AlreadyLinked,
    #[error("too many wrong codes")]
    TooManyTries,
    #[error("nothing linked")]
    NotLinked,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl LinkError {
    /// The Fluent message for the person; `None` for a storage failure.
    pub fn message_id(&self) -> Option<&'static str> {
        Some(match self {
            LinkError::Wrong => "link-wrong",
            LinkError::Expired => "link-expired",
            LinkError::Used => "link-used",
            LinkError::SameApp => "link-same-app",
            LinkError::AlreadyLinked => "link-already",
            LinkError::TooManyTries => "link-too-many",
            LinkError::NotLinked => "unlink-none",
            LinkError::Store(_) => return None,
        })
    }
}

/// A typed code, normalised: capitals, without spaces or dashes; `None` when it cannot be one.
pub fn normalise_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (code.len() == CODE_LEN && code.bytes().all(|b| ALPHABET.contains(&b))).then_some(code)
}

/// A code typed where everybody reads it (a group): it is spent at once, so that nobody who
/// saw it can use it. True when it was a live code.
pub async fn burn(cx: &mut Ctx<'_>, typed: &str) -> Result<bool, StoreError> {
    let Some(code) = normalise_code(typed) else {
        return Ok(false);
    };
    store::use_code(cx.conn, &code, cx.now).await
}

fn new_code() -> String {
    let mut rng = rand::rng();
    (0..CODE_LEN)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

/// The Fluent id of an app's name.
pub fn channel_msg(channel: &str) -> Msg {
    Msg::new(format!("link-channel-{channel}"))
}

/// A new code for the actor, shown in the app of `identity` (the identity the actor wrote
/// from). Earlier unused codes of theirs stop working.
pub async fn new_link_code(cx: &mut Ctx<'_>, identity: &Person) -> Result<String, LinkError> {
    let person = cx.actor.person_id.ok_or(LinkError::NotLinked)?;
    let mut code = new_code();
    for _ in 0..5 {
        if store::code(cx.conn, &code).await?.is_none() {
            break;
        }
        code = new_code();
    }
    store::create_code(
        cx.conn,
        &code,
        person,
        &identity.channel,
        cx.now,
        cx.now + CODE_VALID_MS,
    )
    .await?;
    Ok(code)
}

/// The result of a link: the person now acting.
#[derive(Clone, Debug)]
pub struct Linked {
    pub person: Person,
    /// The app the code was shown in.
    pub other_channel: String,
}

/// The actor, writing from `identity`, types `typed` (a code shown in another app).
pub async fn redeem(cx: &mut Ctx<'_>, identity: &Person, typed: &str) -> Result<Linked, LinkError> {
    let me = cx.actor.person_id.ok_or(LinkError::Wrong)?;
    if store::failures_since(cx.conn, me, cx.now - HOUR_MS).await? >= MAX_FAILURES_PER_HOUR {
        return Err(LinkError::TooManyTries);
    }
    let found = match normalise_code(typed) {
        Some(code) => store::code(cx.conn, &code).await?,
        None => None,
    };
    let refused = match &found {
        None => Some(LinkError::Wrong),
        Some(c) if c.person_id == me => Some(if c.channel == identity.channel {
            LinkError::SameApp
        } else {
            LinkError::AlreadyLinked
        }),
        Some(c) if c.used_at.is_some() => Some(LinkError::Used),
        Some(c) if c.expires_at <= cx.now => Some(LinkError::Expired),
        Some(c) if c.channel == identity.channel => Some(LinkError::SameApp),
        Some(_) => None,
    };
    if let Some(e) = refused {
        if matches!(e, LinkError::Wrong | LinkError::Used | LinkError::Expired) {
            store::record_failure(cx.conn, me, cx.now).await?;
        }
        return Err(e);
    }
    let code = found.expect("checked above");
    if !store::use_code(cx.conn, &code.code, cx.now).await? {
        return Err(LinkError::Used);
    }
    // The row made first is kept.
    let (keep, gone) = if code.person_id < me {
        (code.person_id, me)
    } else {
        (me, code.person_id)
    };
    store::merge(cx.conn, keep, gone, cx.now).await?;
    crate::store::audit(
        cx.conn,
        Some(me),
        AuditAction::IdentityLink,
        &format!("person:{keep}"),
        Some(&format!(
            "person:{gone} {}+{}",
            code.channel, identity.channel
        )),
        cx.now,
    )
    .await?;
    let person = people::get(cx.conn, keep)
        .await?
        .ok_or(LinkError::Store(StoreError::Corrupt("kept person".into())))?;
    // The app the code came from hears of it too.
    for other in store::identities_of(cx.conn, keep)
        .await?
        .into_iter()
        .chain(std::iter::once(person.clone()))
    {
        if other.channel == code.channel && other.channel != identity.channel {
            tell(
                cx,
                &other,
                &person,
                Msg::new("link-done-other").arg("other", channel_msg(&identity.channel)),
            )
            .await?;
        }
    }
    Ok(Linked {
        person,
        other_channel: code.channel,
    })
}

/// A notice to one identity's private chat, in the person's language.
async fn tell(
    cx: &mut Ctx<'_>,
    identity: &Person,
    person: &Person,
    msg: Msg,
) -> Result<(), LinkError> {
    if let Some(chat) = chats::private_of(cx.conn, &identity.channel, &identity.external_id).await?
    {
        cx.out.notices.push(super::notify::Notice {
            chat_id: chat.id,
            locale: super::notify::language_of(cx.i18n, person),
            reply: Reply::new(msg),
            priority: None,
        });
    }
    Ok(())
}

/// The actor's identities become separate people again. Returns the person acting for
/// `identity` afterwards (itself, when it was the one linked in).
pub async fn unlink(cx: &mut Ctx<'_>, identity: &Person) -> Result<Person, LinkError> {
    let me = cx.actor.person_id.ok_or(LinkError::NotLinked)?;
    let kept = people::get(cx.conn, me)
        .await?
        .ok_or(LinkError::NotLinked)?;
    let split = store::unlink_all(cx.conn, me, cx.now).await?;
    if split.is_empty() {
        return Err(LinkError::NotLinked);
    }
    crate::store::audit(
        cx.conn,
        Some(me),
        AuditAction::IdentityUnlink,
        &format!("person:{me}"),
        Some(
            &split
                .iter()
                .map(|p| format!("person:{}", p.id))
                .collect::<Vec<_>>()
                .join(" "),
        ),
        cx.now,
    )
    .await?;
    // Every identity other than the one that asked hears of it.
    for other in split.iter().chain(std::iter::once(&kept)) {
        if other.id != identity.id {
            tell(
                cx,
                other,
                &kept,
                Msg::new("unlink-done-other").arg("other", channel_msg(&identity.channel)),
            )
            .await?;
        }
    }
    Ok(people::get(cx.conn, identity.id)
        .await?
        .unwrap_or_else(|| identity.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_whatever_its_case_spaces_and_dashes() {
        assert_eq!(normalise_code(" k7m-2qx "), Some("K7M2QX".into()));
        assert_eq!(normalise_code("K7M 2QX"), Some("K7M2QX".into()));
    }

    #[test]
    fn look_alike_characters_and_wrong_lengths_are_no_code() {
        assert_eq!(normalise_code("K7M2Q0"), None);
        assert_eq!(normalise_code("K7M2Q"), None);
        assert_eq!(normalise_code("K7M2QXX"), None);
        assert_eq!(normalise_code(""), None);
    }

    #[test]
    fn new_codes_are_codes() {
        for _ in 0..100 {
            assert!(normalise_code(&new_code()).is_some());
        }
    }
}
