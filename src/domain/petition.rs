//! Petitions (kiến nghị, phản ánh): their life cycle and parts.

use serde::{Deserialize, Serialize};

/// Where a petition is in its life.
///
/// ```text
/// open ─claim─► in_progress ─answer─► answered ─(low rating, once)─► open
///   │  ◄─────────── more info given ◄── awaiting_info ◄─ask──┘
///   └──────────────── close (duplicate / not in scope) ──────► closed
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Open,
    InProgress,
    AwaitingInfo,
    Answered,
    Closed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Open,
        Status::InProgress,
        Status::AwaitingInfo,
        Status::Answered,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::InProgress => "in_progress",
            Status::AwaitingInfo => "awaiting_info",
            Status::Answered => "answered",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// Still waiting for the unit: in the queue, counted for deadlines.
    pub fn is_pending(self) -> bool {
        matches!(
            self,
            Status::Open | Status::InProgress | Status::AwaitingInfo
        )
    }

    /// The Fluent message naming this status for people.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::Open => "status-open",
            Status::InProgress => "status-in-progress",
            Status::AwaitingInfo => "status-awaiting-info",
            Status::Answered => "status-answered",
            Status::Closed => "status-closed",
        }
    }
}

/// Something done to a petition that moves its status. Each is checked against the current
/// status before anything is written, and written with the same statuses as a guard
/// (`UPDATE … WHERE id = $1 AND status IN (…)`), so that two officers (or two instances) cannot
/// both claim, answer or close the same petition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transition {
    Claim,
    Answer,
    AskForInfo,
    /// The villager sent what was asked; back to whoever had it.
    InfoGiven {
        claimed: bool,
    },
    Forward,
    Close,
    Reopen,
}

/// Why a transition cannot happen now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TransitionError {
    #[error("the petition is not open for claiming")]
    AlreadyClaimed,
    #[error("the petition is no longer waiting for the unit")]
    NotPending,
    #[error("the petition has not been answered")]
    NotAnswered,
    #[error("the petition is not waiting for information")]
    NotAwaitingInfo,
}

impl TransitionError {
    /// The Fluent message that tells the person (with the petition's `$code`).
    pub fn message_id(self) -> &'static str {
        match self {
            TransitionError::AlreadyClaimed => "officer-already-claimed",
            TransitionError::NotPending => "officer-not-pending",
            TransitionError::NotAnswered => "petition-reopen-not-possible",
            TransitionError::NotAwaitingInfo => "petition-info-not-awaited",
        }
    }
}

impl Transition {
    /// The statuses this transition may start from.
    pub fn from(self) -> &'static [Status] {
        const PENDING: &[Status] = &[Status::Open, Status::InProgress, Status::AwaitingInfo];
        match self {
            Transition::Claim => &[Status::Open],
            Transition::Answer
            | Transition::AskForInfo
            | Transition::Forward
            | Transition::Close => PENDING,
            Transition::InfoGiven { .. } => &[Status::AwaitingInfo],
            Transition::Reopen => &[Status::Answered],
        }
    }

    /// The status it leads to.
    pub fn to(self) -> Status {
        match self {
            Transition::Claim => Status::InProgress,
            Transition::Answer => Status::Answered,
            Transition::AskForInfo => Status::AwaitingInfo,
            Transition::InfoGiven { claimed: true } => Status::InProgress,
            Transition::InfoGiven { claimed: false } => Status::Open,
            Transition::Forward | Transition::Reopen => Status::Open,
            Transition::Close => Status::Closed,
        }
    }

    /// The new status, or why not.
    pub fn apply(self, current: Status) -> Result<Status, TransitionError> {
        if self.from().contains(&current) {
            return Ok(self.to());
        }
        Err(match self {
            Transition::Claim => TransitionError::AlreadyClaimed,
            Transition::InfoGiven { .. } => TransitionError::NotAwaitingInfo,
            Transition::Reopen => TransitionError::NotAnswered,
            _ => TransitionError::NotPending,
        })
    }

    /// `'open', 'in_progress'`: the guard's status list, for SQL.
    pub fn from_sql(self) -> String {
        self.from()
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// What a petition's trail records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    Submitted,
    Routed,
    /// An officer opened it (the audit of every read).
    Viewed,
    Claimed,
    InfoRequested,
    InfoAdded,
    InfoCompleted,
    Answered,
    Forwarded,
    Closed,
    Rated,
    Reopened,
    Reminded,
    Overdue,
    /// The author let others follow it (a share key given).
    Shared,
    /// The author took the share key back; those who followed by it no longer do.
    Unshared,
    /// Someone began to follow it by its share key.
    Followed,
}

