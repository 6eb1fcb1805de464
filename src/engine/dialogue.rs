//! Onboarding and the main menu.
//!
//! ```text
//! người dân: /start
//! bot:       Xin chào! Tôi là Loa Thôn … Mời bạn chọn ngôn ngữ.
//!            [1] Tiếng Việt   [2] Hmoob (H'Mông)
//! người dân: 1                             ← a typed number presses that button (typed.rs)
//! bot:       Bạn ở xã nào? [1] Xã Bình Lư [2] Xã Dào San [3] Xã Sì Lở Lầu
//! người dân: daosan                        ← a commune's name, marks and spaces optional
//! bot:       Xã Dào San: bạn ở thôn, bản hay tổ dân phố nào? [Bản Dào San] [Bản Sì Choang] [Bản Tả Phìn]
//!            [‹ Chọn xã khác]
//! người dân: ta phin
//! bot:       Đã ghi nhận: bạn ở Bản Tả Phìn, Xã Dào San.  Thông báo về dữ liệu cá nhân …
//!            [✅ Đồng ý] [Không đồng ý]
//! người dân: Đồng ý
//! bot:       Cảm ơn bạn! … Bạn có muốn nhận thông báo của Bản Tả Phìn qua tin nhắn riêng này
//!            không? [🔔 Có, nhận thông báo] [Không nhận]
//! người dân: 1
//! bot:       🔔 Bạn đã đăng ký … Bạn muốn làm gì? [📝 Gửi kiến nghị] … [🔕 Thôi nhận thông báo] …
//! ```
//!
//! An officer who comes by an invite (`/start MOI-…`) is asked only the language, then sees
//! the menu with their queue. States are named for what the bot waits for ([`State`]).
//! Buttons carry their whole intent (`lang:hnj`, `village:12`), so a press is understood in any
//! state; typed text is read in the light of the state.

use super::petitions as villager;
use super::state::State;
use super::{
    ButtonSpec, EngineError, Event, Reply, Text, Turn, broadcast, lessons, officer, privacy, typed,
};
use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::domain::text::label_key;
use crate::i18n::Msg;
use crate::intent::{Command, ConsentChoice, Intent, LessonStep, MenuItem};
use crate::store::areas::{self, Area, AreaKind};
use crate::store::broadcasts;
use crate::store::chats::ChatKind;
use crate::store::people;

/// Buttons per page in area pickers: fits a small phone screen.
const PAGE_SIZE: usize = 8;

/// Items per page of an area picker in this turn's channel: [`PAGE_SIZE`], or fewer where the
/// channel limits buttons per message, leaving room for "previous", "next" and `extra` fixed
/// buttons (Zalo's 5: 3 communes a page; 2 villages and "another commune").
fn page_size(turn: &Turn<'_>, extra: usize) -> usize {
    crate::message::Channel::parse(&turn.chat.channel)
        .and_then(crate::message::Channel::max_buttons)
        .map_or(PAGE_SIZE, |max| {
            max.saturating_sub(2 + extra).clamp(1, PAGE_SIZE)
        })
}

type Step = Result<State, EngineError>;

pub(super) async fn step(
    turn: &mut Turn<'_>,
    state: State,
    event: &Event,
    was_reset: bool,
) -> Step {
    if turn.chat.kind == ChatKind::Group {
        return group_step(turn, event).await;
    }
    if was_reset {
        turn.say_msg(Msg::new("conversation-reset"));
        return resume(turn, State::Idle).await;
    }
    if let Some(step) = super::voice::input(turn, &state, event).await {
        return step;
    }
    if state.is_petition_flow() && !matches!(event, Event::Command { .. } | Event::Button(_)) {
        if let Event::Text(text) = event
            && let Some(hint) = text_problem(turn, text)
        {
            turn.say_msg(hint);
            return Ok(state);
        }
        let handled = match villager::input(turn, state.clone(), event).await {
            Some(step) => Some(step),
            None => match officer::input(turn, state.clone(), event).await {
                Some(step) => Some(step),
                None => broadcast::input(turn, state.clone(), event).await,
            },
        };
        if let Some(step) = handled {
            return step;
        }
    }
    match event {
        Event::Command { name, args } => command(turn, state, name, args).await,
        Event::Button(data) => match Intent::parse(data) {
            Some(intent) => button(turn, state, intent).await,
            None => stale(turn, state).await,
        },
        Event::Text(text) => text_input(turn, state, text).await,
        Event::Voice { .. }
        | Event::Audio { .. }
        | Event::Photo { .. }
        | Event::Document { .. }
        | Event::Location { .. }
        | Event::Contact { .. } => {
            turn.say_msg(Msg::new("hint-media-not-expected"));
            resume(turn, state).await
        }
        Event::TooLarge { max_mb } => {
            turn.say_msg(Msg::new("attachment-too-large").arg("max", i64::from(*max_mb)));
            resume(turn, state).await
        }
        Event::MemberJoined | Event::MemberLeft | Event::BotAdded | Event::BotRemoved => Ok(state),
    }
}

