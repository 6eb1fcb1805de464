//! Announcements from an admin's chat (/thongbao), subscriptions (/dangky, /huydangky) and
//! the latest announcements for villagers ("📢 Thông báo mới").
//!
//! ```text
//! quản trị: /thongbao
//! bot:      Các thông báo gần đây … [✏️ Soạn thông báo mới]
//! quản trị: Soạn thông báo mới
//! bot:      Gửi đến đâu? [Tỉnh Lai Châu] [Xã Dào San] …
//! quản trị: Xã Dào San          → Gửi cho ai? [👥 Nhóm thôn, bản] [🔔 Người đăng ký] [Cả hai]
//! quản trị: Cả hai              → Mời đồng chí gõ nội dung bằng tiếng Việt.
//! quản trị: Ngày mai 8 giờ họp thôn …
//! bot:      Xem trước: Tiếng Việt 12 nơi; Hmoob 30 nơi — chưa có bản tiếng Hmoob, sẽ gửi tiếng Việt.
//!           [➕ Thêm bản Hmoob] [📨 Gửi ngay] [🕒 Hẹn giờ] [Hủy]
//! ```

use super::state::State;
use super::{ButtonSpec, EngineError, Event, Reply, Text, Turn, dialogue};
use crate::domain::LocaleTag;
use crate::i18n::Msg;
use crate::intent::{BroadcastStep, Intent};
use crate::services::broadcasts as service;
use crate::store::areas;
use crate::store::broadcasts::{self as store, Audience, Target, Variant};

type Step = Result<State, EngineError>;

/// An announcement being written.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub areas: Vec<i64>,
    /// Danger to life: before every other bulk message, village groups first.
    #[serde(default)]
    pub urgent: bool,
    pub audience: Option<Audience>,
    pub languages: Vec<String>,
    pub variants: Vec<Variant>,
}

async fn admin_scope(turn: &mut Turn<'_>) -> Result<Option<Vec<Option<i64>>>, EngineError> {
    let scopes = turn.actor.admin_scopes();
    if scopes.is_empty() {
        turn.say_msg(Msg::new("admin-only"));
        return Ok(None);
    }
    Ok(Some(scopes))
}

/// `/thongbao`: recent announcements with their figures, and a button to write a new one.
pub(super) async fn start(turn: &mut Turn<'_>) -> Step {
    if admin_scope(turn).await?.is_none() {
        return dialogue::resume(turn, State::Idle).await;
    }
    let recent = service::recent_for(turn.conn, &turn.actor, 5).await?;
    let mut reply = Reply::new("broadcast-recent-title");
    if recent.is_empty() {
        reply = reply.then(Msg::new("broadcast-none-yet"));
    }
    let mut buttons = Vec::new();
    for a in &recent {
        let f = service::figures(turn.conn, a.id).await?;
        reply = reply.then(Text::Plain(service::render_figures(
            turn.i18n,
            &turn.locale,
            a,
            &f,
        )));
        if matches!(a.status.as_str(), "scheduled" | "sending") {
            buttons.push(ButtonSpec::new(
                Msg::new("button-broadcast-cancel").arg("id", a.id),
                Intent::Broadcast(BroadcastStep::Cancel(a.id)),
            ));
        }
    }
    reply = reply.column(buttons).row(vec![ButtonSpec::new(
        "button-broadcast-new",
        Intent::Broadcast(BroadcastStep::New),
    )]);
    turn.say(reply);
    Ok(State::Idle)
}

