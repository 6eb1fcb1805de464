//! Translation coverage: per language and per file, which `vi` messages it has (with word
//! counts: the translators' workload), which it lacks, which it has that `vi` does not
//! (obsolete), which were translated from an older Vietnamese text ("changed since
//! translated"), and what is broken: parse errors, duplicate keys, variables vi does not pass,
//! messages that fail to format, a vi message without its context comment, a bad `locale.toml`.
//! `loathon locales` prints it and fails on anything broken.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast;

use super::ftl;
use super::{Arg, LocaleSource, Localizer, Msg, source::DRAFT_MARKER};
use crate::domain::LocaleTag;

/// One file of a language, against the Vietnamese file of the same name.
#[derive(Debug, Default, Clone)]
pub struct FileCoverage {
    pub name: String,
    pub present: usize,
    pub total: usize,
    pub words_done: usize,
    pub words_total: usize,
}

#[derive(Debug, Default)]
pub struct LanguageCoverage {
    pub tag: Option<LocaleTag>,
    pub draft: bool,
    pub present: usize,
    pub missing: Vec<String>,
    pub obsolete: Vec<String>,
    /// Translated from a Vietnamese text that has changed since (its vi-hash differs).
    pub changed: Vec<String>,
    /// Translations that do not say which Vietnamese text they were made from.
    pub unstamped: usize,
    pub files: Vec<FileCoverage>,
    /// Parse errors, duplicate keys, unmarked drafts, messages that fail to format.
    pub errors: Vec<String>,
}

#[derive(Debug, Default)]
pub struct CoverageReport {
    pub source_total: usize,
    pub languages: Vec<LanguageCoverage>,
}

impl CoverageReport {
    /// True when something must be fixed before release: a parse or format error, a duplicate
    /// key, a vi message without context, a bad `locale.toml`, or a message that vi lacks.
    pub fn has_failures(&self) -> bool {
        self.languages
            .iter()
            .any(|l| !l.errors.is_empty() || !l.obsolete.is_empty())
    }

    pub fn language(&self, tag: &str) -> Option<&LanguageCoverage> {
        self.languages
            .iter()
            .find(|l| l.tag.as_ref().is_some_and(|t| t.as_str() == tag))
    }

    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<14} {:>9} {:>7} {:>8} {:>7} {:>6}  status",
            "locale", "present", "missing", "obsolete", "changed", "errors"
        );
        for l in &self.languages {
            let tag = l.tag.as_ref().map(|t| t.as_str()).unwrap_or("?");
            let status = match (l.tag.as_ref().is_some_and(|t| t.is_source()), l.draft) {
                (true, _) => "source",
                (false, true) => "draft (awaiting native review)",
                (false, false) => "reviewed",
            };
            let _ = writeln!(
                out,
                "{:<14} {:>9} {:>7} {:>8} {:>7} {:>6}  {}",
                tag,
                format!("{}/{}", l.present, self.source_total),
                l.missing.len(),
                l.obsolete.len(),
                l.changed.len(),
                l.errors.len(),
                status
            );
            if l.tag.as_ref().is_some_and(|t| !t.is_source()) {
                for f in &l.files {
                    let _ = writeln!(
                        out,
                        "    {:<26} {:>9} messages {:>11} words",
                        f.name,
                        format!("{}/{}", f.present, f.total),
                        format!("{}/{}", f.words_done, f.words_total),
                    );
                }
                if l.unstamped > 0 {
                    let _ = writeln!(
                        out,
                        "    {} translation(s) without a vi-hash (made before `locales import`; their source version is unknown)",
                        l.unstamped
                    );
                }
            }
            for id in &l.changed {
                let _ = writeln!(out, "    changed since translated: {id}");
            }
            let lists = [
                ("missing", &l.missing),
                ("obsolete", &l.obsolete),
                ("error", &l.errors),
            ];
            for (label, items) in lists {
                let show = verbose || label != "missing";
                for item in items.iter().filter(|_| show) {
                    let _ = writeln!(out, "    {label}: {item}");
                }
            }
        }
        out
    }
}

/// A message of a language: where it is, its raw text, and the variables it uses.
#[derive(Debug, Clone)]
pub struct Entry {
    pub file: String,
    pub raw: ftl::RawMessage,
    pub vars: BTreeSet<String>,
}

/// Every message of a language by id (the first one of a duplicated id), with errors.
pub fn entries(src: &LocaleSource, errors: &mut Vec<String>) -> BTreeMap<String, Entry> {
    let mut out: BTreeMap<String, Entry> = BTreeMap::new();
    for file in &src.files {
        let resource = match fluent_syntax::parser::parse(file.text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(format!(
                        "{}: parse error {:?} at {:?}",
                        file.path, e.kind, e.pos
                    ));
                }
                r
            }
        };
        if !src.tag.is_source()
            && src.meta.is_none()
            && !starts_with_draft_or_review_note(&file.text)
        {
            errors.push(format!(
                "{}: first comment must say {DRAFT_MARKER} (awaiting native review) or REVIEWED (or the folder needs a locale.toml)",
                file.path
            ));
        }
        let raw: BTreeMap<String, ftl::RawMessage> = ftl::split(&file.text)
            .messages
            .into_iter()
            .map(|m| (m.id.clone(), m))
            .collect();
        let mut seen_here = BTreeSet::new();
        for entry in &resource.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.to_string();
            if let Some(first) = out.get(&id) {
                errors.push(format!(
                    "duplicate key {id}: in {} and {} (only the first is used)",
                    first.file, file.path
                ));
                continue;
            }
            if !seen_here.insert(id.clone()) {
                continue;
            }
            let mut vars = BTreeSet::new();
            if let Some(p) = &m.value {
                pattern_vars(p, &mut vars);
            }
            let raw = raw.get(&id).cloned().unwrap_or_else(|| ftl::RawMessage {
                id: id.clone(),
                comments: Vec::new(),
                loose: Vec::new(),
                body: String::new(),
                line: 0,
            });
            out.insert(
                id,
                Entry {
                    file: file.path.clone(),
                    raw,
                    vars,
                },
            );
        }
        // The same id twice in one file: fluent_syntax keeps both; the splitter sees both.
        let mut ids = BTreeSet::new();
        for m in ftl::split(&file.text).messages {
            if !ids.insert(m.id.clone()) {
                errors.push(format!(
                    "duplicate key {}: twice in {} (line {}; only the first is used)",
                    m.id, file.path, m.line
                ));
            }
        }
    }
    out
}