impl EventKind {
    pub const ALL: [EventKind; 17] = [
        EventKind::Submitted,
        EventKind::Routed,
        EventKind::Viewed,
        EventKind::Claimed,
        EventKind::InfoRequested,
        EventKind::InfoAdded,
        EventKind::InfoCompleted,
        EventKind::Answered,
        EventKind::Forwarded,
        EventKind::Closed,
        EventKind::Rated,
        EventKind::Reopened,
        EventKind::Reminded,
        EventKind::Overdue,
        EventKind::Shared,
        EventKind::Unshared,
        EventKind::Followed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Submitted => "submitted",
            EventKind::Routed => "routed",
            EventKind::Viewed => "viewed",
            EventKind::Claimed => "claimed",
            EventKind::InfoRequested => "info_requested",
            EventKind::InfoAdded => "info_added",
            EventKind::InfoCompleted => "info_completed",
            EventKind::Answered => "answered",
            EventKind::Forwarded => "forwarded",
            EventKind::Closed => "closed",
            EventKind::Rated => "rated",
            EventKind::Reopened => "reopened",
            EventKind::Reminded => "reminded",
            EventKind::Overdue => "overdue",
            EventKind::Shared => "shared",
            EventKind::Unshared => "unshared",
            EventKind::Followed => "followed",
        }
    }

    /// Kinds written by earlier versions that this one no longer writes read as `None`.
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The line a villager sees in their petition's history; `None` for what stays in the
    /// audit trail (officers' reads, routing, reminders, sharing).
    pub fn history_message_id(self) -> Option<&'static str> {
        Some(match self {
            EventKind::Submitted => "history-submitted",
            EventKind::Claimed => "history-claimed",
            EventKind::InfoRequested => "history-info-requested",
            EventKind::InfoAdded => "history-info-added",
            EventKind::Answered => "history-answered",
            EventKind::Forwarded => "history-forwarded",
            EventKind::Closed => "history-closed",
            EventKind::Rated => "history-rated",
            EventKind::Reopened => "history-reopened",
            EventKind::Routed
            | EventKind::Viewed
            | EventKind::InfoCompleted
            | EventKind::Reminded
            | EventKind::Overdue
            | EventKind::Shared
            | EventKind::Unshared
            | EventKind::Followed => return None,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CloseReason {
    Duplicate,
    OutOfScope,
}

impl CloseReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CloseReason::Duplicate => "duplicate",
            CloseReason::OutOfScope => "out_of_scope",
        }
    }
}

/// One part of a petition as the villager sent it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Part {
    Text {
        text: String,
    },
    Voice {
        file_ref: String,
    },
    Audio {
        file_ref: String,
    },
    Photo {
        file_ref: String,
        caption: Option<String>,
    },
    Document {
        file_ref: String,
    },
    Location {
        latitude: f64,
        longitude: f64,
    },
}

impl Part {
    pub fn kind(&self) -> &'static str {
        match self {
            Part::Text { .. } => "text",
            Part::Voice { .. } => "voice",
            Part::Audio { .. } => "audio",
            Part::Photo { .. } => "photo",
            Part::Document { .. } => "document",
            Part::Location { .. } => "location",
        }
    }

    pub fn is_attachment(&self) -> bool {
        !matches!(self, Part::Text { .. })
    }

    pub fn text_len(&self) -> usize {
        match self {
            Part::Text { text } => text.chars().count(),
            Part::Photo {
                caption: Some(c), ..
            } => c.chars().count(),
            _ => 0,
        }
    }
}

/// Limits against flood and mistakes.
#[derive(Clone, Debug)]
pub struct PetitionLimits {
    /// Characters of text in one petition, all parts together.
    pub max_body_chars: usize,
    /// Voice notes, photos, documents and places in one petition.
    pub max_attachments: usize,
    /// Petitions one person may send in a day (Asia/Ho_Chi_Minh).
    pub max_per_day: i64,
    /// A hot spot: this many petitions of one category from one village or commune…
    pub hotspot_count: i64,
    /// …within this many hours (`LOATHON_HOTSPOT_COUNT`, `LOATHON_HOTSPOT_HOURS`).
    pub hotspot_hours: i64,
}

impl Default for PetitionLimits {
    fn default() -> Self {
        Self {
            max_body_chars: 3000,
            max_attachments: 10,
            max_per_day: 5,
            hotspot_count: 5,
            hotspot_hours: 72,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_open_petition_can_be_claimed() {
        assert_eq!(
            Transition::Claim.apply(Status::Open),
            Ok(Status::InProgress)
        );
        for s in [
            Status::InProgress,
            Status::AwaitingInfo,
            Status::Answered,
            Status::Closed,
        ] {
            assert_eq!(
                Transition::Claim.apply(s),
                Err(TransitionError::AlreadyClaimed)
            );
        }
    }

    #[test]
    fn answered_and_closed_petitions_take_no_more_answers_questions_forwards_or_closing() {
        for t in [
            Transition::Answer,
            Transition::AskForInfo,
            Transition::Forward,
            Transition::Close,
        ] {
            for s in [Status::Answered, Status::Closed] {
                assert_eq!(t.apply(s), Err(TransitionError::NotPending), "{t:?} {s:?}");
            }
            for s in [Status::Open, Status::InProgress, Status::AwaitingInfo] {
                assert_eq!(t.apply(s), Ok(t.to()));
            }
        }
    }

    #[test]
    fn only_an_answered_petition_reopens_and_information_returns_it_to_whoever_had_it() {
        assert_eq!(Transition::Reopen.apply(Status::Answered), Ok(Status::Open));
        assert_eq!(
            Transition::Reopen.apply(Status::Closed),
            Err(TransitionError::NotAnswered)
        );
        assert_eq!(
            Transition::InfoGiven { claimed: true }.apply(Status::AwaitingInfo),
            Ok(Status::InProgress)
        );
        assert_eq!(
            Transition::InfoGiven { claimed: false }.apply(Status::Open),
            Err(TransitionError::NotAwaitingInfo)
        );
    }

    #[test]
    fn the_sql_guard_lists_exactly_the_allowed_statuses() {
        assert_eq!(Transition::Claim.from_sql(), "'open'");
        assert_eq!(
            Transition::Close.from_sql(),
            "'open', 'in_progress', 'awaiting_info'"
        );
    }

    #[test]
    fn event_kinds_round_trip() {
        for k in EventKind::ALL {
            assert_eq!(EventKind::parse(k.as_str()), Some(k));
        }
    }
}