async fn ask_target(turn: &mut Turn<'_>, draft: Draft) -> Step {
    let Some(scopes) = admin_scope(turn).await? else {
        return Ok(State::Idle);
    };
    let mut choices = Vec::new();
    for province in areas::list(turn.conn, areas::AreaKind::Province, None).await? {
        if scopes.contains(&None) || scopes.contains(&Some(province.id)) {
            choices.push(province.clone());
        }
        for commune in areas::list(turn.conn, areas::AreaKind::Commune, Some(province.id)).await? {
            if turn.actor.admin_over(turn.conn, commune.id).await? {
                choices.push(commune);
            }
        }
    }
    let chosen: Vec<String> = {
        let mut names = Vec::new();
        for id in &draft.areas {
            if let Some(a) = areas::get(turn.conn, *id).await? {
                names.push(a.name);
            }
        }
        names
    };
    let buttons = choices
        .into_iter()
        .filter(|a| !draft.areas.contains(&a.id))
        .map(|a| {
            ButtonSpec::new(
                Text::Plain(a.name),
                Intent::Broadcast(BroadcastStep::AddArea(a.id)),
            )
        })
        .collect();
    let mut reply = Reply::new("broadcast-ask-target").then(Msg::new("broadcast-village-hint"));
    if !chosen.is_empty() {
        reply = reply.then(Msg::new("broadcast-chosen").arg("areas", chosen.join(", ")));
    }
    let mut last = Vec::new();
    if !draft.areas.is_empty() {
        last.push(ButtonSpec::new(
            "button-continue",
            Intent::Broadcast(BroadcastStep::AreasDone),
        ));
    }
    last.push(ButtonSpec::new(
        "button-cancel",
        Intent::Broadcast(BroadcastStep::Abort),
    ));
    turn.say(reply.column(buttons).row(last));
    Ok(State::BroadcastTarget { draft })
}

fn ask_audience(turn: &mut Turn<'_>, draft: Draft) -> Step {
    turn.say(
        Reply::new("broadcast-ask-audience")
            .column(vec![
                ButtonSpec::new(
                    "button-audience-groups",
                    Intent::Broadcast(BroadcastStep::Audience(Audience::Groups)),
                ),
                ButtonSpec::new(
                    "button-audience-subscribers",
                    Intent::Broadcast(BroadcastStep::Audience(Audience::Subscribers)),
                ),
                ButtonSpec::new(
                    "button-audience-both",
                    Intent::Broadcast(BroadcastStep::Audience(Audience::Both)),
                ),
            ])
            .row(vec![ButtonSpec::new(
                "button-cancel",
                Intent::Broadcast(BroadcastStep::Abort),
            )]),
    );
    Ok(State::BroadcastTarget { draft })
}

fn ask_languages(turn: &mut Turn<'_>, draft: Draft) -> Step {
    let mut buttons = vec![ButtonSpec::new(
        "button-all-languages",
        Intent::Broadcast(BroadcastStep::Languages(None)),
    )];
    for l in turn.i18n.languages() {
        buttons.push(ButtonSpec::new(
            Msg::new("button-only-language").arg("language", l.own_name.clone()),
            Intent::Broadcast(BroadcastStep::Languages(Some(l.tag.clone()))),
        ));
    }
    turn.say(Reply::new("broadcast-ask-languages").column(buttons));
    Ok(State::BroadcastTarget { draft })
}

fn ask_text(turn: &mut Turn<'_>, draft: Draft, language: LocaleTag) -> Step {
    let name = language_name(turn, &language);
    turn.say(
        Reply::new(Msg::new("broadcast-ask-text").arg("language", name)).row(vec![
            ButtonSpec::new("button-cancel", Intent::Broadcast(BroadcastStep::Abort)),
        ]),
    );
    Ok(State::BroadcastText {
        draft,
        language: language.to_string(),
    })
}

fn language_name(turn: &Turn<'_>, tag: &LocaleTag) -> String {
    turn.i18n
        .language(tag)
        .map_or(tag.to_string(), |l| l.own_name.clone())
}

