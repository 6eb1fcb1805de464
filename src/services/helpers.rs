//! Digital helpers ("Người bản số"): a learner asks the helpers of their village for help with a
//! lesson; each helper gets a request of their own, and only the helper a request was made to
//! (and who is still a helper of that village) may accept it, once.
//!
//! A helper can only help someone they can reach: the learner chooses whether to give a phone
//! number (typed, then confirmed) or nothing, and is told exactly what the helpers received.

use super::Ctx;
use crate::domain::phone::PhoneNumber;
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

/// How many helpers `learner`'s village (the actor's) has, besides the learner: asked before
/// the learner is asked how to be reached.
pub async fn available(cx: &mut Ctx<'_>, learner: &Person) -> StoreResult<usize> {
    let Some(village_id) = learner.village_id.filter(|_| cx.actor.is(learner.id)) else {
        return Ok(0);
    };
    Ok(progress::helpers_of(cx.conn, village_id)
        .await?
        .iter()
        .filter(|h| h.id != learner.id)
        .count())
}

/// The line a helper reads about reaching the learner.
fn contact_line(contact: Option<&str>) -> Msg {
    match contact {
        Some(phone) => Msg::new("helper-contact-phone").arg("phone", phone.to_string()),
        None => Msg::new("helper-contact-none"),
    }
}

/// Asks every helper of `learner`'s village (the actor) for help with a lesson titled by
/// `title`, with the phone number the learner agreed to give (or none). Returns how many
/// helpers were reached.
pub async fn ask(
    cx: &mut Ctx<'_>,
    learner: &Person,
    lesson_id: &str,
    title: Msg,
    phone: Option<&PhoneNumber>,
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
        let contact = phone.map(PhoneNumber::to_string);
        progress::set_help_contact(cx.conn, request, contact.as_deref()).await?;
        let reply = Reply::new(
            Msg::new("helper-request")
                .arg("name", name_of(learner))
                .arg("village", village.clone())
                .arg("title", title.clone()),
        )
        .then(contact_line(contact.as_deref()))
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
    /// What the helper reads about reaching the learner (the phone number they gave, or none).
    pub contact: Msg,
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
    let contact = progress::help_contact(cx.conn, request.id).await?;
    Ok(Some(Accepted {
        learner,
        lesson_id: request.lesson_id,
        contact: contact_line(contact.as_deref()),
    }))
}
