//! Lessons in chat: step by step with "Tiếp" / "Quay lại", a short quiz, a congratulation and
//! the next lesson; a certificate after all core lessons; help from the village's digital
//! helpers ("Người bản số").
//!
//! ```text
//! người dân: /hoc
//! bot:       📚 Học kỹ năng số — bạn đã học xong 1/6 bài.  [✅ 🆔 VNeID] [📝 Dịch vụ công] …
//! người dân: 📝 Dịch vụ công
//! bot:       Bài 📝 … — phần 1/9 …               [Tiếp ›] [🙋 Nhờ người hướng dẫn] [📚 Danh sách bài]
//! người dân: Tiếp ›   … (leaving now and coming back later resumes here)
//! bot:       Câu hỏi 1/3: … [c] [a] [b]      (options shuffled per person)
//! người dân: b
//! bot:       Chưa đúng. (explanation) — the same question again, in the same order
//! người dân: a
//! bot:       ✅ Đúng rồi! (explanation) — the next question
//! ```
//!
//! The lessons report counts whether each person was right at the first try.

use super::state::State;
use super::{ButtonSpec, EngineError, Reply, Text, Turn, dialogue};
use crate::clock::local_parts;
use crate::domain::petition::Part;
use crate::i18n::Msg;
use crate::intent::{Intent, LessonStep};
use crate::services::helpers;
use crate::services::lessons::{Lesson, option_order};
use crate::store::areas;
use crate::store::lessons::{self as progress, Progress};

type Step = Result<State, EngineError>;

/// `/hoc`: the lessons, a tick on the finished ones.
pub(super) async fn list(turn: &mut Turn<'_>) -> Step {
    let done = progress::of_person(turn.conn, turn.person.id).await?;
    let finished = |id: &str| {
        done.iter()
            .any(|p| p.lesson_id == id && p.finished_at.is_some())
    };
    let lessons = &turn.lessons.lessons;
    let count = lessons.iter().filter(|l| finished(&l.id)).count();
    let buttons = lessons
        .iter()
        .map(|l| {
            let title = turn.i18n.render(&turn.locale, &Msg::new(l.title.clone()));
            let label = if finished(&l.id) {
                format!("✅ {title}")
            } else {
                title
            };
            ButtonSpec::new(
                Text::Plain(label),
                Intent::Lesson(LessonStep::Open(l.id.clone())),
            )
        })
        .collect();
    turn.say(
        Reply::new(
            Msg::new("lesson-list")
                .arg("done", count)
                .arg("total", lessons.len()),
        )
        .column(buttons),
    );
    Ok(State::Idle)
}

/// Lesson buttons.
pub(super) async fn button(turn: &mut Turn<'_>, state: State, step: LessonStep) -> Step {
    match (step, state) {
        (LessonStep::List, _) => list(turn).await,
        (LessonStep::Next, State::Learning { lesson, position }) => {
            go(turn, &lesson, position + 1).await
        }
        (LessonStep::Previous, State::Learning { lesson, position }) => {
            go(turn, &lesson, position.saturating_sub(1)).await
        }
        (LessonStep::AskHelper, State::Learning { lesson, position }) => {
            ask_helper(turn, &lesson, position).await
        }
        (LessonStep::Open(id), _) if turn.lessons.get(&id).is_some() => open(turn, &id).await,
        (LessonStep::Answer { question, option }, State::Learning { lesson, position }) => {
            answer_quiz(turn, &lesson, position, question, option).await
        }
        (LessonStep::AcceptHelp(request), _) => accept_help(turn, request).await,
        (LessonStep::Reach(choice), state) => super::helpers::reach(turn, state, choice).await,
        (_, state) => dialogue::stale(turn, state).await,
    }
}

async fn open(turn: &mut Turn<'_>, id: &str) -> Step {
    let saved = progress::of_person(turn.conn, turn.person.id).await?;
    let position = saved
        .iter()
        .find(|p: &&Progress| p.lesson_id == id && p.finished_at.is_none())
        .map_or(0, |p| p.position.max(0) as usize);
    go(turn, id, position).await
}

