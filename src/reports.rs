//! Reports for the commune's periodic reviews (sơ kết 6 tháng, tổng kết năm): petitions by
//! status, category, unit and village; on-time rate; median time to answer; average rating;
//! the overdue list.

use std::fmt::Write as _;

use sqlx::Row;

use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::domain::petition::Status;
use crate::i18n::{Localizer, Msg};
use crate::store::{Conn, StoreResult};

/// Which petitions: submitted in `[from_ms, to_ms)`, from villages under `area_id` (all when
/// `None`).
#[derive(Clone, Copy, Debug)]
pub struct ReportQuery {
    pub from_ms: i64,
    pub to_ms: i64,
    pub area_id: Option<i64>,
}

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub total: i64,
    pub by_status: Vec<(String, i64)>,
    pub by_category: Vec<(String, i64)>,
    pub by_unit: Vec<(String, i64)>,
    pub by_village: Vec<(String, i64)>,
    pub answered: i64,
    pub answered_on_time: i64,
    pub median_answer_ms: Option<i64>,
    pub rated: i64,
    pub rating_sum: i64,
    pub overdue: Vec<OverdueRow>,
}

#[derive(Clone, Debug)]
pub struct OverdueRow {
    pub code: String,
    pub unit: String,
    pub village: String,
    pub due_at: i64,
    pub status: String,
}

impl Report {
    /// Share of answered petitions answered by their deadline, in percent.
    pub fn on_time_percent(&self) -> Option<i64> {
        (self.answered > 0)
            .then(|| (self.answered_on_time * 100 + self.answered / 2) / self.answered)
    }

    /// Average rating × 10 (one decimal without floats in the store).
    pub fn average_rating_tenths(&self) -> Option<i64> {
        (self.rated > 0).then(|| (self.rating_sum * 10 + self.rated / 2) / self.rated)
    }
}

/// The petitions in scope: a recursive walk down the area tree, then the period.
macro_rules! scoped {
    ($select:literal, $tail:literal) => {
        concat!(
            "WITH RECURSIVE scope(id) AS ( \
               SELECT id FROM areas WHERE ($1 IS NULL AND parent_id IS NULL) OR id = $1 \
               UNION ALL SELECT a.id FROM areas a JOIN scope s ON a.parent_id = s.id) ",
            $select,
            " FROM petitions p WHERE p.village_id IN (SELECT id FROM scope) \
              AND p.submitted_at >= $2 AND p.submitted_at < $3 ",
            $tail
        )
    };
}

async fn counts(
    conn: &mut Conn,
    sql: &'static str,
    q: &ReportQuery,
) -> StoreResult<Vec<(String, i64)>> {
    let rows = sqlx::query(sql)
        .bind(q.area_id)
        .bind(q.from_ms)
        .bind(q.to_ms)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("k")?, r.try_get("n")?)))
        .collect()
}

