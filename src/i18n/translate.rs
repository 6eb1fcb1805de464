//! The translators' round trip, for people who work in a spreadsheet rather than git:
//! `loathon locales export` writes one row per Vietnamese message (CSV with a UTF-8 BOM, so
//! Excel on Windows reads the accents), `loathon locales import` checks every row and writes
//! the language's .ftl files, each translation under a `# vi-hash: …` line naming the version
//! of the Vietnamese it was made from.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use super::coverage::{self, Entry};
use super::ftl::{self, RawFile, RawMessage};
use super::{LocaleSource, source};
use crate::domain::LocaleTag;

/// The columns, in order.
pub const COLUMNS: [&str; 6] = [
    "id",
    "context",
    "vietnamese",
    "translation",
    "status",
    "vi_hash",
];

/// A translation's state, as the `status` column says it (in Vietnamese: translators of the
/// communes read it). Informative only: import reads id, translation and vi_hash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowStatus {
    Missing,
    Current,
    Changed,
    Unstamped,
}

impl RowStatus {
    pub fn label(self) -> &'static str {
        match self {
            RowStatus::Missing => "chưa dịch",
            RowStatus::Current => "đã dịch",
            RowStatus::Changed => "tiếng Việt đã đổi, cần dịch lại",
            RowStatus::Unstamped => "đã dịch (chưa rõ theo bản tiếng Việt nào)",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Filter {
    #[default]
    All,
    OnlyMissing,
    Changed,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub id: String,
    pub context: String,
    pub vietnamese: String,
    pub translation: String,
    pub status: RowStatus,
    pub vi_hash: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    #[error("no bundle {0}: create the folder locales/{0}/ with a locale.toml first")]
    UnknownLanguage(String),
    #[error("vi is the source language: edit locales/vi/*.ftl directly")]
    Source,
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Csv(#[from] csv::Error),
    #[error(transparent)]
    Locale(#[from] source::SourceError),
    #[error("the file is refused, nothing was written:\n{}", .0.join("\n"))]
    Rows(Vec<String>),
}

/// The Vietnamese messages in file order, each with its file name.
fn vi_in_order(vi: &LocaleSource) -> Vec<(String, RawMessage)> {
    let mut out = Vec::new();
    for f in &vi.files {
        for m in ftl::split(&f.text).messages {
            out.push((f.name().to_string(), m));
        }
    }
    out
}

fn find<'a>(
    sources: &'a [LocaleSource],
    tag: &LocaleTag,
) -> Result<&'a LocaleSource, TranslateError> {
    if tag.is_source() {
        return Err(TranslateError::Source);
    }
    sources
        .iter()
        .find(|s| &s.tag == tag || s.aliases().contains(tag))
        .ok_or_else(|| TranslateError::UnknownLanguage(tag.to_string()))
}

/// The rows for `tag`.
pub fn rows(
    sources: &[LocaleSource],
    tag: &LocaleTag,
    filter: Filter,
) -> Result<Vec<Row>, TranslateError> {
    let target = find(sources, tag)?;
    let vi = sources
        .iter()
        .find(|s| s.tag.is_source())
        .ok_or(TranslateError::Source)?;
    let own = coverage::entries(target, &mut Vec::new());
    let mut out = Vec::new();
    for (_, m) in vi_in_order(vi) {
        let hash = m.hash();
        let (translation, status) = match own.get(&m.id) {
            None => (String::new(), RowStatus::Missing),
            Some(e) => (
                e.raw.value(),
                match e.raw.vi_hash() {
                    None => RowStatus::Unstamped,
                    Some(h) if h == hash => RowStatus::Current,
                    Some(_) => RowStatus::Changed,
                },
            ),
        };
        let keep = match filter {
            Filter::All => true,
            Filter::OnlyMissing => status == RowStatus::Missing,
            Filter::Changed => status == RowStatus::Changed,
        };
        if keep {
            out.push(Row {
                id: m.id.clone(),
                context: m.context(),
                vietnamese: m.value(),
                translation,
                status,
                vi_hash: hash,
            });
        }
    }
    Ok(out)
}

/// The rows as CSV bytes, with the UTF-8 BOM first.
pub fn to_csv(rows: &[Row]) -> Result<Vec<u8>, TranslateError> {
    let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for r in rows {
        w.write_record([
            r.id.as_str(),
            r.context.as_str(),
            r.vietnamese.as_str(),
            r.translation.as_str(),
            r.status.label(),
            r.vi_hash.as_str(),
        ])?;
    }
    let body = w.into_inner().map_err(|e| e.into_error())?;
    let mut out = "\u{feff}".as_bytes().to_vec();
    out.extend(body);
    Ok(out)
}

/// What an import changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub tag: Option<LocaleTag>,
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: usize,
    pub empty: usize,
    pub files: BTreeSet<String>,
}

impl ImportReport {
    pub fn render(&self) -> String {
        let mut out = String::new();
        let tag = self.tag.as_ref().map_or("?", |t| t.as_str());
        let _ = writeln!(
            out,
            "{tag}: {} added, {} changed, {} unchanged, {} rows without a translation (left as they were)",
            self.added.len(),
            self.changed.len(),
            self.unchanged,
            self.empty
        );
        for id in &self.added {
            let _ = writeln!(out, "    added: {id}");
        }
        for id in &self.changed {
            let _ = writeln!(out, "    changed: {id}");
        }
        for f in &self.files {
            let _ = writeln!(out, "    wrote {f}");
        }
        out
    }
}

/// A checked row, ready to write.
struct Checked {
    id: String,
    body: String,
    vi_hash: String,
}

/// The language a file is for, from its name: `loathon-<tag>.csv` or `<tag>.csv`.
pub fn tag_from_file_name(path: &Path) -> Option<LocaleTag> {
    let stem = path.file_stem()?.to_str()?;
    let stem = stem.strip_prefix("loathon-").unwrap_or(stem);
    LocaleTag::parse(stem).ok()
}

/// Checks every row of `bytes` against vi and writes the translations of `tag` under `root`
/// (`root/<tag>/*.ftl`). Nothing is written when any row is broken.
pub fn import(root: &Path, tag: &LocaleTag, bytes: &[u8]) -> Result<ImportReport, TranslateError> {
    let sources = LocaleSource::read_dir(root)?;
    let target = find(&sources, tag)?.clone();
    let vi = sources
        .iter()
        .find(|s| s.tag.is_source())
        .ok_or(TranslateError::Source)?;
    let vi_entries: BTreeMap<String, Entry> = coverage::entries(vi, &mut Vec::new());
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let headers = reader.headers()?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(id_col), Some(tr_col)) = (col("id"), col("translation")) else {
        return Err(TranslateError::Rows(vec![
            "row 1: the first row must name the columns (id, context, vietnamese, translation, status, vi_hash)".into(),
        ]));
    };
    let hash_col = col("vi_hash");
    let mut problems = Vec::new();
    let mut checked: Vec<Checked> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut empty = 0;
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let (row, line) = e.position().map_or((0, 0), |p| (p.record() + 1, p.line()));
                problems.push(format!(
                    "row {row} (line {line} of the file): not a CSV row ({e})"
                ));
                continue;
            }
        };
        // The spreadsheet's row number (the header is row 1), and the file's line, which differs
        // when a cell holds several lines.
        let (row, line) = record
            .position()
            .map_or((0, 0), |p| (p.record() + 1, p.line()));
        let id = record.get(id_col).unwrap_or("").trim().to_string();
        let translation = record.get(tr_col).unwrap_or("").replace("\r\n", "\n");
        let mut fail = |why: String| {
            problems.push(format!("row {row} (line {line} of the file): {id}: {why}"))
        };
        let Some(vi_entry) = vi_entries.get(&id) else {
            fail("no such message in Vietnamese (unknown id)".into());
            continue;
        };
        if !seen.insert(id.clone()) {
            fail("this id has a row already".into());
            continue;
        }
        if translation.trim().is_empty() {
            empty += 1;
            continue;
        }
        let vi_hash = match hash_col.and_then(|c| record.get(c)).map(str::trim) {
            None | Some("") => vi_entry.raw.hash(),
            Some(h) if h.len() == 8 && h.bytes().all(|b| b.is_ascii_hexdigit()) => {
                h.to_ascii_lowercase()
            }
            Some(h) => {
                fail(format!(
                    "vi_hash {h:?} is not the 8 hex digits the export wrote"
                ));
                continue;
            }
        };
        let body = ftl::body_for(&id, &translation);
        match check(&body, &id, &vi_entry.vars, &vi_entries) {
            Ok(()) => checked.push(Checked { id, body, vi_hash }),
            Err(why) => fail(why),
        }
    }
    if !problems.is_empty() {
        return Err(TranslateError::Rows(problems));
    }
    write(root, &target, vi, checked, empty)
}

