//! Fluent bundles per language with a fallback chain ending in Vietnamese.
//!
//! Every text a user sees is a [`Msg`] (a message id and its arguments) rendered here in the
//! recipient's language. A message missing from a language, or one that fails to format there,
//! falls back along the chain and is logged; nobody ever sees a raw message id.

pub mod coverage;
pub mod ftl;
mod msg;
mod source;
pub mod translate;

use std::collections::HashMap;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::LocaleTag;
pub use msg::{Arg, Msg};
pub use source::{LocaleFile, LocaleSource, SourceError};

type Bundle = FluentBundle<FluentResource>;

/// The last resort when even Vietnamese lacks a message: better a plain apology than a key.
const LAST_RESORT: &str = "Xin lỗi, đã có lỗi khi hiển thị tin nhắn này.";

/// A language the bot can speak, as shown in the language picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Language {
    pub tag: LocaleTag,
    /// The language's name in itself ("Tiếng Việt", "Hmoob (RPA)").
    pub own_name: String,
    /// True while the translation awaits review by a native speaker.
    pub draft: bool,
    /// Who reviewed it and when (`locale.toml`), for a reviewed bundle.
    pub reviewer: Option<String>,
    pub reviewed_on: Option<String>,
    /// Older tags that mean this bundle (`hnj` for `hnj-x-rpa`).
    pub aliases: Vec<LocaleTag>,
    /// The bundles tried after this one; ends with `vi` (empty for `vi`).
    pub fallback: Vec<LocaleTag>,
}

impl Language {
    /// The picker's label: the own name, with the draft mark (a symbol any reader sees, and
    /// the word in the reader's language) when the translation is not reviewed.
    pub fn picker_label(&self) -> crate::message::Text {
        if self.draft {
            crate::message::Text::L(
                Msg::new("language-picker-draft").arg("name", self.own_name.clone()),
            )
        } else {
            crate::message::Text::Plain(self.own_name.clone())
        }
    }

    /// Whether `key` (a typed text, folded with `label_key`) names this language: its whole
    /// name, one word of it, its tag or an alias.
    pub fn answers_to(&self, key: &str) -> bool {
        let name = crate::domain::text::label_key(&self.own_name);
        let tag_key = |t: &LocaleTag| crate::domain::text::label_key(t.as_str());
        !key.is_empty()
            && (name == key
                || name.split(' ').any(|w| w == key)
                || tag_key(&self.tag) == key
                || self.aliases.iter().any(|a| tag_key(a) == key))
    }
}

pub struct Localizer {
    bundles: HashMap<LocaleTag, Bundle>,
    languages: Vec<Language>,
    /// Alias → the bundle's tag.
    aliases: HashMap<LocaleTag, LocaleTag>,
    /// The message ids each bundle has itself.
    ids: HashMap<LocaleTag, std::collections::HashSet<String>>,
}

#[derive(Debug, thiserror::Error)]
pub enum LocalizerError {
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error("{file}: Fluent syntax errors: {errors}")]
    Parse { file: String, errors: String },
    #[error("locale {0} has no name (neither locale.toml nor a `language-name` message)")]
    NoLanguageName(LocaleTag),
    #[error("the Vietnamese bundle (vi) is missing")]
    NoSource,
}

impl Localizer {
    /// The locales compiled into the binary.
    pub fn embedded() -> Result<Self, LocalizerError> {
        Self::from_sources(source::embedded()?)
    }

    /// Locales read from a folder laid out as `<dir>/<tag>/*.ftl` (Vietnamese compiled in
    /// when the folder has none).
    pub fn from_dir(dir: &std::path::Path) -> Result<Self, LocalizerError> {
        Self::from_sources(source::from_dir(dir)?)
    }

