//! Petitions from an officer's side: the unit's queue, opening one (recorded in the audit
//! trail), claiming, answering, asking for more, forwarding, closing; and joining a unit by
//! invite.
//!
//! ```text
//! cán bộ: /hangdoi
//! bot:    📥 Công an xã Dào San: 2 kiến nghị đang chờ
//!         • 4827-1935 · An ninh, trật tự · Bản Tả Phìn · Đang chờ xử lý · còn 5 ngày
//!         [📂 4827-1935] …
//! cán bộ: 📂 4827-1935
//! bot:    (the whole petition, attachments forwarded)  [Nhận xử lý] [Trả lời] [Hỏi thêm] [Chuyển] [Đóng]
//! cán bộ: Trả lời
//! bot:    Mời đồng chí gửi câu trả lời (chữ hoặc tin nhắn thoại).
//! cán bộ: Công an xã đã cử người xuống bản kiểm tra …
//! bot:    Xem trước … [📨 Gửi trả lời] [✏️ Viết lại] [Hủy]
//! ```

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Text, Turn, dialogue, petitions as villager};
use crate::clock::local_parts;
use crate::domain::petition::{CloseReason, Part, Status};
use crate::domain::text::excerpt;
use crate::domain::{Role, TrackingCode};
use crate::i18n::Msg;
use crate::intent::Intent;
use crate::store::people::{self, RoleGrant};
use crate::store::petitions::{self, Petition};
use crate::store::{areas, units};

type Step = Result<State, EngineError>;

/// Petitions per queue page: a phone screen.
const QUEUE_PAGE: i64 = 5;
const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

/// A notice with a button that opens the petition.
pub(super) fn open_reply(msg: Msg, petition_id: i64) -> Reply {
    Reply::new(msg).row(vec![ButtonSpec::new(
        "button-open",
        Intent::Open(petition_id),
    )])
}

/// Tells a unit: in its group chat when one is linked, else each officer privately; a unit with
/// nobody to tell has its commune's admins told instead, so that nothing waits unseen.
pub(super) async fn notify_unit(
    turn: &mut Turn<'_>,
    unit_id: i64,
    village_id: Option<i64>,
    reply: Reply,
) -> Result<(), EngineError> {
    if let Some(chat_id) = units::unit_group_chat(turn.conn, unit_id).await? {
        return turn.notify_chat(chat_id, reply).await;
    }
    let mut told = false;
    for officer in units::officers(turn.conn, unit_id).await? {
        told |= turn.notify_person(&officer, reply.clone()).await?;
    }
    if !told && let Some(village) = village_id {
        for admin in units::admins_over(turn.conn, village).await? {
            turn.notify_person(&admin, reply.clone()).await?;
        }
    }
    Ok(())
}

pub(super) async fn notify_unit_new(turn: &mut Turn<'_>, p: &Petition) -> Result<(), EngineError> {
    let village = match p.village_id {
        Some(id) => areas::get(turn.conn, id).await?.map(|a| a.name),
        None => None,
    };
    let (_, due) = local_parts(p.due_at);
    // Each recipient reads the category in their own language: pass the id, not the text.
    let msg = Msg::new("officer-new-petition")
        .arg("code", p.code.to_string())
        .arg(
            "category",
            Msg::new(format!("category-{}", p.category_code)),
        )
        .arg("village", village.unwrap_or_default())
        .arg("due", due)
        .arg("excerpt", excerpt(&p.body, 200));
    notify_unit(turn, p.unit_id, p.village_id, open_reply(msg, p.id)).await
}

