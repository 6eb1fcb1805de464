//! A person's own data, from "Thông tin của tôi": withdrawing consent and deleting their data,
//! each explained first and done only on "Yes".
//!
//! ```text
//! người dân: 👤 Thông tin của tôi
//! bot:       👤 Thông tin của bạn … Đồng ý về dữ liệu cá nhân: ngày 05/01/2026.
//!            [Rút lại đồng ý] [🗑 Xóa dữ liệu của tôi] [‹ Quay lại]
//! người dân: 🗑 Xóa dữ liệu của tôi
//! bot:       Loa Thôn sẽ xóa tên, tài khoản … Bạn có chắc chắn muốn xóa không?
//!            [Có, xóa dữ liệu] [Không]
//! người dân: Có, xóa dữ liệu
//! bot:       Đã xóa dữ liệu của bạn. Kiến nghị đã gửi vẫn được giữ lại, không ghi tên. …
//! ```
//!
//! The rules (who may, what is removed, what is audited) are in `services::privacy`.

use super::state::State;
use super::{ButtonSpec, EngineError, Reply, Text, Turn, dialogue};
use crate::domain::LocaleTag;
use crate::i18n::Msg;
use crate::intent::{ConsentChoice, Intent, PrivacyStep};
use crate::services::privacy::{self as service, PrivacyError};
use crate::services::voice::{self as voice_service, ReaderAsked};

type Step = Result<State, EngineError>;

/// The data notice and its buttons. In the person's language when it is Vietnamese, when the
/// notice is translated there, or when a reviewed translation of its short summary exists (the
/// summary is shown then). Otherwise the notice is in Vietnamese under a line saying so, with a
/// button that asks the village's helpers to read it with the person, and its buttons are in
/// Vietnamese too — so that nobody presses a translated "agree" under a text they cannot read —
/// unless a recording of the summary in their language comes with it (sent first, whatever
/// their choice of listening). With `details`, the longer explanation ("xem thêm").
pub(super) async fn show_consent(turn: &mut Turn<'_>, details: bool) -> Step {
    let locale = turn.locale.clone();
    let reviewed = turn
        .i18n
        .languages()
        .iter()
        .any(|l| l.tag == locale && !l.draft);
    let summary = !details
        && !locale.is_source()
        && reviewed
        && turn.i18n.has_own(&locale, "consent-summary");
    let body = if details {
        "consent-details"
    } else if summary {
        "consent-summary"
    } else {
        "consent-notice"
    };
    let translated = locale.is_source() || turn.i18n.has_own(&locale, body);
    let recording = if details {
        None
    } else {
        let canonical = turn
            .i18n
            .canonical(&locale)
            .unwrap_or_else(|| locale.clone());
        voice_service::recording(turn.conn, &canonical, "consent-summary").await?
    };
    if let Some(recording) = &recording {
        let language = super::voice::own_name(turn, &locale);
        turn.say(Reply::media(
            voice_service::part_of(recording),
            Msg::new("consent-voice-caption").arg("language", language),
        ));
    }
    let text_language = if translated {
        locale.clone()
    } else {
        LocaleTag::vi()
    };
    let button_language = if translated || recording.is_some() {
        locale.clone()
    } else {
        LocaleTag::vi()
    };
    let in_lang = |l: &LocaleTag, id: &'static str| Text::Plain(turn.i18n.render(l, &Msg::new(id)));
    let buttons = vec![
        ButtonSpec::new(
            in_lang(&button_language, "button-agree"),
            Intent::Consent(ConsentChoice::Agree),
        ),
        ButtonSpec::new(
            in_lang(&button_language, "button-disagree"),
            Intent::Consent(ConsentChoice::Decline),
        ),
    ];
    let more = (!details).then(|| {
        ButtonSpec::new(
            in_lang(&button_language, "button-consent-more"),
            Intent::Consent(ConsentChoice::More),
        )
    });
    let mut reply = if translated {
        Reply::new(in_lang(&text_language, body))
    } else {
        // In the person's language where it exists; like everything else, Vietnamese otherwise.
        Reply::new(Msg::new("consent-in-vietnamese")).then(in_lang(&text_language, body))
    };
    reply = reply.row(buttons);
    if let Some(more) = more {
        reply = reply.row(vec![more]);
    }
    if !translated {
        reply = reply.row(vec![ButtonSpec::new(
            "button-consent-reader",
            Intent::Consent(ConsentChoice::AskReader),
        )]);
    }
    turn.say(reply);
    Ok(State::AwaitingConsent)
}

/// «Nhờ người ở thôn, bản đọc giúp»: the village's relayers and digital helpers are asked to read
/// the notice with the person; the person is told how many were.
pub(super) async fn ask_reader(turn: &mut Turn<'_>) -> Result<(), EngineError> {
    let person = turn.person.clone();
    let msg = match voice_service::ask_reader(&mut turn.cx(), &person).await? {
        ReaderAsked::Told(n) => Msg::new("consent-reader-told").arg("count", n),
        ReaderAsked::AlreadyAsked => Msg::new("consent-reader-already"),
        ReaderAsked::Nobody => Msg::new("consent-reader-nobody"),
    };
    turn.say_msg(msg);
    Ok(())
}