/// In a group the bot answers commands only and stays quiet otherwise (see `groups.rs`).
async fn group_step(turn: &mut Turn<'_>, event: &Event) -> Step {
    super::groups::step(turn, event).await
}

async fn command(turn: &mut Turn<'_>, state: State, name: &str, args: &str) -> Step {
    match Command::parse(name, args) {
        Command::Start(args) => {
            if !args.is_empty() && officer::accept_invite(turn, &args).await? {
                return resume(turn, State::Idle).await;
            }
            start(turn).await
        }
        Command::Petition => villager::start(turn).await,
        // Lessons and announcements are open to someone who declined the data notice.
        Command::Subscribe if asked_for_consent(turn) => after_consent_needed(turn).await,
        Command::Learn => lessons::list(turn).await,
        Command::Broadcast => broadcast::start(turn).await,
        Command::Subscribe => broadcast::subscribe(turn).await,
        Command::Unsubscribe => broadcast::unsubscribe(turn).await,
        Command::LessonReport(commune) => super::report::lessons_for_admin(turn, &commune).await,
        Command::Track(code) => villager::track(turn, &code).await,
        Command::Queue(page) => officer::queue(turn, i64::from(page) - 1).await,
        Command::Invite(unit) => officer::invite(turn, &unit).await,
        Command::Officers => officer::officers(turn).await,
        Command::Report(commune) => super::report::for_admin(turn, &commune).await,
        Command::Language(_) => ask_language(turn, onboarding_pending(turn)),
        Command::Help => {
            say_help(turn);
            resume(turn, state).await
        }
        Command::Menu => resume(turn, State::Idle).await,
        Command::Cancel => {
            if !onboarding_pending(turn) {
                turn.say_msg(Msg::new("cancelled"));
            }
            resume(turn, State::Idle).await
        }
        Command::Link(args) => super::relay::link(turn, state, &args).await,
        Command::Unlink => super::relay::unlink(turn, state).await,
        Command::RelayInvite(village) => super::relay::invite(turn, state, &village).await,
        Command::Record(language) => super::voice::start(turn, &language).await,
        Command::Web => officer::web_link(turn).await,
        Command::Unknown(_) => {
            turn.say_msg(Msg::new("unknown-command").arg("command", format!("/{name}")));
            resume(turn, state).await
        }
    }
}

async fn start(turn: &mut Turn<'_>) -> Step {
    if !onboarding_pending(turn) {
        turn.say_msg(Msg::new("welcome-back"));
        return resume(turn, State::Idle).await;
    }
    turn.say_msg(Msg::new("welcome"));
    ask_language(turn, true)
}

/// Asks again for whatever `state` waits for; `Idle` means the main menu, or the next missing
/// piece of onboarding.
pub(super) async fn resume(turn: &mut Turn<'_>, state: State) -> Step {
    match state {
        State::AwaitingLanguage { onboarding } => ask_language(turn, onboarding),
        State::AwaitingCommune { onboarding, page } => ask_commune(turn, onboarding, page).await,
        State::AwaitingVillage {
            onboarding,
            commune_id,
            page,
        } => match areas::get(turn.conn, commune_id).await? {
            Some(commune) => ask_village(turn, onboarding, &commune, page).await,
            None => ask_commune(turn, onboarding, 0).await,
        },
        State::AwaitingFoundPlace {
            onboarding,
            commune_id,
            query,
            page,
        } => show_found(turn, onboarding, commune_id, &query, page).await,
        State::AwaitingConsent => ask_consent(turn).await,
        State::AwaitingSubscription => ask_subscription(turn).await,
        State::ConfirmingWithdrawal | State::ConfirmingDeletion => privacy::resume(turn, state),
        State::Idle => next_missing(turn).await,
        State::AwaitingCategory { parts } => Box::pin(villager::resume_category(turn, parts)).await,
        State::Learning { lesson, position } => {
            Box::pin(lessons::go(turn, &lesson, position)).await
        }
        // Petition steps that wait for typed input keep waiting: their prompt is just above.
        other => Ok(other),
    }
}

/// Whether onboarding still asks this person something. A villager gives their language,
/// village and consent; an officer (who came by an invite) only their language: their own
/// village and consent are asked when they act as a villager (a petition, a lesson).
fn onboarding_pending(turn: &Turn<'_>) -> bool {
    if turn.actor.is_officer() {
        turn.person.language.is_none()
    } else {
        !turn.person.onboarded()
    }
}