/// `/hangdoi [page]`: the unit's pending petitions, nearest deadline first.
pub(super) async fn queue(turn: &mut Turn<'_>, page: i64) -> Step {
    let unit_ids = units::officer_units(turn.conn, turn.person.id).await?;
    if unit_ids.is_empty() {
        turn.say_msg(Msg::new("officer-only"));
        return dialogue::resume(turn, State::Idle).await;
    }
    let page = page.max(0);
    for unit_id in unit_ids {
        let Some(unit) = units::unit(turn.conn, unit_id).await? else {
            continue;
        };
        let (rows, total) =
            petitions::queue(turn.conn, unit_id, page * QUEUE_PAGE, QUEUE_PAGE).await?;
        if total == 0 {
            turn.say_msg(Msg::new("officer-queue-empty").arg("unit", unit.name));
            continue;
        }
        let mut lines = Vec::new();
        let mut buttons = Vec::new();
        for p in &rows {
            let village = match p.village_id {
                Some(id) => areas::get(turn.conn, id).await?.map(|a| a.name),
                None => None,
            };
            let line = Msg::new("officer-queue-line")
                .arg("code", p.code.to_string())
                .arg("category", villager::category_name(turn, &p.category_code))
                .arg("village", village.unwrap_or_default())
                .arg("status", villager::status_name(turn, p.status))
                .arg("left", time_left(turn, p.due_at));
            lines.push(turn.i18n.render(&turn.locale, &line));
            buttons.push(ButtonSpec::new(
                Text::Plain(format!("📂 {}", p.code)),
                Intent::Open(p.id),
            ));
        }
        let mut reply = Reply::new(
            Msg::new("officer-queue-title")
                .arg("unit", unit.name)
                .arg("count", total),
        )
        .then(Text::Plain(lines.join("\n")));
        for pair in buttons.chunks(2) {
            reply = reply.row(pair.to_vec());
        }
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(ButtonSpec::new(
                "button-previous",
                Intent::Queue((page - 1) as u32),
            ));
        }
        if (page + 1) * QUEUE_PAGE < total {
            nav.push(ButtonSpec::new(
                "button-next",
                Intent::Queue((page + 1) as u32),
            ));
        }
        turn.say(reply.row(nav));
    }
    Ok(State::Idle)
}

fn time_left(turn: &Turn<'_>, due_at: i64) -> String {
    let left = due_at - turn.now;
    let msg = if left <= 0 {
        Msg::new("time-overdue").arg("days", (-left + DAY_MS - 1) / DAY_MS)
    } else if left >= DAY_MS {
        Msg::new("time-left-days").arg("days", (left + DAY_MS - 1) / DAY_MS)
    } else {
        Msg::new("time-left-hours").arg("hours", (left + HOUR_MS - 1) / HOUR_MS)
    };
    turn.i18n.render(&turn.locale, &msg)
}

/// A unit's name, or nothing when it is gone.
async fn unit_name(turn: &mut Turn<'_>, unit_id: i64) -> Result<String, EngineError> {
    Ok(units::unit(turn.conn, unit_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default())
}

/// Tells the petition's author (in their language, in their private chat).
async fn tell_author(turn: &mut Turn<'_>, p: &Petition, reply: Reply) -> Result<(), EngineError> {
    if let Some(author) = people::get(turn.conn, p.author_id).await? {
        turn.notify_person(&author, reply).await?;
    }
    Ok(())
}

/// Closes a petition (duplicate or out of scope), records why, and tells its author.
async fn close_with(
    turn: &mut Turn<'_>,
    p: &Petition,
    reason: CloseReason,
    duplicate_of: Option<i64>,
    detail: &str,
    to_author: Reply,
) -> Step {
    petitions::close(turn.conn, p.id, reason, duplicate_of, turn.now).await?;
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "closed",
        Some(detail),
        turn.now,
    )
    .await?;
    tell_author(turn, p, to_author).await?;
    turn.say_msg(Msg::new("officer-closed").arg("code", p.code.to_string()));
    Ok(State::Idle)
}

/// The petition, if the person in this turn is an officer of the unit handling it. A refusal
/// is said to them and, when the petition exists, recorded in its trail.
async fn authorized(turn: &mut Turn<'_>, id: i64) -> Result<Option<Petition>, EngineError> {
    let petition = petitions::get(turn.conn, id).await?;
    let units = units::officer_units(turn.conn, turn.person.id).await?;
    match petition {
        Some(p) if units.contains(&p.unit_id) => Ok(Some(p)),
        Some(p) => {
            petitions::event(
                turn.conn,
                p.id,
                Some(turn.person.id),
                "access_denied",
                None,
                turn.now,
            )
            .await?;
            turn.say_msg(Msg::new("officer-not-your-unit"));
            Ok(None)
        }
        None => {
            turn.say_msg(Msg::new("hint-button-outdated"));
            Ok(None)
        }
    }
}

