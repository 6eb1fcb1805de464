//! Fluent bundles per language with a fallback chain ending in Vietnamese.
//!
//! Every text a user sees is a [`Msg`] (a message id and its arguments) rendered here in the
//! recipient's language. A message missing from a language, or one that fails to format there,
//! falls back along the chain and is logged; nobody ever sees a raw message id.

pub mod coverage;
mod msg;
mod source;

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
    /// The language's name in itself ("Tiếng Việt", "Hmoob").
    pub own_name: String,
    /// True while the translation awaits review by a native speaker.
    pub draft: bool,
}

pub struct Localizer {
    bundles: HashMap<LocaleTag, Bundle>,
    languages: Vec<Language>,
}

#[derive(Debug, thiserror::Error)]
pub enum LocalizerError {
    #[error(transparent)]
    Source(#[from] SourceError),
    #[error("{file}: Fluent syntax errors: {errors}")]
    Parse { file: String, errors: String },
    #[error("locale {0} has no `language-name` message")]
    NoLanguageName(LocaleTag),
    #[error("the Vietnamese bundle (vi) is missing")]
    NoSource,
}

impl Localizer {
    /// The locales compiled into the binary.
    pub fn embedded() -> Result<Self, LocalizerError> {
        Self::from_sources(source::embedded()?)
    }

    /// Locales read from a folder laid out as `<dir>/<tag>/*.ftl`.
    pub fn from_dir(dir: &std::path::Path) -> Result<Self, LocalizerError> {
        Self::from_sources(source::from_dir(dir)?)
    }

    pub fn from_sources(sources: Vec<LocaleSource>) -> Result<Self, LocalizerError> {
        let mut bundles = HashMap::new();
        let mut languages = Vec::new();
        for src in sources {
            let langid: LanguageIdentifier = src
                .tag
                .as_str()
                .parse()
                .map_err(|_| SourceError::BadTag(src.tag.to_string()))?;
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
                if let Err(errors) = bundle.add_resource(resource) {
                    tracing::warn!(file = %file.path, ?errors, "duplicate Fluent entries; first kept");
                }
            }
            let own_name = format_in(&bundle, "language-name", None)
                .ok_or_else(|| LocalizerError::NoLanguageName(src.tag.clone()))?;
            languages.push(Language {
                tag: src.tag.clone(),
                own_name,
                draft: src.draft,
            });
            bundles.insert(src.tag, bundle);
        }
        if !bundles.contains_key(&LocaleTag::vi()) {
            return Err(LocalizerError::NoSource);
        }
        // Vietnamese first, then the others in a stable order.
        languages.sort_by_key(|l| (!l.tag.is_source(), l.tag.clone()));
        Ok(Self { bundles, languages })
    }

    /// Languages for the picker, Vietnamese first.
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }

    pub fn supports(&self, tag: &LocaleTag) -> bool {
        self.bundles.contains_key(tag)
    }

    /// The language to use for someone whose platform reports `hint` (e.g. Telegram's
    /// `language_code`); Vietnamese when the hint is absent or unsupported.
    pub fn resolve(&self, hint: Option<&str>) -> LocaleTag {
        hint.and_then(|h| LocaleTag::parse(h.split(['-', '_']).next().unwrap_or(h)).ok())
            .filter(|t| self.supports(t))
            .unwrap_or_else(LocaleTag::vi)
    }

    /// The chain of languages tried for `tag`: itself, then Vietnamese.
    pub fn chain(&self, tag: &LocaleTag) -> Vec<LocaleTag> {
        let mut chain = Vec::with_capacity(2);
        if self.supports(tag) && !tag.is_source() {
            chain.push(tag.clone());
        }
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

    /// Whether `tag` itself (not its fallback) has message `id`.
    pub fn has_own(&self, tag: &LocaleTag, id: &str) -> bool {
        self.bundles.get(tag).is_some_and(|b| b.has_message(id))
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
