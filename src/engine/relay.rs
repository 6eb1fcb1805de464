//! Relay confirmations and linked apps, from a person's private chat.
//!
//! ```text
//! bot:       📢 THÔNG BÁO … (the announcement, to forward as it is)
//!            🔁 Nhờ bạn chuyển thông báo số 3 ở trên vào nhóm Zalo của Bản Tả Phìn. …
//!            [✅ Đã chuyển vào nhóm]
//! trưởng bản: ✅ Đã chuyển vào nhóm
//! bot:       Cảm ơn bạn! Đã ghi nhận: thông báo số 3 đã được chuyển vào nhóm của Bản Tả Phìn.
//!
//! người dân (Telegram): /lienket
//! bot:       🔗 Mã liên kết của bạn: K7M2QX …
//! người dân (Zalo):     /lienket K7M2QX
//! bot:       ✅ Đã liên kết Telegram với ứng dụng này …
//! ```
//!
//! The rules are in `services::relay` and `services::linking`.

use super::state::State;
use super::{EngineError, Turn, dialogue};
use crate::i18n::Msg;
use crate::services::Actor;
use crate::services::linking::{self, LinkError};
use crate::services::relay::{self as relay_service, RelayError};
use crate::store::StoreError;

type Step = Result<State, EngineError>;

/// «✅ Đã chuyển vào nhóm» on a relay task.
pub(super) async fn confirm(turn: &mut Turn<'_>, state: State, task: i64) -> Step {
    match relay_service::confirm(&mut turn.cx(), task).await {
        Ok(done) => turn.say_msg(done.message()),
        Err(RelayError::Store(e)) => return Err(e),
        Err(e) => turn.say_msg(e.message().unwrap_or_else(|| Msg::new("relay-not-yours"))),
    }
    Ok(state)
}

fn link_error(turn: &mut Turn<'_>, e: LinkError) -> Result<(), StoreError> {
    match e {
        LinkError::Store(e) => Err(e),
        other => {
            turn.say_msg(Msg::new(other.message_id().unwrap_or("link-wrong")));
            Ok(())
        }
    }
}

/// The person acting changed (linked or split): their roles and language are read again.
async fn act_as(
    turn: &mut Turn<'_>,
    person: crate::store::people::Person,
) -> Result<(), StoreError> {
    turn.actor = Actor::load(turn.conn, person.id).await?;
    if let Some(l) = person.language.clone().filter(|l| turn.i18n.supports(l)) {
        turn.locale = l;
    }
    turn.person = person;
    turn.listens = None;
    Ok(())
}

/// `/chuyentin <village code>` (admins): a single-use invite for a relayer of the village.
pub(super) async fn invite(turn: &mut Turn<'_>, state: State, code: &str) -> Step {
    if !turn.actor.is_admin() {
        turn.say_msg(Msg::new("admin-only"));
        return Ok(state);
    }
    let village = match code.trim() {
        "" => None,
        code => crate::store::areas::by_code(turn.conn, &code.to_uppercase()).await?,
    };
    let Some(village) = village.filter(|v| v.kind == crate::store::areas::AreaKind::Village) else {
        turn.say_msg(Msg::new("relay-invite-usage"));
        return Ok(state);
    };
    match relay_service::invite(
        &mut turn.cx(),
        &village,
        crate::services::access::INVITE_DAYS,
    )
    .await
    {
        Ok((code, expires)) => {
            let (time, date) = crate::clock::local_parts(expires);
            turn.say_msg(
                Msg::new("relay-invite-created")
                    .arg("code", code)
                    .arg("village", village.name)
                    .arg("expires", format!("{time} {date}")),
            );
        }
        Err(e) => super::officer::refuse_invite(turn, e)?,
    }
    Ok(state)
}

/// `/lienket` (a code to type in the other app) or `/lienket <code>` (one shown there).
pub(super) async fn link(turn: &mut Turn<'_>, state: State, args: &str) -> Step {
    let identity = turn.identity.clone();
    if args.trim().is_empty() {
        match linking::new_link_code(&mut turn.cx(), &identity).await {
            Ok(code) => turn.say_msg(Msg::new("link-code").arg("code", code)),
            Err(e) => link_error(turn, e)?,
        }
        return Ok(state);
    }
    // `/lienket <village or unit code>` is the group command, typed here by mistake: said so,
    // and it costs no try. A code is 6 letters and digits; a village's has a dash (DS-TP).
    let query = args.trim();
    let upper = query.to_uppercase();
    let names_place = crate::store::areas::by_code(turn.conn, &upper)
        .await?
        .is_some()
        || crate::store::areas::unit_by_code(turn.conn, &upper)
            .await?
            .is_some();
    if names_place || (query.contains('-') && linking::normalise_code(query).is_none()) {
        turn.say_msg(Msg::new("link-place-code-in-private").arg("query", query.to_string()));
        return Ok(state);
    }
    match linking::redeem(&mut turn.cx(), &identity, args).await {
        Ok(linked) => {
            act_as(turn, linked.person).await?;
            turn.say_msg(
                Msg::new("link-done").arg("other", linking::channel_msg(&linked.other_channel)),
            );
            dialogue::resume(turn, State::Idle).await
        }
        Err(e) => {
            link_error(turn, e)?;
            Ok(state)
        }
    }
}

/// `/huylienket`: the linked apps become separate people again.
pub(super) async fn unlink(turn: &mut Turn<'_>, state: State) -> Step {
    let identity = turn.identity.clone();
    match linking::unlink(&mut turn.cx(), &identity).await {
        Ok(person) => {
            act_as(turn, person).await?;
            turn.say_msg(Msg::new("unlink-done"));
            dialogue::resume(turn, State::Idle).await
        }
        Err(e) => {
            link_error(turn, e)?;
            Ok(state)
        }
    }
}