/// Opens a petition for an officer: all of it, attachments forwarded, the read recorded.
pub(super) async fn open(turn: &mut Turn<'_>, id: i64) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "viewed",
        None,
        turn.now,
    )
    .await?;
    let village = match p.village_id {
        Some(v) => areas::ancestors(turn.conn, v)
            .await?
            .iter()
            .take(2)
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        None => String::new(),
    };
    let author = if p.anonymous {
        turn.i18n
            .render(&turn.locale, &Msg::new("author-anonymous"))
    } else {
        match people::get(turn.conn, p.author_id).await? {
            Some(a) => a.display_name.clone().unwrap_or_else(|| a.address()),
            None => String::new(),
        }
    };
    let (stime, sdate) = local_parts(p.submitted_at);
    let (_, due) = local_parts(p.due_at);
    let body = if p.body.is_empty() {
        turn.i18n
            .render(&turn.locale, &Msg::new("officer-body-none"))
    } else {
        p.body.clone()
    };
    let mut detail = Msg::new("officer-petition-detail")
        .arg("code", p.code.to_string())
        .arg("category", villager::category_name(turn, &p.category_code))
        .arg("village", village)
        .arg("author", author)
        .arg("submitted", format!("{stime} {sdate}"))
        .arg("due", due)
        .arg("left", time_left(turn, p.due_at))
        .arg("status", villager::status_name(turn, p.status));
    detail = detail.arg("body", body);
    turn.say(Reply::new(detail));
    for (n, (part, _)) in petitions::parts(turn.conn, p.id)
        .await?
        .into_iter()
        .enumerate()
    {
        let caption = Msg::new("officer-attachment").arg("n", n + 1);
        match part {
            Part::Text { text } => turn.say(Reply::new(caption).then(Text::Plain(text))),
            media => turn.say(Reply::media(media, caption)),
        }
    }
    turn.say(actions(&p));
    Ok(State::Idle)
}

fn actions(p: &Petition) -> Reply {
    let id = p.id;
    let mut reply = Reply::new(Msg::new("officer-actions").arg("code", p.code.to_string()));
    if p.status.is_pending() {
        let mut first = Vec::new();
        if p.status == Status::Open {
            first.push(ButtonSpec::new("button-claim", Intent::Claim(id)));
        }
        first.push(ButtonSpec::new("button-answer", Intent::Answer(id)));
        reply = reply
            .row(first)
            .row(vec![
                ButtonSpec::new("button-ask-more", Intent::Ask(id)),
                ButtonSpec::new("button-forward", Intent::Forward(id)),
            ])
            .row(vec![ButtonSpec::new("button-close", Intent::Close(id))]);
    }
    reply.row(vec![ButtonSpec::new("button-back-queue", Intent::Queue(0))])
}

/// Officer buttons.
pub(super) async fn button(turn: &mut Turn<'_>, state: State, intent: Intent) -> Step {
    match intent {
        Intent::Queue(page) => queue(turn, i64::from(page)).await,
        Intent::InviteFor(unit) => invite_for_unit(turn, unit).await,
        Intent::Open(id) => open(turn, id).await,
        Intent::Claim(id) => claim(turn, id).await,
        Intent::Answer(id) => {
            ask_for(turn, id, "officer-ask-answer", |petition_id| {
                State::AwaitingAnswer { petition_id }
            })
            .await
        }
        Intent::SendAnswer => match state {
            State::ConfirmingAnswer {
                petition_id,
                text,
                voice,
            } => send_answer(turn, petition_id, text, voice).await,
            other => dialogue::stale(turn, other).await,
        },
        Intent::Ask(id) => {
            ask_for(turn, id, "officer-ask-question", |petition_id| {
                State::AwaitingQuestion { petition_id }
            })
            .await
        }
        Intent::Forward(id) => choose_forward(turn, id).await,
        Intent::ForwardTo { petition, unit } => ask_forward_reason(turn, petition, unit).await,
        Intent::Close(id) => choose_close(turn, id).await,
        Intent::CloseDuplicate(id) => {
            ask_for(turn, id, "officer-ask-duplicate", |petition_id| {
                State::AwaitingDuplicateCode { petition_id }
            })
            .await
        }
        Intent::CloseOutOfScope(id) => {
            ask_for(turn, id, "officer-ask-close-reason", |petition_id| {
                State::AwaitingCloseReason { petition_id }
            })
            .await
        }
        _ => dialogue::stale(turn, state).await,
    }
}

