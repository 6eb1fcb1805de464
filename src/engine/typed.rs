//! Typed numbers and labels press buttons, on every step and every channel.
//!
//! ```text
//! bot:       Câu 1: … [1] Mã OTP là mật khẩu … [2] Không bao giờ đưa mã OTP … [3] …
//! người dân: 2                     ← the same as pressing [2]
//! bot:       ✅ Đúng rồi! …
//! người dân: 7
//! bot:       Chỉ có 3 nút. Mời bạn gõ số từ 1 đến 3.
//! ```
//!
//! Zalo users type numbers, and on a cheap phone typing "2" is easier than hitting a small
//! button. The buttons a number counts are those of the latest message with buttons in this
//! chat, as the outbox holds it (a reply, or a notice such as "rate the answer"), so a number
//! means what the person sees, whatever the step, and after a restart too. Steps that wait for
//! typed content (a petition's text, an answer, a time) take numbers as content
//! ([`State::takes_free_text`]).

use super::state::State;
use super::{EngineError, Event, Turn};
use crate::domain::text::label_key;
use crate::i18n::Msg;
use crate::store::chats::ChatKind;
use crate::store::outbox::{self, Button};

/// What a typed message turned out to be.
pub(super) enum Typed {
    /// Not a press: the event as it came.
    Event(Event),
    /// The press of a button of the latest message with buttons.
    Press(Event),
    /// A number past the last button: the person was told which numbers there are.
    Answered,
}

/// The longest number read as a button's: nobody sends a message with a thousand buttons.
const MAX_DIGITS: usize = 3;

/// Reads a typed number (" 2 ") or a button's label as a press of the latest buttons.
pub(super) async fn read(
    turn: &mut Turn<'_>,
    state: &State,
    event: &Event,
) -> Result<Typed, EngineError> {
    let Event::Text(text) = event else {
        return Ok(Typed::Event(event.clone()));
    };
    if turn.chat.kind != ChatKind::Private || state.takes_free_text() {
        return Ok(Typed::Event(event.clone()));
    }
    let number = number(text);
    let key = label_key(text);
    if number.is_none() && key.is_empty() {
        return Ok(Typed::Event(event.clone()));
    }
    let buttons = outbox::latest_buttons(turn.conn, turn.chat.id).await?;
    if buttons.is_empty() {
        return Ok(Typed::Event(event.clone()));
    }
    if let Some(n) = number {
        return Ok(match n.checked_sub(1).and_then(|i| buttons.get(i)) {
            Some(b) => Typed::Press(Event::Button(b.data.clone())),
            None => {
                turn.say_msg(Msg::new("hint-number-range").arg("count", buttons.len()));
                Typed::Answered
            }
        });
    }
    Ok(match by_label(&buttons, &key) {
        Some(b) => Typed::Press(Event::Button(b.data.clone())),
        None => Typed::Event(event.clone()),
    })
}

/// How many buttons the latest message with buttons in this chat has (0: none).
pub(super) async fn count(turn: &mut Turn<'_>) -> Result<usize, EngineError> {
    if turn.chat.kind != ChatKind::Private {
        return Ok(0);
    }
    Ok(outbox::latest_buttons(turn.conn, turn.chat.id).await?.len())
}

/// "2", " 2 ": a button's number; anything else is not one.
fn number(text: &str) -> Option<usize> {
    let digits = text.trim();
    if digits.is_empty() || digits.len() > MAX_DIGITS || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    digits.parse().ok()
}

/// The button whose label is the typed text, marks, case, emoji and punctuation aside
/// ("dong y" is «✅ Đồng ý»).
fn by_label<'a>(buttons: &'a [Button], key: &str) -> Option<&'a Button> {
    buttons.iter().find(|b| label_key(&b.label) == key)
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn a_number_with_spaces_around_is_a_number() {
        assert_eq!(number("2"), Some(2));
        assert_eq!(number(" 2 "), Some(2));
        assert_eq!(number("12"), Some(12));
    }

    #[test]
    fn words_signs_and_long_numbers_are_not_button_numbers() {
        assert_eq!(number("2 con"), None);
        assert_eq!(number("-1"), None);
        assert_eq!(number(""), None);
        assert_eq!(number("0912345678"), None);
    }
}