/// A translation must be one Fluent message with the same id, using the same variables as
/// the Vietnamese, referring only to messages that exist.
fn check(
    body: &str,
    id: &str,
    vi_vars: &BTreeSet<String>,
    vi_entries: &BTreeMap<String, Entry>,
) -> Result<(), String> {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(body).map_err(|(_, errs)| {
        format!(
            "not valid Fluent ({}); check the braces {{ }} and the lines starting with [ or *",
            errs.iter()
                .map(|e| format!("{:?}", e.kind))
                .collect::<Vec<_>>()
                .join("; ")
        )
    })?;
    let messages: Vec<&ast::Message<&str>> = resource
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Message(m) => Some(m),
            _ => None,
        })
        .collect();
    let [m] = messages.as_slice() else {
        return Err("the translation reads as several messages; remove the line that starts with a word and =".into());
    };
    if m.id.name != id || m.value.is_none() {
        return Err("the translation is not a text".into());
    }
    let mut vars = BTreeSet::new();
    let mut refs = BTreeSet::new();
    if let Some(p) = &m.value {
        coverage::pattern_vars(p, &mut vars);
        pattern_refs(p, &mut refs);
    }
    if &vars != vi_vars {
        let show = |s: &BTreeSet<String>| {
            s.iter()
                .map(|v| format!("{{ ${v} }}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        return Err(format!(
            "uses the variables [{}] but the Vietnamese uses [{}]; keep each {{ $name }} as it is",
            show(&vars),
            show(vi_vars)
        ));
    }
    if let Some(r) = refs.iter().find(|r| !vi_entries.contains_key(*r)) {
        return Err(format!("refers to {{ {r} }}, which does not exist"));
    }
    Ok(())
}