async fn claim(turn: &mut Turn<'_>, id: i64) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    if p.status != Status::Open {
        turn.say_msg(Msg::new("officer-already-claimed").arg("code", p.code.to_string()));
        return Ok(State::Idle);
    }
    petitions::claim(turn.conn, p.id, turn.person.id).await?;
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "claimed",
        None,
        turn.now,
    )
    .await?;
    if let Some(author) = people::get(turn.conn, p.author_id).await? {
        let unit = unit_name(turn, p.unit_id).await?;
        turn.notify_person(
            &author,
            Reply::new(
                Msg::new("petition-claimed-notice")
                    .arg("code", p.code.to_string())
                    .arg("unit", unit),
            ),
        )
        .await?;
    }
    turn.say(open_reply(
        Msg::new("officer-claimed").arg("code", p.code.to_string()),
        p.id,
    ));
    Ok(State::Idle)
}

/// Asks the officer for the next message (an answer, a question, a reason, a code).
async fn ask_for(
    turn: &mut Turn<'_>,
    id: i64,
    prompt: &'static str,
    state: impl FnOnce(i64) -> State,
) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    if !p.status.is_pending() {
        turn.say_msg(Msg::new("officer-not-pending").arg("code", p.code.to_string()));
        return Ok(State::Idle);
    }
    turn.say(
        Reply::new(Msg::new(prompt).arg("code", p.code.to_string()))
            .row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
    );
    Ok(state(p.id))
}

/// Officer input while the bot waits for an answer, question, reason or code.
pub(super) async fn input(turn: &mut Turn<'_>, state: State, event: &Event) -> Option<Step> {
    let text = match event {
        Event::Text(t) if !t.is_empty() => Some(t.clone()),
        _ => None,
    };
    let step = match (state, text) {
        (State::AwaitingAnswer { petition_id }, Some(text)) => {
            preview(turn, petition_id, Some(text), None)
        }
        (State::AwaitingAnswer { petition_id }, None) => match event {
            Event::Voice { file_ref, .. } | Event::Audio { file_ref } => {
                preview(turn, petition_id, None, Some(file_ref.clone()))
            }
            _ => text_only(turn, State::AwaitingAnswer { petition_id }),
        },
        (State::ConfirmingAnswer { petition_id, .. }, _) => {
            turn.say_msg(Msg::new("hint-choose-button"));
            ask_for(turn, petition_id, "officer-ask-answer", |petition_id| {
                State::AwaitingAnswer { petition_id }
            })
            .await
        }
        (State::AwaitingQuestion { petition_id }, Some(q)) => {
            ask_villager(turn, petition_id, &q).await
        }
        (
            State::AwaitingForwardReason {
                petition_id,
                unit_id,
            },
            Some(reason),
        ) => forward(turn, petition_id, unit_id, &reason).await,
        (State::AwaitingDuplicateCode { petition_id }, Some(code)) => {
            close_duplicate(turn, petition_id, &code).await
        }
        (State::AwaitingCloseReason { petition_id }, Some(reason)) => {
            close_out_of_scope(turn, petition_id, &reason).await
        }
        (
            state @ (State::AwaitingQuestion { .. }
            | State::AwaitingForwardReason { .. }
            | State::AwaitingDuplicateCode { .. }
            | State::AwaitingCloseReason { .. }),
            None,
        ) => text_only(turn, state),
        _ => return None,
    };
    Some(step)
}

fn text_only(turn: &mut Turn<'_>, state: State) -> Step {
    turn.say(
        Reply::new("officer-text-only").row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
    );
    Ok(state)
}

