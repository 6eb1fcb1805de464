//! "Bình dân học vụ số": the lesson catalogue, read from `seeds/lessons/*.toml`.
//!
//! A lesson file gives the structure (steps, quiz questions, which option is right) and names
//! Fluent messages for every text, so each lesson has language variants that fall back to
//! Vietnamese. Files are checked when loaded: a broken lesson stops the bot from starting,
//! with the file and line named, rather than showing half of it.

use std::path::Path;

use include_dir::{Dir, include_dir};
use serde::Deserialize;

use crate::domain::LocaleTag;
use crate::i18n::Localizer;

static EMBEDDED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/seeds/lessons");

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub order: i64,
    /// Core lessons count toward the completion certificate.
    #[serde(default)]
    pub core: bool,
    /// Fluent id of the title.
    pub title: String,
    #[serde(rename = "step", default)]
    pub steps: Vec<Step>,
    #[serde(rename = "quiz", default)]
    pub quiz: Vec<Question>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Fluent id of the step's text.
    pub text: String,
    /// Optional picture or voice, by platform reference or URL.
    pub picture: Option<String>,
    pub voice: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub question: String,
    pub options: Vec<String>,
    /// 1-based index of the right option, in the order of the file (people see the options
    /// shuffled: [`option_order`]).
    pub correct: usize,
    /// Shown after every answer, right or wrong.
    pub explanation: String,
}

/// All lessons, in their order.
#[derive(Clone, Debug, Default)]
pub struct Catalogue {
    pub lessons: Vec<Lesson>,
}

#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct LessonError {
    pub file: String,
    pub line: usize,
    pub problem: String,
}

impl Catalogue {
    /// The lessons compiled into the binary, checked against `i18n`.
    pub fn embedded(i18n: &Localizer) -> Result<Self, LessonError> {
        let files = EMBEDDED
            .files()
            .filter(|f| f.path().extension().is_some_and(|e| e == "toml"))
            .map(|f| {
                (
                    format!("seeds/lessons/{}", f.path().display()),
                    f.contents_utf8().unwrap_or_default().to_string(),
                )
            })
            .collect();
        Self::from_files(files, i18n)
    }

    /// Lessons from a folder of `*.toml` files.
    pub fn from_dir(dir: &Path, i18n: &Localizer) -> Result<Self, LessonError> {
        let io = |e: std::io::Error| LessonError {
            file: dir.display().to_string(),
            line: 0,
            problem: e.to_string(),
        };
        let mut files = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(io)? {
            let path = entry.map_err(io)?.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let text = std::fs::read_to_string(&path).map_err(io)?;
                files.push((path.display().to_string(), text));
            }
        }
        Self::from_files(files, i18n)
    }

    pub fn from_files(files: Vec<(String, String)>, i18n: &Localizer) -> Result<Self, LessonError> {
        let mut lessons = Vec::new();
        for (file, text) in files {
            let lesson: Lesson = toml::from_str(&text).map_err(|e| LessonError {
                line: e.span().map_or(0, |s| line_of(&text, s.start)),
                file: file.clone(),
                problem: e.message().to_string(),
            })?;
            validate(&lesson, &file, &text, i18n)?;
            if lessons.iter().any(|l: &Lesson| l.id == lesson.id) {
                return Err(LessonError {
                    line: find_line(&text, "id"),
                    file,
                    problem: format!("lesson id {:?} is used twice", lesson.id),
                });
            }
            lessons.push(lesson);
        }
        lessons.sort_by(|a, b| (a.order, &a.id).cmp(&(b.order, &b.id)));
        Ok(Self { lessons })
    }

    pub fn get(&self, id: &str) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.id == id)
    }

    pub fn core_ids(&self) -> Vec<&str> {
        self.lessons
            .iter()
            .filter(|l| l.core)
            .map(|l| l.id.as_str())
            .collect()
    }
}

/// The order in which `person` sees a question's `n` options: a shuffle seeded by the person,
/// the lesson and the question, so that it is the same on every try (a retry, a resumed
/// lesson) and differs from one person to the next. "Always press the second button" then
/// scores no better than chance. Buttons still carry the option's index in the file, so the
/// answer is checked against the file, whatever the order shown.
pub fn option_order(person_id: i64, lesson_id: &str, question: usize, n: usize) -> Vec<usize> {
    // FNV-1a: stable across Rust versions and platforms, unlike the std hasher.
    let hash = |option: usize| {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let bytes = person_id
            .to_le_bytes()
            .into_iter()
            .chain(lesson_id.bytes())
            .chain((question as u64).to_le_bytes())
            .chain((option as u64).to_le_bytes());
        for b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| hash(i));
    order
}

