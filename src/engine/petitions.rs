//! Petitions from a villager's side: writing one, following it, adding information when the
//! unit asks, rating the answer.
//!
//! ```text
//! người dân: /kiennghi
//! bot:       Kiến nghị của bạn thuộc lĩnh vực nào?  [🚨 Khẩn cấp …] [Đất đai] [Hạ tầng – đường sá] … [Khiếu nại, tố cáo]
//! người dân: Hạ tầng – đường sá
//! bot:       Mời bạn gửi nội dung: chữ, tin nhắn thoại, ảnh hoặc vị trí …
//! người dân: Đường vào bản bị sạt lở, xe máy không đi được.   (then a photo, a place)
//! bot:       Đã nhận 3 phần.  [📨 Gửi đi] [Hủy]
//! người dân: Gửi đi
//! bot:       Bạn có muốn giấu tên với cán bộ không?  [Ghi tên tôi] [Giấu tên]
//! người dân: Giấu tên
//! bot:       Xem lại kiến nghị … [✅ Gửi kiến nghị] [Hủy]
//! người dân: ✅ Gửi kiến nghị
//! bot:       Đã gửi. Mã theo dõi: 4827-1935. UBND xã Dào San sẽ trả lời trước 20/01/2026.
//! ```
//!
//! "Talk first": people describe the problem before anything else, and their words are kept.
//!
//! ```text
//! người dân: Đường lên bản bị sạt, xe máy không đi được.      (at the menu, or as a first message)
//! bot:       📝 Bạn vừa viết: «Đường lên bản bị sạt, …» Bạn có muốn gửi thành kiến nghị không?
//!            Lĩnh vực gợi ý: Hạ tầng – đường sá.
//!            [📨 Gửi: Hạ tầng – đường sá]  [📋 Chọn lĩnh vực khác] [Không, cảm ơn]
//! người dân: 📨 Gửi: Hạ tầng – đường sá
//! bot:       Lĩnh vực: Hạ tầng – đường sá. Đã giữ lời bạn viết. … [📨 Gửi đi] [Hủy]
//! ```
//!
//! A follower (a relative, the commune office) opens a shared petition with
//! `/theodoi 4827-1935-K7QMP4XA` and sees its status and answer, never who wrote it.

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Text, Turn, dialogue, officer};
use crate::clock::local_parts;
use crate::domain::TrackingCode;
use crate::domain::calendar::due_label;
use crate::domain::petition::{Part, Status};
use crate::domain::text::excerpt;
use crate::i18n::Msg;
use crate::intent::{Intent, MenuItem};
use crate::services::drafts;
use crate::services::petitions::{self as service, PetitionError, Tracked};
use crate::services::sharing::{self, Followed, ShareRef};
use crate::store::petitions::Petition;
use crate::store::{conversations, people, units};

type Step = Result<State, EngineError>;

/// `/kiennghi` and the menu item.
pub(super) async fn start(turn: &mut Turn<'_>) -> Step {
    if !turn.person.onboarded() {
        turn.say_msg(Msg::new("petition-onboard-first"));
        // Only the data notice missing (declined, or withdrawn): it is shown again here.
        if turn.person.language.is_some() && turn.person.village_id.is_some() {
            return dialogue::ask_consent(turn).await;
        }
        return dialogue::resume(turn, State::Idle).await;
    }
    if over_daily_limit(turn).await? {
        return Ok(State::Idle);
    }
    ask_category(turn, Vec::new()).await
}

/// Back at the category step (after a wrong press, a reset): the list again, keeping what the
/// person wrote.
pub(super) async fn resume_category(turn: &mut Turn<'_>, parts: Vec<Part>) -> Step {
    if parts.is_empty() {
        start(turn).await
    } else {
        ask_category(turn, parts).await
    }
}

/// Free text at the menu that is not a menu item: when it reads like a problem, it is kept as
/// a draft and the person is asked whether to send it; otherwise the menu again.
pub(super) async fn talk_first(turn: &mut Turn<'_>, text: &str) -> Step {
    let dir = turn.dir.clone();
    let categories = dir.categories();
    if !drafts::looks_like_a_problem(categories, text) {
        turn.say_msg(Msg::new("hint-not-understood"));
        dialogue::show_menu(turn).await?;
        return Ok(State::Idle);
    }
    if over_daily_limit(turn).await? {
        return Ok(State::Idle);
    }
    let parts = vec![Part::Text {
        text: text.to_string(),
    }];
    offer_draft(turn, parts, categories)
}

/// Text from someone who may not file yet (registration is not finished): kept for later
/// when it reads like a problem. Says nothing; the caller tells them with [`say_kept`] after
/// the registration step it shows.
pub(super) async fn keep_for_later(turn: &mut Turn<'_>, text: &str) -> Result<bool, EngineError> {
    let dir = turn.dir.clone();
    let categories = dir.categories();
    if !drafts::looks_like_a_problem(categories, text) {
        return Ok(false);
    }
    let person = turn.person.clone();
    let limits = turn.limits.petition.clone();
    drafts::keep(&mut turn.cx(), &person, text, &limits).await
}

