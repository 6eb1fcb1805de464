//! Voice prompts in the chat: the recording flow and «nghe bằng giọng nói».
//!
//! ```text
//! quản trị:  /ghiam hnj
//! bot:       🎙 Ghi âm bằng Hmoob: 45 tin. …
//!            🎙 Tin 1/45 (welcome): Xin chào! Tôi là Loa Thôn, …   [⏭ Bỏ qua] [⏹ Dừng ghi âm]
//! quản trị:  <voice note>
//! bot:       ✅ Đã lưu bản ghi.  🎙 Tin 2/45 (consent-summary): …
//! ```
//!
//! The rules (who may record, what is kept, what is audited) are in `services::voice`; the
//! recordings reach listeners on the outbound path (`services::voice::attachments`).

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Turn, dialogue};
use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::domain::petition::Part;
use crate::i18n::Msg;
use crate::intent::{Intent, VoiceStep};
use crate::services::voice::{self as service, VoiceError};

type Step = Result<State, EngineError>;

/// A language's own name ("Hmoob"), or its tag.
pub(super) fn own_name(turn: &Turn<'_>, tag: &LocaleTag) -> String {
    turn.i18n
        .languages()
        .iter()
        .find(|l| &l.tag == tag)
        .map_or_else(|| tag.to_string(), |l| l.own_name.clone())
}