impl Lesson {
    /// Steps, then quiz questions: positions a person moves through.
    pub fn positions(&self) -> usize {
        self.steps.len() + self.quiz.len()
    }
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where `needle` first appears (1-based), or 0.
fn find_line(text: &str, needle: &str) -> usize {
    text.find(needle).map_or(0, |o| line_of(text, o))
}

fn validate(lesson: &Lesson, file: &str, text: &str, i18n: &Localizer) -> Result<(), LessonError> {
    let fail = |needle: &str, problem: String| LessonError {
        file: file.to_string(),
        line: find_line(text, needle),
        problem,
    };
    if lesson.id.is_empty()
        || !lesson
            .id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-')
    {
        return Err(fail("id", "id must be letters, digits and dashes".into()));
    }
    if lesson.steps.is_empty() {
        return Err(fail("title", "a lesson needs at least one [[step]]".into()));
    }
    for (n, q) in lesson.quiz.iter().enumerate() {
        // Two options make a coin toss; more than four do not fit a phone's screen.
        if !(3..=4).contains(&q.options.len()) {
            return Err(fail(
                &q.question,
                format!("question {} needs 3 to 4 options", n + 1),
            ));
        }
        if q.correct == 0 || q.correct > q.options.len() {
            return Err(fail(
                &q.question,
                format!(
                    "question {}: correct = {} is not one of its options",
                    n + 1,
                    q.correct
                ),
            ));
        }
    }
    let vi = LocaleTag::vi();
    let ids = std::iter::once(&lesson.title)
        .chain(lesson.steps.iter().map(|s| &s.text))
        .chain(lesson.quiz.iter().flat_map(|q| {
            std::iter::once(&q.question)
                .chain(&q.options)
                .chain(std::iter::once(&q.explanation))
        }));
    for id in ids {
        if !i18n.has_own(&vi, id) {
            return Err(fail(
                id,
                format!("Fluent message {id:?} is missing from locales/vi"),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> Localizer {
        Localizer::embedded().unwrap()
    }

    #[test]
    fn the_shipped_lessons_load_in_order() {
        let c = Catalogue::embedded(&i18n()).unwrap();
        assert!(c.lessons.len() >= 6);
        assert_eq!(c.lessons[0].id, "vneid");
        assert!(
            c.lessons
                .iter()
                .all(|l| !l.quiz.is_empty() && l.quiz.len() <= 3)
        );
    }

    #[test]
    fn every_shipped_question_has_three_or_more_options_and_the_answers_are_spread() {
        let c = Catalogue::embedded(&i18n()).unwrap();
        let questions: Vec<&Question> = c.lessons.iter().flat_map(|l| &l.quiz).collect();
        assert!(questions.iter().all(|q| q.options.len() >= 3));
        // In the file, no position holds the right answer for more than half the questions.
        for position in 1..=4 {
            let n = questions.iter().filter(|q| q.correct == position).count();
            assert!(
                n * 2 <= questions.len(),
                "option {position} is right {n} times"
            );
        }
    }

    #[test]
    fn options_are_shuffled_per_person_and_stable_per_question() {
        let a = option_order(1, "vneid", 0, 3);
        assert_eq!(
            a,
            option_order(1, "vneid", 0, 3),
            "a retry sees the same order"
        );
        let mut sorted = a.clone();
        sorted.sort();
        assert_eq!(sorted, vec![0, 1, 2], "a permutation");
        let orders: std::collections::HashSet<Vec<usize>> =
            (1..=40).map(|p| option_order(p, "vneid", 0, 3)).collect();
        assert!(orders.len() >= 4, "people see different orders: {orders:?}");
        // Where the right answer lands is spread out: no position takes most people.
        for shown in 0..3 {
            let n = (1..=300)
                .filter(|p| option_order(*p, "lua-dao", 1, 3)[shown] == 0)
                .count();
            assert!((50..=150).contains(&n), "position {shown}: {n}/300");
        }
    }

    #[test]
    fn a_quiz_without_a_right_answer_names_file_and_line() {
        let text = "id = \"x\"\norder = 1\ntitle = \"lesson-vneid-title\"\n[[step]]\ntext = \"lesson-vneid-step-1\"\n\
                    [[quiz]]\nquestion = \"lesson-vneid-q1\"\noptions = [\"lesson-vneid-q1-a\", \"lesson-vneid-q1-b\", \"lesson-vneid-q1-c\"]\n\
                    correct = 5\nexplanation = \"lesson-vneid-q1-why\"\n";
        let err = Catalogue::from_files(vec![("x.toml".into(), text.into())], &i18n()).unwrap_err();
        assert_eq!(err.file, "x.toml");
        assert_eq!(err.line, 7);
        assert!(err.problem.contains("correct = 5"), "{err}");
    }

    #[test]
    fn a_broken_fluent_id_or_missing_steps_is_refused() {
        let text = "id = \"x\"\norder = 1\ntitle = \"lesson-x-nope\"\n[[step]]\ntext = \"lesson-vneid-step-1\"\n";
        let err = Catalogue::from_files(vec![("x.toml".into(), text.into())], &i18n()).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.problem.contains("lesson-x-nope"));
        let text = "id = \"x\"\norder = 1\ntitle = \"lesson-vneid-title\"\n";
        let err = Catalogue::from_files(vec![("x.toml".into(), text.into())], &i18n()).unwrap_err();
        assert!(err.problem.contains("at least one"));
        let err =
            Catalogue::from_files(vec![("x.toml".into(), "id = 3".into())], &i18n()).unwrap_err();
        assert_eq!(err.line, 1);
    }
}