/// The next onboarding question, or the menu when nothing is missing.
async fn next_missing(turn: &mut Turn<'_>) -> Step {
    let p = &turn.person;
    if p.language.is_none() {
        // An officer who just accepted an invite was greeted by it.
        if turn.fresh && !turn.actor.is_officer() {
            turn.say_msg(Msg::new("welcome"));
        }
        ask_language(turn, true)
    } else if !onboarding_pending(turn) && !p.onboarded() {
        // An officer's short onboarding ends here.
        show_menu(turn).await?;
        Ok(State::Idle)
    } else if p.village_id.is_none() {
        ask_commune(turn, true, 0).await
    } else if p.consent_at.is_none() {
        // Someone who said no reaches the menu all the same: announcements and lessons are
        // theirs without consent; what needs it asks again there.
        if crate::store::voice::declined(turn.conn, p.id).await? {
            show_menu(turn).await?;
            return Ok(State::Idle);
        }
        ask_consent(turn).await
    } else {
        // What they wrote before registering comes back as a draft petition.
        villager::menu_or_kept_draft(turn).await
    }
}

fn ask_language(turn: &mut Turn<'_>, onboarding: bool) -> Step {
    let buttons = turn
        .i18n
        .languages()
        .iter()
        .map(|l| ButtonSpec::new(l.picker_label(), Intent::Language(l.tag.clone())))
        .collect();
    turn.say(Reply::new("language-choose").column(buttons));
    Ok(State::AwaitingLanguage { onboarding })
}

async fn ask_commune(turn: &mut Turn<'_>, onboarding: bool, page: usize) -> Step {
    let communes = areas::list(turn.conn, AreaKind::Commune, None).await?;
    if communes.is_empty() {
        turn.say_msg(Msg::new("place-none-configured"));
        return Ok(State::Idle);
    }
    let size = page_size(turn, 0);
    let page = page.min((communes.len() - 1) / size);
    let reply = Reply::new("place-choose-commune").then("place-type-hint");
    turn.say(paged(reply, &communes, page, size, Intent::Commune));
    Ok(State::AwaitingCommune { onboarding, page })
}

async fn ask_village(turn: &mut Turn<'_>, onboarding: bool, commune: &Area, page: usize) -> Step {
    let villages = areas::list(turn.conn, AreaKind::Village, Some(commune.id)).await?;
    if villages.is_empty() {
        turn.say_msg(Msg::new("place-commune-empty").arg("commune", commune.name.clone()));
        return ask_commune(turn, onboarding, 0).await;
    }
    let size = page_size(turn, 1);
    let page = page.min((villages.len() - 1) / size);
    let reply = Reply::new(Msg::new("place-choose-village").arg("commune", commune.name.clone()))
        .then("place-type-hint");
    let reply = paged(reply, &villages, page, size, Intent::Village).row(vec![ButtonSpec::new(
        "button-other-commune",
        Intent::BackToCommunes,
    )]);
    turn.say(reply);
    Ok(State::AwaitingVillage {
        onboarding,
        commune_id: commune.id,
        page,
    })
}

/// One page of area buttons, two to a row, with previous/next buttons where there is more.
fn paged(reply: Reply, items: &[Area], page: usize, size: usize, pick: fn(i64) -> Intent) -> Reply {
    let buttons = items
        .iter()
        .skip(page * size)
        .take(size)
        .map(|a| ButtonSpec::new(Text::Plain(a.name.clone()), pick(a.id)))
        .collect();
    // Two per row: short names, fewer screens to scroll.
    page_of(reply, buttons, 2, page, size, items.len())
}

/// The buttons of page `page` (of `total` items, `size` a page), `per_row` to a row,
/// then "previous" and "next" where there is more.
fn page_of(
    mut reply: Reply,
    buttons: Vec<ButtonSpec>,
    per_row: usize,
    page: usize,
    size: usize,
    total: usize,
) -> Reply {
    for row in buttons.chunks(per_row) {
        reply = reply.row(row.to_vec());
    }
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(ButtonSpec::new("button-previous", Intent::Page(page - 1)));
    }
    if (page + 1) * size < total {
        nav.push(ButtonSpec::new("button-next", Intent::Page(page + 1)));
    }
    reply.row(nav)
}

/// Onboarding's last question: the village's announcements in this private chat. "Yes" comes
/// first and marked for a person who came from the village's group (they asked for the
/// village's news once already); for others neither answer is marked.
async fn ask_subscription(turn: &mut Turn<'_>) -> Step {
    let Some(village_id) = turn.person.village_id else {
        return next_missing(turn).await;
    };
    if broadcasts::is_subscribed(turn.conn, turn.person.id).await? {
        return next_missing(turn).await;
    }
    let village = areas::get(turn.conn, village_id)
        .await?
        .map(|a| a.name)
        .unwrap_or_default();
    let from_group = people::came_from_group(turn.conn, turn.person.id).await?;
    let (question, yes) = if from_group {
        ("subscribe-ask-from-group", "button-subscribe-yes-default")
    } else {
        ("subscribe-ask", "button-subscribe-yes")
    };
    turn.say(
        Reply::new(Msg::new(question).arg("village", village)).row(vec![
            ButtonSpec::new(yes, Intent::Subscription(true)),
            ButtonSpec::new("button-subscribe-no", Intent::Subscription(false)),
        ]),
    );
    Ok(State::AwaitingSubscription)
}