/// The preview: each language's text and how many chats get it, warnings for languages that
/// will read Vietnamese, and the choices.
async fn review(turn: &mut Turn<'_>, draft: Draft) -> Step {
    let target = target_of(&draft);
    let audience = draft.audience.unwrap_or(Audience::Both);
    let relay = crate::services::relay::preview(turn.conn, &target, audience).await?;
    let counts = service::preview(
        turn.conn,
        turn.i18n,
        &target,
        audience,
        &draft.variants,
        &relay.chats,
    )
    .await?;
    let total: usize = counts.values().map(|(n, _)| n).sum();
    let mut reply = Reply::new(Msg::new("broadcast-preview-title").arg("total", total));
    let mut add_buttons = Vec::new();
    for (language, (n, own)) in &counts {
        let tag = LocaleTag::parse(language).unwrap_or_else(|_| LocaleTag::vi());
        let name = language_name(turn, &tag);
        let msg = if *own || tag.is_source() {
            Msg::new("broadcast-preview-language")
                .arg("language", name.clone())
                .arg("count", *n)
        } else {
            Msg::new("broadcast-preview-fallback")
                .arg("language", name.clone())
                .arg("count", *n)
        };
        reply = reply.then(msg);
        if !tag.is_source() && turn.i18n.supports(&tag) {
            add_buttons.push(ButtonSpec::new(
                Msg::new("button-add-variant").arg("language", name),
                Intent::Broadcast(BroadcastStep::AddVariant(tag.clone())),
            ));
        }
    }
    // Languages the bot has no translation for at all: their people and groups read the
    // Vietnamese text and the Vietnamese header.
    for (language, (villages, people, groups)) in
        service::untranslated_readers(turn.conn, turn.i18n, &target).await?
    {
        reply = reply.then(
            Msg::new("broadcast-preview-untranslated")
                .arg("language", Msg::new("language-label").arg("tag", language))
                .arg("villages", villages)
                .arg("people", people)
                .arg("groups", groups),
        );
    }
    let relayers = relay.people;
    if relayers > 0 {
        reply = reply.then(Msg::new("relay-preview").arg("count", relayers));
    }
    if total == 0 && relayers == 0 {
        reply = reply.then(Msg::new("broadcast-no-recipients"));
    }
    for v in &draft.variants {
        let tag = LocaleTag::parse(&v.language).unwrap_or_else(|_| LocaleTag::vi());
        let sample = service::message_for(turn.i18n, &draft.variants, &tag);
        reply = reply.then(Text::Plain(format!(
            "— {} —\n{}",
            language_name(turn, &tag),
            sample.text
        )));
    }
    let voice = ButtonSpec::new(
        "button-add-voice",
        Intent::Broadcast(BroadcastStep::AddVoice(turn.locale.clone())),
    );
    let mut send_row = Vec::new();
    if total > 0 {
        send_row.push(ButtonSpec::new(
            "button-send-now",
            Intent::Broadcast(BroadcastStep::Send),
        ));
        send_row.push(ButtonSpec::new(
            "button-schedule",
            Intent::Broadcast(BroadcastStep::Schedule),
        ));
    }
    send_row.push(ButtonSpec::new(
        "button-cancel",
        Intent::Broadcast(BroadcastStep::Abort),
    ));
    let urgent = ButtonSpec::new(
        if draft.urgent {
            "button-not-urgent"
        } else {
            "button-urgent"
        },
        Intent::Broadcast(BroadcastStep::Urgent),
    );
    if draft.urgent {
        reply = reply.then(Msg::new("broadcast-urgent-note"));
    }
    turn.say(
        reply
            .column(add_buttons)
            .row(vec![voice, urgent])
            .row(send_row),
    );
    Ok(State::BroadcastReview { draft })
}

fn target_of(draft: &Draft) -> Target {
    Target {
        areas: draft.areas.clone(),
        languages: draft.languages.clone(),
    }
}

/// Buttons of the admin flow.
pub(super) async fn button(turn: &mut Turn<'_>, state: State, step: BroadcastStep) -> Step {
    // Every step is an admin's: a role removed since the draft began stops it here.
    if step != BroadcastStep::Abort && admin_scope(turn).await?.is_none() {
        return Ok(State::Idle);
    }
    let draft = match &state {
        State::BroadcastTarget { draft }
        | State::BroadcastReview { draft }
        | State::BroadcastText { draft, .. }
        | State::BroadcastSchedule { draft } => Some(draft.clone()),
        _ => None,
    };
    match (step, draft) {
        (BroadcastStep::New, _) => ask_target(turn, Draft::default()).await,
        (BroadcastStep::Cancel(id), _) => cancel(turn, id).await,
        (BroadcastStep::Abort, _) => {
            turn.say_msg(Msg::new("cancelled"));
            dialogue::resume(turn, State::Idle).await
        }
        (BroadcastStep::AddArea(id), Some(draft)) => add_area(turn, draft, id).await,
        (BroadcastStep::AreasDone, Some(draft)) => ask_audience(turn, draft),
        (BroadcastStep::Audience(audience), Some(mut draft)) => {
            draft.audience = Some(audience);
            ask_languages(turn, draft)
        }
        (BroadcastStep::Languages(only), Some(mut draft)) => {
            draft.languages = only.into_iter().map(|t| t.to_string()).collect();
            ask_text(turn, draft, LocaleTag::vi())
        }
        (BroadcastStep::AddVariant(tag), Some(draft)) => ask_text(turn, draft, tag),
        (BroadcastStep::AddVoice(tag), Some(draft)) => {
            turn.say(Reply::new("broadcast-ask-voice").row(vec![ButtonSpec::new(
                "button-cancel",
                Intent::Broadcast(BroadcastStep::Abort),
            )]));
            Ok(State::BroadcastText {
                draft,
                language: tag.to_string(),
            })
        }
        (BroadcastStep::Send, Some(draft)) => send(turn, draft, None).await,
        (BroadcastStep::Urgent, Some(mut draft)) => {
            draft.urgent = !draft.urgent;
            review(turn, draft).await
        }
        (BroadcastStep::Schedule, Some(draft)) => {
            turn.say(Reply::new("broadcast-ask-time").row(vec![ButtonSpec::new(
                "button-cancel",
                Intent::Broadcast(BroadcastStep::Abort),
            )]));
            Ok(State::BroadcastSchedule { draft })
        }
        (_, None) => dialogue::stale(turn, state).await,
    }
}