pub(super) fn say_kept(turn: &mut Turn<'_>) {
    turn.say_msg(Msg::new("petition-draft-kept"));
}

/// The menu, or, for someone who wrote about a problem before registering, that draft.
pub(super) async fn menu_or_kept_draft(turn: &mut Turn<'_>) -> Step {
    let person = turn.person.clone();
    if person.onboarded()
        && let Some(body) = drafts::take(&mut turn.cx(), &person).await?
    {
        let dir = turn.dir.clone();
        return offer_draft(turn, vec![Part::Text { text: body }], dir.categories());
    }
    dialogue::show_menu(turn).await?;
    Ok(State::Idle)
}

/// "Send this as a petition?", with the category the words suggest one tap away and the full
/// list one tap further.
fn offer_draft(turn: &mut Turn<'_>, parts: Vec<Part>, categories: &[units::Category]) -> Step {
    let body = service::body_text(&parts);
    let suggested = drafts::suggest(categories, &body);
    let mut reply =
        Reply::new(Msg::new("petition-draft-offer").arg("excerpt", excerpt(&body, 160)));
    let drop = ButtonSpec::new("button-draft-drop", Intent::DropDraft);
    match suggested {
        Some(c) => {
            let name = category_name(turn, &c.code);
            reply = reply
                .then(Msg::new("petition-draft-suggested").arg("category", name.clone()))
                .row(vec![ButtonSpec::new(
                    Msg::new("button-draft-send-as").arg("category", name),
                    Intent::Category(c.id),
                )])
                .row(vec![
                    ButtonSpec::new("button-other-category", Intent::PickCategory),
                    drop,
                ]);
        }
        None => {
            reply = reply.row(vec![
                ButtonSpec::new("button-draft-send", Intent::PickCategory),
                drop,
            ]);
        }
    }
    turn.say(reply);
    Ok(State::AwaitingDraftDecision {
        parts,
        suggested: suggested.map(|c| c.id),
    })
}

async fn over_daily_limit(turn: &mut Turn<'_>) -> Result<bool, EngineError> {
    let person = turn.person.clone();
    let limits = turn.limits.petition.clone();
    match service::check_daily_limit(&mut turn.cx(), &person, &limits).await {
        Ok(()) => Ok(false),
        Err(e) => {
            officer::refuse(turn, e)?;
            // Whatever the limit, someone in danger learns whom to call.
            super::emergency::call_now(turn, false).await?;
            dialogue::show_menu(turn).await?;
            Ok(true)
        }
    }
}

async fn ask_category(turn: &mut Turn<'_>, parts: Vec<Part>) -> Step {
    let dir = turn.dir.clone();
    let categories = dir.categories();
    let button = |c: &units::Category| {
        ButtonSpec::new(
            Msg::new(format!("category-{}", c.code)),
            Intent::Category(c.id),
        )
    };
    let mut reply = Reply::new("petition-ask-category");
    // An emergency has a row of its own, where it cannot be missed.
    for c in categories.iter().filter(|c| c.is_emergency) {
        reply = reply.row(vec![button(c)]);
    }
    let buttons: Vec<ButtonSpec> = categories
        .iter()
        .filter(|c| !c.is_emergency)
        .map(button)
        .collect();
    for pair in buttons.chunks(2) {
        reply = reply.row(pair.to_vec());
    }
    turn.say(reply.row(vec![cancel_button()]));
    Ok(State::AwaitingCategory { parts })
}

fn cancel_button() -> ButtonSpec {
    ButtonSpec::new("button-cancel", Intent::Cancel)
}

/// Button presses of the villager's flows.
pub(super) async fn button(turn: &mut Turn<'_>, state: State, intent: Intent) -> Step {
    match (intent, state) {
        (Intent::Category(id), State::AwaitingCategory { parts })
        | (Intent::Category(id), State::AwaitingDraftDecision { parts, .. }) => {
            choose_category(turn, id, parts).await
        }
        (Intent::PickCategory, State::AwaitingCategory { parts })
        | (Intent::PickCategory, State::AwaitingDraftDecision { parts, .. }) => {
            ask_category(turn, parts).await
        }
        (Intent::DropDraft, State::AwaitingDraftDecision { .. }) => {
            turn.say_msg(Msg::new("petition-draft-dropped"));
            dialogue::show_menu(turn).await?;
            Ok(State::Idle)
        }
        (Intent::Share(id), state) => share(turn, state, id).await,
        (Intent::Unshare(id), state) => unshare(turn, state, id).await,
        (Intent::Rate { petition, stars }, state) => rate(turn, state, petition, stars).await,
        (Intent::Cancel, _) => cancel(turn).await,
        (Intent::DraftDone, State::AwaitingBody { category_id, parts }) => {
            finish_body(turn, category_id, parts)
        }
        (Intent::Anonymous(yes), State::AwaitingAnonymity { category_id, parts }) => {
            summary(turn, category_id, parts, yes, false).await
        }
        (
            Intent::Publish(yes),
            State::AwaitingConfirmation {
                category_id,
                parts,
                anonymous,
                ..
            },
        ) => summary(turn, category_id, parts, anonymous, yes && !anonymous).await,
        (
            Intent::ConfirmPetition,
            State::AwaitingConfirmation {
                category_id,
                parts,
                anonymous,
                publish,
            },
        ) => submit(turn, category_id, parts, anonymous, publish).await,
        (Intent::ViewOwn(id), state) => view_own(turn, state, id).await,
        (Intent::AddInfo(id), _) => begin_more_info(turn, id).await,
        (Intent::AddInfoDone(_), State::AddingInfo { petition_id, added }) => {
            finish_more_info(turn, petition_id, added).await
        }
        (Intent::Reopen(id), _) => ask_reopen_reason(turn, id).await,
        (Intent::KeepRating, _) => {
            turn.say_msg(Msg::new("rating-kept"));
            dialogue::resume(turn, State::Idle).await
        }
        (_, state) => dialogue::stale(turn, state).await,
    }
}