/// The answer to [`ask_subscription`] (or a press of it later): the flow ends with the menu.
async fn subscription_answer(turn: &mut Turn<'_>, yes: bool) -> Step {
    if yes {
        if asked_for_consent(turn) {
            return after_consent_needed(turn).await;
        }
        broadcast::subscribe(turn).await?;
    } else {
        turn.say_msg(Msg::new("subscribe-later"));
    }
    resume(turn, State::Idle).await
}

pub(super) async fn ask_consent(turn: &mut Turn<'_>) -> Step {
    privacy::show_consent(turn, false).await
}

/// The main menu: what works today, and for officers and admins their own items.
pub(super) async fn show_menu(turn: &mut Turn<'_>) -> Result<(), EngineError> {
    let mut reply = Reply::new("menu-title");
    // A villager's items; an officer who gave no village of their own (their onboarding asks
    // only the language) sees their work first, and "📍 Nơi ở" to become a villager too.
    if turn.person.village_id.is_some() {
        let subscription = if broadcasts::is_subscribed(turn.conn, turn.person.id).await? {
            ButtonSpec::new("menu-unsubscribe", Intent::Menu(MenuItem::Unsubscribe))
        } else {
            ButtonSpec::new("menu-subscribe", Intent::Menu(MenuItem::Subscribe))
        };
        reply = reply
            .row(vec![
                ButtonSpec::new("menu-petition", Intent::Menu(MenuItem::Petition)),
                ButtonSpec::new("menu-track", Intent::Menu(MenuItem::Track)),
            ])
            .row(vec![
                ButtonSpec::new("menu-news", Intent::Menu(MenuItem::News)),
                ButtonSpec::new("menu-learn", Intent::Menu(MenuItem::Learn)),
            ])
            .row(vec![subscription]);
    }
    let mut roles_row = Vec::new();
    if !turn.actor.officer_units().is_empty() {
        roles_row.push(ButtonSpec::new("menu-queue", Intent::Queue(0)));
    }
    if !turn.actor.admin_scopes().is_empty() {
        roles_row.push(ButtonSpec::new(
            "menu-broadcast",
            Intent::Menu(MenuItem::Broadcast),
        ));
        roles_row.push(ButtonSpec::new(
            "menu-report",
            Intent::Menu(MenuItem::Report),
        ));
    }
    reply = reply
        .row(roles_row)
        .row(vec![
            ButtonSpec::new("menu-language", Intent::Menu(MenuItem::Language)),
            ButtonSpec::new("menu-place", Intent::Menu(MenuItem::Place)),
        ])
        .row(vec![
            ButtonSpec::new("menu-profile", Intent::Menu(MenuItem::Profile)),
            ButtonSpec::new("menu-help", Intent::Menu(MenuItem::Help)),
        ])
        // Last, so that the numbers of the buttons above stay what people learned.
        .row(vec![super::voice::menu_button(turn).await?]);
    turn.say(reply);
    Ok(())
}

