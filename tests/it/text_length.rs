//! Every Vietnamese message fits a cheap phone's screen: rendered with realistic arguments
//! (names of about 20 characters, tracking codes, dates, counts), none is over 400 characters,
//! except the few on the allow-list below (lesson content, which a villager reads one step at a
//! time, and staff reports). Button labels fit a 360-pixel screen (about 30 characters).

use loathon::domain::LocaleTag;
use loathon::i18n::{Arg, LocaleSource, Localizer, Msg, coverage};

/// The most characters one message may have.
const MAX_CHARS: usize = 400;

/// Messages allowed over the limit, with the reason. Keep it short.
const ALLOWED: &[(&str, &str)] = &[
    // A lesson step is read by someone who chose to learn, one step a screen, with "Tiếp ›".
    ("lesson-", "lesson content"),
];

/// A realistic value for an argument, by its name.
fn sample(name: &str) -> Arg {
    let s = |v: &str| Arg::Str(v.to_string());
    match name {
        // People and places, about 20 characters.
        "name" | "helper" | "who" | "author" => s("Nguyễn Thị Hoa Mai"),
        // `from` is a unit in a forward, a date in a report: the longer.
        "unit" | "from" => s("Công an xã Sì Lở Lầu"),
        "village" => s("Bản Tả Phìn, xã Sì Lở Lầu"),
        "commune" | "scope" => s("Xã Sì Lở Lầu"),
        "place" => s("Bản Tả Phìn, xã Sì Lở Lầu"),
        "areas" => s("Xã Sì Lở Lầu, Xã Dào San"),
        "category" => s("Hạ tầng – đường sá"),
        "language" => s("Tiếng Việt"),
        "roles" => s("Người dân"),
        "title" => s("🆔 Cài đặt và dùng VNeID"),
        "status" => s("Đang xử lý"),
        "left" => s("còn 3 ngày làm việc"),
        "command" => s("/abcxyz"),
        "query" => s("ta phin"),
        // Codes and times.
        "code" | "other" => s("4827-1935"),
        "date" | "to" | "expires" => s("25/12/2026"),
        "due" | "submitted" | "when" | "time" => s("17:30 25/12/2026"),
        "number" => s("0213 3876 123"),
        // Figures a report passes as text.
        "ontime" => s("87%"),
        "median" => s("3 ngày"),
        "rating" | "rating_reopened" => s("4,2/5"),
        "anonymous" => s("no"),
        // What people write: a short petition, an excerpt, a reason.
        "body" | "answer" => s(
            "Đường lên bản bị sạt một đoạn dài, xe máy không đi được, học sinh phải lội bộ qua suối để đến trường.",
        ),
        "excerpt" | "text" | "reason" => s("Đường lên bản bị sạt, xe máy không đi được."),
        "max" => Arg::Int(2000),
        "used" | "length" => Arg::Int(1980),
        // Counts.
        _ => Arg::Int(12),
    }
}

/// Every vi message with sample arguments, rendered.
fn rendered() -> Vec<(String, String)> {
    let loc = Localizer::embedded().unwrap();
    let sources = LocaleSource::embedded().unwrap();
    let vi = sources.iter().find(|s| s.tag.is_source()).unwrap();
    coverage::message_variables(vi)
        .into_iter()
        .map(|(id, vars)| {
            let mut msg = Msg::new(id.clone());
            for v in vars {
                let value = sample(&v);
                msg = msg.arg(v, value);
            }
            let text = loc.render(&LocaleTag::vi(), &msg);
            (id, text)
        })
        .collect()
}

fn allowed(id: &str) -> bool {
    ALLOWED.iter().any(|(prefix, _)| id.starts_with(prefix))
}

#[test]
fn every_vi_message_fits_in_400_characters() {
    let mut too_long: Vec<String> = rendered()
        .into_iter()
        .filter(|(id, text)| !allowed(id) && text.chars().count() > MAX_CHARS)
        .map(|(id, text)| format!("{id}: {} characters", text.chars().count()))
        .collect();
    too_long.sort();
    assert!(
        too_long.is_empty(),
        "over {MAX_CHARS}:\n{}",
        too_long.join("\n")
    );
}

#[test]
fn lesson_steps_stay_readable_and_titles_fit_a_button() {
    for (id, text) in rendered() {
        let n = text.chars().count();
        // `lesson-<id>-q<n>-<letter>`.
        let is_option = id.rsplit_once('-').is_some_and(|(head, tail)| {
            tail.len() == 1
                && tail.chars().all(|c| c.is_ascii_lowercase())
                && head
                    .rsplit_once('-')
                    .and_then(|(_, q)| q.strip_prefix('q'))
                    .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
        });
        if id.ends_with("-title") && id.starts_with("lesson-") {
            // A title is a button in the lesson list: about 30 characters fit a 360-px phone.
            assert!(n <= 30, "{id}: {n} characters: {text}");
        } else if is_option && id.starts_with("lesson-") {
            // A quiz option is a button too.
            assert!(n <= 36, "{id}: {n} characters: {text}");
        } else if id.starts_with("lesson-") {
            assert!(n <= 600, "{id}: {n} characters");
        }
    }
}

#[test]
fn button_labels_fit_a_small_screen() {
    for (id, text) in rendered() {
        if id.starts_with("button-") {
            let n = text.chars().count();
            assert!(n <= 36, "{id}: {n} characters: {text}");
        }
    }
}