async fn cancel(turn: &mut Turn<'_>) -> Step {
    turn.say_msg(Msg::new("cancelled"));
    dialogue::resume(turn, State::Idle).await
}

async fn choose_category(turn: &mut Turn<'_>, id: i64, parts: Vec<Part>) -> Step {
    let category = match service::category_for_petition(&mut turn.cx(), id).await {
        Ok(c) => c,
        Err(PetitionError::CategoryGone) => {
            turn.say_msg(Msg::new("hint-button-outdated"));
            return ask_category(turn, parts).await;
        }
        // A complaint is explained; what the person wrote waits for another category.
        Err(e @ PetitionError::NotAPetition) if !parts.is_empty() => {
            officer::refuse(turn, e)?;
            return Ok(State::AwaitingCategory { parts });
        }
        Err(e) => {
            officer::refuse(turn, e)?;
            return dialogue::resume(turn, State::Idle).await;
        }
    };
    if category.is_emergency {
        super::emergency::call_now(turn, true).await?;
    }
    let name = category_name(turn, &category.code);
    if parts.is_empty() {
        turn.say(
            Reply::new(Msg::new("petition-ask-body").arg("category", name))
                .row(vec![cancel_button()]),
        );
    } else {
        turn.say(
            Reply::new(
                Msg::new("petition-draft-category")
                    .arg("category", name)
                    .arg("count", parts.len()),
            )
            .row(draft_buttons(true)),
        );
    }
    Ok(State::AwaitingBody {
        category_id: category.id,
        parts,
    })
}

/// Typed at the category step: the name of a category chooses it ("Đường sá"); anything else
/// is what the person wants to say, and is kept.
async fn typed_at_category(turn: &mut Turn<'_>, parts: Vec<Part>, text: &str) -> Step {
    let dir = turn.dir.clone();
    let categories = dir.categories();
    let named: Vec<i64> = categories
        .iter()
        .filter(|c| drafts::names(text, &category_name(turn, &c.code)))
        .map(|c| c.id)
        .collect();
    if let [id] = named.as_slice() {
        return choose_category(turn, *id, parts).await;
    }
    let part = Part::Text {
        text: text.to_string(),
    };
    kept_at_category(turn, parts, part, categories)
}

/// Keeps a part sent at the category step, and asks for the category in one line (with the
/// category the words suggest, if any, and the full list a tap away).
fn kept_at_category(
    turn: &mut Turn<'_>,
    mut parts: Vec<Part>,
    part: Part,
    categories: &[units::Category],
) -> Step {
    if let Some(refusal) = refusal(turn, &parts, &part) {
        turn.say(Reply::new(refusal).row(vec![ButtonSpec::new(
            "button-other-category",
            Intent::PickCategory,
        )]));
        return Ok(State::AwaitingCategory { parts });
    }
    parts.push(part);
    let mut row = Vec::new();
    if let Some(c) = drafts::suggest(categories, &service::body_text(&parts)) {
        row.push(ButtonSpec::new(
            Text::Plain(category_name(turn, &c.code)),
            Intent::Category(c.id),
        ));
    }
    row.push(ButtonSpec::new(
        "button-all-categories",
        Intent::PickCategory,
    ));
    turn.say(Reply::new("petition-category-kept").row(row));
    Ok(State::AwaitingCategory { parts })
}

pub(super) fn category_name(turn: &Turn<'_>, code: &str) -> String {
    turn.i18n
        .render(&turn.locale, &Msg::new(format!("category-{code}")))
}