fn preview(
    turn: &mut Turn<'_>,
    petition_id: i64,
    text: Option<String>,
    voice: Option<String>,
) -> Step {
    let buttons = vec![
        ButtonSpec::new("button-send-answer", Intent::SendAnswer),
        ButtonSpec::new("button-rewrite", Intent::Answer(petition_id)),
        ButtonSpec::new("button-cancel", Intent::Cancel),
    ];
    match (&text, &voice) {
        (Some(t), _) => turn.say(
            Reply::new("officer-answer-preview")
                .then(Text::Plain(t.clone()))
                .row(buttons),
        ),
        (None, Some(v)) => {
            turn.say(Reply::media(
                Part::Voice {
                    file_ref: v.clone(),
                },
                "officer-answer-preview-voice",
            ));
            turn.say(Reply::new("officer-answer-confirm").row(buttons));
        }
        (None, None) => unreachable!("an answer has text or voice"),
    }
    Ok(State::ConfirmingAnswer {
        petition_id,
        text,
        voice,
    })
}

async fn send_answer(
    turn: &mut Turn<'_>,
    id: i64,
    text: Option<String>,
    voice: Option<String>,
) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    if !p.status.is_pending() {
        turn.say_msg(Msg::new("officer-not-pending").arg("code", p.code.to_string()));
        return Ok(State::Idle);
    }
    petitions::answer(
        turn.conn,
        p.id,
        turn.person.id,
        text.as_deref(),
        voice.as_deref(),
        turn.now,
    )
    .await?;
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "answered",
        None,
        turn.now,
    )
    .await?;
    if let Some(author) = people::get(turn.conn, p.author_id).await? {
        let unit = unit_name(turn, p.unit_id).await?;
        let mut answer = Reply::new(
            Msg::new("petition-answered")
                .arg("code", p.code.to_string())
                .arg("unit", unit),
        );
        if let Some(t) = &text {
            answer = answer.then(Text::Plain(t.clone()));
        }
        turn.notify_person(&author, answer).await?;
        if let Some(v) = &voice {
            turn.notify_person(
                &author,
                Reply::media(
                    Part::Voice {
                        file_ref: v.clone(),
                    },
                    "petition-answer-voice",
                ),
            )
            .await?;
        }
        turn.notify_person(&author, rating_request(&p)).await?;
    }
    turn.say_msg(Msg::new("officer-answer-sent").arg("code", p.code.to_string()));
    queue(turn, 0).await
}

fn rating_request(p: &Petition) -> Reply {
    let faces = ["😡 1", "🙁 2", "😐 3", "🙂 4", "😄 5"];
    let buttons = faces
        .iter()
        .enumerate()
        .map(|(i, face)| {
            ButtonSpec::new(
                Text::Plain((*face).to_string()),
                Intent::Rate {
                    petition: p.id,
                    stars: i as u8 + 1,
                },
            )
        })
        .collect();
    Reply::new(Msg::new("rating-ask").arg("code", p.code.to_string())).row(buttons)
}

async fn ask_villager(turn: &mut Turn<'_>, id: i64, question: &str) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    petitions::set_status(turn.conn, p.id, Status::AwaitingInfo).await?;
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "info_requested",
        Some(question),
        turn.now,
    )
    .await?;
    if let Some(author) = people::get(turn.conn, p.author_id).await? {
        let unit = unit_name(turn, p.unit_id).await?;
        let reply = Reply::new(
            Msg::new("petition-info-requested")
                .arg("code", p.code.to_string())
                .arg("unit", unit),
        )
        .then(Text::Plain(question.to_string()))
        .row(vec![ButtonSpec::new(
            "button-add-info",
            Intent::AddInfo(p.id),
        )]);
        turn.notify_person(&author, reply).await?;
        villager::await_info_from(turn, &author, p.id).await?;
    }
    turn.say_msg(Msg::new("officer-question-sent").arg("code", p.code.to_string()));
    Ok(State::Idle)
}