/// Shows position `position` of a lesson (a step or a quiz question) and remembers it.
pub(super) async fn go(turn: &mut Turn<'_>, id: &str, position: usize) -> Step {
    let Some(lesson) = turn.lessons.get(id).cloned() else {
        turn.say_msg(Msg::new("hint-button-outdated"));
        return list(turn).await;
    };
    let position = position.min(lesson.positions() - 1);
    // Without consent (declined, or withdrawn) a person learns all the same; nothing of it is
    // kept beyond the conversation's own step.
    if turn.person.consent_at.is_some() {
        progress::set_position(
            turn.conn,
            turn.person.id,
            &lesson.id,
            position as i64,
            turn.now,
        )
        .await?;
    }
    show(turn, &lesson, position);
    Ok(State::Learning {
        lesson: lesson.id,
        position,
    })
}

fn show(turn: &mut Turn<'_>, lesson: &Lesson, position: usize) {
    let title = Msg::new(lesson.title.clone());
    if let Some(step) = lesson.steps.get(position) {
        let header = Msg::new("lesson-step-header")
            .arg("title", title)
            .arg("n", position + 1)
            .arg("total", lesson.steps.len());
        if let Some(picture) = &step.picture {
            turn.say(Reply::media(
                Part::Photo {
                    file_ref: picture.clone(),
                    caption: None,
                },
                header.clone(),
            ));
        }
        if let Some(voice) = &step.voice {
            turn.say(Reply::media(
                Part::Voice {
                    file_ref: voice.clone(),
                },
                header.clone(),
            ));
        }
        let mut nav = Vec::new();
        if position > 0 {
            nav.push(ButtonSpec::new(
                "button-lesson-back",
                Intent::Lesson(LessonStep::Previous),
            ));
        }
        nav.push(ButtonSpec::new(
            "button-lesson-next",
            Intent::Lesson(LessonStep::Next),
        ));
        turn.say(
            Reply::new(header)
                .then(Msg::new(step.text.clone()))
                .row(nav)
                .row(vec![
                    ButtonSpec::new("button-lesson-help", Intent::Lesson(LessonStep::AskHelper)),
                    ButtonSpec::new("button-lesson-list", Intent::Lesson(LessonStep::List)),
                ]),
        );
        return;
    }
    let q_index = position - lesson.steps.len();
    let question = &lesson.quiz[q_index];
    let options = option_order(turn.person.id, &lesson.id, q_index, question.options.len())
        .into_iter()
        .map(|i| {
            ButtonSpec::new(
                Msg::new(question.options[i].clone()),
                Intent::Lesson(LessonStep::Answer {
                    question: q_index,
                    option: i,
                }),
            )
        })
        .collect();
    turn.say(
        Reply::new(
            Msg::new("lesson-quiz-header")
                .arg("title", title)
                .arg("n", q_index + 1)
                .arg("total", lesson.quiz.len()),
        )
        .then(Msg::new(question.question.clone()))
        .column(options),
    );
}

async fn answer_quiz(turn: &mut Turn<'_>, id: &str, position: usize, q: usize, o: usize) -> Step {
    let Some(lesson) = turn.lessons.get(id).cloned() else {
        return list(turn).await;
    };
    let Some(current) = position.checked_sub(lesson.steps.len()) else {
        turn.say_msg(Msg::new("hint-button-outdated"));
        return go(turn, id, position).await;
    };
    if q != current || o >= lesson.quiz[q].options.len() {
        turn.say_msg(Msg::new("hint-button-outdated"));
        return go(turn, id, position).await;
    }
    let question = &lesson.quiz[q];
    let right = o + 1 == question.correct;
    if turn.person.consent_at.is_some() {
        progress::record_answer(
            turn.conn,
            turn.person.id,
            &lesson.id,
            q as i64 + 1,
            right,
            turn.now,
        )
        .await?;
    }
    if !right {
        turn.say(Reply::new("lesson-quiz-wrong").then(Msg::new(question.explanation.clone())));
        return go(turn, id, position).await;
    }
    turn.say(Reply::new("lesson-quiz-right").then(Msg::new(question.explanation.clone())));
    if position + 1 < lesson.positions() {
        return go(turn, id, position + 1).await;
    }
    finish(turn, &lesson).await
}