/// Text, voice, photos, documents and places typed or sent in the petition flows.
pub(super) async fn input(turn: &mut Turn<'_>, state: State, event: &Event) -> Option<Step> {
    if matches!(
        state,
        State::AwaitingHelperContact { .. } | State::ConfirmingHelperPhone { .. }
    ) {
        return super::helpers::input(turn, state, event).await;
    }
    let part = part_of(event);
    let step = match state {
        State::AwaitingBody { category_id, parts } => match part {
            Some(part) => add_to_draft(turn, category_id, parts, part),
            None => return None,
        },
        State::AwaitingCategory { parts } => match (event, part) {
            (Event::Text(text), _) => typed_at_category(turn, parts, text).await,
            (_, Some(part)) => {
                let dir = turn.dir.clone();
                kept_at_category(turn, parts, part, dir.categories())
            }
            (_, None) => return None,
        },
        State::AwaitingDraftDecision { parts, .. } => match part {
            Some(part) => add_to_offered(turn, parts, part).await,
            None => return None,
        },
        State::AwaitingAnonymity { category_id, parts } => {
            turn.say_msg(Msg::new("hint-choose-button"));
            finish_body(turn, category_id, parts)
        }
        State::AwaitingConfirmation {
            category_id,
            parts,
            anonymous,
            publish,
        } => {
            turn.say_msg(Msg::new("hint-choose-button"));
            summary(turn, category_id, parts, anonymous, publish).await
        }
        State::AddingInfo { petition_id, added } => match part {
            Some(part) => add_info(turn, petition_id, added, part).await,
            None => return None,
        },
        State::AwaitingReopenReason { petition_id } => match event {
            Event::Text(reason) => reopen(turn, petition_id, reason).await,
            _ => {
                turn.say_msg(Msg::new("petition-reopen-text-only"));
                Ok(State::AwaitingReopenReason { petition_id })
            }
        },
        _ => return None,
    };
    Some(step)
}

pub(super) fn part_of(event: &Event) -> Option<Part> {
    Some(match event {
        Event::Text(text) if !text.is_empty() => Part::Text { text: text.clone() },
        Event::Voice { file_ref, .. } => Part::Voice {
            file_ref: file_ref.clone(),
        },
        Event::Audio { file_ref } => Part::Audio {
            file_ref: file_ref.clone(),
        },
        Event::Photo { file_ref, caption } => Part::Photo {
            file_ref: file_ref.clone(),
            caption: caption.clone(),
        },
        Event::Document { file_ref, .. } => Part::Document {
            file_ref: file_ref.clone(),
        },
        Event::Location {
            latitude,
            longitude,
        } => Part::Location {
            latitude: *latitude,
            longitude: *longitude,
        },
        _ => return None,
    })
}

/// Why `part` cannot join the draft (too much text, too many files), if it cannot.
fn refusal(turn: &Turn<'_>, parts: &[Part], part: &Part) -> Option<Msg> {
    let limits = &turn.limits.petition;
    let used: usize = parts.iter().map(Part::text_len).sum();
    if used + part.text_len() > limits.max_body_chars {
        return Some(
            Msg::new("petition-too-long")
                .arg("max", limits.max_body_chars)
                .arg("used", used),
        );
    }
    let files = parts.iter().filter(|p| p.is_attachment()).count();
    if part.is_attachment() && files >= limits.max_attachments {
        return Some(Msg::new("petition-too-many-files").arg("max", limits.max_attachments));
    }
    None
}

/// More words (or a photo, a voice note) while the bot asks whether to send the draft: they
/// join it, and the question is asked again.
async fn add_to_offered(turn: &mut Turn<'_>, mut parts: Vec<Part>, part: Part) -> Step {
    let dir = turn.dir.clone();
    let categories = dir.categories();
    match refusal(turn, &parts, &part) {
        Some(refusal) => turn.say_msg(refusal),
        None => parts.push(part),
    }
    offer_draft(turn, parts, categories)
}

fn add_to_draft(turn: &mut Turn<'_>, category_id: i64, mut parts: Vec<Part>, part: Part) -> Step {
    if let Some(refusal) = refusal(turn, &parts, &part) {
        turn.say(Reply::new(refusal).row(draft_buttons(!parts.is_empty())));
        return Ok(State::AwaitingBody { category_id, parts });
    }
    parts.push(part);
    turn.say(
        Reply::new(Msg::new("petition-part-received").arg("count", parts.len()))
            .row(draft_buttons(true)),
    );
    Ok(State::AwaitingBody { category_id, parts })
}

fn draft_buttons(can_send: bool) -> Vec<ButtonSpec> {
    let mut row = Vec::new();
    if can_send {
        row.push(ButtonSpec::new("button-send", Intent::DraftDone));
    }
    row.push(cancel_button());
    row
}

fn finish_body(turn: &mut Turn<'_>, category_id: i64, parts: Vec<Part>) -> Step {
    if parts.is_empty() {
        turn.say(Reply::new("petition-body-empty").row(draft_buttons(false)));
        return Ok(State::AwaitingBody { category_id, parts });
    }
    turn.say(Reply::new("petition-ask-anonymous").row(vec![
        ButtonSpec::new("button-named", Intent::Anonymous(false)),
        ButtonSpec::new("button-anonymous", Intent::Anonymous(true)),
    ]));
    Ok(State::AwaitingAnonymity { category_id, parts })
}