async fn choose_forward(turn: &mut Turn<'_>, id: i64) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    let Some(current) = units::unit(turn.conn, p.unit_id).await? else {
        return Ok(State::Idle);
    };
    let mut targets: Vec<_> = units::units_in_area(turn.conn, current.area_id)
        .await?
        .into_iter()
        .filter(|u| u.id != current.id)
        .collect();
    if let Some(sup) = current.supervisor_id
        && !targets.iter().any(|u| u.id == sup)
        && let Some(unit) = units::unit(turn.conn, sup).await?
    {
        targets.push(unit);
    }
    let buttons = targets
        .iter()
        .map(|u| {
            ButtonSpec::new(
                Text::Plain(u.name.clone()),
                Intent::ForwardTo {
                    petition: p.id,
                    unit: u.id,
                },
            )
        })
        .collect();
    turn.say(
        Reply::new(Msg::new("officer-choose-unit").arg("code", p.code.to_string()))
            .column(buttons)
            .row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
    );
    Ok(State::Idle)
}

async fn ask_forward_reason(turn: &mut Turn<'_>, id: i64, unit_id: i64) -> Step {
    let Some(unit) = units::unit(turn.conn, unit_id).await? else {
        turn.say_msg(Msg::new("hint-button-outdated"));
        return Ok(State::Idle);
    };
    let name = unit.name.clone();
    ask_for(turn, id, "officer-ask-forward-reason", |petition_id| {
        State::AwaitingForwardReason {
            petition_id,
            unit_id,
        }
    })
    .await
    .inspect(|_| {
        if let Some(last) = turn.replies.last_mut() {
            last.paragraphs.push(Text::Plain(format!("→ {name}")));
        }
    })
}

async fn forward(turn: &mut Turn<'_>, id: i64, unit_id: i64, reason: &str) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    let Some(unit) = units::unit(turn.conn, unit_id).await? else {
        return Ok(State::Idle);
    };
    petitions::forward(turn.conn, p.id, unit.id).await?;
    petitions::event(
        turn.conn,
        p.id,
        Some(turn.person.id),
        "forwarded",
        Some(&format!("{}: {reason}", unit.code)),
        turn.now,
    )
    .await?;
    let moved = Petition {
        unit_id: unit.id,
        status: Status::Open,
        ..p.clone()
    };
    notify_unit_new(turn, &moved).await?;
    if let Some(author) = people::get(turn.conn, p.author_id).await? {
        turn.notify_person(
            &author,
            Reply::new(
                Msg::new("petition-forwarded")
                    .arg("code", p.code.to_string())
                    .arg("unit", unit.name.clone()),
            ),
        )
        .await?;
    }
    turn.say_msg(
        Msg::new("officer-forwarded")
            .arg("code", p.code.to_string())
            .arg("unit", unit.name),
    );
    Ok(State::Idle)
}

async fn choose_close(turn: &mut Turn<'_>, id: i64) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    turn.say(
        Reply::new(Msg::new("officer-choose-close").arg("code", p.code.to_string()))
            .column(vec![
                ButtonSpec::new("button-close-duplicate", Intent::CloseDuplicate(p.id)),
                ButtonSpec::new("button-close-out-of-scope", Intent::CloseOutOfScope(p.id)),
            ])
            .row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
    );
    Ok(State::Idle)
}

async fn close_duplicate(turn: &mut Turn<'_>, id: i64, typed: &str) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    let other = match TrackingCode::parse(typed) {
        Ok(code) => petitions::by_code(turn.conn, &code)
            .await?
            .filter(|o| o.id != p.id),
        Err(_) => None,
    };
    let Some(other) = other else {
        turn.say(
            Reply::new(Msg::new("officer-duplicate-unknown").arg("code", typed.to_string()))
                .row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
        );
        return Ok(State::AwaitingDuplicateCode { petition_id: id });
    };
    let reply = Reply::new(
        Msg::new("petition-closed-duplicate")
            .arg("code", p.code.to_string())
            .arg("other", other.code.to_string()),
    );
    let detail = format!("duplicate of {}", other.code);
    close_with(
        turn,
        &p,
        CloseReason::Duplicate,
        Some(other.id),
        &detail,
        reply,
    )
    .await
}

async fn close_out_of_scope(turn: &mut Turn<'_>, id: i64, reason: &str) -> Step {
    let Some(p) = authorized(turn, id).await? else {
        return Ok(State::Idle);
    };
    let reply =
        Reply::new(Msg::new("petition-closed-out-of-scope").arg("code", p.code.to_string()))
            .then(Text::Plain(reason.to_string()));
    close_with(turn, &p, CloseReason::OutOfScope, None, reason, reply).await
}

