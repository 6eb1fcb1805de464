//! Where Fluent files come from: compiled into the binary, or a folder on disk.
//!
//! A bundle is a folder `<tag>/` holding `*.ftl` files and a `locale.toml` that describes the
//! bundle itself (see [`LocaleMeta`]). A folder given with `LOATHON_LOCALES_DIR` need not hold
//! `vi`: Vietnamese then comes from the files compiled in.

use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::domain::LocaleTag;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The marker a bundle without `locale.toml` carries in its first comment until a native
/// speaker has reviewed it (the older layout, still read).
pub const DRAFT_MARKER: &str = "DRAFT";

/// The file that describes a bundle.
pub const META_FILE: &str = "locale.toml";

#[derive(Clone, Debug)]
pub struct LocaleFile {
    /// For messages: `locales/hnj-x-rpa/menu.ftl`.
    pub path: String,
    pub text: String,
}

impl LocaleFile {
    /// The file's name without folder (`menu.ftl`): how a translation's file is matched to
    /// the Vietnamese one.
    pub fn name(&self) -> &str {
        self.path.rsplit(['/', '\\']).next().unwrap_or(&self.path)
    }
}

/// Whether a translation has been checked by a native speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    #[default]
    Draft,
    Reviewed,
}

/// What `locale.toml` says about its bundle. Why TOML and not Fluent messages: these are facts
/// for the program (a list, a date), not texts to translate; as messages they would be counted,
/// exported to translators and fall back to Vietnamese, which a language's own name must never do.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    /// The language's name in itself, as the picker shows it ("Hmoob (RPA)").
    pub name: String,
    #[serde(default)]
    pub status: Status,
    /// Who reviewed the translation (a name and role), when `status = "reviewed"`.
    #[serde(default)]
    pub reviewer: Option<String>,
    /// When it was reviewed (YYYY-MM-DD).
    #[serde(default)]
    pub reviewed_on: Option<String>,
    /// The bundles tried after this one, in order; always ends with `vi` (added when left out).
    #[serde(default)]
    pub fallback: Vec<String>,
    /// Older tags that mean this bundle: rows stored with them keep working (`hnj`).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The language whose plural rules Fluent applies (`vi`: one form, `*[other]`). Defaults
    /// to the tag's own language; set it when CLDR has no rules for the language.
    #[serde(default)]
    pub plurals: Option<String>,
}

/// All Fluent files of one language.
#[derive(Clone, Debug)]
pub struct LocaleSource {
    pub tag: LocaleTag,
    pub files: Vec<LocaleFile>,
    /// Whether the language is a draft awaiting native review.
    pub draft: bool,
    /// `locale.toml`, when the folder has one.
    pub meta: Option<LocaleMeta>,
    /// Problems with `locale.toml` (unreadable, bad fallback): reported by `loathon locales`.
    pub meta_errors: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("locale folder name {0:?} is not a language tag")]
    BadTag(String),
    #[error("reading {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl LocaleSource {
    /// The locales compiled into the binary.
    pub fn embedded() -> Result<Vec<LocaleSource>, SourceError> {
        embedded()
    }

    /// `<dir>/<tag>/*.ftl`, with Vietnamese compiled in when the folder has no `vi`.
    pub fn read_dir(dir: &Path) -> Result<Vec<LocaleSource>, SourceError> {
        from_dir(dir)
    }

    /// The bundles tried after this one: the declared chain, then `vi`.
    pub fn fallback(&self) -> Vec<LocaleTag> {
        if self.tag.is_source() {
            return Vec::new();
        }
        let mut chain: Vec<LocaleTag> = self
            .meta
            .iter()
            .flat_map(|m| &m.fallback)
            .filter_map(|t| LocaleTag::parse(t).ok())
            .filter(|t| t != &self.tag)
            .collect();
        if chain.last().is_none_or(|t| !t.is_source()) {
            chain.retain(|t| !t.is_source());
            chain.push(LocaleTag::vi());
        }
        chain
    }

    /// The tags that also mean this bundle.
    pub fn aliases(&self) -> Vec<LocaleTag> {
        self.meta
            .iter()
            .flat_map(|m| &m.aliases)
            .filter_map(|t| LocaleTag::parse(t).ok())
            .collect()
    }
}