async fn summary(
    turn: &mut Turn<'_>,
    category_id: i64,
    parts: Vec<Part>,
    anonymous: bool,
    publish: bool,
) -> Step {
    let dir = turn.dir.clone();
    let category = dir.category(category_id);
    let village = turn
        .person
        .village_id
        .and_then(|id| dir.area(id))
        .map(|a| a.name.clone());
    let body = service::body_text(&parts);
    let files = parts.iter().filter(|p| p.is_attachment()).count();
    let msg = Msg::new("petition-summary")
        .arg(
            "category",
            category
                .map(|c| category_name(turn, &c.code))
                .unwrap_or_default(),
        )
        .arg("village", village.unwrap_or_default())
        .arg("body", excerpt(&body, 600))
        .arg("files", files)
        .arg("anonymous", if anonymous { "yes" } else { "no" });
    let mut reply = Reply::new(msg);
    // A named petition may go on the public page with its answer (no name): the author's
    // choice, no by default. An anonymous one never does.
    if !anonymous {
        reply = reply
            .then(Msg::new("web-publish-state").arg("publish", if publish { "yes" } else { "no" }))
            .row(vec![if publish {
                ButtonSpec::new("button-publish-no", Intent::Publish(false))
            } else {
                ButtonSpec::new("button-publish-yes", Intent::Publish(true))
            }]);
    }
    turn.say(reply.row(vec![
        ButtonSpec::new("button-confirm-petition", Intent::ConfirmPetition),
        cancel_button(),
    ]));
    Ok(State::AwaitingConfirmation {
        category_id,
        parts,
        anonymous,
        publish,
    })
}

async fn submit(
    turn: &mut Turn<'_>,
    category_id: i64,
    parts: Vec<Part>,
    anonymous: bool,
    publish: bool,
) -> Step {
    let person = turn.person.clone();
    let limits = turn.limits.petition.clone();
    let draft = service::Draft {
        category_id,
        parts: &parts,
        anonymous,
        publish,
    };
    let calendar = turn.limits.calendar.clone();
    let done = match service::submit(&mut turn.cx(), &person, draft, &limits, &calendar).await {
        Ok(done) => done,
        Err(PetitionError::NoUnit) => {
            turn.say_msg(Msg::new("petition-no-unit"));
            return Ok(State::AwaitingConfirmation {
                category_id,
                parts,
                anonymous,
                publish,
            });
        }
        Err(e @ PetitionError::DailyLimit { .. }) => {
            officer::refuse(turn, e)?;
            dialogue::show_menu(turn).await?;
            return Ok(State::Idle);
        }
        Err(e) => {
            officer::refuse(turn, e)?;
            return dialogue::resume(turn, State::Idle).await;
        }
    };
    turn.say_msg(
        Msg::new("petition-submitted")
            .arg("code", done.petition.code.to_string())
            .arg("unit", done.unit_name)
            .arg("due", due_label(done.petition.due_at)),
    );
    if !done.told {
        turn.say_msg(Msg::new("petition-submitted-unseen"));
    }
    dialogue::show_menu(turn).await?;
    Ok(State::Idle)
}

/// `/theodoi` (list) and `/theodoi <code>` (one, with its history).
pub(super) async fn track(turn: &mut Turn<'_>, args: &str) -> Step {
    if args.trim().is_empty() {
        let mine = match service::mine(&mut turn.cx(), 10).await {
            Ok(mine) => mine,
            Err(e) => return officer::refuse(turn, e),
        };
        if mine.is_empty() {
            turn.say_msg(Msg::new("track-none"));
            dialogue::show_menu(turn).await?;
            return Ok(State::Idle);
        }
        let mut lines = Vec::new();
        for p in &mine {
            let (_, date) = local_parts(p.submitted_at);
            let line = Msg::new("track-line")
                .arg("code", p.code.to_string())
                .arg("category", category_name(turn, &p.category_code))
                .arg("status", status_name(turn, p.status))
                .arg("date", date);
            lines.push(turn.i18n.render(&turn.locale, &line));
        }
        let mut reply = Reply::new("track-list-title").then(super::Text::Plain(lines.join("\n")));
        let buttons = mine
            .iter()
            .map(|p| {
                ButtonSpec::new(
                    super::Text::Plain(format!("🔎 {}", p.code)),
                    Intent::ViewOwn(p.id),
                )
            })
            .collect::<Vec<_>>();
        for pair in buttons.chunks(2) {
            reply = reply.row(pair.to_vec());
        }
        turn.say(reply);
        return Ok(State::Idle);
    }
    if let Some(shared) = ShareRef::parse(args) {
        return follow_shared(turn, &shared).await;
    }
    let Ok(code) = TrackingCode::parse(args) else {
        turn.say_msg(Msg::new("track-bad-code").arg("code", args.to_string()));
        return Ok(State::Idle);
    };
    match service::track(&mut turn.cx(), &code).await {
        Ok(Tracked::Own(p)) => {
            show_own(turn, &p, Viewer::Author).await?;
            Ok(State::Idle)
        }
        // An officer of the unit opens any of its petitions by code; the read is recorded.
        Ok(Tracked::OfUnit(p)) => super::officer::open(turn, p.id).await,
        Ok(Tracked::Following(p)) => {
            show_own(turn, &p, Viewer::Follower).await?;
            Ok(State::Idle)
        }
        Err(PetitionError::NotFound) => {
            // Someone else's petition looks exactly like one that does not exist.
            turn.say_msg(Msg::new("track-not-found").arg("code", code.to_string()));
            Ok(State::Idle)
        }
        Err(e) => officer::refuse(turn, e),
    }
}