async fn button(turn: &mut Turn<'_>, state: State, intent: Intent) -> Step {
    let onboarding = onboarding_pending(turn);
    match intent {
        Intent::Broadcast(step) => broadcast::button(turn, state, step).await,
        Intent::Privacy(step) => privacy::button(turn, state, step).await,
        // Lessons are open without consent (nothing of them is then kept); asking a helper
        // passes the learner's name on, and needs it.
        Intent::Lesson(step)
            if matches!(step, LessonStep::AskHelper | LessonStep::Reach(_))
                && asked_for_consent(turn) =>
        {
            after_consent_needed(turn).await
        }
        Intent::Lesson(step) => lessons::button(turn, state, step).await,
        Intent::Category(_)
        | Intent::Cancel
        | Intent::DraftDone
        | Intent::Anonymous(_)
        | Intent::Publish(_)
        | Intent::ConfirmPetition
        | Intent::ViewOwn(_)
        | Intent::AddInfo(_)
        | Intent::AddInfoDone(_)
        | Intent::Rate { .. }
        | Intent::Reopen(_)
        | Intent::KeepRating
        | Intent::PickCategory
        | Intent::DropDraft
        | Intent::Share(_)
        | Intent::Unshare(_) => villager::button(turn, state, intent).await,
        Intent::Queue(_)
        | Intent::Open(_)
        | Intent::Claim(_)
        | Intent::Answer(_)
        | Intent::SendAnswer
        | Intent::Ask(_)
        | Intent::Forward(_)
        | Intent::ForwardTo { .. }
        | Intent::Close(_)
        | Intent::History(_)
        | Intent::ConfirmMerge { .. }
        | Intent::CloseDuplicate(_)
        | Intent::CloseOutOfScope(_)
        | Intent::InviteFor(_)
        | Intent::RevokeOfficer { .. } => officer::button(turn, state, intent).await,
        Intent::Language(tag) if turn.i18n.supports(&tag) => {
            set_language(turn, tag, onboarding).await
        }
        Intent::Commune(id) => match area_of_kind(turn, id, AreaKind::Commune).await? {
            Some(commune) => ask_village(turn, onboarding, &commune, 0).await,
            None => stale(turn, state).await,
        },
        Intent::Village(id) => match area_of_kind(turn, id, AreaKind::Village).await? {
            Some(village) => set_village(turn, village, onboarding).await,
            None => stale(turn, state).await,
        },
        Intent::Page(page) => match state {
            State::AwaitingCommune { onboarding, .. } => ask_commune(turn, onboarding, page).await,
            State::AwaitingVillage {
                onboarding,
                commune_id,
                ..
            } => {
                resume(
                    turn,
                    State::AwaitingVillage {
                        onboarding,
                        commune_id,
                        page,
                    },
                )
                .await
            }
            State::AwaitingFoundPlace {
                onboarding,
                commune_id,
                query,
                ..
            } => show_found(turn, onboarding, commune_id, &query, page).await,
            other => stale(turn, other).await,
        },
        Intent::BackToCommunes => ask_commune(turn, onboarding, 0).await,
        Intent::Consent(ConsentChoice::Agree) => {
            people::set_consent(turn.conn, turn.person.id, Some(turn.now), turn.now).await?;
            crate::store::voice::set_declined(turn.conn, turn.person.id, false, turn.now).await?;
            turn.person.consent_at = Some(turn.now);
            if onboarding && turn.person.onboarded() {
                turn.say_msg(Msg::new("onboarding-done"));
                return ask_subscription(turn).await;
            }
            turn.say_msg(Msg::new("consent-thanks"));
            resume(turn, State::Idle).await
        }
        // Declining is a way on, not a wall: the menu, with what works without consent.
        Intent::Consent(ConsentChoice::Decline) => {
            if turn.person.consent_at.is_some() {
                // An old "no" under a notice agreed to since: withdrawing is in the profile.
                return stale(turn, state).await;
            }
            crate::store::voice::set_declined(turn.conn, turn.person.id, true, turn.now).await?;
            turn.say(Reply::new("consent-declined").then("consent-declined-open"));
            show_menu(turn).await?;
            Ok(State::Idle)
        }
        Intent::Consent(ConsentChoice::Review) => ask_consent(turn).await,
        Intent::Consent(ConsentChoice::More) => privacy::show_consent(turn, true).await,
        Intent::Consent(ConsentChoice::AskReader) => {
            privacy::ask_reader(turn).await?;
            Ok(state)
        }
        Intent::Voice(step) => super::voice::button(turn, state, step).await,
        Intent::Report(step) => super::report::button(turn, step).await,
        Intent::RelayDone(task) => super::relay::confirm(turn, state, task).await,
        // Pages of a long menu are turned before the dialogue (engine/mod.rs); here, there is
        // no such menu any more.
        Intent::ButtonsPage { .. } => stale(turn, state).await,
        Intent::Subscription(yes) => subscription_answer(turn, yes).await,
        Intent::Menu(item) => menu(turn, item, onboarding).await,
        Intent::Language(_) | Intent::OpenPrivate(_) | Intent::GroupLanguage(_) => {
            stale(turn, state).await
        }
    }
}

async fn menu(turn: &mut Turn<'_>, item: MenuItem, onboarding: bool) -> Step {
    match item {
        MenuItem::Language => ask_language(turn, onboarding),
        MenuItem::Petition => villager::start(turn).await,
        MenuItem::Subscribe if asked_for_consent(turn) => after_consent_needed(turn).await,
        MenuItem::Learn => lessons::list(turn).await,
        MenuItem::News => broadcast::latest(turn).await,
        MenuItem::Subscribe => broadcast::subscribe(turn).await,
        MenuItem::Unsubscribe => broadcast::unsubscribe(turn).await,
        MenuItem::Broadcast => broadcast::start(turn).await,
        MenuItem::Track => villager::track(turn, "").await,
        MenuItem::Report => super::report::for_admin(turn, "").await,
        MenuItem::Place => ask_commune(turn, onboarding, 0).await,
        MenuItem::Help => {
            say_help(turn);
            resume(turn, State::Idle).await
        }
        MenuItem::Profile => {
            profile(turn).await?;
            Ok(State::Idle)
        }
    }
}

/// Lessons, subscriptions and the village's latest announcements remember or use what the
/// person gave (progress, their village): without their consent (never given, or withdrawn)
/// they are told so, and the caller asks for it. Petitions ask in their own module.
fn asked_for_consent(turn: &mut Turn<'_>) -> bool {
    if turn.person.consent_at.is_some() {
        return false;
    }
    turn.say_msg(Msg::new("consent-needed"));
    true
}

/// After "consent-needed": the onboarding step still missing, or (for an officer, whose short
/// onboarding skipped it) the data notice itself.
async fn after_consent_needed(turn: &mut Turn<'_>) -> Step {
    if onboarding_pending(turn)
        && (turn.person.language.is_none() || turn.person.village_id.is_none())
    {
        resume(turn, State::Idle).await
    } else {
        ask_consent(turn).await
    }
}

