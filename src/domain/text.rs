//! Text rules shared by every channel: NFC normalisation on the way in, and the
//! diacritic-insensitive key used to match commands, village names and button labels.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Normalises text that arrived from a user: NFC, control characters removed (tab and newline
/// kept), surrounding white space trimmed.
pub fn clean_input(raw: &str) -> String {
    let nfc: String = raw
        .nfc()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .filter(|c| *c != '\u{FFFD}')
        .collect();
    nfc.trim().to_string()
}

/// The matching key of a text: "Kiến Nghị" and "kien nghi" share the key `kien nghi`.
///
/// Vietnamese (Latin script) marks are dropped and đ becomes d; white space is folded to single
/// spaces and everything is lowercased. Marks on letters of other scripts (Tai Viet, Khmer) are
/// meaningful vowels there, so they are kept.
pub fn fold_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_latin = false;
    let mut pending_space = false;
    for c in text.nfd() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if is_combining_mark(c) {
            // U+0300–U+036F are the Latin combining diacritics; elsewhere a mark belongs to its
            // script and stays.
            if last_latin && ('\u{0300}'..='\u{036F}').contains(&c) {
                continue;
            }
            out.push(c);
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        last_latin = c.is_ascii_alphabetic() || is_latin_letter(c);
        match c {
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out.nfc().collect()
}

fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}')
}

/// The key of a button label as someone would type it: [`fold_key`] without emoji and
/// punctuation ("✅ Đồng ý" and "dong y" share the key `dong y`).
pub fn label_key(text: &str) -> String {
    let mut kept = String::new();
    let mut after_letter = false;
    for c in fold_key(text).chars() {
        // A mark stays only on a letter (Khmer vowel signs); on an emoji (U+FE0F) it goes.
        if c.is_alphanumeric() || (after_letter && is_combining_mark(c)) {
            kept.push(c);
            after_letter = true;
        } else {
            kept.push(' ');
            after_letter = false;
        }
    }
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cuts `text` to at most `max_chars` characters, on a word boundary where one is near, adding an
/// ellipsis when anything was cut.
pub fn excerpt(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    let trimmed = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", trimmed.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_makes_vietnamese_words_match_without_marks() {
        assert_eq!(fold_key("Kiến Nghị"), "kien nghi");
        assert_eq!(fold_key("kien nghi"), "kien nghi");
        assert_eq!(fold_key("ĐƯỜNG ĐIỆN"), "duong dien");
        assert_eq!(fold_key("Sì Lở Lầu"), "si lo lau");
    }

    #[test]
    fn folding_collapses_white_space() {
        assert_eq!(fold_key("  Tả   Phìn \n"), "ta phin");
    }

    #[test]
    fn folding_keeps_marks_of_other_scripts() {
        // Khmer vowel signs are combining marks that carry meaning.
        let khmer = "ភាសាខ្មែរ";
        assert_eq!(fold_key(khmer), khmer.nfc().collect::<String>());
    }

    #[test]
    fn label_keys_ignore_emoji_and_punctuation() {
        assert_eq!(label_key("✅ Đồng ý"), "dong y");
        assert_eq!(label_key("‹ Trang trước"), "trang truoc");
        assert_eq!(label_key("Hmoob (H'Mông)"), "hmoob h mong");
        assert_eq!(label_key("✍️ Hỏi thêm"), "hoi them");
        assert_eq!(label_key("⚠️"), "");
    }

    #[test]
    fn clean_input_composes_and_drops_control_characters() {
        let decomposed = "Ba\u{300}n\u{0007}";
        assert_eq!(clean_input(decomposed), "Bàn");
        assert_eq!(clean_input("\u{0000}\u{001b}[2J  "), "[2J");
        assert_eq!(clean_input("  \n "), "");
    }

    #[test]
    fn excerpt_cuts_on_a_word_boundary() {
        assert_eq!(excerpt("ngắn", 10), "ngắn");
        assert_eq!(
            excerpt("đường vào bản bị sạt lở nặng", 15),
            "đường vào bản…"
        );
    }
}