pub async fn build(conn: &mut Conn, q: &ReportQuery) -> StoreResult<Report> {
    let mut report = Report {
        by_status: counts(conn, scoped!("SELECT p.status AS k, COUNT(*) AS n", "GROUP BY p.status ORDER BY n DESC, k"), q)
            .await?,
        by_category: counts(
            conn,
            scoped!(
                "SELECT (SELECT c.code FROM categories c WHERE c.id = p.category_id) AS k, COUNT(*) AS n",
                "GROUP BY p.category_id ORDER BY n DESC, k"
            ),
            q,
        )
        .await?,
        by_unit: counts(
            conn,
            scoped!(
                "SELECT (SELECT u.name FROM units u WHERE u.id = p.unit_id) AS k, COUNT(*) AS n",
                "GROUP BY p.unit_id ORDER BY n DESC, k"
            ),
            q,
        )
        .await?,
        by_village: counts(
            conn,
            scoped!(
                "SELECT (SELECT a.name FROM areas a WHERE a.id = p.village_id) AS k, COUNT(*) AS n",
                "GROUP BY p.village_id ORDER BY n DESC, k"
            ),
            q,
        )
        .await?,
        ..Report::default()
    };
    report.total = report.by_status.iter().map(|(_, n)| n).sum();
    let row = sqlx::query(scoped!(
        "SELECT COUNT(p.answered_at) AS answered, \
         CAST(COALESCE(SUM(CASE WHEN p.answered_at <= p.due_at THEN 1 ELSE 0 END), 0) AS BIGINT) AS on_time, \
         COUNT(p.rating) AS rated, CAST(COALESCE(SUM(p.rating), 0) AS BIGINT) AS rating_sum",
        ""
    ))
    .bind(q.area_id)
    .bind(q.from_ms)
    .bind(q.to_ms)
    .fetch_one(&mut *conn)
    .await?;
    report.answered = row.try_get("answered")?;
    report.answered_on_time = row.try_get("on_time")?;
    report.rated = row.try_get("rated")?;
    report.rating_sum = row.try_get("rating_sum")?;
    if report.answered > 0 {
        let median = sqlx::query(scoped!(
            "SELECT p.answered_at - p.submitted_at AS d",
            "AND p.answered_at IS NOT NULL ORDER BY d LIMIT 1 OFFSET $4"
        ))
        .bind(q.area_id)
        .bind(q.from_ms)
        .bind(q.to_ms)
        .bind(report.answered / 2)
        .fetch_optional(&mut *conn)
        .await?;
        report.median_answer_ms = median.map(|r| r.try_get("d")).transpose()?;
    }
    let rows = sqlx::query(scoped!(
        "SELECT p.tracking_code, p.due_at, p.status, \
         (SELECT u.name FROM units u WHERE u.id = p.unit_id) AS unit, \
         (SELECT a.name FROM areas a WHERE a.id = p.village_id) AS village",
        "AND p.overdue_at IS NOT NULL ORDER BY p.due_at LIMIT 200"
    ))
    .bind(q.area_id)
    .bind(q.from_ms)
    .bind(q.to_ms)
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let code: String = r.try_get("tracking_code")?;
        report.overdue.push(OverdueRow {
            code: format!("{}-{}", &code[..4], &code[4..]),
            unit: r.try_get::<Option<String>, _>("unit")?.unwrap_or_default(),
            village: r
                .try_get::<Option<String>, _>("village")?
                .unwrap_or_default(),
            due_at: r.try_get("due_at")?,
            status: r.try_get("status")?,
        });
    }
    Ok(report)
}

/// The report as text for a chat or a terminal, in `locale`.
pub fn render(
    report: &Report,
    q: &ReportQuery,
    scope_name: &str,
    i18n: &Localizer,
    locale: &LocaleTag,
) -> String {
    let t = |m: Msg| i18n.render(locale, &m);
    let (_, from) = local_parts(q.from_ms);
    let (_, to) = local_parts(q.to_ms - 1);
    let mut out = t(Msg::new("report-title")
        .arg("scope", scope_name.to_string())
        .arg("from", from)
        .arg("to", to)
        .arg("total", report.total));
    out.push('\n');
    let dash = t(Msg::new("report-none"));
    let on_time = report
        .on_time_percent()
        .map_or(dash.clone(), |p| format!("{p}%"));
    let median = report.median_answer_ms.map_or(dash.clone(), |ms| {
        t(Msg::new("report-days").arg("days", (ms + 43_200_000) / 86_400_000))
    });
    let rating = report
        .average_rating_tenths()
        .map_or(dash.clone(), |r| format!("{},{}/5", r / 10, r % 10));
    let _ = writeln!(
        out,
        "{}",
        t(Msg::new("report-figures")
            .arg("answered", report.answered)
            .arg("ontime", on_time)
            .arg("median", median)
            .arg("rating", rating)
            .arg("rated", report.rated))
    );
    let section = |out: &mut String,
                   title: &'static str,
                   rows: &[(String, i64)],
                   name: &dyn Fn(&str) -> String| {
        if rows.is_empty() {
            return;
        }
        let _ = writeln!(out, "\n{}", t(Msg::new(title)));
        for (k, n) in rows {
            let _ = writeln!(out, "• {}: {n}", name(k));
        }
    };
    let status_name =
        |k: &str| Status::parse(k).map_or(k.to_string(), |s| t(Msg::new(s.message_id())));
    let category_name = |k: &str| t(Msg::new(format!("category-{k}")));
    let plain = |k: &str| k.to_string();
    section(
        &mut out,
        "report-by-status",
        &report.by_status,
        &status_name,
    );
    section(
        &mut out,
        "report-by-category",
        &report.by_category,
        &category_name,
    );
    section(&mut out, "report-by-unit", &report.by_unit, &plain);
    section(&mut out, "report-by-village", &report.by_village, &plain);
    if !report.overdue.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            t(Msg::new("report-overdue").arg("count", report.overdue.len()))
        );
        for o in &report.overdue {
            let (_, due) = local_parts(o.due_at);
            let _ = writeln!(
                out,
                "• {} · {} · {} · {} · {}",
                o.code,
                o.unit,
                o.village,
                due,
                status_name(&o.status)
            );
        }
    }
    out
}