/// `/theodoi <code>-<key>` (or the link the author passed on): a relative or the commune
/// office follows the petition from now on.
async fn follow_shared(turn: &mut Turn<'_>, shared: &ShareRef) -> Step {
    match sharing::follow(&mut turn.cx(), shared).await {
        Ok(Followed::Own(p)) => {
            show_own(turn, &p, Viewer::Author).await?;
            Ok(State::Idle)
        }
        Ok(Followed::OfUnit(p)) => super::officer::open(turn, p.id).await,
        Ok(Followed::Following(p)) => {
            turn.say_msg(Msg::new("track-following").arg("code", p.code.to_string()));
            show_own(turn, &p, Viewer::Follower).await?;
            Ok(State::Idle)
        }
        Err(PetitionError::NotFound) => {
            turn.say_msg(Msg::new("track-share-not-found"));
            Ok(State::Idle)
        }
        Err(e) => officer::refuse(turn, e),
    }
}

/// The author's "🔗 Cho người thân theo dõi": a message to pass on, with the code and key
/// typed out and a button that opens the bot with them.
async fn share(turn: &mut Turn<'_>, state: State, id: i64) -> Step {
    match sharing::share(&mut turn.cx(), id).await {
        Ok((p, shared)) => {
            let code = p.code.to_string();
            // A forwarded Zalo message is its text only: no button to press there.
            let forwards_buttons = crate::message::Channel::parse(&turn.chat.channel)
                .is_none_or(crate::message::Channel::forwards_buttons);
            let id = if forwards_buttons {
                "petition-share"
            } else {
                "petition-share-text"
            };
            let reply = Reply::new(
                Msg::new(id)
                    .arg("code", code.clone())
                    .arg("shared", shared.to_string()),
            );
            turn.say(if forwards_buttons {
                reply.row(vec![ButtonSpec::new(
                    Msg::new("button-follow-petition").arg("code", code),
                    Intent::OpenPrivate(shared.payload()),
                )])
            } else {
                reply
            });
            turn.say(Reply::new("petition-share-hint").row(vec![
                ButtonSpec::new("button-unshare", Intent::Unshare(p.id)),
                ButtonSpec::new("menu-track", Intent::Menu(MenuItem::Track)),
            ]));
            Ok(State::Idle)
        }
        Err(PetitionError::NotFound) => dialogue::stale(turn, state).await,
        Err(e) => officer::refuse(turn, e),
    }
}

async fn unshare(turn: &mut Turn<'_>, state: State, id: i64) -> Step {
    match sharing::stop(&mut turn.cx(), id).await {
        Ok((p, removed)) => {
            turn.say(
                Reply::new(
                    Msg::new("petition-unshared")
                        .arg("code", p.code.to_string())
                        .arg("count", i64::try_from(removed).unwrap_or(i64::MAX)),
                )
                .row(vec![ButtonSpec::new(
                    "menu-track",
                    Intent::Menu(MenuItem::Track),
                )]),
            );
            Ok(State::Idle)
        }
        Err(PetitionError::NotFound) => dialogue::stale(turn, state).await,
        Err(e) => officer::refuse(turn, e),
    }
}

async fn view_own(turn: &mut Turn<'_>, state: State, id: i64) -> Step {
    match service::own(&mut turn.cx(), id).await {
        Ok(p) => {
            show_own(turn, &p, Viewer::Author).await?;
            Ok(State::Idle)
        }
        Err(PetitionError::NotFound) => dialogue::stale(turn, state).await,
        Err(e) => officer::refuse(turn, e),
    }
}

pub(super) fn status_name(turn: &Turn<'_>, status: Status) -> String {
    turn.i18n
        .render(&turn.locale, &Msg::new(status.message_id()))
}

/// Who is looking at a petition from the villager's side.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Viewer {
    Author,
    /// Someone the author let follow it, or whose duplicate was merged into it: status and
    /// answer only, nothing of who wrote it or what they did.
    Follower,
}

/// How many of the latest history lines a petition's author sees under its details.
const TRACK_HISTORY: usize = 4;

