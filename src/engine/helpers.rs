//! "Nhờ người hướng dẫn" (asking a digital helper) from inside a lesson: the learner chooses
//! how the helper may reach them, and is told exactly what the helpers received.
//!
//! ```text
//! người dân: 🙋 Nhờ người hướng dẫn
//! bot:       Người hướng dẫn của bản sẽ nhận tên và bản của bạn. Muốn họ gọi cho bạn, mời bạn
//!            gõ số điện thoại. …  [🙈 Không chia sẻ số] [‹ Quay lại bài học]
//! người dân: 0912 345 678
//! bot:       Người hướng dẫn của bản sẽ thấy số 0912 345 678 … [✅ Đồng ý chia sẻ] [🙈 Không chia sẻ số]
//! người dân: ✅ Đồng ý chia sẻ
//! bot:       Đã nhờ 1 người hướng dẫn. Họ nhận được tên, bản của bạn và số 0912 345 678.
//! (the helper) 🙋 Lan ở Bản Tả Phìn cần giúp … 📞 Người học đồng ý cho bạn số điện thoại: 0912 345 678  [Tôi sẽ giúp]
//! ```

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Turn, dialogue, lessons};
use crate::domain::phone::PhoneNumber;
use crate::i18n::Msg;
use crate::intent::{Intent, LessonStep, Reach};
use crate::services::helpers;

type Step = Result<State, EngineError>;

fn nothing_button() -> ButtonSpec {
    ButtonSpec::new(
        "button-reach-nothing",
        Intent::Lesson(LessonStep::Reach(Reach::Nothing)),
    )
}

/// The lesson's "🙋 Nhờ người hướng dẫn": how may the helper reach you? (When the village has
/// no helper, the learner hears so at once and nothing is asked.)
pub(super) async fn ask_contact(turn: &mut Turn<'_>, lesson: &str, position: usize) -> Step {
    let person = turn.person.clone();
    if helpers::available(&mut turn.cx(), &person).await? == 0 {
        turn.say_msg(Msg::new("lesson-no-helper"));
        return lessons::go(turn, lesson, position).await;
    }
    turn.say(Reply::new("helper-contact-ask").row(vec![
        nothing_button(),
        ButtonSpec::new(
            "button-back-to-lesson",
            Intent::Lesson(LessonStep::Open(lesson.to_string())),
        ),
    ]));
    Ok(State::AwaitingHelperContact {
        lesson: lesson.to_string(),
        position,
    })
}

/// Typed while the bot waits for a phone number (or its confirmation).
pub(super) async fn input(turn: &mut Turn<'_>, state: State, event: &Event) -> Option<Step> {
    let (lesson, position) = match &state {
        State::AwaitingHelperContact { lesson, position }
        | State::ConfirmingHelperPhone {
            lesson, position, ..
        } => (lesson.clone(), *position),
        _ => return None,
    };
    let Event::Text(text) = event else {
        return None;
    };
    let Some(phone) = PhoneNumber::parse(text) else {
        turn.say(
            Reply::new(Msg::new("helper-phone-invalid").arg("text", text.clone()))
                .row(vec![nothing_button()]),
        );
        return Some(Ok(state));
    };
    turn.say(
        Reply::new(Msg::new("helper-phone-confirm").arg("phone", phone.to_string())).row(vec![
            ButtonSpec::new(
                "button-reach-phone",
                Intent::Lesson(LessonStep::Reach(Reach::Phone)),
            ),
            nothing_button(),
        ]),
    );
    Some(Ok(State::ConfirmingHelperPhone {
        lesson,
        position,
        phone: phone.as_str().to_string(),
    }))
}

/// "✅ Đồng ý chia sẻ" or "🙈 Không chia sẻ số": the helpers are asked now.
pub(super) async fn reach(turn: &mut Turn<'_>, state: State, choice: Reach) -> Step {
    match (choice, state) {
        (
            Reach::Phone,
            State::ConfirmingHelperPhone {
                lesson,
                position,
                phone,
            },
        ) => ask(turn, &lesson, position, PhoneNumber::parse(&phone)).await,
        (
            Reach::Nothing,
            State::AwaitingHelperContact { lesson, position }
            | State::ConfirmingHelperPhone {
                lesson, position, ..
            },
        ) => ask(turn, &lesson, position, None).await,
        (_, state) => dialogue::stale(turn, state).await,
    }
}

async fn ask(
    turn: &mut Turn<'_>,
    lesson_id: &str,
    position: usize,
    phone: Option<PhoneNumber>,
) -> Step {
    let Some(lesson) = turn.lessons.get(lesson_id).cloned() else {
        return lessons::list(turn).await;
    };
    let person = turn.person.clone();
    let title = Msg::new(lesson.title.clone());
    let asked = helpers::ask(&mut turn.cx(), &person, &lesson.id, title, phone.as_ref()).await?;
    if asked == 0 {
        turn.say_msg(Msg::new("lesson-no-helper"));
    } else {
        let shared = match &phone {
            Some(p) => Msg::new("helper-shared-phone").arg("phone", p.to_string()),
            None => Msg::new("helper-shared-nothing"),
        };
        turn.say(Reply::new(Msg::new("lesson-helper-asked").arg("count", asked)).then(shared));
    }
    lessons::go(turn, &lesson.id, position).await
}
