//! Fluent files as text: messages with the comment lines above them, so that a translation
//! can carry the version of the Vietnamese it was made from (`# vi-hash: 1a2b3c4d`) and be
//! rewritten by `loathon locales import` without losing the translator's notes.

/// The comment that records which Vietnamese text a translation was made from.
pub const VI_HASH: &str = "vi-hash:";

/// One message (or term) as written in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawMessage {
    pub id: String,
    /// The `# ` comment lines directly above it (Fluent's message comment), without `# `.
    pub comments: Vec<String>,
    /// Standalone comment lines that came before it, separated by a blank line (kept as is).
    pub loose: Vec<String>,
    /// The message: its `id =` line and the indented lines that follow.
    pub body: String,
    /// The line its `id =` stands on, from 1.
    pub line: usize,
}

impl RawMessage {
    /// The vi-hash comment, when the translation has one.
    pub fn vi_hash(&self) -> Option<&str> {
        self.comments
            .iter()
            .find_map(|c| c.strip_prefix(VI_HASH).map(str::trim))
    }

    /// The context comment: every comment line but the vi-hash, joined.
    pub fn context(&self) -> String {
        self.comments
            .iter()
            .filter(|c| !c.starts_with(VI_HASH))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The value as a translator edits it: what follows `=`, dedented, lines kept.
    pub fn value(&self) -> String {
        value_of(&self.body)
    }

    /// The stable hash of the message's text (comments not included).
    pub fn hash(&self) -> String {
        hash(&self.body)
    }
}

/// A file: the lines before its first message, and its messages in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawFile {
    pub header: Vec<String>,
    pub messages: Vec<RawMessage>,
}

fn is_entry_start(line: &str) -> Option<String> {
    let rest = line.strip_prefix('-').unwrap_or(line);
    let first = rest.chars().next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let after = rest[end..].trim_start();
    after.starts_with('=').then(|| {
        let dash = if line.starts_with('-') { "-" } else { "" };
        format!("{dash}{}", &rest[..end])
    })
}

pub fn split(text: &str) -> RawFile {
    let mut file = RawFile::default();
    let mut pending: Vec<String> = Vec::new();
    let mut loose: Vec<String> = Vec::new();
    let mut current: Option<RawMessage> = None;
    let mut blanks = 0usize;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (n, line) in text.lines().enumerate() {
        let indented = line.starts_with(' ') || line.starts_with('\t');
        if line.trim().is_empty() {
            if current.is_some() {
                blanks += 1;
            } else if !pending.is_empty() {
                // A comment block followed by a blank line belongs to no message.
                let block = std::mem::take(&mut pending).into_iter().map(|c| {
                    if c.is_empty() {
                        "#".to_string()
                    } else {
                        format!("# {c}")
                    }
                });
                if file.messages.is_empty() {
                    file.header.extend(block);
                    file.header.push(String::new());
                } else {
                    loose.extend(block);
                }
            } else if file.messages.is_empty() && !file.header.is_empty() {
                file.header.push(String::new());
            }
            continue;
        }
        if indented && let Some(m) = current.as_mut() {
            for _ in 0..blanks {
                m.body.push('\n');
            }
            blanks = 0;
            m.body.push('\n');
            m.body.push_str(line.trim_end());
            continue;
        }
        blanks = 0;
        if let Some(m) = current.take() {
            file.messages.push(m);
        }
        if let Some(id) = is_entry_start(line) {
            current = Some(RawMessage {
                id,
                comments: std::mem::take(&mut pending),
                loose: std::mem::take(&mut loose),
                body: line.trim_end().to_string(),
                line: n + 1,
            });
        } else if let Some(c) = line.strip_prefix("# ") {
            pending.push(c.trim_end().to_string());
        } else if line == "#" {
            pending.push(String::new());
        } else if file.messages.is_empty() {
            // `##`/`###` comments and anything else before the first message.
            file.header.append(
                &mut std::mem::take(&mut pending)
                    .into_iter()
                    .map(|c| format!("# {c}"))
                    .collect(),
            );
            file.header.push(line.trim_end().to_string());
        } else {
            loose.push(line.trim_end().to_string());
        }
    }
    if let Some(m) = current.take() {
        file.messages.push(m);
    }
    while file.header.last().is_some_and(|l| l.is_empty()) {
        file.header.pop();
    }
    file
}