/// A villager's view of their own petition (or one they follow): where it is, and what
/// happened, in plain words.
async fn show_own(turn: &mut Turn<'_>, p: &Petition, viewer: Viewer) -> Result<(), EngineError> {
    let unit = turn
        .dir
        .unit(p.unit_id)
        .map(|u| u.name.clone())
        .unwrap_or_default();
    let (_, submitted) = local_parts(p.submitted_at);
    let due = due_label(p.due_at);
    let mut reply = Reply::new(
        Msg::new("track-detail")
            .arg("code", p.code.to_string())
            .arg("category", category_name(turn, &p.category_code))
            .arg("unit", unit)
            .arg("status", status_name(turn, p.status))
            .arg("submitted", submitted)
            .arg("due", due),
    );
    let mut history = Vec::new();
    let events = match service::history(&mut turn.cx(), p).await {
        Ok(events) if viewer == Viewer::Author => events,
        Ok(_) => Vec::new(),
        Err(PetitionError::Store(e)) => return Err(e),
        Err(_) => Vec::new(),
    };
    for (kind, at) in events {
        // Officers' reads and internal routing stay in the audit trail.
        let Some(id) = kind.history_message_id() else {
            continue;
        };
        let (time, date) = local_parts(at);
        history.push(turn.i18n.render(
            &turn.locale,
            &Msg::new(id).arg("time", time).arg("date", date),
        ));
    }
    // The latest steps only: a long history would bury the answer below it.
    if history.len() > TRACK_HISTORY {
        let earlier = history.len() - TRACK_HISTORY;
        history.drain(..earlier);
        history.insert(
            0,
            turn.i18n.render(
                &turn.locale,
                &Msg::new("track-history-earlier").arg("count", earlier as i64),
            ),
        );
    }
    if !history.is_empty() {
        reply = reply.then(super::Text::Plain(history.join("\n")));
    }
    if let Some(answer) = &p.answer_text {
        reply = reply.then(Msg::new("track-answer").arg("answer", answer.clone()));
    }
    // What the person can do from here: add what the unit asked for, let a relative follow,
    // or go back to the list.
    let mut row = Vec::new();
    let mut share_row = Vec::new();
    if viewer == Viewer::Author && p.author_id == turn.person.id {
        if p.status == Status::AwaitingInfo {
            row.push(ButtonSpec::new("button-add-info", Intent::AddInfo(p.id)));
        }
        match sharing::status(&mut turn.cx(), p).await {
            Ok(Some(followers)) => {
                reply = reply.then(Msg::new("track-shared").arg("count", followers));
                share_row.push(ButtonSpec::new("button-share", Intent::Share(p.id)));
                share_row.push(ButtonSpec::new("button-unshare", Intent::Unshare(p.id)));
            }
            Ok(None) => share_row.push(ButtonSpec::new("button-share", Intent::Share(p.id))),
            Err(PetitionError::Store(e)) => return Err(e),
            Err(_) => {}
        }
    }
    row.push(ButtonSpec::new("menu-track", Intent::Menu(MenuItem::Track)));
    turn.say(reply.row(row).row(share_row));
    Ok(())
}

async fn begin_more_info(turn: &mut Turn<'_>, id: i64) -> Step {
    match service::own(&mut turn.cx(), id).await {
        Ok(p) if p.status == Status::AwaitingInfo => {
            turn.say(
                Reply::new(Msg::new("petition-more-prompt").arg("code", p.code.to_string())).row(
                    vec![ButtonSpec::new("button-done", Intent::AddInfoDone(p.id))],
                ),
            );
            Ok(State::AddingInfo {
                petition_id: p.id,
                added: 0,
            })
        }
        Ok(_) | Err(PetitionError::NotFound) => {
            turn.say_msg(Msg::new("hint-button-outdated"));
            dialogue::resume(turn, State::Idle).await
        }
        Err(e) => officer::refuse(turn, e),
    }
}

/// Puts a villager in the "adding information" state when the unit asks, unless they are in
/// the middle of something else (then the button in the message gets them there).
pub(super) async fn await_info_from(
    turn: &mut Turn<'_>,
    author: &people::Person,
    petition_id: i64,
) -> Result<(), EngineError> {
    expect_info(turn.conn, author, petition_id, turn.now).await
}

/// After an officer's question (from the chat or the web pages): the author's private chat,
/// when idle, waits for what they add to the petition, so their next messages are taken as
/// the answer.
pub async fn expect_info(
    conn: &mut crate::store::Conn,
    author: &people::Person,
    petition_id: i64,
    now: i64,
) -> Result<(), EngineError> {
    let Some(chat) =
        crate::store::chats::private_of(conn, &author.channel, &author.external_id).await?
    else {
        return Ok(());
    };
    let current = conversations::load(conn, chat.id, author.id).await?;
    let idle = current
        .as_deref()
        .and_then(super::state::decode)
        .is_none_or(|s| s == State::Idle);
    if idle {
        let state = State::AddingInfo {
            petition_id,
            added: 0,
        };
        conversations::save(conn, chat.id, author.id, &super::state::encode(&state), now).await?;
    }
    Ok(())
}

