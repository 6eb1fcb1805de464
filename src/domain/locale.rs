//! Language tags the bot speaks. Vietnamese (`vi`) is the source language; minority languages
//! use ISO 639-3 tags and fall back to Vietnamese for anything not yet translated.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A BCP 47 language tag the bot accepts: lowercase, 2–3 letters (`vi`, `hnj`, `km`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocaleTag(String);

/// The source language, complete by rule.
pub const SOURCE_LOCALE: &str = "vi";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a language tag: {0:?}")]
pub struct InvalidLocaleTag(pub String);

impl LocaleTag {
    pub fn parse(raw: &str) -> Result<Self, InvalidLocaleTag> {
        let tag = raw.trim().to_ascii_lowercase();
        let ok = (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase());
        if ok {
            Ok(Self(tag))
        } else {
            Err(InvalidLocaleTag(raw.to_string()))
        }
    }

    pub fn vi() -> Self {
        Self(SOURCE_LOCALE.to_string())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_source(&self) -> bool {
        self.0 == SOURCE_LOCALE
    }
}

impl TryFrom<String> for LocaleTag {
    type Error = InvalidLocaleTag;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LocaleTag> for String {
    fn from(tag: LocaleTag) -> Self {
        tag.0
    }
}

impl fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_lowercased_and_checked() {
        assert_eq!(LocaleTag::parse("HNJ").unwrap().as_str(), "hnj");
        assert!(LocaleTag::parse("vi-VN").is_err());
        assert!(LocaleTag::parse("").is_err());
        assert!(LocaleTag::parse("../etc").is_err());
    }
}
