//! Where Fluent files come from: compiled into the binary, or a folder on disk.

use std::path::Path;

use include_dir::{Dir, include_dir};

use crate::domain::LocaleTag;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// The marker a translator's file carries in its first comment until a native speaker has
/// reviewed it.
pub const DRAFT_MARKER: &str = "DRAFT";

#[derive(Clone, Debug)]
pub struct LocaleFile {
    /// For messages: `locales/hnj/menu.ftl`.
    pub path: String,
    pub text: String,
}

/// All Fluent files of one language.
#[derive(Clone, Debug)]
pub struct LocaleSource {
    pub tag: LocaleTag,
    pub files: Vec<LocaleFile>,
    /// Whether the language's files say they are drafts awaiting native review.
    pub draft: bool,
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

    /// `<dir>/<tag>/*.ftl`.
    pub fn read_dir(dir: &Path) -> Result<Vec<LocaleSource>, SourceError> {
        from_dir(dir)
    }
}

pub fn embedded() -> Result<Vec<LocaleSource>, SourceError> {
    let mut out = Vec::new();
    for dir in EMBEDDED.dirs() {
        let name = dir.path().to_string_lossy().to_string();
        let tag = LocaleTag::parse(&name).map_err(|_| SourceError::BadTag(name.clone()))?;
        let mut files: Vec<LocaleFile> = dir
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "ftl"))
            .map(|f| LocaleFile {
                path: format!("locales/{}", f.path().display()),
                text: f.contents_utf8().unwrap_or_default().to_string(),
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        out.push(finish(tag, files));
    }
    out.sort_by(|a, b| a.tag.cmp(&b.tag));
    Ok(out)
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
        for file in std::fs::read_dir(entry.path()).map_err(io(&entry.path()))? {
            let path = file.map_err(io(&entry.path()))?.path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&path).map_err(io(&path))?;
                files.push(LocaleFile {
                    path: path.display().to_string(),
                    text,
                });
            }
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        out.push(finish(tag, files));
    }
    out.sort_by(|a, b| a.tag.cmp(&b.tag));
    Ok(out)
}

fn finish(tag: LocaleTag, files: Vec<LocaleFile>) -> LocaleSource {
    let draft = !tag.is_source() && files.iter().any(|f| first_comment_is_draft(&f.text));
    LocaleSource { tag, files, draft }
}

fn first_comment_is_draft(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with('#') && l.contains(DRAFT_MARKER))
}
