//! Petitions from an officer's side: the unit's queue, opening one (recorded in the audit
//! trail), claiming, answering, asking for more, forwarding, closing; and joining a unit by
//! invite.
//!
//! ```text
//! cán bộ: /hangdoi
//! bot:    📥 Công an xã Dào San: 2 kiến nghị đang chờ
//!         • 4827-1935 · An ninh, trật tự · Bản Tả Phìn · Đang chờ xử lý · còn 5 ngày làm việc
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
use crate::domain::calendar::due_label;
use crate::domain::petition::Part;
use crate::domain::text::excerpt;
use crate::i18n::Msg;
use crate::intent::Intent;
use crate::services::access::INVITE_DAYS;
use crate::services::invites::{self, InviteError};
use crate::services::petitions::{self as service, Access, PetitionError};
use crate::store::{areas, units};

type Step = Result<State, EngineError>;

/// Petitions per queue page: a phone screen.
const QUEUE_PAGE: i64 = 5;
const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

/// Says why a petition action did not happen, and goes back to the menu's idle state. A
/// storage failure fails the update instead.
pub(super) fn refuse(turn: &mut Turn<'_>, e: PetitionError) -> Step {
    match e.message() {
        Some(msg) => {
            turn.say_msg(msg);
            Ok(State::Idle)
        }
        None => match e {
            PetitionError::Store(e) => Err(e),
            _ => Ok(State::Idle),
        },
    }
}