/// The buttons under the profile: withdraw consent (or read the notice again when there is
/// none), delete the data, back to the menu.
pub(super) fn profile_buttons(turn: &Turn<'_>) -> Vec<Vec<ButtonSpec>> {
    let consent = if turn.person.consent_at.is_some() {
        ButtonSpec::new(
            "privacy-button-withdraw",
            Intent::Privacy(PrivacyStep::AskWithdraw),
        )
    } else {
        ButtonSpec::new(
            "button-review-consent",
            Intent::Consent(ConsentChoice::Review),
        )
    };
    vec![
        vec![
            consent,
            ButtonSpec::new(
                "privacy-button-delete",
                Intent::Privacy(PrivacyStep::AskDelete),
            ),
        ],
        vec![ButtonSpec::new(
            "button-back-to-menu",
            Intent::Privacy(PrivacyStep::Keep),
        )],
    ]
}

pub(super) async fn button(turn: &mut Turn<'_>, state: State, step: PrivacyStep) -> Step {
    match (step, state) {
        (PrivacyStep::AskWithdraw, _) => ask_withdraw(turn),
        (PrivacyStep::AskDelete, _) => Ok(ask_delete(turn)),
        (PrivacyStep::Withdraw, State::ConfirmingWithdrawal) => withdraw(turn).await,
        (PrivacyStep::Delete, State::ConfirmingDeletion) => delete(turn).await,
        (PrivacyStep::Keep, State::ConfirmingWithdrawal | State::ConfirmingDeletion) => {
            turn.say_msg(Msg::new("privacy-kept"));
            dialogue::resume(turn, State::Idle).await
        }
        (PrivacyStep::Keep, _) => dialogue::resume(turn, State::Idle).await,
        // A "Yes" from an old message: the question is asked again rather than acted on.
        (_, state) => dialogue::stale(turn, state).await,
    }
}

/// Asks again for the Yes/No a privacy state waits for.
pub(super) fn resume(turn: &mut Turn<'_>, state: State) -> Step {
    match state {
        State::ConfirmingWithdrawal => ask_withdraw(turn),
        State::ConfirmingDeletion => Ok(ask_delete(turn)),
        other => Ok(other),
    }
}

fn yes_no(yes: &'static str, intent: PrivacyStep) -> Vec<ButtonSpec> {
    vec![
        ButtonSpec::new(yes, Intent::Privacy(intent)),
        ButtonSpec::new("privacy-button-no", Intent::Privacy(PrivacyStep::Keep)),
    ]
}

fn ask_withdraw(turn: &mut Turn<'_>) -> Step {
    if turn.person.consent_at.is_none() {
        turn.say_msg(Msg::new("privacy-not-consented"));
        return Ok(State::Idle);
    }
    turn.say(
        Reply::new("privacy-withdraw-confirm")
            .row(yes_no("privacy-withdraw-yes", PrivacyStep::Withdraw)),
    );
    Ok(State::ConfirmingWithdrawal)
}

fn ask_delete(turn: &mut Turn<'_>) -> State {
    turn.say(
        Reply::new("privacy-delete-confirm").row(yes_no("privacy-delete-yes", PrivacyStep::Delete)),
    );
    State::ConfirmingDeletion
}

async fn withdraw(turn: &mut Turn<'_>) -> Step {
    let person = turn.person.clone();
    match service::withdraw_consent(&mut turn.cx(), &person).await {
        Ok(_) => {}
        Err(e) => return refused(turn, e).await,
    }
    turn.person.consent_at = None;
    turn.say(Reply::new("privacy-withdrawn").row(vec![
        ButtonSpec::new(
            "button-review-consent",
            Intent::Consent(ConsentChoice::Review),
        ),
        ButtonSpec::new(
            "privacy-button-delete",
            Intent::Privacy(PrivacyStep::AskDelete),
        ),
    ]));
    Ok(State::Idle)
}

async fn delete(turn: &mut Turn<'_>) -> Step {
    let person = turn.person.clone();
    match service::delete_data(&mut turn.cx(), &person).await {
        Ok(_) => {}
        Err(e) => return refused(turn, e).await,
    }
    // Nothing of this conversation is saved again; the confirmation is the chat's last message.
    turn.forgotten = true;
    turn.say_msg(Msg::new("privacy-deleted"));
    Ok(State::Idle)
}

async fn refused(turn: &mut Turn<'_>, e: PrivacyError) -> Step {
    match e {
        PrivacyError::Store(e) => Err(e),
        // Not reachable from one's own chat; answered as an out-of-date button.
        PrivacyError::NotAllowed
        | PrivacyError::AlreadyDeleted
        | PrivacyError::NoReason
        | PrivacyError::NoPetition => dialogue::stale(turn, State::Idle).await,
    }
}