async fn finish(turn: &mut Turn<'_>, lesson: &Lesson) -> Step {
    let first_time = turn.person.consent_at.is_some()
        && progress::finish(turn.conn, turn.person.id, &lesson.id, turn.now).await?;
    turn.say_msg(Msg::new("lesson-done").arg("title", Msg::new(lesson.title.clone())));
    let done = progress::of_person(turn.conn, turn.person.id).await?;
    let finished = |id: &str| {
        done.iter()
            .any(|p| p.lesson_id == id && p.finished_at.is_some())
    };
    let next = turn
        .lessons
        .lessons
        .iter()
        .find(|l| l.core && !finished(&l.id))
        .or_else(|| turn.lessons.lessons.iter().find(|l| !finished(&l.id)));
    match next {
        Some(next) => {
            let reply = Reply::new(
                Msg::new("lesson-next").arg("title", Msg::new(next.title.clone())),
            )
            .row(vec![
                ButtonSpec::new(
                    Msg::new(next.title.clone()),
                    Intent::Lesson(LessonStep::Open(next.id.clone())),
                ),
                ButtonSpec::new("button-lesson-list", Intent::Lesson(LessonStep::List)),
            ]);
            turn.say(reply);
        }
        None if first_time && turn.lessons.core_ids().iter().all(|c| finished(c)) => {
            let village = match turn.person.village_id {
                Some(v) => areas::ancestors(turn.conn, v)
                    .await?
                    .iter()
                    .take(2)
                    .map(|a| a.name.clone())
                    .collect::<Vec<_>>()
                    .join(", "),
                None => String::new(),
            };
            let (_, date) = local_parts(turn.now);
            let name = turn
                .person
                .display_name
                .clone()
                .unwrap_or_else(|| turn.person.external_id.clone());
            turn.say_msg(
                Msg::new("lesson-certificate")
                    .arg("name", name)
                    .arg("village", village)
                    .arg("date", date)
                    .arg("count", turn.lessons.core_ids().len()),
            );
        }
        None => list(turn).await.map(|_| ())?,
    }
    Ok(State::Idle)
}

/// "Nhờ người hướng dẫn": the village's digital helpers get the request privately, once the
/// learner has said how they may be reached (see `helpers.rs`).
async fn ask_helper(turn: &mut Turn<'_>, id: &str, position: usize) -> Step {
    if turn.lessons.get(id).is_none() {
        return list(turn).await;
    }
    super::helpers::ask_contact(turn, id, position).await
}

/// A helper's "I will help": only the helper the request was made to, and only once.
async fn accept_help(turn: &mut Turn<'_>, request_id: i64) -> Step {
    let catalogue = turn.lessons;
    let title = |lesson_id: &str| {
        catalogue
            .get(lesson_id)
            .map(|l| Msg::new(l.title.clone()))
            .unwrap_or_else(|| Msg::new("lesson-any"))
    };
    let helper = turn.person.clone();
    let Some(accepted) = helpers::accept(&mut turn.cx(), &helper, request_id, title).await? else {
        return dialogue::stale(turn, State::Idle).await;
    };
    let learner_name = accepted
        .learner
        .display_name
        .clone()
        .unwrap_or_else(|| accepted.learner.external_id.clone());
    turn.say(
        Reply::new(
            Msg::new("helper-accepted")
                .arg("name", learner_name)
                .arg("title", title(&accepted.lesson_id)),
        )
        .then(accepted.contact),
    );
    Ok(State::Idle)
}
