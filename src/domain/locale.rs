//! Language tags the bot speaks. Vietnamese (`vi`) is the source language; other bundles fall
//! back along their declared chain, which always ends in Vietnamese.
//!
//! Tags are BCP 47: a language (`hnj`), optionally a script (`Latn`), a region (`VN`),
//! variants, and private-use subtags after `-x-` for what BCP 47 has no code for, such as an
//! orthography (`hnj-x-rpa` for the RPA alphabet, `hnj-x-vn1961` for the Vietnamese H'Mông
//! script of 1961). The language part is parsed and canonicalised by `unic-langid`
//! (`HMN-latn-vn` → `hmn-Latn-VN`); private-use subtags are lowercased and checked here.

use std::fmt;

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

/// A canonical BCP 47 language tag (`vi`, `hnj-x-rpa`, `hmn-Latn-VN`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocaleTag(String);

/// The source language, complete by rule.
pub const SOURCE_LOCALE: &str = "vi";

/// The longest tag accepted: it travels in button data (Telegram allows 64 bytes in all) and
/// names a folder.
pub const MAX_TAG_LEN: usize = 32;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("not a language tag: {0:?}")]
pub struct InvalidLocaleTag(pub String);

impl LocaleTag {
    pub fn parse(raw: &str) -> Result<Self, InvalidLocaleTag> {
        let bad = || InvalidLocaleTag(raw.to_string());
        let text = raw.trim().replace('_', "-");
        if text.is_empty()
            || text.len() > MAX_TAG_LEN
            || !text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Err(bad());
        }
        let lower = text.to_ascii_lowercase();
        // A tag that is private use only (`x-…`) names no language: refused.
        if lower.starts_with("x-") {
            return Err(bad());
        }
        let (base, private) = if let Some(at) = lower.find("-x-") {
            (&text[..at], Some(&lower[at + 3..]))
        } else {
            (text.as_str(), None)
        };
        let langid: LanguageIdentifier = base.parse().map_err(|_| bad())?;
        // `und` (no language) and 4-letter "languages" are not something a bundle can be.
        let lang = langid.language.as_str();
        if langid.language.is_empty() || !(2..=3).contains(&lang.len()) {
            return Err(bad());
        }
        let mut tag = langid.to_string();
        if let Some(private) = private {
            let subtags: Vec<&str> = private.split('-').collect();
            if subtags.iter().any(|s| {
                s.is_empty() || s.len() > 8 || !s.bytes().all(|b| b.is_ascii_alphanumeric())
            }) {
                return Err(bad());
            }
            tag.push_str("-x-");
            tag.push_str(&subtags.join("-"));
        }
        Ok(Self(tag))
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

    /// The part `unic-langid` understands (without private-use subtags): what Fluent uses for
    /// plural rules and number formatting.
    pub fn langid(&self) -> LanguageIdentifier {
        let base = self.0.split("-x-").next().unwrap_or(&self.0);
        base.parse().unwrap_or_default()
    }

    /// The primary language subtag (`hnj` for `hnj-x-rpa`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
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
    fn tags_are_canonicalised_and_checked() {
        assert_eq!(LocaleTag::parse("HNJ").unwrap().as_str(), "hnj");
        assert_eq!(LocaleTag::parse("vi-vn").unwrap().as_str(), "vi-VN");
        assert_eq!(
            LocaleTag::parse("HMN_latn_vn").unwrap().as_str(),
            "hmn-Latn-VN"
        );
        assert_eq!(LocaleTag::parse("hnj-X-RPA").unwrap().as_str(), "hnj-x-rpa");
        assert_eq!(LocaleTag::parse("hnj-x-vn1961").unwrap().language(), "hnj");
        assert_eq!(
            LocaleTag::parse("hmn-Latn-VN-x-vn1961")
                .unwrap()
                .langid()
                .to_string(),
            "hmn-Latn-VN"
        );
        for bad in [
            "",
            "../etc",
            "x-rpa",
            "hnj-x-",
            "hnj-x-toolongsubtag",
            "und",
            "a",
            "hnj/x",
        ] {
            assert!(LocaleTag::parse(bad).is_err(), "{bad}");
        }
        assert!(LocaleTag::parse(&"a".repeat(40)).is_err());
    }
}