/// `/moi [unit code]` (admins): an invite for an officer of a unit in the admin's area.
pub(super) async fn invite(turn: &mut Turn<'_>, args: &str) -> Step {
    let scopes = units::admin_scopes(turn.conn, turn.person.id).await?;
    if scopes.is_empty() {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    }
    let code = args.trim();
    if code.is_empty() {
        // Offer the units the admin may invite to, commune by commune.
        let mut buttons = Vec::new();
        for commune in areas::list(turn.conn, areas::AreaKind::Commune, None).await? {
            if !units::is_admin_over(turn.conn, turn.person.id, commune.id).await? {
                continue;
            }
            for unit in units::units_in_area(turn.conn, commune.id).await? {
                buttons.push(ButtonSpec::new(
                    Text::Plain(unit.name),
                    Intent::InviteFor(unit.id),
                ));
            }
        }
        turn.say(Reply::new("invite-choose-unit").column(buttons));
        return Ok(State::Idle);
    }
    match areas::unit_by_code(turn.conn, code).await? {
        Some(unit) => create_invite(turn, unit).await,
        None => {
            turn.say_msg(Msg::new("invite-unknown-unit").arg("unit", code.to_string()));
            Ok(State::Idle)
        }
    }
}

async fn invite_for_unit(turn: &mut Turn<'_>, id: i64) -> Step {
    match units::unit(turn.conn, id).await? {
        Some(unit) => create_invite(turn, unit).await,
        None => Ok(State::Idle),
    }
}

async fn create_invite(turn: &mut Turn<'_>, unit: areas::Unit) -> Step {
    if !units::is_admin_over(turn.conn, turn.person.id, unit.area_id).await? {
        turn.say_msg(Msg::new("admin-not-your-area"));
        return Ok(State::Idle);
    }
    let code = crate::services::access::new_invite_code();
    let expires = turn.now + crate::services::access::INVITE_DAYS * DAY_MS;
    units::create_invite(
        turn.conn,
        &code,
        unit.id,
        Some(turn.person.id),
        turn.now,
        expires,
    )
    .await?;
    crate::store::audit(
        turn.conn,
        Some(turn.person.id),
        "invite.create",
        &unit.code,
        None,
        turn.now,
    )
    .await?;
    let (time, date) = local_parts(expires);
    turn.say_msg(
        Msg::new("invite-created")
            .arg("code", code)
            .arg("unit", unit.name)
            .arg("expires", format!("{time} {date}")),
    );
    Ok(State::Idle)
}

/// `/start MOI-…`: joins the unit the invite is for.
pub(super) async fn accept_invite(turn: &mut Turn<'_>, code: &str) -> Result<bool, EngineError> {
    let code = code.trim().to_uppercase();
    if !code.starts_with("MOI-") {
        return Ok(false);
    }
    let Some(invite) = units::invite(turn.conn, &code).await? else {
        turn.say_msg(Msg::new("invite-invalid"));
        return Ok(true);
    };
    if invite.used_by.is_some() {
        turn.say_msg(Msg::new("invite-used"));
        return Ok(true);
    }
    if invite.expires_at <= turn.now {
        turn.say_msg(Msg::new("invite-expired"));
        return Ok(true);
    }
    let Some(unit) = (match invite.unit_id {
        Some(id) => units::unit(turn.conn, id).await?,
        None => None,
    }) else {
        turn.say_msg(Msg::new("invite-invalid"));
        return Ok(true);
    };
    if !units::use_invite(turn.conn, invite.id, turn.person.id, turn.now).await? {
        turn.say_msg(Msg::new("invite-used"));
        return Ok(true);
    }
    people::grant(
        turn.conn,
        &RoleGrant {
            person_id: turn.person.id,
            role: Role::Officer,
            area_id: Some(unit.area_id),
            unit_id: Some(unit.id),
        },
        None,
        turn.now,
    )
    .await?;
    crate::store::audit(
        turn.conn,
        Some(turn.person.id),
        "invite.accept",
        &unit.code,
        Some(&invite.code),
        turn.now,
    )
    .await?;
    turn.say_msg(Msg::new("invite-accepted").arg("unit", unit.name));
    Ok(true)
}
