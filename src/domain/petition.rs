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
}

impl Default for PetitionLimits {
    fn default() -> Self {
        Self {
            max_body_chars: 3000,
            max_attachments: 10,
            max_per_day: 5,
        }
    }
}