pub fn embedded() -> Result<Vec<LocaleSource>, SourceError> {
    let mut out = Vec::new();
    for dir in EMBEDDED.dirs() {
        let name = dir.path().to_string_lossy().to_string();
        let tag = LocaleTag::parse(&name).map_err(|_| SourceError::BadTag(name.clone()))?;
        if tag.as_str() != name {
            return Err(SourceError::BadTag(name));
        }
        let mut files: Vec<LocaleFile> = dir
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
            .map(|f| LocaleFile {
                path: format!("locales/{}", f.path().display()),
                text: f.contents_utf8().unwrap_or_default().to_string(),
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let meta = dir
            .files()
            .find(|f| f.path().file_name().is_some_and(|n| n == META_FILE))
            .map(|f| {
                (
                    format!("locales/{}", f.path().display()),
                    f.contents_utf8().unwrap_or_default().to_string(),
                )
            });
        out.push(finish(tag, files, meta));
    }
    out.sort_by(|a, b| a.tag.cmp(&b.tag));
    Ok(out)
}

/// Vietnamese as compiled in.
pub fn embedded_vi() -> Result<LocaleSource, SourceError> {
    Ok(embedded()?
        .into_iter()
        .find(|s| s.tag.is_source())
        .expect("locales/vi is compiled in"))
}

pub fn from_dir(root: &Path) -> Result<Vec<LocaleSource>, SourceError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| SourceError::Io { path, source }
    };
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root).map_err(io(root))? {
        let entry = entry.map_err(io(root))?;
        if !entry.path().is_dir() {
            continue;
        }
        let name = entry.file_name().to_string_lossy().to_string();
        let tag = LocaleTag::parse(&name).map_err(|_| SourceError::BadTag(name.clone()))?;
        let mut files = Vec::new();
        let mut meta = None;
        for file in std::fs::read_dir(entry.path()).map_err(io(&entry.path()))? {
            let path = file.map_err(io(&entry.path()))?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).map_err(io(&path))?;
                files.push(LocaleFile {
                    path: path.display().to_string(),
                    text,
                });
            } else if path.file_name().is_some_and(|n| n == META_FILE) {
                let text = std::fs::read_to_string(&path).map_err(io(&path))?;
                meta = Some((path.display().to_string(), text));
            }
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        out.push(finish(tag, files, meta));
    }
    if !out.iter().any(|s| s.tag.is_source()) {
        out.push(embedded_vi()?);
    }
    out.sort_by(|a, b| a.tag.cmp(&b.tag));
    Ok(out)
}

fn finish(tag: LocaleTag, files: Vec<LocaleFile>, meta: Option<(String, String)>) -> LocaleSource {
    let mut meta_errors = Vec::new();
    let meta = meta.and_then(|(path, text)| match toml::from_str::<LocaleMeta>(&text) {
        Ok(m) => Some(m),
        Err(e) => {
            meta_errors.push(format!("{path}: {e}"));
            None
        }
    });
    if let Some(m) = &meta {
        for t in m.fallback.iter().chain(&m.aliases) {
            if LocaleTag::parse(t).is_err() {
                meta_errors.push(format!("{tag}/{META_FILE}: {t:?} is not a language tag"));
            }
        }
        if !tag.is_source() && m.fallback.last().is_some_and(|t| t != "vi") {
            meta_errors.push(format!(
                "{tag}/{META_FILE}: the fallback chain must end with \"vi\""
            ));
        }
        if m.status == Status::Reviewed && (m.reviewer.is_none() || m.reviewed_on.is_none()) {
            meta_errors.push(format!(
                "{tag}/{META_FILE}: status \"reviewed\" needs reviewer and reviewed_on"
            ));
        }
    }
    let draft = !tag.is_source()
        && match &meta {
            Some(m) => m.status == Status::Draft,
            None => files.iter().any(|f| first_comment_is_draft(&f.text)),
        };
    LocaleSource {
        tag,
        files,
        draft,
        meta,
        meta_errors,
    }
}

fn first_comment_is_draft(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with('#') && l.contains(DRAFT_MARKER))
}