/// The report as CSV (`section,key,value`), for spreadsheets.
pub fn csv(report: &Report) -> String {
    let mut out = String::from("section,key,value\n");
    let esc = |s: &str| {
        if s.contains([',', '"', '\n']) {
            format!("\"{}\"", s.replace('"', "\"\""))
        } else {
            s.to_string()
        }
    };
    let mut row = |section: &str, key: &str, value: String| {
        let _ = writeln!(out, "{},{},{}", section, esc(key), esc(&value));
    };
    row("total", "petitions", report.total.to_string());
    row("total", "answered", report.answered.to_string());
    row(
        "total",
        "answered_on_time",
        report.answered_on_time.to_string(),
    );
    row(
        "total",
        "median_answer_hours",
        report
            .median_answer_ms
            .map_or(String::new(), |ms| (ms / 3_600_000).to_string()),
    );
    row("total", "rated", report.rated.to_string());
    row(
        "total",
        "average_rating",
        report
            .average_rating_tenths()
            .map_or(String::new(), |r| format!("{}.{}", r / 10, r % 10)),
    );
    for (section, rows) in [
        ("status", &report.by_status),
        ("category", &report.by_category),
        ("unit", &report.by_unit),
        ("village", &report.by_village),
    ] {
        for (k, n) in rows {
            row(section, k, n.to_string());
        }
    }
    for o in &report.overdue {
        let (_, due) = local_parts(o.due_at);
        row(
            "overdue",
            &o.code,
            format!("{} | {} | {} | {}", o.unit, o.village, due, o.status),
        );
    }
    out
}

/// Lesson participation per village (started, finished each lesson, finished all core lessons)
/// and quiz pass rates per question, as text in `locale`.
pub async fn lessons(
    conn: &mut Conn,
    catalogue: &crate::lessons::Catalogue,
    i18n: &Localizer,
    locale: &LocaleTag,
    area_id: Option<i64>,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<String> {
    let t = |m: Msg| i18n.render(locale, &m);
    let core = catalogue.core_ids();
    let villages =
        crate::store::lessons::village_progress(conn, area_id, from_ms, to_ms, &core).await?;
    let (_, from) = local_parts(from_ms);
    let (_, to) = local_parts(to_ms - 1);
    let mut out = t(Msg::new("lessons-report-title")
        .arg("from", from)
        .arg("to", to));
    out.push('\n');
    if villages.is_empty() {
        let _ = writeln!(out, "{}", t(Msg::new("lessons-report-empty")));
    }
    for v in &villages {
        let _ = writeln!(
            out,
            "\n{}",
            t(Msg::new("lessons-report-village")
                .arg("village", v.village.clone())
                .arg("commune", v.commune.clone())
                .arg("started", v.started)
                .arg("all", v.finished_all))
        );
        for lesson in &catalogue.lessons {
            let n = v
                .finished
                .iter()
                .find(|(l, _)| *l == lesson.id)
                .map_or(0, |(_, n)| *n);
            let _ = writeln!(out, "• {}: {n}", t(Msg::new(lesson.title.clone())));
        }
    }
    let rates = crate::store::lessons::question_rates(conn, from_ms, to_ms).await?;
    if !rates.is_empty() {
        let _ = writeln!(out, "\n{}", t(Msg::new("lessons-report-quiz")));
        for r in rates {
            let title = catalogue
                .get(&r.lesson_id)
                .map_or(r.lesson_id.clone(), |l| t(Msg::new(l.title.clone())));
            let pct = (r.correct * 100 + r.answers / 2) / r.answers.max(1);
            let _ = writeln!(
                out,
                "• {title} — {}: {pct}% ({}/{})",
                t(Msg::new("lessons-report-question").arg("n", r.question)),
                r.correct,
                r.answers
            );
        }
    }
    Ok(out)
}
