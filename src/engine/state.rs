//! What the bot waits for in a conversation, stored as versioned JSON.

use serde::{Deserialize, Serialize};

use crate::domain::petition::Part;

/// Bump when a state's shape changes incompatibly: stored states of another version are reset
/// politely rather than misread.
pub const STATE_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum State {
    /// Nothing pending: the main menu is where the person is.
    #[default]
    Idle,
    AwaitingLanguage {
        onboarding: bool,
    },
    AwaitingCommune {
        onboarding: bool,
        page: usize,
    },
    AwaitingVillage {
        onboarding: bool,
        commune_id: i64,
        page: usize,
    },
    /// Typed text matched several places: they are shown as buttons, a page at a time.
    /// `commune_id` is the commune whose villages were searched (none: the commune step).
    AwaitingFoundPlace {
        onboarding: bool,
        commune_id: Option<i64>,
        query: String,
        page: usize,
    },
    AwaitingConsent,
    /// The last onboarding question: the village's announcements in the private chat, yes or
    /// no.
    AwaitingSubscription,

    // A villager writing a petition.
    /// The category, with whatever the person already wrote (kept, never thrown away).
    AwaitingCategory {
        #[serde(default)]
        parts: Vec<Part>,
    },
    /// "Talk first": the person wrote about a problem at the menu; whether to send it as a
    /// petition, under the suggested category or another.
    AwaitingDraftDecision {
        parts: Vec<Part>,
        suggested: Option<i64>,
    },
    AwaitingBody {
        category_id: i64,
        parts: Vec<Part>,
    },
    AwaitingAnonymity {
        category_id: i64,
        parts: Vec<Part>,
    },
    AwaitingConfirmation {
        category_id: i64,
        parts: Vec<Part>,
        anonymous: bool,
        /// The author lets the public page show it (never when anonymous); default no.
        #[serde(default)]
        publish: bool,
    },
    /// The unit asked for more: messages attach to the petition until "Xong".
    AddingInfo {
        petition_id: i64,
        added: usize,
    },
    AwaitingReopenReason {
        petition_id: i64,
    },

    // An officer acting on a petition.
    AwaitingAnswer {
        petition_id: i64,
    },
    ConfirmingAnswer {
        petition_id: i64,
        text: Option<String>,
        voice: Option<String>,
    },
    AwaitingQuestion {
        petition_id: i64,
    },
    AwaitingForwardReason {
        petition_id: i64,
        unit_id: i64,
    },
    AwaitingDuplicateCode {
        petition_id: i64,
    },
    AwaitingCloseReason {
        petition_id: i64,
    },

    // A person's own data ("Thông tin của tôi"): Yes or No to what was explained.
    ConfirmingWithdrawal,
    ConfirmingDeletion,

    /// Going through a lesson: `position` counts its steps, then its quiz questions.
    Learning {
        lesson: String,
        position: usize,
    },

    /// "Nhờ người hướng dẫn": a phone number the helper may call, typed, or nothing.
    AwaitingHelperContact {
        lesson: String,
        position: usize,
    },
    /// The typed number, shown back before any helper sees it.
    ConfirmingHelperPhone {
        lesson: String,
        position: usize,
        phone: String,
    },

    // An admin writing an announcement.
    BroadcastTarget {
        draft: super::broadcast::Draft,
    },
    BroadcastText {
        draft: super::broadcast::Draft,
        language: String,
    },
    BroadcastReview {
        draft: super::broadcast::Draft,
    },
    BroadcastSchedule {
        draft: super::broadcast::Draft,
    },

    /// Recording the key messages of a language (`/ghiam TAG`): the message at `index` waits
    /// for its voice note.
    RecordingVoice {
        locale: String,
        index: usize,
    },
}

impl State {
    /// States of the petition flows, whose input the petition modules read.
    pub fn is_petition_flow(&self) -> bool {
        !matches!(
            self,
            State::Idle
                | State::AwaitingLanguage { .. }
                | State::AwaitingCommune { .. }
                | State::AwaitingVillage { .. }
                | State::AwaitingFoundPlace { .. }
                | State::AwaitingConsent
                | State::AwaitingSubscription
                | State::ConfirmingWithdrawal
                | State::ConfirmingDeletion
                | State::Learning { .. }
                | State::RecordingVoice { .. }
        )
    }
}

impl State {
    /// States that wait for typed content (a petition's text, an answer, a time), where a
    /// typed number is content. Everywhere else a typed number presses a button of the latest
    /// message with buttons. Exhaustive, so that each new state decides.
    pub fn takes_free_text(&self) -> bool {
        match self {
            State::AwaitingBody { .. }
            | State::AddingInfo { .. }
            | State::AwaitingReopenReason { .. }
            | State::AwaitingAnswer { .. }
            | State::AwaitingQuestion { .. }
            | State::AwaitingForwardReason { .. }
            | State::AwaitingDuplicateCode { .. }
            | State::AwaitingCloseReason { .. }
            | State::BroadcastText { .. }
            | State::BroadcastSchedule { .. } => true,
            State::Idle
            | State::AwaitingLanguage { .. }
            | State::AwaitingCommune { .. }
            | State::AwaitingVillage { .. }
            | State::AwaitingFoundPlace { .. }
            | State::AwaitingConsent
            | State::AwaitingSubscription
            | State::AwaitingCategory { .. }
            | State::AwaitingDraftDecision { .. }
            | State::AwaitingHelperContact { .. }
            | State::ConfirmingHelperPhone { .. }
            | State::AwaitingAnonymity { .. }
            | State::AwaitingConfirmation { .. }
            | State::ConfirmingAnswer { .. }
            | State::ConfirmingWithdrawal
            | State::ConfirmingDeletion
            | State::Learning { .. }
            | State::BroadcastTarget { .. }
            | State::BroadcastReview { .. }
            | State::RecordingVoice { .. } => false,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Stored {
    v: u32,
    #[serde(flatten)]
    state: State,
}

pub fn encode(state: &State) -> String {
    serde_json::to_string(&Stored {
        v: STATE_VERSION,
        state: state.clone(),
    })
    .expect("conversation states always serialise")
}

/// The stored state, or `None` when it no longer decodes (an upgrade changed its shape).
pub fn decode(raw: &str) -> Option<State> {
    let stored: Stored = serde_json::from_str(raw).ok()?;
    (stored.v == STATE_VERSION).then_some(stored.state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_round_trip() {
        let s = State::AwaitingVillage {
            onboarding: true,
            commune_id: 7,
            page: 1,
        };
        assert_eq!(decode(&encode(&s)), Some(s));
    }

    #[test]
    fn numbers_are_content_only_where_typed_content_is_awaited() {
        let body = State::AwaitingBody {
            category_id: 1,
            parts: Vec::new(),
        };
        assert!(body.takes_free_text());
        assert!(!State::AwaitingConsent.takes_free_text());
        assert!(!State::AwaitingSubscription.takes_free_text());
        assert!(!State::Idle.takes_free_text());
    }

    #[test]
    fn a_category_step_stored_before_drafts_existed_still_decodes() {
        assert_eq!(
            decode(r#"{"v":1,"step":"awaiting_category"}"#),
            Some(State::AwaitingCategory { parts: Vec::new() })
        );
    }

    #[test]
    fn states_of_another_version_or_shape_do_not_decode() {
        assert_eq!(decode(r#"{"v":0,"step":"idle"}"#), None);
        assert_eq!(decode(r#"{"v":1,"step":"awaiting_spaceship"}"#), None);
        assert_eq!(decode("not json"), None);
    }
}