/// Help; then, to those who hold the role, the commands of officers and admins as a message of
/// their own (with them, help would be too long to read as one).
fn say_help(turn: &mut Turn<'_>) {
    turn.say(Reply::new("help-text"));
    let staff = match (turn.actor.is_officer(), turn.actor.is_admin()) {
        (true, true) => Some(Reply::new("help-officer").then("help-admin")),
        (true, false) => Some(Reply::new("help-officer")),
        (false, true) => Some(Reply::new("help-admin")),
        (false, false) => None,
    };
    if let Some(staff) = staff {
        turn.say(staff.alone());
    }
}

/// A press of a button that no longer means anything (an old message, a deleted village).
pub(super) async fn stale(turn: &mut Turn<'_>, state: State) -> Step {
    turn.say_msg(Msg::new("hint-button-outdated"));
    resume(turn, state).await
}

async fn area_of_kind(
    turn: &mut Turn<'_>,
    id: i64,
    kind: AreaKind,
) -> Result<Option<Area>, EngineError> {
    Ok(areas::get(turn.conn, id).await?.filter(|a| a.kind == kind))
}

async fn set_language(turn: &mut Turn<'_>, tag: LocaleTag, onboarding: bool) -> Step {
    // A button names a bundle, or an older tag of one (`hnj`): the bundle's own tag is kept.
    let tag = turn.i18n.canonical(&tag).unwrap_or_else(LocaleTag::vi);
    people::set_language(turn.conn, turn.person.id, &tag, turn.now).await?;
    turn.person.language = Some(tag.clone());
    turn.locale = tag.clone();
    let language = turn
        .i18n
        .language(&tag)
        .map(|l| (l.own_name.clone(), l.draft));
    if let Some((name, draft)) = language {
        turn.say_msg(Msg::new("language-set").arg("language", name.clone()));
        if draft {
            // In the chosen language where it has the note, else in Vietnamese.
            turn.say_msg(Msg::new("language-draft-note").arg("language", name));
        }
    }
    if onboarding {
        resume(turn, State::Idle).await
    } else {
        show_menu(turn).await?;
        Ok(State::Idle)
    }
}

async fn set_village(turn: &mut Turn<'_>, village: Area, onboarding: bool) -> Step {
    people::set_village(turn.conn, turn.person.id, village.id, turn.now).await?;
    turn.person.village_id = Some(village.id);
    let commune = match village.parent_id {
        Some(pid) => areas::get(turn.conn, pid).await?.map(|c| c.name),
        None => None,
    };
    turn.say_msg(
        Msg::new("place-set")
            .arg("village", village.name.clone())
            .arg("commune", commune.unwrap_or_default()),
    );
    if onboarding {
        resume(turn, State::Idle).await
    } else {
        show_menu(turn).await?;
        Ok(State::Idle)
    }
}

/// What is wrong with a typed text before any step reads it: empty, or too long.
fn text_problem(turn: &Turn<'_>, text: &str) -> Option<Msg> {
    if text.is_empty() {
        return Some(Msg::new("hint-empty"));
    }
    let length = text.chars().count();
    (length > turn.limits.max_text_chars).then(|| {
        Msg::new("hint-too-long")
            .arg("max", turn.limits.max_text_chars)
            .arg("length", length)
    })
}

async fn text_input(turn: &mut Turn<'_>, state: State, text: &str) -> Step {
    if let Some(hint) = text_problem(turn, text) {
        // Rare (an empty message, a wall of text): the step is shown again under the hint.
        turn.say_msg(hint);
        return resume(turn, state).await;
    }
    match state {
        State::AwaitingLanguage { onboarding } => {
            // "hmoob", "mong", "tieng viet", "vi": a whole name, one of its words, or the tag.
            let key = label_key(text);
            let found = turn
                .i18n
                .languages()
                .iter()
                .find(|l| l.answers_to(&key))
                .map(|l| l.tag.clone());
            match found {
                Some(tag) => set_language(turn, tag, onboarding).await,
                None => wrong_input(turn, State::AwaitingLanguage { onboarding }).await,
            }
        }
        State::AwaitingCommune { onboarding, .. } => find_place(turn, onboarding, None, text).await,
        State::AwaitingVillage {
            onboarding,
            commune_id,
            ..
        } => find_place(turn, onboarding, Some(commune_id), text).await,
        State::AwaitingFoundPlace {
            onboarding,
            commune_id,
            ..
        } => find_place(turn, onboarding, commune_id, text).await,
        State::AwaitingConsent => {
            let key = label_key(text);
            let said = |turn: &Turn<'_>, id: &'static str| {
                [turn.locale.clone(), LocaleTag::vi()]
                    .iter()
                    .any(|l| label_key(&turn.i18n.render(l, &Msg::new(id))) == key)
            };
            if said(turn, "button-agree") {
                button(
                    turn,
                    State::AwaitingConsent,
                    Intent::Consent(ConsentChoice::Agree),
                )
                .await
            } else if said(turn, "button-disagree") {
                button(
                    turn,
                    State::AwaitingConsent,
                    Intent::Consent(ConsentChoice::Decline),
                )
                .await
            } else {
                wrong_input(turn, State::AwaitingConsent).await
            }
        }
        // The question is optional: a menu item typed instead leaves it.
        State::AwaitingSubscription => match (yes_or_no(text), menu_intent(turn, text)) {
            (Some(yes), _) => subscription_answer(turn, yes).await,
            (None, Some(intent)) => button(turn, State::Idle, intent).await,
            (None, None) => wrong_input(turn, State::AwaitingSubscription).await,
        },
        State::Idle => {
            if onboarding_pending(turn) {
                // Someone writing for the first time is welcomed first, not corrected; words
                // about a problem are kept for when they can file (talk first).
                let kept = villager::keep_for_later(turn, text).await?;
                if !turn.fresh && !kept {
                    turn.say_msg(Msg::new("hint-choose-button"));
                }
                let next = next_missing(turn).await?;
                if kept {
                    villager::say_kept(turn);
                }
                return Ok(next);
            }
            match menu_intent(turn, text) {
                Some(intent) => button(turn, State::Idle, intent).await,
                // Words that are no menu item may be a problem told in the person's own words.
                None => villager::talk_first(turn, text).await,
            }
        }
        other => wrong_input(turn, other).await,
    }
}

