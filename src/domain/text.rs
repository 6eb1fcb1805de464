//! Text rules shared by every channel: NFC normalisation on the way in, names and titles made
//! safe to show, and the diacritic-insensitive key used to match commands, village names and
//! button labels.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The longest display name kept, in characters (Telegram allows 64 for first and last name
/// each; nobody is called that).
pub const NAME_MAX_CHARS: usize = 64;
/// The longest group title kept, in characters (Telegram's own limit is 128).
pub const TITLE_MAX_CHARS: usize = 128;

/// Normalises text that arrived from a user: NFC, control characters and bidirectional
/// overrides removed (tab and newline kept), surrounding white space trimmed.
pub fn clean_input(raw: &str) -> String {
    let kept: String = raw
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .filter(|c| !is_invisible(*c))
        .collect();
    kept.nfc().collect::<String>().trim().to_string()
}

/// A display name or group title as the platform sent it, made safe to store and to show on
/// one line: control characters (NUL included, which PostgreSQL refuses in text), bidirectional
/// overrides and invisible characters removed, any run of white space (newlines, tabs) one
/// space, NFC, trimmed, and cut to `max_chars`. `None` when nothing is left.
///
/// "Lan\u{0}\nADMIN" becomes "Lan ADMIN": the line break cannot forge a line in an officer's
/// view.
pub fn clean_name(raw: &str, max_chars: usize) -> Option<String> {
    let mut kept = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            space = !kept.is_empty();
        } else if !c.is_control() && !is_invisible(c) {
            if space {
                kept.push(' ');
                space = false;
            }
            kept.push(c);
        }
    }
    let cut: String = kept.nfc().take(max_chars).collect();
    let cut = cut.trim_end();
    (!cut.is_empty()).then(|| cut.to_string())
}

/// Characters that change how text around them is shown without being seen themselves:
/// bidirectional marks, embeddings, overrides and isolates (a name could otherwise show its
/// letters reversed), zero-width space, the byte-order mark, and the replacement character of
/// undecodable input. Zero-width joiners stay: emoji need them.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{061C}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{FFFD}'
    )
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

/// How a typed place name matches a place's name, if it does: `Some(true)` for the whole name
/// (or the name without its first word: "dao san" is "Xã Dào San"), `Some(false)` for part of
/// it. Marks, case, punctuation and spaces do not count: "Dào San", "dao san", "daosan" and
/// "DAO-SAN" all match "Xã Dào San"; "taphin" matches "Bản Tả Phìn"; "ta ph" matches it in part.
///
/// Typed words match the beginnings of the name's words, in order and together ("phin" matches
/// "Bản Tả Phìn", "tap" matches it too; "san dao" does not match "Xã Dào San").
pub fn place_match(typed: &str, name: &str) -> Option<bool> {
    let typed: String = label_key(typed).split(' ').collect();
    if typed.is_empty() {
        return None;
    }
    let words: Vec<String> = label_key(name).split(' ').map(str::to_string).collect();
    // The name from each word on, without spaces: "bantaphin", "taphin", "phin".
    let mut found = None;
    for start in 0..words.len() {
        let tail: String = words[start..].concat();
        if tail == typed && start <= 1 {
            return Some(true);
        }
        if tail.starts_with(&typed) {
            found = Some(false);
        }
    }
    found
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
    fn clean_input_drops_bidirectional_overrides() {
        assert_eq!(clean_input("abc\u{202E}fed\u{2066}"), "abcfed");
    }

    #[test]
    fn a_name_with_nul_and_a_newline_becomes_one_line() {
        assert_eq!(
            clean_name("Lan\u{0}\nADMIN", NAME_MAX_CHARS).as_deref(),
            Some("Lan ADMIN")
        );
        assert_eq!(
            clean_name("  Hoa\t\r\n  Mai ", NAME_MAX_CHARS).as_deref(),
            Some("Hoa Mai")
        );
    }

    #[test]
    fn a_name_loses_bidi_overrides_and_is_composed() {
        assert_eq!(
            clean_name("\u{202E}Nguye\u{302}\u{303}n\u{2069}", NAME_MAX_CHARS).as_deref(),
            Some("Nguyễn")
        );
        // An emoji sequence keeps its zero-width joiner.
        assert_eq!(
            clean_name("Mai 👩\u{200D}🌾", NAME_MAX_CHARS).as_deref(),
            Some("Mai 👩\u{200D}🌾")
        );
    }

    #[test]
    fn a_name_is_capped_and_an_empty_one_is_none() {
        let long = "ă".repeat(100);
        assert_eq!(
            clean_name(&long, NAME_MAX_CHARS).unwrap().chars().count(),
            NAME_MAX_CHARS
        );
        assert_eq!(clean_name("\u{0}\n\u{202E} ", NAME_MAX_CHARS), None);
        assert_eq!(clean_name("", TITLE_MAX_CHARS), None);
    }

    #[test]
    fn excerpt_cuts_on_a_word_boundary() {
        assert_eq!(excerpt("ngắn", 10), "ngắn");
        assert_eq!(
            excerpt("đường vào bản bị sạt lở nặng", 15),
            "đường vào bản…"
        );
    }

    #[test]
    fn a_place_matches_without_marks_case_or_spaces() {
        for typed in [
            "Dào San",
            "dao san",
            "daosan",
            "DAO-SAN",
            "Xã Dào San",
            "xa dao san",
        ] {
            assert_eq!(place_match(typed, "Xã Dào San"), Some(true), "{typed}");
        }
        assert_eq!(place_match("taphin", "Bản Tả Phìn"), Some(true));
        assert_eq!(place_match("binh lu", "Xã Bình Lư"), Some(true));
    }

    #[test]
    fn part_of_a_place_name_matches_in_part() {
        assert_eq!(place_match("ta ph", "Bản Tả Phìn"), Some(false));
        assert_eq!(place_match("phin", "Bản Tả Phìn"), Some(false));
        assert_eq!(place_match("ban", "Bản Tả Phìn"), Some(false));
        assert_eq!(place_match("binh lu", "Tổ dân phố Bình Lư"), Some(false));
    }

    #[test]
    fn words_out_of_order_or_elsewhere_do_not_match() {
        assert_eq!(place_match("san dao", "Xã Dào San"), None);
        assert_eq!(place_match("gia khau", "Bản Tả Phìn"), None);
        assert_eq!(place_match("  ", "Bản Tả Phìn"), None);
    }
}