/// `/hangdoi [page]`: the unit's pending petitions, nearest deadline first.
pub(super) async fn queue(turn: &mut Turn<'_>, page: i64) -> Step {
    let page = page.max(0);
    let queues = match service::queue(&mut turn.cx(), page * QUEUE_PAGE, QUEUE_PAGE).await {
        Ok(q) => q,
        Err(PetitionError::NotAnOfficer) => {
            turn.say_msg(Msg::new("officer-only"));
            return dialogue::resume(turn, State::Idle).await;
        }
        Err(e) => return refuse(turn, e),
    };
    for q in queues {
        if q.total == 0 {
            turn.say_msg(Msg::new("officer-queue-empty").arg("unit", q.unit.name));
            continue;
        }
        let mut lines = Vec::new();
        let mut buttons = Vec::new();
        for p in &q.rows {
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
                .arg("unit", q.unit.name)
                .arg("count", q.total),
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
        if (page + 1) * QUEUE_PAGE < q.total {
            nav.push(ButtonSpec::new(
                "button-next",
                Intent::Queue((page + 1) as u32),
            ));
        }
        turn.say(reply.row(nav));
    }
    Ok(State::Idle)
}

/// "còn 5 ngày làm việc" (today, if it is one, and the due day counted), "còn 3 giờ" in the
/// last day, "quá hạn 2 ngày" (calendar days: how late it is).
fn time_left(turn: &Turn<'_>, due_at: i64) -> String {
    let left = due_at - turn.now;
    let working_days = if left >= DAY_MS {
        turn.limits.calendar.working_days_left(turn.now, due_at)
    } else {
        0
    };
    let msg = if left <= 0 {
        Msg::new("time-overdue").arg("days", (-left + DAY_MS - 1) / DAY_MS)
    } else if working_days > 0 {
        Msg::new("time-left-working-days").arg("days", working_days)
    } else {
        Msg::new("time-left-hours").arg("hours", (left + HOUR_MS - 1) / HOUR_MS)
    };
    turn.i18n.render(&turn.locale, &msg)
}

/// Opens a petition for an officer: all of it, attachments forwarded, the read recorded.
pub(super) async fn open(turn: &mut Turn<'_>, id: i64) -> Step {
    let view = match service::open(&mut turn.cx(), id).await {
        Ok(v) => v,
        Err(e) => return refuse(turn, e),
    };
    let p = &view.petition;
    let author = match &view.author {
        Some(name) => name.clone(),
        None => turn
            .i18n
            .render(&turn.locale, &Msg::new("author-anonymous")),
    };
    let (stime, sdate) = local_parts(p.submitted_at);
    let due = due_label(p.due_at);
    let body = if p.body.is_empty() {
        turn.i18n
            .render(&turn.locale, &Msg::new("officer-body-none"))
    } else {
        p.body.clone()
    };
    let detail = Msg::new("officer-petition-detail")
        .arg("code", p.code.to_string())
        .arg("category", villager::category_name(turn, &p.category_code))
        .arg("village", view.place.clone())
        .arg("author", author)
        .arg("submitted", format!("{stime} {sdate}"))
        .arg("due", due)
        .arg("left", time_left(turn, p.due_at))
        .arg("status", villager::status_name(turn, p.status))
        .arg("body", body);
    let mut head = Reply::new(detail);
    if let Some(name) = &view.handled_by {
        head = head.then(Msg::new("officer-handled-by").arg("name", name.clone()));
    }
    let (lines, cut) = timeline_lines(turn, &view.timeline, TIMELINE_EXCERPT);
    if !lines.is_empty() {
        let title = turn
            .i18n
            .render(&turn.locale, &Msg::new("officer-timeline-title"));
        head = head.then(Text::Plain(format!("{title}\n{}", lines.join("\n"))));
    }
    turn.say(head);
    let mut files = 0;
    for part in &view.parts {
        match (&part.part, part.supplement) {
            (Part::Text { text }, _) => turn
                .say(Reply::new("officer-supplement-text").then(Text::Plain(excerpt(text, 600)))),
            (media, supplement) => {
                files += 1;
                let id = if supplement {
                    "officer-supplement-file"
                } else {
                    "officer-attachment"
                };
                turn.say(Reply::media(media.clone(), Msg::new(id).arg("n", files)));
            }
        }
    }
    match view.access {
        Access::Officer => {
            let mut reply = actions(p);
            if cut {
                reply = reply.row(vec![ButtonSpec::new(
                    "button-full-history",
                    Intent::History(p.id),
                )]);
            }
            turn.say(reply);
        }
        Access::ReadOnly => turn.say(Reply::new("officer-read-only").row(vec![ButtonSpec::new(
            "button-invite-officer",
            Intent::InviteFor(p.unit_id),
        )])),
    }
    Ok(State::Idle)
}

/// Characters of each long text shown in the timeline; the rest is one button away.
const TIMELINE_EXCERPT: usize = 80;

/// The timeline as short lines, oldest first; whether any text was cut.
fn timeline_lines(
    turn: &Turn<'_>,
    timeline: &[service::TimelineEntry],
    max: usize,
) -> (Vec<String>, bool) {
    let mut cut = false;
    let mut lines = Vec::new();
    for e in timeline {
        let Some(id) = service::timeline_message_id(e) else {
            continue;
        };
        let text = e.detail.clone().unwrap_or_default();
        let short = excerpt(&text, max);
        cut |= short != text;
        let (time, date) = local_parts(e.at);
        let msg = Msg::new(id)
            .arg("time", format!("{time} {date}"))
            .arg("who", e.who.clone().unwrap_or_default())
            .arg("text", short);
        lines.push(turn.i18n.render(&turn.locale, &msg));
    }
    (lines, cut)
}

/// "📜 Toàn bộ lịch sử": the timeline with every text in full.
async fn history(turn: &mut Turn<'_>, id: i64) -> Step {
    let (p, timeline) = match service::full_timeline(&mut turn.cx(), id).await {
        Ok(found) => found,
        Err(e) => return refuse(turn, e),
    };
    let (lines, _) = timeline_lines(turn, &timeline, usize::MAX);
    turn.say(
        Reply::new(Msg::new("officer-history-title").arg("code", p.code.to_string()))
            .then(Text::Plain(lines.join("\n")))
            .row(vec![ButtonSpec::new("button-open", Intent::Open(p.id))]),
    );
    Ok(State::Idle)
}

fn actions(p: &crate::store::petitions::Petition) -> Reply {
    let id = p.id;
    let mut reply = Reply::new(Msg::new("officer-actions").arg("code", p.code.to_string()));
    if p.status.is_pending() {
        let mut first = Vec::new();
        if p.status == crate::domain::petition::Status::Open {
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
        Intent::RevokeOfficer { person, unit } => revoke(turn, person, unit).await,
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
        Intent::Ask(id) => match service::askable(&mut turn.cx(), id).await {
            Ok(_) => {
                ask_for(turn, id, "officer-ask-question", |petition_id| {
                    State::AwaitingQuestion { petition_id }
                })
                .await
            }
            Err(e) => refuse(turn, e),
        },
        Intent::Forward(id) => choose_forward(turn, id).await,
        Intent::ForwardTo { petition, unit } => ask_forward_reason(turn, petition, unit).await,
        Intent::Close(id) => choose_close(turn, id).await,
        Intent::History(id) => history(turn, id).await,
        Intent::ConfirmMerge { petition, into } => merge(turn, petition, into).await,
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
    match service::claim(&mut turn.cx(), id).await {
        Ok(p) => {
            turn.say(service::open_reply(
                Msg::new("officer-claimed").arg("code", p.code.to_string()),
                p.id,
            ));
            Ok(State::Idle)
        }
        Err(e) => refuse(turn, e),
    }
}

/// Asks the officer for the next message (an answer, a question, a reason, a code), once the
/// petition is known to be theirs and still pending.
async fn ask_for(
    turn: &mut Turn<'_>,
    id: i64,
    prompt: &'static str,
    state: impl FnOnce(i64) -> State,
) -> Step {
    let p = match service::answerable(&mut turn.cx(), id).await {
        Ok(p) => p,
        Err(e) => return refuse(turn, e),
    };
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
    match service::answer(&mut turn.cx(), id, text.as_deref(), voice.as_deref()).await {
        Ok(p) => {
            turn.say_msg(Msg::new("officer-answer-sent").arg("code", p.code.to_string()));
            queue(turn, 0).await
        }
        Err(e) => refuse(turn, e),
    }
}

async fn ask_villager(turn: &mut Turn<'_>, id: i64, question: &str) -> Step {
    match service::ask(&mut turn.cx(), id, question).await {
        Ok((p, author)) => {
            if let Some(author) = author {
                villager::await_info_from(turn, &author, p.id).await?;
            }
            turn.say_msg(Msg::new("officer-question-sent").arg("code", p.code.to_string()));
            Ok(State::Idle)
        }
        Err(e) => refuse(turn, e),
    }
}

async fn choose_forward(turn: &mut Turn<'_>, id: i64) -> Step {
    let (p, targets) = match service::forward_targets(&mut turn.cx(), id).await {
        Ok(t) => t,
        Err(e) => return refuse(turn, e),
    };
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
    let (p, unit) = match service::forward_target(&mut turn.cx(), id, unit_id).await {
        Ok(t) => t,
        Err(e) => return refuse(turn, e),
    };
    turn.say(
        Reply::new(Msg::new("officer-ask-forward-reason").arg("code", p.code.to_string()))
            .then(Text::Plain(format!("→ {}", unit.name)))
            .row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]),
    );
    Ok(State::AwaitingForwardReason {
        petition_id: p.id,
        unit_id: unit.id,
    })
}

async fn forward(turn: &mut Turn<'_>, id: i64, unit_id: i64, reason: &str) -> Step {
    match service::forward(&mut turn.cx(), id, unit_id, reason).await {
        Ok((p, unit)) => {
            turn.say_msg(
                Msg::new("officer-forwarded")
                    .arg("code", p.code.to_string())
                    .arg("unit", unit.name),
            );
            Ok(State::Idle)
        }
        Err(e) => refuse(turn, e),
    }
}

async fn choose_close(turn: &mut Turn<'_>, id: i64) -> Step {
    let p = match service::closable(&mut turn.cx(), id).await {
        Ok(p) => p,
        Err(e) => return refuse(turn, e),
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

async fn merge(turn: &mut Turn<'_>, id: i64, into: i64) -> Step {
    match service::merge(&mut turn.cx(), id, into, true).await {
        Ok(p) => {
            turn.say_msg(Msg::new("officer-closed").arg("code", p.code.to_string()));
            Ok(State::Idle)
        }
        Err(e) => refuse(turn, e),
    }
}

async fn close_duplicate(turn: &mut Turn<'_>, id: i64, typed: &str) -> Step {
    match service::close_duplicate(&mut turn.cx(), id, typed).await {
        Ok(p) => {
            turn.say_msg(Msg::new("officer-closed").arg("code", p.code.to_string()));
            Ok(State::Idle)
        }
        Err(PetitionError::MergeNeedsConfirming {
            other,
            other_id,
            warnings,
        }) => {
            let mut reply =
                Reply::new(Msg::new("officer-merge-confirm").arg("other", other.to_string()));
            for w in warnings {
                reply = reply.then(Msg::new(w));
            }
            turn.say(reply.row(vec![
                ButtonSpec::new(
                    "button-merge",
                    Intent::ConfirmMerge {
                        petition: id,
                        into: other_id,
                    },
                ),
                ButtonSpec::new("button-cancel", Intent::Cancel),
            ]));
            Ok(State::Idle)
        }
        Err(e @ PetitionError::DuplicateUnknown { .. }) => {
            let msg = e.message().expect("a message for an unknown code");
            turn.say(Reply::new(msg).row(vec![ButtonSpec::new("button-cancel", Intent::Cancel)]));
            Ok(State::AwaitingDuplicateCode { petition_id: id })
        }
        Err(e) => refuse(turn, e),
    }
}

async fn close_out_of_scope(turn: &mut Turn<'_>, id: i64, reason: &str) -> Step {
    match service::close_out_of_scope(&mut turn.cx(), id, reason).await {
        Ok(p) => {
            turn.say_msg(Msg::new("officer-closed").arg("code", p.code.to_string()));
            Ok(State::Idle)
        }
        Err(e) => refuse(turn, e),
    }
}

/// `/web` (officers and admins): a one-time link that signs them in to the web pages.
pub(super) async fn web_link(turn: &mut Turn<'_>) -> Step {
    let minutes = turn.limits.web_link_minutes;
    match crate::services::web::create_link(&mut turn.cx(), minutes).await {
        Ok(token) => {
            let link = format!("{}/web/login/{token}", turn.limits.web_base_url);
            turn.say_msg(
                Msg::new("web-link")
                    .arg("link", link)
                    .arg("minutes", i64::from(minutes)),
            );
            Ok(State::Idle)
        }
        Err(crate::services::web::WebError::NotStaff) => {
            turn.say_msg(Msg::new("web-link-staff-only"));
            dialogue::resume(turn, State::Idle).await
        }
        Err(crate::services::web::WebError::Store(e)) => Err(e),
        Err(_) => Ok(State::Idle),
    }
}

/// `/moi [unit code]` (admins): an invite for an officer of a unit in the admin's area.
pub(super) async fn invite(turn: &mut Turn<'_>, args: &str) -> Step {
    let code = args.trim();
    if code.is_empty() {
        // Offer the units the admin may invite to, commune by commune.
        let units = match invites::units_offered(&mut turn.cx()).await {
            Ok(units) => units,
            Err(e) => {
                refuse_invite(turn, e)?;
                return dialogue::resume(turn, State::Idle).await;
            }
        };
        let buttons = units
            .into_iter()
            .map(|u| ButtonSpec::new(Text::Plain(u.name), Intent::InviteFor(u.id)))
            .collect();
        turn.say(Reply::new("invite-choose-unit").column(buttons));
        return Ok(State::Idle);
    }
    if !turn.actor.is_admin() {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    }
    match areas::unit_by_code(turn.conn, code).await? {
        Some(unit) => create_invite(turn, unit).await,
        None => {
            turn.say_msg(Msg::new("invite-unknown-unit").arg("unit", code.to_string()));
            Ok(State::Idle)
        }
    }
}

pub(super) fn refuse_invite(turn: &mut Turn<'_>, e: InviteError) -> Result<(), EngineError> {
    match (e.message_id(), e) {
        (Some(id), _) => {
            turn.say_msg(Msg::new(id));
            Ok(())
        }
        (None, InviteError::Store(e)) => Err(e),
        (None, _) => Ok(()),
    }
}

async fn invite_for_unit(turn: &mut Turn<'_>, id: i64) -> Step {
    match units::unit(turn.conn, id).await? {
        Some(unit) => create_invite(turn, unit).await,
        None => dialogue::stale(turn, State::Idle).await,
    }
}

async fn create_invite(turn: &mut Turn<'_>, unit: areas::Unit) -> Step {
    match invites::create(&mut turn.cx(), unit, INVITE_DAYS).await {
        Ok(created) => {
            let (time, date) = local_parts(created.expires_at);
            turn.say_msg(
                Msg::new("invite-created")
                    .arg("code", created.code)
                    .arg("unit", created.unit.name)
                    .arg("expires", format!("{time} {date}")),
            );
        }
        Err(e) => refuse_invite(turn, e)?,
    }
    Ok(State::Idle)
}

/// `/start MOI-…`: joins the unit the invite is for, or becomes a village's relayer.
pub(super) async fn accept_invite(turn: &mut Turn<'_>, code: &str) -> Result<bool, EngineError> {
    let code = code.trim().to_uppercase();
    if !code.starts_with("MOI-") {
        return Ok(false);
    }
    let person = turn.person.clone();
    // A relayer's invite names a village rather than a unit.
    match crate::services::relay::accept_invite(&mut turn.cx(), &person, &code).await {
        Ok(Some(village)) => {
            turn.actor = crate::services::Actor::load(turn.conn, person.id).await?;
            turn.say_msg(Msg::new("relay-invite-accepted").arg("village", village.name));
            return Ok(true);
        }
        Ok(None) => {}
        Err(e) => {
            refuse_invite(turn, e)?;
            return Ok(true);
        }
    }
    match invites::accept(&mut turn.cx(), &person, &code).await {
        Ok(unit) => {
            // The new role counts from this very update on.
            turn.actor = crate::services::Actor::load(turn.conn, person.id).await?;
            turn.say_msg(Msg::new("invite-accepted").arg("unit", unit.name));
        }
        Err(e) => refuse_invite(turn, e)?,
    }
    Ok(true)
}

/// `/canbo` (admins): the officers of the units in the admin's area, each with a button to
/// take the role back.
pub(super) async fn officers(turn: &mut Turn<'_>) -> Step {
    let officers = match invites::officers_offered(&mut turn.cx()).await {
        Ok(o) => o,
        Err(e) => {
            refuse_invite(turn, e)?;
            return dialogue::resume(turn, State::Idle).await;
        }
    };
    if officers.is_empty() {
        turn.say_msg(Msg::new("officers-none"));
        return Ok(State::Idle);
    }
    let mut lines = Vec::new();
    let mut buttons = Vec::new();
    for (person, unit) in officers.iter().take(20) {
        let name = person
            .display_name
            .clone()
            .unwrap_or_else(|| person.address());
        lines.push(format!("• {name} — {}", unit.name));
        buttons.push(ButtonSpec::new(
            Msg::new("button-revoke-officer").arg("name", name),
            Intent::RevokeOfficer {
                person: person.id,
                unit: unit.id,
            },
        ));
    }
    turn.say(
        Reply::new("officers-title")
            .then(Text::Plain(lines.join("\n")))
            .column(buttons),
    );
    Ok(State::Idle)
}

async fn revoke(turn: &mut Turn<'_>, person: i64, unit: i64) -> Step {
    match invites::revoke_officer(&mut turn.cx(), person, unit).await {
        Ok((person, unit)) => {
            let name = person
                .display_name
                .clone()
                .unwrap_or_else(|| person.address());
            turn.say_msg(
                Msg::new("officer-revoked")
                    .arg("name", name)
                    .arg("unit", unit.name),
            );
            Ok(State::Idle)
        }
        Err(InviteError::Invalid) => dialogue::stale(turn, State::Idle).await,
        Err(e) => {
            refuse_invite(turn, e)?;
            Ok(State::Idle)
        }
    }
}