/// Typed input of the admin flow: a village name, the text of a variant, a voice, a time.
pub(super) async fn input(turn: &mut Turn<'_>, state: State, event: &Event) -> Option<Step> {
    let drafting = matches!(
        state,
        State::BroadcastTarget { .. }
            | State::BroadcastText { .. }
            | State::BroadcastReview { .. }
            | State::BroadcastSchedule { .. }
    );
    if drafting && !turn.actor.is_admin() {
        turn.say_msg(Msg::new("admin-only"));
        return Some(Ok(State::Idle));
    }
    let step = match (state, event) {
        (State::BroadcastTarget { draft }, Event::Text(t)) => add_village(turn, draft, t).await,
        (
            State::BroadcastText {
                mut draft,
                language,
            },
            Event::Text(t),
        ) => {
            set_variant(&mut draft, &language, Some(t.clone()), None);
            review(turn, draft).await
        }
        (
            State::BroadcastText {
                mut draft,
                language,
            },
            Event::Voice { file_ref, .. } | Event::Audio { file_ref },
        ) => {
            set_variant(&mut draft, &language, None, Some(file_ref.clone()));
            review(turn, draft).await
        }
        (State::BroadcastSchedule { draft }, Event::Text(t)) => {
            match crate::clock::parse_local(t) {
                Some(at) if at > turn.now => send(turn, draft, Some(at)).await,
                Some(_) => {
                    turn.say_msg(Msg::new("broadcast-time-past"));
                    Ok(State::BroadcastSchedule { draft })
                }
                None => {
                    turn.say_msg(Msg::new("broadcast-time-format"));
                    Ok(State::BroadcastSchedule { draft })
                }
            }
        }
        (State::BroadcastReview { draft }, _) => {
            dialogue::wrong_input(turn, State::BroadcastReview { draft }).await
        }
        _ => return None,
    };
    Some(step)
}

async fn add_area(turn: &mut Turn<'_>, mut draft: Draft, id: i64) -> Step {
    if turn.actor.admin_over(turn.conn, id).await? {
        if !draft.areas.contains(&id) {
            draft.areas.push(id);
        }
    } else {
        turn.say_msg(Msg::new("admin-not-your-area"));
    }
    ask_target(turn, draft).await
}

/// A typed village name adds that village to the target.
async fn add_village(turn: &mut Turn<'_>, mut draft: Draft, typed: &str) -> Step {
    let found = areas::search(turn.conn, areas::AreaKind::Village, None, typed).await?;
    match found.first() {
        Some(v) if turn.actor.admin_over(turn.conn, v.id).await? => {
            if !draft.areas.contains(&v.id) {
                draft.areas.push(v.id);
            }
        }
        Some(_) => turn.say_msg(Msg::new("admin-not-your-area")),
        None => turn.say_msg(Msg::new("place-not-found").arg("query", typed.to_string())),
    }
    ask_target(turn, draft).await
}

fn set_variant(draft: &mut Draft, language: &str, text: Option<String>, voice: Option<String>) {
    match draft.variants.iter_mut().find(|v| v.language == language) {
        Some(v) => {
            if text.is_some() {
                v.text = text;
            }
            if voice.is_some() {
                v.voice_ref = voice;
            }
        }
        None => draft.variants.push(Variant {
            language: language.to_string(),
            text,
            voice_ref: voice,
        }),
    }
}

