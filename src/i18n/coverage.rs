//! Translation coverage: per language, which `vi` messages it has, which it lacks, which it has
//! that `vi` does not (obsolete), and which fail to parse or format. `loathon locales` prints it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use fluent_syntax::ast;

use super::{Arg, LocaleSource, Localizer, Msg, source::DRAFT_MARKER};
use crate::domain::LocaleTag;

#[derive(Debug, Default)]
pub struct LanguageCoverage {
    pub tag: Option<LocaleTag>,
    pub draft: bool,
    pub present: usize,
    pub missing: Vec<String>,
    pub obsolete: Vec<String>,
    /// Parse errors, files without the draft marker, messages that fail to format.
    pub errors: Vec<String>,
}

#[derive(Debug, Default)]
pub struct CoverageReport {
    pub source_total: usize,
    pub languages: Vec<LanguageCoverage>,
}

impl CoverageReport {
    /// True when something must be fixed before release: a parse or format error, an unmarked
    /// draft, or a message that Vietnamese lacks.
    pub fn has_failures(&self) -> bool {
        self.languages
            .iter()
            .any(|l| !l.errors.is_empty() || !l.obsolete.is_empty())
    }

    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<6} {:>7} {:>7} {:>8} {:>6}  status",
            "locale", "present", "missing", "obsolete", "errors"
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
                "{:<6} {:>7} {:>7} {:>8} {:>6}  {}",
                tag,
                format!("{}/{}", l.present, self.source_total),
                l.missing.len(),
                l.obsolete.len(),
                l.errors.len(),
                status
            );
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

/// Message ids and the variables each one uses, per file set.
fn messages(src: &LocaleSource, errors: &mut Vec<String>) -> BTreeMap<String, BTreeSet<String>> {
    let mut ids = BTreeMap::new();
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
        if !src.tag.is_source() && !starts_with_draft_or_review_note(&file.text) {
            errors.push(format!(
                "{}: first comment must say {DRAFT_MARKER} (awaiting native review) or REVIEWED",
                file.path
            ));
        }
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                ids.insert(m.id.name.to_string(), vars);
            }
        }
    }
    ids
}

fn starts_with_draft_or_review_note(text: &str) -> bool {
    text.lines()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.starts_with('#') && (l.contains(DRAFT_MARKER) || l.contains("REVIEWED")))
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
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
    let vi_ids = messages(vi, &mut scratch);
    let localizer = Localizer::from_sources(sources.to_vec()).ok();
    let mut report = CoverageReport {
        source_total: vi_ids.len(),
        languages: Vec::new(),
    };
    for src in sources {
        let mut errors = Vec::new();
        if src.tag.is_source() {
            errors.append(&mut scratch);
        }
        let ids = messages(src, &mut errors);
        let present = ids.keys().filter(|k| vi_ids.contains_key(*k)).count();
        let missing = vi_ids
            .keys()
            .filter(|k| !ids.contains_key(*k))
            .cloned()
            .collect();
        let obsolete = ids
            .keys()
            .filter(|k| !vi_ids.contains_key(*k))
            .cloned()
            .collect();
        if let Some(loc) = &localizer {
            for (id, vars) in ids.iter().filter(|(k, _)| vi_ids.contains_key(*k)) {
                let vi_vars = &vi_ids[id];
                for extra in vars.difference(vi_vars) {
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
            errors,
        });
    }
    report
}

impl Localizer {
    /// Whether `msg` formats in `tag` itself without errors (no fallback).
    pub fn formats_cleanly(&self, tag: &LocaleTag, msg: &Msg) -> bool {
        let Some(bundle) = self.bundles.get(tag) else {
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
