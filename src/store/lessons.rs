//! Lesson progress per person, quiz answers, and the village's digital helpers.

use sqlx::Row;

use super::people::{self, Person};
use super::{Conn, StoreResult};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub lesson_id: String,
    pub position: i64,
    pub finished_at: Option<i64>,
}

pub async fn of_person(conn: &mut Conn, person_id: i64) -> StoreResult<Vec<Progress>> {
    let rows = sqlx::query(
        "SELECT lesson_id, step, finished_at FROM lesson_progress WHERE person_id = $1",
    )
    .bind(person_id)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Progress {
                lesson_id: r.try_get("lesson_id")?,
                position: r.try_get("step")?,
                finished_at: r.try_get("finished_at")?,
            })
        })
        .collect()
}

/// Records where a person is in a lesson, starting it if new.
pub async fn set_position(
    conn: &mut Conn,
    person_id: i64,
    lesson_id: &str,
    position: i64,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO lesson_progress (person_id, lesson_id, step, started_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (person_id, lesson_id) DO UPDATE SET step = excluded.step",
    )
    .bind(person_id)
    .bind(lesson_id)
    .bind(position)
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Marks a lesson finished (the first time only); true when this call finished it.
pub async fn finish(
    conn: &mut Conn,
    person_id: i64,
    lesson_id: &str,
    now_ms: i64,
) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE lesson_progress SET finished_at = $1, step = 0 WHERE person_id = $2 AND lesson_id = $3 AND finished_at IS NULL",
    )
    .bind(now_ms)
    .bind(person_id)
    .bind(lesson_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if done == 0 {
        sqlx::query("UPDATE lesson_progress SET step = 0 WHERE person_id = $1 AND lesson_id = $2")
            .bind(person_id)
            .bind(lesson_id)
            .execute(&mut *conn)
            .await?;
    }
    Ok(done == 1)
}