async fn add_info(turn: &mut Turn<'_>, petition_id: i64, added: usize, part: Part) -> Step {
    let limits = turn.limits.petition.clone();
    match service::add_info(&mut turn.cx(), petition_id, &part, &limits).await {
        Ok(p) => {
            let added = added + 1;
            turn.say(
                Reply::new(Msg::new("petition-info-received").arg("count", added)).row(vec![
                    ButtonSpec::new("button-done", Intent::AddInfoDone(p.id)),
                ]),
            );
            Ok(State::AddingInfo { petition_id, added })
        }
        Err(e @ PetitionError::TooManyFiles { .. }) => {
            let msg = e.message().expect("a message for too many files");
            turn.say(Reply::new(msg).row(vec![ButtonSpec::new(
                "button-done",
                Intent::AddInfoDone(petition_id),
            )]));
            Ok(State::AddingInfo { petition_id, added })
        }
        Err(PetitionError::NotFound) => dialogue::resume(turn, State::Idle).await,
        Err(e @ PetitionError::AnsweredAlready { .. }) => {
            let msg = e.message().expect("a message for an answered petition");
            turn.say(Reply::new(msg).row(vec![
                ButtonSpec::new("button-reopen", Intent::Reopen(petition_id)),
                ButtonSpec::new("menu-petition", Intent::Menu(MenuItem::Petition)),
            ]));
            Ok(State::Idle)
        }
        Err(e @ PetitionError::TooLong { .. }) => {
            let msg = e.message().expect("a message for too much text");
            turn.say(Reply::new(msg).row(vec![ButtonSpec::new(
                "button-done",
                Intent::AddInfoDone(petition_id),
            )]));
            Ok(State::AddingInfo { petition_id, added })
        }
        Err(e) => {
            officer::refuse(turn, e)?;
            dialogue::resume(turn, State::Idle).await
        }
    }
}

async fn finish_more_info(turn: &mut Turn<'_>, petition_id: i64, added: usize) -> Step {
    match service::finish_info(&mut turn.cx(), petition_id, added).await {
        Ok(p) => {
            turn.say_msg(Msg::new("petition-info-thanks").arg("code", p.code.to_string()));
            dialogue::resume(turn, State::Idle).await
        }
        Err(PetitionError::NothingAdded) => {
            turn.say(
                Reply::new("petition-info-nothing-yet").row(vec![ButtonSpec::new(
                    "button-done",
                    Intent::AddInfoDone(petition_id),
                )]),
            );
            Ok(State::AddingInfo { petition_id, added })
        }
        Err(PetitionError::NotFound) => dialogue::resume(turn, State::Idle).await,
        Err(e) => officer::refuse(turn, e),
    }
}

/// A rating from the author of an answered petition.
async fn rate(turn: &mut Turn<'_>, state: State, id: i64, stars: u8) -> Step {
    match service::rate(&mut turn.cx(), id, stars).await {
        Ok(rated) if rated.may_reopen => {
            let p = rated.petition;
            turn.say(
                Reply::new(Msg::new("rating-offer-reopen").arg("code", p.code.to_string())).row(
                    vec![
                        ButtonSpec::new("button-reopen", Intent::Reopen(p.id)),
                        ButtonSpec::new("button-no-thanks", Intent::KeepRating),
                    ],
                ),
            );
            Ok(State::Idle)
        }
        Ok(_) => {
            turn.say_msg(Msg::new("rating-thanks"));
            dialogue::resume(turn, State::Idle).await
        }
        Err(PetitionError::NotFound) => dialogue::stale(turn, state).await,
        Err(e) => {
            officer::refuse(turn, e)?;
            dialogue::resume(turn, State::Idle).await
        }
    }
}

async fn ask_reopen_reason(turn: &mut Turn<'_>, id: i64) -> Step {
    match service::reopenable(&mut turn.cx(), id).await {
        Ok(p) => {
            turn.say(Reply::new("petition-ask-reopen-reason").row(vec![cancel_button()]));
            Ok(State::AwaitingReopenReason { petition_id: p.id })
        }
        Err(e) => {
            officer::refuse(turn, e)?;
            dialogue::resume(turn, State::Idle).await
        }
    }
}

async fn reopen(turn: &mut Turn<'_>, petition_id: i64, reason: &str) -> Step {
    let calendar = turn.limits.calendar.clone();
    match service::reopen(&mut turn.cx(), petition_id, reason, &calendar).await {
        Ok((p, due)) => {
            turn.say_msg(
                Msg::new("petition-reopened")
                    .arg("code", p.code.to_string())
                    .arg("due", due_label(due)),
            );
            dialogue::resume(turn, State::Idle).await
        }
        Err(e) => {
            officer::refuse(turn, e)?;
            dialogue::resume(turn, State::Idle).await
        }
    }
}
