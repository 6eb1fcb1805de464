//! "Talk first": a villager who describes a problem in their own words, instead of pressing
//! "Gửi kiến nghị", keeps those words as a draft petition and is asked whether to send it.
//!
//! - The category is *suggested* from the words of the seeds' short keyword lists (folded: no
//!   diacritics, no case); the villager confirms it or picks another.
//! - What someone writes before they may file (while registering) is kept here, in the store,
//!   and offered back as a draft once registration is done. Nothing typed is thrown away.

use super::Ctx;
use crate::domain::petition::PetitionLimits;
use crate::domain::text::{excerpt, label_key};
use crate::store::StoreResult;
use crate::store::people::Person;
use crate::store::petitions;
use crate::store::units::Category;

/// The category whose keywords the text matches best, if any: each keyword found as whole words
/// counts its number of words ("đèn đường" counts 2, "đường" 1); ties go to the category listed
/// first. Only categories that take petitions are suggested.
pub fn suggest<'a>(categories: &'a [Category], text: &str) -> Option<&'a Category> {
    let words = words_of(text);
    let mut best: Option<(&Category, usize)> = None;
    for c in categories.iter().filter(|c| c.is_petition) {
        let score: usize = c
            .keywords
            .iter()
            .map(|k| words_of(k))
            .filter(|k| contains_run(&words, k))
            .map(|k| k.len())
            .sum();
        if score > 0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((c, score));
        }
    }
    best.map(|(c, _)| c)
}

/// Words enough to be worth keeping as a draft petition: a keyword of a category, or a
/// sentence of four words or more. "Xin chào" or "ok" is not a petition.
pub fn looks_like_a_problem(categories: &[Category], text: &str) -> bool {
    words_of(text).len() >= 4 || suggest(categories, text).is_some()
}

/// Whether typed text names a category whose label is `name`: all its words, in order, are
/// words of the label ("Đường sá" names "Hạ tầng – đường sá"). A long text never does: it is
/// a description, not a name.
pub fn names(typed: &str, name: &str) -> bool {
    let typed = words_of(typed);
    if typed.is_empty() || typed.len() > 4 {
        return false;
    }
    contains_run(&words_of(name), &typed)
}

fn words_of(text: &str) -> Vec<String> {
    label_key(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn contains_run(words: &[String], run: &[String]) -> bool {
    !run.is_empty() && words.windows(run.len()).any(|w| w == run)
}

/// Keeps what `person` (the actor) wrote before they may file a petition, after what was kept
/// already, within the length of one petition. Returns whether anything is kept.
pub async fn keep(
    cx: &mut Ctx<'_>,
    person: &Person,
    text: &str,
    limits: &PetitionLimits,
) -> StoreResult<bool> {
    if !cx.actor.is(person.id) || text.trim().is_empty() {
        return Ok(false);
    }
    let body = match petitions::draft(cx.conn, person.id).await? {
        Some(kept) => format!("{kept}\n\n{text}"),
        None => text.to_string(),
    };
    let body = excerpt(&body, limits.max_body_chars);
    petitions::save_draft(cx.conn, person.id, &body, cx.now).await?;
    Ok(true)
}

/// Takes what `person` (the actor) wrote before registering, removing it from the store: it
/// lives on in their conversation as a draft.
pub async fn take(cx: &mut Ctx<'_>, person: &Person) -> StoreResult<Option<String>> {
    if !cx.actor.is(person.id) {
        return Ok(None);
    }
    let kept = petitions::draft(cx.conn, person.id).await?;
    if kept.is_some() {
        petitions::drop_draft(cx.conn, person.id).await?;
    }
    Ok(kept)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn category(id: i64, code: &str, keywords: &[&str]) -> Category {
        Category {
            id,
            code: code.into(),
            deadline_working_days: 10,
            deadline_hours: None,
            is_petition: true,
            is_emergency: false,
            keywords: keywords.iter().map(|k| k.to_string()).collect(),
        }
    }

    fn demo() -> Vec<Category> {
        vec![
            category(1, "roads", &["đường", "sạt", "sạt lở", "ổ gà"]),
            category(2, "power", &["mất điện", "đèn đường"]),
            category(3, "water", &["nước", "mất nước"]),
        ]
    }

    #[test]
    fn a_landslide_on_the_road_suggests_roads_without_marks_or_case() {
        let all = demo();
        let text = "Đường lên bản bị sạt, xe máy không đi được.";
        assert_eq!(suggest(&all, text).map(|c| c.code.as_str()), Some("roads"));
        assert_eq!(
            suggest(&all, "DUONG LEN BAN BI SAT").map(|c| c.code.as_str()),
            Some("roads")
        );
    }

    #[test]
    fn a_longer_phrase_outweighs_a_single_word() {
        let all = demo();
        assert_eq!(
            suggest(&all, "Đèn đường hỏng từ tuần trước").map(|c| c.code.as_str()),
            Some("power")
        );
    }

    #[test]
    fn keywords_match_whole_words_only() {
        let all = demo();
        // "nước" is not found inside "nuocmam"; nothing matches at all here.
        assert!(suggest(&all, "Xin hỏi về nuocmam").is_none());
        assert!(suggest(&all, "Xin chào").is_none());
    }

    #[test]
    fn categories_that_take_no_petitions_are_never_suggested() {
        let mut complaint = category(9, "complaint", &["khiếu nại"]);
        complaint.is_petition = false;
        assert!(suggest(&[complaint], "Tôi muốn khiếu nại").is_none());
    }

    #[test]
    fn greetings_are_not_kept_and_a_short_complaint_with_a_keyword_is() {
        let all = demo();
        assert!(!looks_like_a_problem(&all, "Xin chào"));
        assert!(!looks_like_a_problem(&all, "ok"));
        assert!(looks_like_a_problem(&all, "Mất nước"));
        assert!(looks_like_a_problem(&all, "Con tôi chưa được đi học"));
    }

    #[test]
    fn a_short_typed_name_names_its_category_and_a_description_does_not() {
        assert!(names("Đường sá", "Hạ tầng – đường sá"));
        assert!(names("duong sa", "Hạ tầng – đường sá"));
        assert!(names("Đất đai", "Đất đai"));
        assert!(!names("Đường lên bản bị sạt lở", "Hạ tầng – đường sá"));
        assert!(!names("sa dường", "Hạ tầng – đường sá"));
        assert!(!names("", "Đất đai"));
    }
}