    pub fn from_sources(sources: Vec<LocaleSource>) -> Result<Self, LocalizerError> {
        let mut bundles = HashMap::new();
        let mut languages = Vec::new();
        let mut aliases = HashMap::new();
        let mut ids = HashMap::new();
        for src in sources {
            let mut own_ids = std::collections::HashSet::new();
            let plurals = src
                .meta
                .as_ref()
                .and_then(|m| m.plurals.as_deref())
                .and_then(|p| LocaleTag::parse(p).ok())
                .unwrap_or_else(|| src.tag.clone());
            let langid: LanguageIdentifier = plurals.langid();
            let mut bundle = Bundle::new_concurrent(vec![langid]);
            // Unicode isolation marks leak into chat messages as visible junk on some phones.
            bundle.set_use_isolating(false);
            bundle
                .add_builtins()
                .expect("builtins are added once, to a fresh bundle");
            for file in &src.files {
                let resource =
                    FluentResource::try_new(file.text.clone()).map_err(|(_, errs)| {
                        LocalizerError::Parse {
                            file: file.path.clone(),
                            errors: errs
                                .iter()
                                .map(|e| format!("{e:?}"))
                                .collect::<Vec<_>>()
                                .join("; "),
                        }
                    })?;
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        own_ids.insert(m.id.name.to_string());
                    }
                }
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::warn!(file = %file.path, ?errors, "duplicate Fluent entries; first kept");
                }
            }
            let own_name = match &src.meta {
                Some(m) => Some(m.name.clone()),
                None => format_in(&bundle, "language-name", None),
            }
            .ok_or_else(|| LocalizerError::NoLanguageName(src.tag.clone()))?;
            for alias in src.aliases() {
                aliases.insert(alias, src.tag.clone());
            }
            languages.push(Language {
                tag: src.tag.clone(),
                own_name,
                draft: src.draft,
                reviewer: src.meta.as_ref().and_then(|m| m.reviewer.clone()),
                reviewed_on: src.meta.as_ref().and_then(|m| m.reviewed_on.clone()),
                aliases: src.aliases(),
                fallback: src.fallback(),
            });
            ids.insert(src.tag.clone(), own_ids);
            bundles.insert(src.tag, bundle);
        }
        if !bundles.contains_key(&LocaleTag::vi()) {
            return Err(LocalizerError::NoSource);
        }
        // A bundle's own tag wins over another's alias.
        aliases.retain(|alias, _| !bundles.contains_key(alias));
        // Vietnamese first, then the others in a stable order.
        languages.sort_by_key(|l| (!l.tag.is_source(), l.tag.clone()));
        Ok(Self {
            bundles,
            languages,
            aliases,
            ids,
        })
    }

    /// Languages for the picker, Vietnamese first.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    /// The bundle `tag` means: itself, or the bundle it is an alias of.
    pub fn canonical(&self, tag: &LocaleTag) -> Option<LocaleTag> {
        if self.bundles.contains_key(tag) {
            Some(tag.clone())
        } else {
            self.aliases.get(tag).cloned()
        }
    }

    /// The language `tag` means (aliases resolved).
    pub fn language(&self, tag: &LocaleTag) -> Option<&Language> {
        let tag = self.canonical(tag)?;
        self.languages.iter().find(|l| l.tag == tag)
    }

    pub fn supports(&self, tag: &LocaleTag) -> bool {
        self.canonical(tag).is_some()
    }

    /// The language to use for someone whose platform reports `hint` (e.g. Telegram's
    /// `language_code`): the whole tag, else its language alone; Vietnamese when the hint is
    /// absent or unsupported.
    pub fn resolve(&self, hint: Option<&str>) -> LocaleTag {
        let Some(hint) = hint else {
            return LocaleTag::vi();
        };
        LocaleTag::parse(hint)
            .ok()
            .and_then(|t| self.canonical(&t))
            .or_else(|| {
                LocaleTag::parse(hint.split(['-', '_']).next().unwrap_or(hint))
                    .ok()
                    .and_then(|t| self.canonical(&t))
            })
            .unwrap_or_else(LocaleTag::vi)
    }

    /// The chain of bundles tried for `tag`: itself, its declared fallbacks, then Vietnamese.
    pub fn chain(&self, tag: &LocaleTag) -> Vec<LocaleTag> {
        let mut chain = Vec::with_capacity(3);
        if let Some(lang) = self.language(tag) {
            for t in std::iter::once(&lang.tag).chain(&lang.fallback) {
                if let Some(t) = self.canonical(t)
                    && !chain.contains(&t)
                {
                    chain.push(t);
                }
            }
        }
        chain.retain(|t| !t.is_source());
        chain.push(LocaleTag::vi());
        chain
    }

    /// Renders `msg` in `tag`, falling back along the chain.
    pub fn render(&self, tag: &LocaleTag, msg: &Msg) -> String {
        let args = msg.fluent_args(&|nested| self.render(tag, nested));
        for lang in self.chain(tag) {
            let bundle = &self.bundles[&lang];
            match try_format(bundle, &msg.id, args.as_ref()) {
                Ok(text) => return text,
                Err(FormatFailure::Missing) => {
                    if !lang.is_source() {
                        tracing::debug!(locale = %lang, id = %msg.id, "message missing; falling back");
                    } else {
                        tracing::error!(id = %msg.id, "message missing from vi");
                    }
                }
                Err(FormatFailure::Errors(errors)) => {
                    tracing::warn!(locale = %lang, id = %msg.id, ?errors, "message failed to format; falling back");
                }
            }
        }
        let vi = &self.bundles[&LocaleTag::vi()];
        format_in(vi, "error-internal", None).unwrap_or_else(|| LAST_RESORT.to_string())
    }

    /// The share (percent, rounded down) of the Vietnamese messages that `tag` has itself.
    pub fn share_translated(&self, tag: &LocaleTag) -> u32 {
        let Some(own) = self.canonical(tag).and_then(|t| self.ids.get(&t)) else {
            return 0;
        };
        let vi = &self.ids[&LocaleTag::vi()];
        if vi.is_empty() {
            return 100;
        }
        let have = vi.iter().filter(|id| own.contains(*id)).count();
        u32::try_from(have * 100 / vi.len()).unwrap_or(100)
    }

    /// Whether `tag` itself (not its fallback) has message `id`.
    pub fn has_own(&self, tag: &LocaleTag, id: &str) -> bool {
        self.canonical(tag)
            .and_then(|t| self.bundles.get(&t))
            .is_some_and(|b| b.has_message(id))
    }
}

enum FormatFailure {
    Missing,
    Errors(Vec<String>),
}

fn try_format(
    bundle: &Bundle,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Result<String, FormatFailure> {
    let message = bundle.get_message(id).ok_or(FormatFailure::Missing)?;
    let pattern = message.value().ok_or(FormatFailure::Missing)?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(FormatFailure::Errors(
            errors.iter().map(|e| e.to_string()).collect(),
        ))
    }
}

fn format_in(bundle: &Bundle, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    try_format(bundle, id, args).ok()
}

/// Turns an argument into a Fluent value (numbers stay numbers so plural rules apply).
pub(crate) fn to_fluent(arg: &Arg) -> FluentValue<'static> {
    match arg {
        Arg::Str(s) => FluentValue::from(s.clone()),
        Arg::Int(n) => FluentValue::from(*n),
        Arg::Msg(m) => FluentValue::from(m.id.to_string()),
    }
}
