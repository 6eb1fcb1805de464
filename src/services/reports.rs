//! Reports for the commune's periodic reviews (sơ kết 6 tháng, tổng kết năm): petitions by
//! status, category, unit and village; on-time rate; median time to answer; average rating;
//! the overdue list.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::domain::petition::Status;
use crate::i18n::{Localizer, Msg};
use crate::store::reports as store;
use crate::store::{Conn, StoreResult};

pub use crate::store::reports::ReportQuery;

#[derive(Clone, Debug, Default)]
pub struct Report {
    pub total: i64,
    pub by_status: Vec<(String, i64)>,
    pub by_category: Vec<(String, i64)>,
    pub by_unit: Vec<(String, i64)>,
    pub by_village: Vec<(String, i64)>,
    /// Every answer given: a petition answered, reopened and answered again counts twice.
    pub answered: i64,
    /// Petitions whose current answer stands.
    pub answered_now: i64,
    pub answered_on_time: i64,
    pub median_answer_ms: Option<i64>,
    /// Ratings of first answers.
    pub rated: i64,
    pub rating_sum: i64,
    /// Ratings of answers given after the petition was reopened.
    pub rated_after_reopen: i64,
    pub rating_after_reopen_sum: i64,
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
        (self.answered_now > 0)
            .then(|| (self.answered_on_time * 100 + self.answered_now / 2) / self.answered_now)
    }

    /// Average rating of first answers × 10 (one decimal without floats in the store).
    pub fn average_rating_tenths(&self) -> Option<i64> {
        (self.rated > 0).then(|| (self.rating_sum * 10 + self.rated / 2) / self.rated)
    }

    /// Average rating of answers after reopening × 10.
    pub fn average_rating_after_reopen_tenths(&self) -> Option<i64> {
        (self.rated_after_reopen > 0).then(|| {
            (self.rating_after_reopen_sum * 10 + self.rated_after_reopen / 2)
                / self.rated_after_reopen
        })
    }
}

fn add(rows: &mut Vec<(String, i64)>, key: String, n: i64) {
    match rows.iter_mut().find(|(k, _)| *k == key) {
        Some((_, total)) => *total += n,
        None => rows.push((key, n)),
    }
}

fn sorted(mut rows: Vec<(String, i64)>) -> Vec<(String, i64)> {
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rows
}

/// One pass over the period's petitions, grouped finely, then added up here; a second pass
/// for the distribution of answer times (hour buckets, for the median); the overdue list from
/// its own index.
pub async fn build(conn: &mut Conn, q: &ReportQuery) -> StoreResult<Report> {
    let groups = store::groups(conn, q).await?;
    let categories = store::category_codes(conn).await?;
    let units = store::unit_names(conn).await?;
    let villages = store::area_names(conn).await?;
    let name = |map: &HashMap<i64, String>, id: Option<i64>| {
        id.and_then(|id| map.get(&id).cloned()).unwrap_or_default()
    };
    let mut report = Report::default();
    let (mut by_status, mut by_category, mut by_unit, mut by_village) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for g in groups {
        let n = g.count;
        add(&mut by_status, g.status, n);
        add(&mut by_category, name(&categories, g.category_id), n);
        add(&mut by_unit, name(&units, g.unit_id), n);
        add(&mut by_village, name(&villages, g.village_id), n);
        report.total += n;
        report.answered += g.answered;
        report.answered_now += g.answered_now;
        report.answered_on_time += g.answered_on_time;
        report.rated += g.rated;
        report.rating_sum += g.rating_sum;
        report.rated_after_reopen += g.rated_after_reopen;
        report.rating_after_reopen_sum += g.rating_after_reopen_sum;
    }
    report.by_status = sorted(by_status);
    report.by_category = sorted(by_category);
    report.by_unit = sorted(by_unit);
    report.by_village = sorted(by_village);
    if report.answered_now > 0 {
        let half = (report.answered_now + 1) / 2;
        let mut seen = 0;
        for b in store::answer_hours(conn, q).await? {
            seen += b.count;
            if seen >= half {
                report.median_answer_ms = Some(b.hours * 3_600_000 + 1_800_000);
                break;
            }
        }
    }
    for o in store::overdue(conn, q).await? {
        let code = o.tracking_code;
        report.overdue.push(OverdueRow {
            code: format!("{}-{}", &code[..4], &code[4..]),
            unit: units.get(&o.unit_id).cloned().unwrap_or_default(),
            village: name(&villages, o.village_id),
            due_at: o.due_at,
            status: o.status,
        });
    }
    Ok(report)
}