/// Typed text a button step cannot read: one line saying how to answer, under the buttons
/// already on screen (they are shown again only when there are none). Every button step's
/// fallback, so that a wrong input never brings the whole screen back.
pub(super) async fn wrong_input(turn: &mut Turn<'_>, state: State) -> Step {
    match typed::count(turn).await? {
        0 => {
            turn.say_msg(Msg::new("hint-choose-button"));
            resume(turn, state).await
        }
        count => {
            turn.say_msg(Msg::new("hint-press-or-type").arg("count", count));
            Ok(state)
        }
    }
}

/// After a one-line hint: the step stays as it is when its buttons are on screen, and is asked
/// again otherwise.
async fn reprompt(turn: &mut Turn<'_>, state: State) -> Step {
    if typed::count(turn).await? > 0 {
        Ok(state)
    } else {
        resume(turn, state).await
    }
}

/// "có", "vâng", "không": a typed yes or no.
fn yes_or_no(text: &str) -> Option<bool> {
    match label_key(text).as_str() {
        "co" | "vang" | "u" | "yes" | "ok" | "dong y" | "co nhan" => Some(true),
        "khong" | "no" | "khong nhan" | "thoi" => Some(false),
        _ => None,
    }
}

/// A typed word that names a menu item ("tro giup", "ngôn ngữ") counts as pressing it.
fn menu_intent(turn: &Turn<'_>, text: &str) -> Option<Intent> {
    let key = label_key(text);
    let items = [
        ("menu-petition", Intent::Menu(MenuItem::Petition)),
        ("menu-track", Intent::Menu(MenuItem::Track)),
        ("menu-learn", Intent::Menu(MenuItem::Learn)),
        ("menu-news", Intent::Menu(MenuItem::News)),
        ("menu-subscribe", Intent::Menu(MenuItem::Subscribe)),
        ("menu-unsubscribe", Intent::Menu(MenuItem::Unsubscribe)),
        ("menu-broadcast", Intent::Menu(MenuItem::Broadcast)),
        ("menu-queue", Intent::Queue(0)),
        ("menu-report", Intent::Menu(MenuItem::Report)),
        ("menu-language", Intent::Menu(MenuItem::Language)),
        ("menu-place", Intent::Menu(MenuItem::Place)),
        ("menu-profile", Intent::Menu(MenuItem::Profile)),
        ("menu-help", Intent::Menu(MenuItem::Help)),
    ];
    items.iter().find_map(|(id, data)| {
        let label = label_key(&turn.i18n.render(&turn.locale, &Msg::new(*id)));
        (!key.is_empty() && label == key).then(|| data.clone())
    })
}

/// Typed part of a place name. At the commune step communes come first: a commune's name
/// picks the commune and its villages are asked next, even where a village has the same name
/// ("Dào San"); only when no commune matches are villages anywhere looked up. At a commune's
/// village step its villages come first, then another commune, then villages anywhere. One
/// place is taken; several are shown as buttons, a page at a time.
async fn find_place(
    turn: &mut Turn<'_>,
    onboarding: bool,
    commune_id: Option<i64>,
    text: &str,
) -> Step {
    let mut found = places_matching(turn, commune_id, text).await?;
    match found.len() {
        0 => {
            turn.say_msg(Msg::new("place-not-found").arg("query", text.to_string()));
            let state = match commune_id {
                Some(commune_id) => State::AwaitingVillage {
                    onboarding,
                    commune_id,
                    page: 0,
                },
                None => State::AwaitingCommune {
                    onboarding,
                    page: 0,
                },
            };
            reprompt(turn, state).await
        }
        1 => {
            let place = found.remove(0);
            match place.kind {
                AreaKind::Village => set_village(turn, place, onboarding).await,
                _ => ask_village(turn, onboarding, &place, 0).await,
            }
        }
        _ => show_found(turn, onboarding, commune_id, text, 0).await,
    }
}