/// What follows `id =`, dedented by the smallest indent of its continuation lines.
pub fn value_of(body: &str) -> String {
    let mut lines = body.lines();
    let first = lines.next().unwrap_or_default();
    let head = first.split_once('=').map_or("", |(_, v)| v.trim());
    let rest: Vec<&str> = lines.collect();
    let indent = rest
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    if !head.is_empty() {
        out.push(head.to_string());
    }
    for l in rest {
        out.push(l.get(indent..).unwrap_or("").trim_end().to_string());
    }
    out.join("\n")
}

/// A message's Fluent text from its id and value: one line when the value is one line, else
/// the value indented by four spaces under `id =`.
pub fn body_for(id: &str, value: &str) -> String {
    let value = value.replace("\r\n", "\n");
    let value = value.trim_matches('\n');
    if !value.contains('\n') {
        return format!("{id} = {}", value.trim());
    }
    let mut out = format!("{id} =");
    for l in value.lines() {
        out.push('\n');
        if !l.trim().is_empty() {
            out.push_str("    ");
            out.push_str(l.trim_end());
        }
    }
    out
}

/// FNV-1a (32 bits) of the message text with trailing spaces and blank lines ignored: stable
/// across builds and platforms, unlike `std`'s hasher; eight hex digits fit a comment.
pub fn hash(body: &str) -> String {
    let normal: Vec<&str> = body.lines().map(str::trim_end).collect();
    let text = normal.join("\n");
    let text = text.trim_end();
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// Words of a message's value, for the translators' workload (placeables count as one).
pub fn words(value: &str) -> usize {
    value.split_whitespace().count()
}

/// Writes a file back: its header, then each message with its comments.
pub fn render(file: &RawFile) -> String {
    let mut out = String::new();
    for l in &file.header {
        out.push_str(l);
        out.push('\n');
    }
    for m in &file.messages {
        if !out.is_empty() {
            out.push('\n');
        }
        if !m.loose.is_empty() {
            for l in &m.loose {
                out.push_str(l);
                out.push('\n');
            }
            out.push('\n');
        }
        for c in &m.comments {
            if c.is_empty() {
                out.push_str("#\n");
            } else {
                out.push_str("# ");
                out.push_str(c);
                out.push('\n');
            }
        }
        out.push_str(&m.body);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_keep_their_comments_and_continuations() {
        let text = "# DRAFT\n# header\n\n## Group\n\n# who reads it\n# vi-hash: 0000abcd\nhello = Xin chào { $name }\nplural =\n    { $n ->\n\n       *[other] { $n } nơi\n    }\n# about bye\nbye = Tạm biệt\n";
        let f = split(text);
        assert_eq!(f.header, vec!["# DRAFT", "# header", "", "## Group"]);
        assert_eq!(f.messages.len(), 3);
        assert_eq!(f.messages[0].id, "hello");
        assert_eq!(f.messages[0].vi_hash(), Some("0000abcd"));
        assert_eq!(f.messages[0].context(), "who reads it");
        assert_eq!(f.messages[0].line, 8);
        assert_eq!(
            f.messages[1].value(),
            "{ $n ->\n\n   *[other] { $n } nơi\n}"
        );
        assert_eq!(f.messages[2].comments, vec!["about bye"]);
        let back = body_for("plural", &f.messages[1].value());
        assert_eq!(hash(&back), f.messages[1].hash());
        // Written back and read again: the same file, only the line numbers move.
        let strip = |mut f: RawFile| {
            f.messages.iter_mut().for_each(|m| m.line = 0);
            f
        };
        assert_eq!(strip(split(&render(&f))), strip(f));
    }
}