/// `/ghiam TAG`: checks the right, then shows the first key message.
pub(super) async fn start(turn: &mut Turn<'_>, args: &str) -> Step {
    // An old tag (`hnj`) means the bundle it is an alias of (`hnj-x-rpa`).
    let tag = LocaleTag::parse(args.trim())
        .ok()
        .and_then(|t| turn.i18n.canonical(&t));
    let Some(tag) = tag else {
        let tags = turn
            .i18n
            .languages()
            .iter()
            .map(|l| l.tag.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        turn.say_msg(Msg::new("voice-usage").arg("tags", tags));
        return dialogue::resume(turn, State::Idle).await;
    };
    if !service::may_record(&mut turn.cx(), &tag).await? {
        turn.say_msg(Msg::new("voice-not-allowed"));
        return dialogue::resume(turn, State::Idle).await;
    }
    let total = service::key_messages(turn.lessons).len();
    turn.say_msg(
        Msg::new("voice-record-intro")
            .arg("language", own_name(turn, &tag))
            .arg("total", total),
    );
    show_item(turn, &tag, 0).await
}

/// The key message at `index`, with its Vietnamese text, waiting for a voice note.
async fn show_item(turn: &mut Turn<'_>, tag: &LocaleTag, index: usize) -> Step {
    let keys = service::key_messages(turn.lessons);
    let Some(id) = keys.get(index).cloned() else {
        return finish(turn, tag).await;
    };
    let vi = service::vi_text(&id);
    let mut reply = Reply::new(
        Msg::new("voice-record-item")
            .arg("n", index + 1)
            .arg("total", keys.len())
            .arg("id", id.clone())
            .arg("text", vi.clone()),
    );
    // The written translation, where one exists and needs no arguments to show.
    if !tag.is_source() && turn.i18n.has_own(tag, &id) && !vi.contains("{ $") {
        let own = turn.i18n.render(tag, &Msg::new(id.clone()));
        reply = reply.then(Msg::new("voice-record-own").arg("text", own));
    }
    if let Some(existing) = service::recording(turn.conn, tag, &id).await? {
        reply = reply
            .then(Msg::new("voice-record-has").arg("date", local_parts(existing.recorded_at).1));
    }
    turn.say(reply.row(vec![
        ButtonSpec::new("button-voice-skip", Intent::Voice(VoiceStep::Skip)),
        ButtonSpec::new("button-voice-stop", Intent::Voice(VoiceStep::Stop)),
    ]));
    Ok(State::RecordingVoice {
        locale: tag.to_string(),
        index,
    })
}

/// The end of the flow: how many key messages the language now has recordings for.
async fn finish(turn: &mut Turn<'_>, tag: &LocaleTag) -> Step {
    let rows = service::coverage(turn.conn, turn.i18n, turn.lessons).await?;
    if let Some(c) = rows.iter().find(|c| &c.locale == tag) {
        turn.say_msg(
            Msg::new("voice-record-done")
                .arg("language", c.own_name.clone())
                .arg("recorded", c.recorded)
                .arg("total", c.total),
        );
    }
    dialogue::resume(turn, State::Idle).await
}

/// What the recorder sends while a message waits: a voice note (or audio file) is kept, other
/// content gets a hint. Commands and buttons are left to the dialogue (`None`).
pub(super) async fn input(turn: &mut Turn<'_>, state: &State, event: &Event) -> Option<Step> {
    let State::RecordingVoice { locale, index } = state else {
        return None;
    };
    let part = match event {
        Event::Voice { file_ref, .. } => Part::Voice {
            file_ref: file_ref.clone(),
        },
        Event::Audio { file_ref } => Part::Audio {
            file_ref: file_ref.clone(),
        },
        Event::Command { .. } | Event::Button(_) => return None,
        _ => {
            turn.say_msg(Msg::new("voice-record-hint"));
            return Some(Ok(state.clone()));
        }
    };
    Some(recorded(turn, locale, *index, part).await)
}

async fn recorded(turn: &mut Turn<'_>, locale: &str, index: usize, part: Part) -> Step {
    let Ok(tag) = LocaleTag::parse(locale) else {
        return dialogue::stale(turn, State::Idle).await;
    };
    let keys = service::key_messages(turn.lessons);
    let Some(id) = keys.get(index).cloned() else {
        return finish(turn, &tag).await;
    };
    let channel = turn.chat.channel.clone();
    let catalogue = turn.lessons;
    match service::record(&mut turn.cx(), catalogue, &tag, &id, &part, &channel).await {
        Ok(()) => turn.say_msg(Msg::new("voice-record-saved")),
        Err(VoiceError::Store(e)) => return Err(e),
        Err(VoiceError::NotAllowed) | Err(VoiceError::UnknownLanguage) => {
            turn.say_msg(Msg::new("voice-not-allowed"));
            return dialogue::resume(turn, State::Idle).await;
        }
        // The lessons changed under the flow, or not a voice note: on to the next message.
        Err(VoiceError::UnknownMessage) | Err(VoiceError::NotVoice) => {}
    }
    show_item(turn, &tag, index + 1).await
}

/// The flow's buttons, and «nghe bằng giọng nói» from the menu.
pub(super) async fn button(turn: &mut Turn<'_>, state: State, step: VoiceStep) -> Step {
    match (step, state) {
        (VoiceStep::Listen(on), _) => listen(turn, on).await,
        (VoiceStep::Skip, State::RecordingVoice { locale, index }) => {
            match LocaleTag::parse(&locale) {
                Ok(tag) => show_item(turn, &tag, index + 1).await,
                Err(_) => dialogue::stale(turn, State::Idle).await,
            }
        }
        (VoiceStep::Stop, State::RecordingVoice { locale, .. }) => {
            match LocaleTag::parse(&locale) {
                Ok(tag) => finish(turn, &tag).await,
                Err(_) => dialogue::stale(turn, State::Idle).await,
            }
        }
        (_, state) => dialogue::stale(turn, state).await,
    }
}

async fn listen(turn: &mut Turn<'_>, on: bool) -> Step {
    let person = turn.person.clone();
    let count = service::set_listening(&mut turn.cx(), &person, on).await?;
    turn.listens = Some(on);
    let language = own_name(turn, &turn.locale.clone());
    let msg = match (on, count) {
        (false, _) => Msg::new("voice-listen-off"),
        (true, 0) => Msg::new("voice-listen-on-none").arg("language", language),
        (true, n) => Msg::new("voice-listen-on")
            .arg("language", language)
            .arg("count", n),
    };
    turn.say_msg(msg);
    dialogue::resume(turn, State::Idle).await
}

/// The menu's button: what pressing it does, for this person now.
pub(super) async fn menu_button(turn: &mut Turn<'_>) -> Result<ButtonSpec, EngineError> {
    Ok(if turn.listens().await? {
        ButtonSpec::new("menu-voice-off", Intent::Voice(VoiceStep::Listen(false)))
    } else {
        ButtonSpec::new("menu-voice-on", Intent::Voice(VoiceStep::Listen(true)))
    })
}