/// The places `text` names, searched in the order [`find_place`] describes: all of one kind.
async fn places_matching(
    turn: &mut Turn<'_>,
    commune_id: Option<i64>,
    text: &str,
) -> Result<Vec<Area>, EngineError> {
    if let Some(id) = commune_id {
        let villages = areas::search(turn.conn, AreaKind::Village, Some(id), text).await?;
        if !villages.is_empty() {
            return Ok(villages);
        }
    }
    let communes = areas::search(turn.conn, AreaKind::Commune, None, text).await?;
    if !communes.is_empty() {
        return Ok(communes);
    }
    areas::search(turn.conn, AreaKind::Village, None, text).await
}

/// One page of the places `query` matched, with the next and previous pages and a way back
/// to the list the person came from.
async fn show_found(
    turn: &mut Turn<'_>,
    onboarding: bool,
    commune_id: Option<i64>,
    query: &str,
    page: usize,
) -> Step {
    let found = places_matching(turn, commune_id, query).await?;
    if found.len() < 2 {
        // The places changed since the list was shown: search again from the start.
        return Box::pin(find_place(turn, onboarding, commune_id, query)).await;
    }
    let size = page_size(turn, 1);
    let page = page.min((found.len() - 1) / size);
    let mut buttons = Vec::new();
    for place in found.iter().skip(page * size).take(size) {
        let button = match place.kind {
            AreaKind::Village => {
                // A village outside the commune on screen says which commune it is in.
                let commune = match place.parent_id {
                    Some(pid) if Some(pid) != commune_id => {
                        areas::get(turn.conn, pid).await?.map(|c| c.name)
                    }
                    _ => None,
                };
                let label = match commune {
                    Some(c) => format!("{} ({c})", place.name),
                    None => place.name.clone(),
                };
                ButtonSpec::new(Text::Plain(label), Intent::Village(place.id))
            }
            _ => ButtonSpec::new(Text::Plain(place.name.clone()), Intent::Commune(place.id)),
        };
        buttons.push(button);
    }
    let reply = Reply::new(Msg::new("place-several-found").arg("count", found.len()));
    let mut reply = page_of(reply, buttons, 1, page, size, found.len());
    reply = reply.row(vec![match commune_id {
        Some(id) => ButtonSpec::new("button-village-list", Intent::Commune(id)),
        None => ButtonSpec::new("button-commune-list", Intent::BackToCommunes),
    }]);
    turn.say(reply);
    Ok(State::AwaitingFoundPlace {
        onboarding,
        commune_id,
        query: query.to_string(),
        page,
    })
}

async fn profile(turn: &mut Turn<'_>) -> Result<(), EngineError> {
    let language = turn
        .person
        .language
        .as_ref()
        .and_then(|t| turn.i18n.language(t))
        .map(|l| l.own_name.clone())
        .unwrap_or_default();
    let place = match turn.person.village_id {
        Some(id) => areas::ancestors(turn.conn, id)
            .await?
            .iter()
            .map(|a| a.name.clone())
            .collect::<Vec<_>>()
            .join(", "),
        None => String::new(),
    };
    let mut roles = Vec::new();
    for grant in people::roles_of(turn.conn, turn.person.id).await? {
        let scope = match (grant.area_id, grant.unit_id) {
            (_, Some(unit)) => unit_name(turn, unit).await?,
            (Some(area), None) => areas::get(turn.conn, area)
                .await?
                .map(|a| a.name)
                .unwrap_or_default(),
            (None, None) => turn
                .i18n
                .render(&turn.locale, &Msg::new("scope-everywhere")),
        };
        let role = turn.i18n.render(
            &turn.locale,
            &Msg::new(format!("role-{}", grant.role.as_str())).arg("scope", scope),
        );
        roles.push(role);
    }
    let roles = if roles.is_empty() {
        turn.i18n.render(&turn.locale, &Msg::new("role-citizen"))
    } else {
        roles.join("; ")
    };
    let consent = match turn.person.consent_at {
        Some(at) => Msg::new("profile-consent").arg("date", local_parts(at).1),
        None => Msg::new("profile-no-consent"),
    };
    let mut reply = Reply::new(
        Msg::new("profile")
            .arg("language", language)
            .arg("place", place)
            .arg("roles", roles),
    )
    .then(consent);
    for row in privacy::profile_buttons(turn) {
        reply = reply.row(row);
    }
    turn.say(reply);
    Ok(())
}

async fn unit_name(turn: &mut Turn<'_>, unit_id: i64) -> Result<String, EngineError> {
    Ok(crate::store::units::unit(turn.conn, unit_id)
        .await?
        .map(|u| u.name)
        .unwrap_or_default())
}