fn messages(src: &LocaleSource, errors: &mut Vec<String>) -> BTreeMap<String, BTreeSet<String>> {
    entries(src, errors)
        .into_iter()
        .map(|(id, e)| (id, e.vars))
        .collect()
}

fn starts_with_draft_or_review_note(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with('#') && (l.contains(DRAFT_MARKER) || l.contains("REVIEWED")))
}

pub(crate) fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out);
        }
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out),
        _ => {}
    }
}

/// Every message of a language with the variables it uses.
pub fn message_variables(src: &LocaleSource) -> BTreeMap<String, BTreeSet<String>> {
    messages(src, &mut Vec::new())
}

/// Sample arguments for a message: every variable `vi` uses, as a number (so plural selectors
/// are exercised) — except names that are clearly text.
pub fn sample_msg(id: &str, vars: &BTreeSet<String>, count: i64) -> Msg {
    let mut msg = Msg::new(id.to_string());
    for v in vars {
        msg = msg.arg(v.clone(), Arg::Int(count));
    }
    msg
}

pub fn report(sources: &[LocaleSource]) -> CoverageReport {
    let mut scratch = Vec::new();
    let Some(vi) = sources.iter().find(|s| s.tag.is_source()) else {
        return CoverageReport {
            source_total: 0,
            languages: vec![LanguageCoverage {
                errors: vec!["no vi locale".into()],
                ..Default::default()
            }],
        };
    };
    let vi_entries = entries(vi, &mut scratch);
    for (id, e) in &vi_entries {
        if e.raw.context().trim().is_empty() {
            scratch.push(format!(
                "{id} ({}): no context comment (a `# ` line above it: who reads it, where, what each variable holds)",
                e.file
            ));
        }
    }
    let localizer = match Localizer::from_sources(sources.to_vec()) {
        Ok(l) => Some(l),
        Err(e) => {
            scratch.push(format!("the bundles do not load: {e}"));
            None
        }
    };
    let known: BTreeSet<LocaleTag> = sources.iter().map(|s| s.tag.clone()).collect();
    let mut report = CoverageReport {
        source_total: vi_entries.len(),
        languages: Vec::new(),
    };
    for src in sources {
        let mut errors = src.meta_errors.clone();
        if src.tag.is_source() {
            errors.append(&mut scratch);
        }
        for t in src.fallback() {
            if !known.contains(&t) {
                errors.push(format!("fallback {t} has no bundle"));
            }
        }
        let own = entries(src, &mut errors);
        let present = own.keys().filter(|k| vi_entries.contains_key(*k)).count();
        let missing = vi_entries
            .keys()
            .filter(|k| !own.contains_key(*k))
            .cloned()
            .collect();
        let obsolete = own
            .keys()
            .filter(|k| !vi_entries.contains_key(*k))
            .cloned()
            .collect();
        let mut changed = Vec::new();
        let mut unstamped = 0;
        if !src.tag.is_source() {
            for (id, e) in own.iter() {
                let Some(v) = vi_entries.get(id) else {
                    continue;
                };
                match e.raw.vi_hash() {
                    Some(h) if h != v.raw.hash() => changed.push(id.clone()),
                    Some(_) => {}
                    None => unstamped += 1,
                }
            }
        }
        let mut files: BTreeMap<String, FileCoverage> = BTreeMap::new();
        for (id, v) in &vi_entries {
            let name = file_name(&v.file).to_string();
            let f = files.entry(name.clone()).or_insert_with(|| FileCoverage {
                name,
                ..Default::default()
            });
            let words = ftl::words(&v.raw.value());
            f.total += 1;
            f.words_total += words;
            if own.contains_key(id) {
                f.present += 1;
                f.words_done += words;
            }
        }
        if let Some(loc) = &localizer {
            for (id, e) in own.iter().filter(|(k, _)| vi_entries.contains_key(*k)) {
                let vi_vars = &vi_entries[id].vars;
                for extra in e.vars.difference(vi_vars) {
                    errors.push(format!("{id}: uses ${extra}, which vi does not pass"));
                }
                if !loc.formats_cleanly(&src.tag, &sample_msg(id, vi_vars, 1)) {
                    errors.push(format!("{id}: fails to format"));
                }
            }
        }
        report.languages.push(LanguageCoverage {
            tag: Some(src.tag.clone()),
            draft: src.draft,
            present,
            missing,
            obsolete,
            changed,
            unstamped,
            files: files.into_values().collect(),
            errors,
        });
    }
    report
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

impl Localizer {
    /// Whether `msg` formats in `tag` itself without errors (no fallback).
    pub fn formats_cleanly(&self, tag: &LocaleTag, msg: &Msg) -> bool {
        let Some(bundle) = self.canonical(tag).and_then(|t| self.bundles.get(&t)) else {
            return false;
        };
        super::try_format(
            bundle,
            &msg.id,
            msg.fluent_args(&|m| self.render(tag, m)).as_ref(),
        )
        .is_ok()
    }
}