async fn send(turn: &mut Turn<'_>, draft: Draft, at: Option<i64>) -> Step {
    // The draft was written under the roles of an earlier update: check them again now.
    if admin_scope(turn).await?.is_none() {
        return Ok(State::Idle);
    }
    if !draft.variants.iter().any(|v| v.language == "vi") {
        turn.say_msg(Msg::new("broadcast-needs-vietnamese"));
        return ask_text(turn, draft, LocaleTag::vi());
    }
    let target = target_of(&draft);
    let audience = draft.audience.unwrap_or(Audience::Both);
    let Some((id, count)) = service::create(
        &mut turn.cx(),
        &target,
        audience,
        &draft.variants,
        at,
        draft.urgent,
    )
    .await?
    else {
        turn.say_msg(Msg::new("admin-not-your-area"));
        return ask_target(turn, Draft::default()).await;
    };
    match at {
        Some(at) => turn.say_msg(
            Msg::new("broadcast-scheduled")
                .arg("id", id)
                .arg("when", service::when(at)),
        ),
        None => turn.say_msg(
            Msg::new("broadcast-started")
                .arg("id", id)
                .arg("count", count),
        ),
    }
    Ok(State::Idle)
}

async fn cancel(turn: &mut Turn<'_>, id: i64) -> Step {
    if admin_scope(turn).await?.is_none() {
        return Ok(State::Idle);
    }
    if service::cancel(turn.conn, &turn.actor, id, turn.now).await? {
        turn.say_msg(Msg::new("broadcast-cancelled").arg("id", id));
    } else {
        turn.say_msg(Msg::new("broadcast-not-cancellable").arg("id", id));
    }
    Ok(State::Idle)
}

/// `/dangky`: announcements of the person's village come to their private chat.
pub(super) async fn subscribe(turn: &mut Turn<'_>) -> Step {
    let Some(village) = turn.person.village_id else {
        turn.say_msg(Msg::new("petition-onboard-first"));
        return dialogue::resume(turn, State::Idle).await;
    };
    let name = areas::get(turn.conn, village)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    if store::subscribe(turn.conn, turn.person.id, village, turn.now).await? {
        turn.say_msg(Msg::new("subscribe-done").arg("village", name));
    } else {
        turn.say_msg(Msg::new("subscribe-already").arg("village", name));
    }
    Ok(State::Idle)
}

pub(super) async fn unsubscribe(turn: &mut Turn<'_>) -> Step {
    if store::unsubscribe(turn.conn, turn.person.id).await? {
        turn.say_msg(Msg::new("unsubscribe-done"));
    } else {
        turn.say_msg(Msg::new("unsubscribe-not-subscribed"));
    }
    Ok(State::Idle)
}

/// "📢 Thông báo mới": the latest announcements that reached the person's village.
pub(super) async fn latest(turn: &mut Turn<'_>) -> Step {
    let chain: Vec<i64> = match turn.person.village_id {
        Some(v) => areas::ancestors(turn.conn, v)
            .await?
            .iter()
            .map(|a| a.id)
            .collect(),
        None => Vec::new(),
    };
    let mut shown = 0;
    for a in store::recent(turn.conn, 30).await? {
        if shown == 3 || !matches!(a.status.as_str(), "sending" | "done") {
            continue;
        }
        if !a.target.areas.iter().any(|id| chain.contains(id)) {
            continue;
        }
        let variants = store::variants(turn.conn, a.id).await?;
        let mut message = service::message_for(turn.i18n, &variants, &turn.locale);
        let when = service::when(a.started_at.unwrap_or(a.created_at));
        message.text = format!("{when}\n{}", message.text);
        let reply = match message.media {
            Some(media) => Reply::media(media, Text::Plain(message.text)),
            None => Reply::new(Text::Plain(message.text)),
        };
        turn.say(reply);
        shown += 1;
    }
    if shown == 0 {
        turn.say_msg(Msg::new("broadcast-latest-none"));
    }
    // The menu below carries the button that subscribes.
    if turn.person.village_id.is_some() && !store::is_subscribed(turn.conn, turn.person.id).await? {
        turn.say_msg(Msg::new("news-subscribe-offer"));
    }
    dialogue::show_menu(turn).await?;
    Ok(State::Idle)
}