pub async fn record_answer(
    conn: &mut Conn,
    person_id: i64,
    lesson_id: &str,
    question: i64,
    correct: bool,
    now_ms: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO quiz_answers (person_id, lesson_id, question, correct, answered_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(person_id)
    .bind(lesson_id)
    .bind(question)
    .bind(i64::from(correct))
    .bind(now_ms)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The digital helpers ("Người bản số") of a village.
pub async fn helpers_of(conn: &mut Conn, village_id: i64) -> StoreResult<Vec<Person>> {
    let rows = sqlx::query(
        "SELECT person_id FROM roles WHERE role = 'helper' AND area_id = $1 ORDER BY id",
    )
    .bind(village_id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        if let Some(p) = people::get(conn, r.try_get("person_id")?).await? {
            out.push(p);
        }
    }
    Ok(out)
}

/// A request for help made to one helper.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelpRequest {
    pub id: i64,
    pub learner_id: i64,
    pub helper_id: i64,
    pub lesson_id: String,
    pub accepted_at: Option<i64>,
}

pub async fn request_help(
    conn: &mut Conn,
    learner_id: i64,
    helper_id: i64,
    lesson_id: &str,
    now_ms: i64,
) -> StoreResult<i64> {
    let row = sqlx::query(
        "INSERT INTO help_requests (learner_id, helper_id, lesson_id, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(learner_id)
    .bind(helper_id)
    .bind(lesson_id)
    .bind(now_ms)
    .fetch_one(&mut *conn)
    .await?;
    Ok(row.try_get("id")?)
}

pub async fn help_request(conn: &mut Conn, id: i64) -> StoreResult<Option<HelpRequest>> {
    let row = sqlx::query(
        "SELECT id, learner_id, helper_id, lesson_id, accepted_at FROM help_requests WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|r| {
        Ok(HelpRequest {
            id: r.try_get("id")?,
            learner_id: r.try_get("learner_id")?,
            helper_id: r.try_get("helper_id")?,
            lesson_id: r.try_get("lesson_id")?,
            accepted_at: r.try_get("accepted_at")?,
        })
    })
    .transpose()
}

/// Marks a request accepted; false when it was accepted before.
pub async fn accept_help(conn: &mut Conn, id: i64, now_ms: i64) -> StoreResult<bool> {
    let done = sqlx::query(
        "UPDATE help_requests SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL",
    )
    .bind(now_ms)
    .bind(id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok(done == 1)
}

/// Per village: people who started any lesson, finishes per lesson, people who finished all
/// the given core lessons — for lessons started in `[from, to)`, under `area_id`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct VillageProgress {
    pub commune: String,
    pub village: String,
    pub started: i64,
    pub finished: Vec<(String, i64)>,
    pub finished_all: i64,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionRate {
    pub lesson_id: String,
    pub question: i64,
    /// Every answer, retries included (a wrong answer is followed by another try).
    pub answers: i64,
    pub correct: i64,
    /// People answering this question for the first time in the period.
    pub first_tries: i64,
    /// Of those, the ones right at the first try: what the quiz really measures.
    pub first_right: i64,
}

macro_rules! scoped_people {
    ($select:literal, $tail:literal) => {
        concat!(
            "WITH RECURSIVE scope(id) AS ( \
               SELECT id FROM areas WHERE ($1 IS NULL AND parent_id IS NULL) OR id = $1 \
               UNION ALL SELECT a.id FROM areas a JOIN scope s ON a.parent_id = s.id) ",
            $select,
            " FROM lesson_progress lp JOIN people p ON p.id = lp.person_id \
              JOIN areas v ON v.id = p.village_id LEFT JOIN areas c ON c.id = v.parent_id \
              WHERE p.village_id IN (SELECT id FROM scope) AND lp.started_at >= $2 AND lp.started_at < $3 ",
            $tail
        )
    };
}

pub async fn village_progress(
    conn: &mut Conn,
    area_id: Option<i64>,
    from_ms: i64,
    to_ms: i64,
    core: &[&str],
) -> StoreResult<Vec<VillageProgress>> {
    let rows = sqlx::query(scoped_people!(
        "SELECT c.name AS commune, v.name AS village, lp.person_id, lp.lesson_id, lp.finished_at",
        "ORDER BY c.name, v.name, lp.person_id"
    ))
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&mut *conn)
    .await?;
    let mut out: Vec<VillageProgress> = Vec::new();
    let mut people_done: std::collections::HashMap<(String, i64), Vec<String>> = Default::default();
    let mut people_seen: std::collections::HashSet<(String, i64)> = Default::default();
    for r in rows {
        let commune: Option<String> = r.try_get("commune")?;
        let village: String = r.try_get("village")?;
        let person: i64 = r.try_get("person_id")?;
        let lesson: String = r.try_get("lesson_id")?;
        let finished: Option<i64> = r.try_get("finished_at")?;
        if out
            .last()
            .is_none_or(|v| v.village != village || Some(&v.commune) != commune.as_ref())
        {
            out.push(VillageProgress {
                commune: commune.unwrap_or_default(),
                village: village.clone(),
                ..Default::default()
            });
        }
        let entry = out.last_mut().expect("pushed above");
        if people_seen.insert((village.clone(), person)) {
            entry.started += 1;
        }
        if finished.is_some() {
            match entry.finished.iter_mut().find(|(l, _)| *l == lesson) {
                Some((_, n)) => *n += 1,
                None => entry.finished.push((lesson.clone(), 1)),
            }
            people_done
                .entry((village.clone(), person))
                .or_default()
                .push(lesson);
        }
    }
    for v in &mut out {
        v.finished.sort();
        v.finished_all = people_done
            .iter()
            .filter(|((village, _), done)| {
                *village == v.village && core.iter().all(|c| done.iter().any(|d| d == c))
            })
            .count() as i64;
    }
    Ok(out)
}

/// Quiz answers per question in `[from, to)`, by people of villages under `area_id` (all when
/// `None`), with the first tries (a person's earliest answer to the question, ever) apart.
pub async fn question_rates(
    conn: &mut Conn,
    area_id: Option<i64>,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<Vec<QuestionRate>> {
    let rows = sqlx::query(
        "WITH RECURSIVE scope(id) AS ( \
           SELECT id FROM areas WHERE ($1 IS NULL AND parent_id IS NULL) OR id = $1 \
           UNION ALL SELECT a.id FROM areas a JOIN scope s ON a.parent_id = s.id) \
         , firsts(id) AS (SELECT MIN(id) FROM quiz_answers GROUP BY person_id, lesson_id, question) \
         SELECT q.lesson_id, q.question, COUNT(*) AS n, CAST(SUM(q.correct) AS BIGINT) AS ok, \
           CAST(SUM(CASE WHEN f.id IS NULL THEN 0 ELSE 1 END) AS BIGINT) AS first_n, \
           CAST(SUM(CASE WHEN f.id IS NULL THEN 0 ELSE q.correct END) AS BIGINT) AS first_ok \
         FROM quiz_answers q JOIN people p ON p.id = q.person_id LEFT JOIN firsts f ON f.id = q.id \
         WHERE p.village_id IN (SELECT id FROM scope) AND q.answered_at >= $2 AND q.answered_at < $3 \
         GROUP BY q.lesson_id, q.question ORDER BY q.lesson_id, q.question",
    )
    .bind(area_id)
    .bind(from_ms)
    .bind(to_ms)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(QuestionRate {
                lesson_id: r.try_get("lesson_id")?,
                question: r.try_get("question")?,
                answers: r.try_get("n")?,
                correct: r.try_get("ok")?,
                first_tries: r.try_get("first_n")?,
                first_right: r.try_get("first_ok")?,
            })
        })
        .collect()
}

/// Records how the learner agreed to be reached for a help request (a phone number), if at all.
pub async fn set_help_contact(conn: &mut Conn, id: i64, contact: Option<&str>) -> StoreResult<()> {
    sqlx::query("UPDATE help_requests SET contact = $1 WHERE id = $2")
        .bind(contact)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// How the learner of a help request agreed to be reached, if at all.
pub async fn help_contact(conn: &mut Conn, id: i64) -> StoreResult<Option<String>> {
    let row = sqlx::query("SELECT contact FROM help_requests WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(match row {
        Some(r) => r.try_get("contact")?,
        None => None,
    })
}
