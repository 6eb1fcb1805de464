//! Digital helpers ("Người bản số"): a learner asks the helpers of their village for help with a
//! lesson; each helper gets a request of their own, and only the helper a request was made to
//! (and who is still a helper of that village) may accept it, once.

use super::Ctx;
use crate::i18n::Msg;
use crate::intent::{Intent, LessonStep};
use crate::message::{ButtonSpec, Reply};
use crate::store::lessons as progress;
use crate::store::people::{self, Person};
use crate::store::{StoreResult, areas};

/// A person's name as helpers and learners see it.
fn name_of(person: &Person) -> String {
    person
        .display_name
        .clone()
        .unwrap_or_else(|| person.external_id.clone())
}

/// Asks every helper of `learner`'s village (the actor) for help with a lesson titled by
/// `title`. Returns how many helpers were reached.
pub async fn ask(
    cx: &mut Ctx<'_>,
    learner: &Person,
    lesson_id: &str,
    title: Msg,
) -> StoreResult<usize> {
    let Some(village_id) = learner.village_id.filter(|_| cx.actor.is(learner.id)) else {
        return Ok(0);
    };
    let village = areas::get(cx.conn, village_id)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    let mut asked = 0;
    for helper in progress::helpers_of(cx.conn, village_id).await? {
        if helper.id == learner.id {
            continue;
        }
        let request =
            progress::request_help(cx.conn, learner.id, helper.id, lesson_id, cx.now).await?;
        let reply = Reply::new(
            Msg::new("helper-request")
                .arg("name", name_of(learner))
                .arg("village", village.clone())
                .arg("title", title.clone()),
        )
        .row(vec![ButtonSpec::new(
            "button-help-accept",
            Intent::Lesson(LessonStep::AcceptHelp(request)),
        )]);
        if cx.out.person(cx.conn, cx.i18n, &helper, reply).await? {
            asked += 1;
        }
    }
    Ok(asked)
}

/// An accepted request: who asked, and for which lesson.
#[derive(Clone, Debug)]
pub struct Accepted {
    pub learner: Person,
    pub lesson_id: String,
}

/// The helper (the actor) accepts a request made to them; the learner is told who is coming.
/// `None` for a request that was not theirs, was accepted before, or whose village they no
/// longer help: the same answer as a button that no longer exists.
pub async fn accept(
    cx: &mut Ctx<'_>,
    helper: &Person,
    request_id: i64,
    title: impl Fn(&str) -> Msg,
) -> StoreResult<Option<Accepted>> {
    if !cx.actor.is(helper.id) {
        return Ok(None);
    }
    let Some(request) = progress::help_request(cx.conn, request_id)
        .await?
        .filter(|r| r.helper_id == helper.id && r.accepted_at.is_none())
    else {
        return Ok(None);
    };
    let Some(learner) = people::get(cx.conn, request.learner_id)
        .await?
        .filter(|l| l.village_id.is_some_and(|v| cx.actor.is_helper_of(v)))
    else {
        return Ok(None);
    };
    if !progress::accept_help(cx.conn, request.id, cx.now).await? {
        return Ok(None);
    }
    let reply = Reply::new(
        Msg::new("lesson-helper-coming")
            .arg("helper", name_of(helper))
            .arg("title", title(&request.lesson_id)),
    );
    cx.out.person(cx.conn, cx.i18n, &learner, reply).await?;
    Ok(Some(Accepted {
        learner,
        lesson_id: request.lesson_id,
    }))
}