fn pattern_refs(p: &fluent_syntax::ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    fn inline(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match i {
            InlineExpression::MessageReference { id, .. } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern_refs(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expr(expression, out);
        }
    }
}

fn write(
    root: &Path,
    target: &LocaleSource,
    vi: &LocaleSource,
    rows: Vec<Checked>,
    empty: usize,
) -> Result<ImportReport, TranslateError> {
    let dir = root.join(target.tag.as_str());
    if !dir.is_dir() {
        return Err(TranslateError::UnknownLanguage(target.tag.to_string()));
    }
    // The language's files as they are, by name.
    let mut files: BTreeMap<String, RawFile> = target
        .files
        .iter()
        .map(|f| (f.name().to_string(), ftl::split(&f.text)))
        .collect();
    let vi_file_of: BTreeMap<String, String> = vi_in_order(vi)
        .into_iter()
        .map(|(file, m)| (m.id, file))
        .collect();
    let mut report = ImportReport {
        tag: Some(target.tag.clone()),
        empty,
        ..Default::default()
    };
    for row in rows {
        let stamp = format!("{} {}", ftl::VI_HASH, row.vi_hash);
        let existing = files.iter_mut().find_map(|(name, f)| {
            f.messages
                .iter_mut()
                .find(|m| m.id == row.id)
                .map(|m| (name.clone(), m))
        });
        match existing {
            Some((name, m)) => {
                if m.body == row.body && m.vi_hash() == Some(row.vi_hash.as_str()) {
                    report.unchanged += 1;
                    continue;
                }
                m.comments.retain(|c| !c.starts_with(ftl::VI_HASH));
                m.comments.push(stamp);
                m.body = row.body;
                report.changed.push(row.id);
                report.files.insert(name);
            }
            None => {
                let name = vi_file_of
                    .get(&row.id)
                    .cloned()
                    .unwrap_or_else(|| "main.ftl".to_string());
                let f = files.entry(name.clone()).or_insert_with(|| RawFile {
                    header: vec![format!(
                        "# {}: written by `loathon locales import`; status and reviewer in locale.toml.",
                        target.tag
                    )],
                    messages: Vec::new(),
                });
                f.messages.push(RawMessage {
                    id: row.id.clone(),
                    comments: vec![stamp],
                    loose: Vec::new(),
                    body: row.body,
                    line: 0,
                });
                report.added.push(row.id);
                report.files.insert(name);
            }
        }
    }
    for name in &report.files {
        let path = dir.join(name);
        std::fs::write(&path, ftl::render(&files[name]))?;
    }
    report.files = report
        .files
        .iter()
        .map(|n| dir.join(n).display().to_string())
        .collect();
    Ok(report)
}