/// The report's title line (scope, period, how many petitions), with its line break.
fn title(
    total: i64,
    q: &ReportQuery,
    scope_name: &str,
    i18n: &Localizer,
    locale: &LocaleTag,
) -> String {
    let (_, from) = local_parts(q.from_ms);
    let (_, to) = local_parts(q.to_ms - 1);
    let mut out = i18n.render(
        locale,
        &Msg::new("report-title")
            .arg("scope", scope_name.to_string())
            .arg("from", from)
            .arg("to", to)
            .arg("total", total),
    );
    out.push('\n');
    out
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
    let mut out = title(report.total, q, scope_name, i18n, locale);
    let dash = t(Msg::new("report-none"));
    let on_time = report
        .on_time_percent()
        .map_or(dash.clone(), |p| format!("{p}%"));
    let median = report.median_answer_ms.map_or(dash.clone(), |ms| {
        t(Msg::new("report-days").arg("days", (ms + 43_200_000) / 86_400_000))
    });
    let stars = |r: i64| format!("{},{}/5", r / 10, r % 10);
    let rating = report.average_rating_tenths().map_or(dash.clone(), stars);
    let rating_reopened = report
        .average_rating_after_reopen_tenths()
        .map_or(dash.clone(), stars);
    let _ = writeln!(
        out,
        "{}",
        t(Msg::new("report-figures")
            .arg("answered", report.answered)
            .arg("ontime", on_time)
            .arg("median", median)
            .arg("rating", rating)
            .arg("rated", report.rated)
            .arg("rating_reopened", rating_reopened)
            .arg("rated_reopened", report.rated_after_reopen))
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

/// The byte-order mark that makes Excel on Windows read a CSV file as UTF-8.
pub const CSV_BOM: &str = "\u{FEFF}";

/// A CSV field: quoted when it holds a separator, a quote or a line break.
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', ';']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The report as CSV (`mục,tên,giá trị`) for spreadsheets, in Vietnamese like the chat report:
/// statuses and categories by their names, whole numbers only (no "1/2" that Excel would read
/// as a date; an average rating as "4,2" in quotes), a byte-order mark first.
pub fn csv(report: &Report, i18n: &Localizer) -> String {
    let vi = LocaleTag::vi();
    let t = |id: String| i18n.render(&vi, &Msg::new(id));
    let mut out = format!("{CSV_BOM}mục,tên,giá trị\n");
    let mut row = |section: &str, key: &str, value: String| {
        let _ = writeln!(
            out,
            "{},{},{}",
            csv_field(section),
            csv_field(key),
            csv_field(&value)
        );
    };
    let tenths = |r: Option<i64>| r.map_or(String::new(), |r| format!("{},{}", r / 10, r % 10));
    let total = "tổng";
    row(total, "số kiến nghị", report.total.to_string());
    row(total, "lượt trả lời", report.answered.to_string());
    row(total, "đang có trả lời", report.answered_now.to_string());
    row(
        total,
        "trả lời đúng hạn",
        report.answered_on_time.to_string(),
    );
    row(
        total,
        "thời gian trả lời trung vị (giờ)",
        report
            .median_answer_ms
            .map_or(String::new(), |ms| (ms / 3_600_000).to_string()),
    );
    row(total, "lượt đánh giá lần đầu", report.rated.to_string());
    row(
        total,
        "điểm hài lòng lần đầu (trên 5)",
        tenths(report.average_rating_tenths()),
    );
    row(
        total,
        "lượt đánh giá sau mở lại",
        report.rated_after_reopen.to_string(),
    );
    row(
        total,
        "điểm hài lòng sau mở lại (trên 5)",
        tenths(report.average_rating_after_reopen_tenths()),
    );
    let status_name =
        |k: &str| Status::parse(k).map_or(k.to_string(), |s| t(s.message_id().to_string()));
    for (k, n) in &report.by_status {
        row("tình trạng", &status_name(k), n.to_string());
    }
    for (k, n) in &report.by_category {
        row("lĩnh vực", &t(format!("category-{k}")), n.to_string());
    }
    for (k, n) in &report.by_unit {
        row("đơn vị", k, n.to_string());
    }
    for (k, n) in &report.by_village {
        row("thôn, bản", k, n.to_string());
    }
    for o in &report.overdue {
        let (_, due) = local_parts(o.due_at);
        row(
            "quá hạn",
            &o.code,
            format!(
                "{} | {} | hạn {} | {}",
                o.unit,
                o.village,
                due,
                status_name(&o.status)
            ),
        );
    }
    out
}

/// Lesson participation per village (started, finished each lesson, finished all core lessons)
/// and quiz pass rates per question, as text in `locale`.
pub async fn lessons(
    conn: &mut Conn,
    catalogue: &crate::services::lessons::Catalogue,
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
    let rates = crate::store::lessons::question_rates(conn, area_id, from_ms, to_ms).await?;
    if !rates.is_empty() {
        let _ = writeln!(out, "\n{}", t(Msg::new("lessons-report-quiz")));
        for r in rates {
            let title = catalogue
                .get(&r.lesson_id)
                .map_or(r.lesson_id.clone(), |l| t(Msg::new(l.title.clone())));
            let pct = (r.first_right * 100 + r.first_tries / 2) / r.first_tries.max(1);
            let _ = writeln!(
                out,
                "• {title} — {}: {pct}% ({}/{}) · {}",
                t(Msg::new("lessons-report-question").arg("n", r.question)),
                r.first_right,
                r.first_tries,
                t(Msg::new("lessons-report-all-answers")
                    .arg("correct", r.correct)
                    .arg("answers", r.answers))
            );
        }
    }
    Ok(out)
}

/// `num / den` in whole percent, or the report's "none yet".
fn percent(num: i64, den: i64, none: &str) -> String {
    if den > 0 {
        format!("{}%", (num * 100 + den / 2) / den)
    } else {
        none.to_string()
    }
}

/// One line per commune under the title: petitions, answered, on time, overdue. The detail of
/// one commune is [`render`].
pub fn render_summary(
    total: &Report,
    communes: &[(String, Report)],
    q: &ReportQuery,
    scope_name: &str,
    i18n: &Localizer,
    locale: &LocaleTag,
) -> String {
    let t = |m: Msg| i18n.render(locale, &m);
    let mut out = title(total.total, q, scope_name, i18n, locale);
    let dash = t(Msg::new("report-none"));
    for (name, r) in communes {
        let _ = writeln!(
            out,
            "{}",
            t(Msg::new("report-summary-commune")
                .arg("commune", name.clone())
                .arg("total", r.total)
                .arg("answered", r.answered_now)
                .arg(
                    "ontime",
                    r.on_time_percent()
                        .map_or(dash.clone(), |p| format!("{p}%"))
                )
                .arg("overdue", r.overdue.len()))
        );
    }
    out
}

/// Totals of lesson progress: people who started, people who finished every core lesson,
/// first tries and first tries right.
#[derive(Default)]
struct LessonTotals {
    started: i64,
    finished_all: i64,
    first_tries: i64,
    first_right: i64,
}

async fn lesson_totals(
    conn: &mut Conn,
    catalogue: &crate::services::lessons::Catalogue,
    area_id: Option<i64>,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<LessonTotals> {
    let core = catalogue.core_ids();
    let villages =
        crate::store::lessons::village_progress(conn, area_id, from_ms, to_ms, &core).await?;
    let rates = crate::store::lessons::question_rates(conn, area_id, from_ms, to_ms).await?;
    Ok(LessonTotals {
        started: villages.iter().map(|v| v.started).sum(),
        finished_all: villages.iter().map(|v| v.finished_all).sum(),
        first_tries: rates.iter().map(|r| r.first_tries).sum(),
        first_right: rates.iter().map(|r| r.first_right).sum(),
    })
}

/// `/tiendo` over several communes: the whole area, then one line per commune.
#[allow(clippy::too_many_arguments)]
pub async fn lessons_summary(
    conn: &mut Conn,
    catalogue: &crate::services::lessons::Catalogue,
    i18n: &Localizer,
    locale: &LocaleTag,
    (scope_id, scope_name): (Option<i64>, &str),
    communes: &[crate::store::areas::Area],
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<String> {
    let t = |m: Msg| i18n.render(locale, &m);
    let dash = t(Msg::new("report-none"));
    let (_, from) = local_parts(from_ms);
    let (_, to) = local_parts(to_ms - 1);
    let all = lesson_totals(conn, catalogue, scope_id, from_ms, to_ms).await?;
    let mut out = t(Msg::new("lessons-report-summary")
        .arg("scope", scope_name.to_string())
        .arg("from", from)
        .arg("to", to)
        .arg("started", all.started)
        .arg("all", all.finished_all)
        .arg("first", percent(all.first_right, all.first_tries, &dash)));
    out.push('\n');
    for c in communes {
        let n = lesson_totals(conn, catalogue, Some(c.id), from_ms, to_ms).await?;
        let _ = writeln!(
            out,
            "{}",
            t(Msg::new("lessons-report-commune")
                .arg("commune", c.name.clone())
                .arg("started", n.started)
                .arg("all", n.finished_all)
                .arg("first", percent(n.first_right, n.first_tries, &dash)))
        );
    }
    Ok(out)
}

/// `/tiendo` for one commune (or village): one line per village.
pub async fn lessons_by_village(
    conn: &mut Conn,
    catalogue: &crate::services::lessons::Catalogue,
    i18n: &Localizer,
    locale: &LocaleTag,
    area: &crate::store::areas::Area,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<String> {
    let t = |m: Msg| i18n.render(locale, &m);
    let dash = t(Msg::new("report-none"));
    let core = catalogue.core_ids();
    let villages =
        crate::store::lessons::village_progress(conn, Some(area.id), from_ms, to_ms, &core).await?;
    let totals = lesson_totals(conn, catalogue, Some(area.id), from_ms, to_ms).await?;
    let (_, from) = local_parts(from_ms);
    let (_, to) = local_parts(to_ms - 1);
    let mut out = t(Msg::new("lessons-report-summary")
        .arg("scope", area.name.clone())
        .arg("from", from)
        .arg("to", to)
        .arg("started", totals.started)
        .arg("all", totals.finished_all)
        .arg(
            "first",
            percent(totals.first_right, totals.first_tries, &dash),
        ));
    out.push('\n');
    if villages.is_empty() {
        let _ = writeln!(out, "{}", t(Msg::new("lessons-report-empty")));
    }
    for v in &villages {
        let _ = writeln!(
            out,
            "{}",
            t(Msg::new("lessons-report-village-line")
                .arg("village", v.village.clone())
                .arg("started", v.started)
                .arg("all", v.finished_all))
        );
    }
    Ok(out)
}

/// `/tiendo` for one commune, lesson by lesson: how many finished it, how many were right at
/// the first try; then the two questions fewest got right at the first try (to look at the
/// lesson or the question again).
pub async fn lessons_by_lesson(
    conn: &mut Conn,
    catalogue: &crate::services::lessons::Catalogue,
    i18n: &Localizer,
    locale: &LocaleTag,
    area: &crate::store::areas::Area,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<String> {
    let t = |m: Msg| i18n.render(locale, &m);
    let dash = t(Msg::new("report-none"));
    let core = catalogue.core_ids();
    let villages =
        crate::store::lessons::village_progress(conn, Some(area.id), from_ms, to_ms, &core).await?;
    let rates = crate::store::lessons::question_rates(conn, Some(area.id), from_ms, to_ms).await?;
    let mut out = t(Msg::new("lessons-report-lessons-title").arg("scope", area.name.clone()));
    out.push('\n');
    for lesson in &catalogue.lessons {
        let finished: i64 = villages
            .iter()
            .flat_map(|v| v.finished.iter())
            .filter(|(l, _)| *l == lesson.id)
            .map(|(_, n)| n)
            .sum();
        let (tries, right) = rates
            .iter()
            .filter(|r| r.lesson_id == lesson.id)
            .fold((0, 0), |(a, b), r| (a + r.first_tries, b + r.first_right));
        let _ = writeln!(
            out,
            "{}",
            t(Msg::new("lessons-report-lesson")
                .arg("title", Msg::new(lesson.title.clone()))
                .arg("finished", finished)
                .arg("first", percent(right, tries, &dash)))
        );
    }
    let mut weakest: Vec<_> = rates.iter().filter(|r| r.first_tries > 0).collect();
    weakest.sort_by_key(|r| (r.first_right * 1000 / r.first_tries, r.lesson_id.clone()));
    if !weakest.is_empty() {
        let _ = writeln!(out, "{}", t(Msg::new("lessons-report-weakest")));
        for r in weakest.into_iter().take(2) {
            let title = catalogue
                .get(&r.lesson_id)
                .map_or(r.lesson_id.clone(), |l| t(Msg::new(l.title.clone())));
            let _ = writeln!(
                out,
                "{}",
                t(Msg::new("lessons-report-weak-question")
                    .arg("title", title)
                    .arg("n", r.question)
                    .arg("first", percent(r.first_right, r.first_tries, &dash)))
            );
        }
    }
    Ok(out)
}

// ---- Reports for the web: one area and any period, with rights, charts' data and the
// public page's figures.

use crate::services::Actor;
use crate::store::areas::{self as area_store, Area, AreaKind};
use crate::store::web_reports::{self as web_store, Hotspot, Published};

/// Why an area report was refused.
#[derive(Debug, thiserror::Error)]
pub enum AreaReportError {
    /// No such area, or not one this actor administers: the same answer for both, so that a
    /// refusal says nothing about what exists.
    #[error("no such area for this person")]
    NotFound,
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// Everything an admin's report page shows for one area and period.
#[derive(Clone, Debug)]
pub struct AreaReport {
    pub area: Area,
    pub query: ReportQuery,
    pub report: Report,
    /// `(MM/YYYY, received, answered)` per month of the period.
    pub months: Vec<(String, i64, i64)>,
    pub hotspots: Vec<Hotspot>,
    /// Announcement messages to chats of the area: (all, delivered).
    pub announcements: (i64, i64),
    /// Relay tasks of the area: (village × announcement asked, confirmed).
    pub relay: (i64, i64),
    pub lesson_villages: Vec<crate::store::lessons::VillageProgress>,
    /// First tries at quiz questions, and those right at the first try.
    pub quiz_first: (i64, i64),
}

/// The months of `[from_ms, to_ms)` (at most 36, the last ones), with the petitions received
/// and answered in each.
pub fn monthly(times: &[web_store::Times], from_ms: i64, to_ms: i64) -> Vec<(String, i64, i64)> {
    use chrono::Datelike;
    let key = |ms: i64| {
        let d = crate::clock::from_ms(ms).with_timezone(&crate::clock::LOCAL_TZ);
        d.year() * 12 + d.month0() as i32
    };
    let (first, last) = (key(from_ms), key((to_ms - 1).max(from_ms)));
    let first = first.max(last - 35);
    let mut months: Vec<(String, i64, i64)> = (first..=last)
        .map(|k| (format!("{:02}/{}", k % 12 + 1, k / 12), 0, 0))
        .collect();
    for t in times {
        let k = key(t.submitted_at);
        if (first..=last).contains(&k) {
            months[(k - first) as usize].1 += 1;
        }
        if let Some(a) = t.answered_at {
            let k = key(a);
            if (first..=last).contains(&k) {
                months[(k - first) as usize].2 += 1;
            }
        }
    }
    months
}

/// The report of the area `area_code` for `[from_ms, to_ms)`, for an admin of that area only.
pub async fn for_admin(
    conn: &mut Conn,
    actor: &Actor,
    catalogue: &crate::services::lessons::Catalogue,
    area_code: &str,
    from_ms: i64,
    to_ms: i64,
) -> Result<AreaReport, AreaReportError> {
    let area = area_store::by_code(conn, area_code)
        .await?
        .ok_or(AreaReportError::NotFound)?;
    if !actor.admin_over(conn, area.id).await? {
        return Err(AreaReportError::NotFound);
    }
    let query = ReportQuery {
        from_ms,
        to_ms,
        area_id: Some(area.id),
    };
    let report = build(conn, &query).await?;
    let times = web_store::times(conn, area.id, from_ms, to_ms).await?;
    let core = catalogue.core_ids();
    let lesson_villages =
        crate::store::lessons::village_progress(conn, Some(area.id), from_ms, to_ms, &core).await?;
    let rates = crate::store::lessons::question_rates(conn, Some(area.id), from_ms, to_ms).await?;
    Ok(AreaReport {
        months: monthly(&times, from_ms, to_ms),
        hotspots: web_store::hotspots(conn, area.id, from_ms, to_ms).await?,
        announcements: web_store::announcement_delivery(conn, area.id, from_ms, to_ms).await?,
        relay: web_store::relay_coverage(conn, area.id, from_ms, to_ms).await?,
        lesson_villages,
        quiz_first: (
            rates.iter().map(|r| r.first_tries).sum(),
            rates.iter().map(|r| r.first_right).sum(),
        ),
        area,
        query,
        report,
    })
}

/// The CSV of an area report: the petition figures ([`csv`]), then hot spots, announcements,
/// relays and lessons, with Vietnamese headers and a byte-order mark.
pub fn area_csv(r: &AreaReport, i18n: &Localizer) -> String {
    let vi = LocaleTag::vi();
    let mut out = csv(&r.report, i18n);
    let mut row = |section: &str, key: &str, value: String| {
        let _ = writeln!(
            out,
            "{},{},{}",
            csv_field(section),
            csv_field(key),
            csv_field(&value)
        );
    };
    for h in &r.hotspots {
        let (_, at) = local_parts(h.created_at);
        let category = i18n.render(&vi, &Msg::new(format!("category-{}", h.category_code)));
        row(
            "điểm nóng",
            &format!("{} · {category}", h.area),
            format!("{} kiến nghị | {at}", h.petitions),
        );
    }
    row("thông báo", "tin nhắn gửi", r.announcements.0.to_string());
    row("thông báo", "đã đến nơi", r.announcements.1.to_string());
    row("chuyển tiếp", "lượt thôn cần chuyển", r.relay.0.to_string());
    row("chuyển tiếp", "lượt đã chuyển", r.relay.1.to_string());
    for v in &r.lesson_villages {
        row(
            "học kỹ năng số",
            &v.village,
            format!("{} người học | {} học xong", v.started, v.finished_all),
        );
    }
    row(
        "học kỹ năng số",
        "trả lời lần đầu",
        r.quiz_first.0.to_string(),
    );
    row(
        "học kỹ năng số",
        "đúng ngay lần đầu",
        r.quiz_first.1.to_string(),
    );
    for (m, received, answered) in &r.months {
        row(
            "theo tháng",
            m,
            format!("{received} tiếp nhận | {answered} trả lời"),
        );
    }
    out
}

/// What the public page of a province or commune shows: figures, and the petitions their
/// authors let it show (never an anonymous one, never a name).
#[derive(Clone, Debug)]
pub struct PublicReport {
    pub area: Area,
    pub report: Report,
    pub months: Vec<(String, i64, i64)>,
    /// The newest [`PUBLISHED_SHOWN`] published petitions submitted in the period.
    pub published: Vec<Published>,
    /// Whether the period has more published petitions than are shown.
    pub published_more: bool,
}

/// How many published petitions the public page shows for one period.
pub const PUBLISHED_SHOWN: usize = 50;

/// The public page of the province or commune `area_code` for `[from_ms, to_ms)`; `None` for
/// an unknown code or a village (too small a place to show figures without pointing at
/// people).
pub async fn public(
    conn: &mut Conn,
    area_code: &str,
    from_ms: i64,
    to_ms: i64,
) -> StoreResult<Option<PublicReport>> {
    let Some(area) = area_store::by_code(conn, area_code).await? else {
        return Ok(None);
    };
    if area.kind == AreaKind::Village {
        return Ok(None);
    }
    let query = ReportQuery {
        from_ms,
        to_ms,
        area_id: Some(area.id),
    };
    let mut report = build(conn, &query).await?;
    // The overdue list names tracking codes: not for the public page.
    report.overdue.clear();
    report.by_village.clear();
    let times = web_store::times(conn, area.id, from_ms, to_ms).await?;
    let mut published =
        web_store::published(conn, area.id, from_ms, to_ms, PUBLISHED_SHOWN as i64 + 1).await?;
    let published_more = published.len() > PUBLISHED_SHOWN;
    published.truncate(PUBLISHED_SHOWN);
    Ok(Some(PublicReport {
        months: monthly(&times, from_ms, to_ms),
        published,
        published_more,
        area,
        report,
    }))
}
