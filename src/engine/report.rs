//! `/baocao` and `/tiendo` for admins: this year, in the admin's area. An admin over several
//! communes first reads one line per commune, with a button per commune for its detail
//! (or `/baocao <commune>`, `/tiendo <commune>`); an admin of one commune reads its detail at
//! once. Each message stays short enough for a phone.
//!
//! ```text
//! quản trị:  /tiendo
//! bot:       📚 Học kỹ năng số, từ 01/01/2026 đến 25/12/2026 — Tỉnh Lai Châu: 34 người học, 12 người học xong cả 6 bài.
//!            • Xã Dào San: 20 người học · 8 học xong · đúng ngay lần đầu 72%
//!            • Xã Sì Lở Lầu: …
//!            Bấm tên xã để xem từng thôn, bản.      [Xã Dào San] [Xã Sì Lở Lầu] …
//! quản trị:  Xã Dào San
//! bot:       📚 Xã Dào San: 20 người học … • Bản Tả Phìn: 5 người học, 2 học xong …
//!            Theo bài: • 🆔 Cài đặt và dùng VNeID: 8 người học xong · đúng ngay lần đầu 75% …
//! ```

use chrono::{Datelike, TimeZone};

use super::state::State;
use super::{ButtonSpec, EngineError, Reply, Text, Turn, dialogue};
use crate::clock::{LOCAL_TZ, from_ms};
use crate::domain::petition::Part;
use crate::i18n::Msg;
use crate::intent::{Intent, ReportStep};
use crate::services::reports::{self, ReportQuery};
use crate::store::areas::{self, Area, AreaKind};

type Step = Result<State, EngineError>;

/// Which report an admin asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Petitions,
    Lessons,
    LessonsByLesson,
}

/// `/baocao [commune]`.
pub(super) async fn for_admin(turn: &mut Turn<'_>, commune: &str) -> Step {
    start(turn, Kind::Petitions, commune).await
}

/// `/tiendo [commune]`.
pub(super) async fn lessons_for_admin(turn: &mut Turn<'_>, commune: &str) -> Step {
    start(turn, Kind::Lessons, commune).await
}

/// A commune's button under a summary.
pub(super) async fn button(turn: &mut Turn<'_>, step: ReportStep) -> Step {
    let (kind, id) = match step {
        ReportStep::Petitions(id) => (Kind::Petitions, id),
        ReportStep::Lessons(id) => (Kind::Lessons, id),
        ReportStep::LessonsByLesson(id) => (Kind::LessonsByLesson, id),
    };
    if !turn.actor.is_admin() {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    }
    let area = areas::get(turn.conn, id).await?;
    match area {
        Some(area) if turn.actor.admin_over(turn.conn, area.id).await? => {
            detail(turn, kind, &area).await
        }
        _ => dialogue::stale(turn, State::Idle).await,
    }
}

async fn start(turn: &mut Turn<'_>, kind: Kind, typed: &str) -> Step {
    let Some(scope) = turn.actor.widest_scope() else {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    };
    let scope_area = match scope {
        Some(id) => areas::get(turn.conn, id).await?,
        None => None,
    };
    // An admin of one commune (or one village) reads its detail at once.
    if let Some(area) = scope_area.as_ref().filter(|a| a.kind != AreaKind::Province) {
        let area = area.clone();
        return detail(turn, kind, &area).await;
    }
    let parent = scope_area.as_ref().map(|a| a.id);
    let communes = if typed.trim().is_empty() {
        areas::list(turn.conn, AreaKind::Commune, parent).await?
    } else {
        let found = areas::search(turn.conn, AreaKind::Commune, parent, typed).await?;
        match found.as_slice() {
            [one] => {
                let one = one.clone();
                return detail(turn, kind, &one).await;
            }
            [] => {
                turn.say_msg(Msg::new("report-commune-unknown").arg("query", typed.to_string()));
                areas::list(turn.conn, AreaKind::Commune, parent).await?
            }
            _ => found,
        }
    };
    let scope_name = match &scope_area {
        Some(a) => a.name.clone(),
        None => turn
            .i18n
            .render(&turn.locale, &Msg::new("scope-everywhere")),
    };
    let (from, to) = this_year(turn);
    let text = match kind {
        Kind::Petitions => {
            let q = ReportQuery {
                from_ms: from,
                to_ms: to,
                area_id: parent,
            };
            let total = reports::build(turn.conn, &q).await?;
            let mut per_commune = Vec::with_capacity(communes.len());
            for c in &communes {
                let q = ReportQuery {
                    area_id: Some(c.id),
                    ..q
                };
                per_commune.push((c.name.clone(), reports::build(turn.conn, &q).await?));
            }
            reports::render_summary(
                &total,
                &per_commune,
                &q,
                &scope_name,
                turn.i18n,
                &turn.locale,
            )
        }
        Kind::Lessons | Kind::LessonsByLesson => {
            reports::lessons_summary(
                turn.conn,
                turn.lessons,
                turn.i18n,
                &turn.locale,
                (parent, scope_name.as_str()),
                &communes,
                from,
                to,
            )
            .await?
        }
    };
    let buttons = communes
        .iter()
        .map(|c| {
            let intent = match kind {
                Kind::Petitions => ReportStep::Petitions(c.id),
                Kind::Lessons | Kind::LessonsByLesson => ReportStep::Lessons(c.id),
            };
            ButtonSpec::new(Text::Plain(c.name.clone()), Intent::Report(intent))
        })
        .collect::<Vec<_>>();
    let mut reply = Reply::new(Text::Plain(text.trim_end().to_string()));
    if !buttons.is_empty() {
        reply = reply.then("report-pick-commune");
    }
    // Two communes a row: names are short, and a province has many.
    for row in buttons.chunks(2) {
        reply = reply.row(row.to_vec());
    }
    turn.say(reply);
    Ok(State::Idle)
}

/// One area's report: petitions by status, category, unit and village; or lessons by village
/// (with a button for the lessons one by one), or by lesson.
async fn detail(turn: &mut Turn<'_>, kind: Kind, area: &Area) -> Step {
    let (from, to) = this_year(turn);
    match kind {
        Kind::Petitions => {
            let q = ReportQuery {
                from_ms: from,
                to_ms: to,
                area_id: Some(area.id),
            };
            let report = reports::build(turn.conn, &q).await?;
            let text = reports::render(&report, &q, &area.name, turn.i18n, &turn.locale);
            turn.say(Reply::new(Text::Plain(text.trim_end().to_string())));
            let console = turn.identity.channel == crate::message::Channel::Console.as_str();
            let place = (
                turn.limits.media_dir.clone(),
                turn.limits.public_url.clone(),
                console,
            );
            if let Some(file_ref) = chart_image(turn.i18n, place, &report).await {
                turn.say(Reply::media(
                    Part::Photo {
                        file_ref,
                        caption: None,
                    },
                    Msg::new("report-chart-caption").arg("scope", area.name.clone()),
                ));
            }
        }
        Kind::Lessons => {
            let text = reports::lessons_by_village(
                turn.conn,
                turn.lessons,
                turn.i18n,
                &turn.locale,
                area,
                from,
                to,
            )
            .await?;
            turn.say(
                Reply::new(Text::Plain(text.trim_end().to_string())).row(vec![ButtonSpec::new(
                    "button-report-by-lesson",
                    Intent::Report(ReportStep::LessonsByLesson(area.id)),
                )]),
            );
        }
        Kind::LessonsByLesson => {
            let text = reports::lessons_by_lesson(
                turn.conn,
                turn.lessons,
                turn.i18n,
                &turn.locale,
                area,
                from,
                to,
            )
            .await?;
            turn.say(Reply::new(Text::Plain(text.trim_end().to_string())));
        }
    }
    Ok(State::Idle)
}

/// The report's bars by category as a PNG in the media store: its public address, or on the
/// console its file path; `None` when there is nothing to draw or nowhere to send it from.
async fn chart_image(
    i18n: &crate::i18n::Localizer,
    (media_dir, public_url, console): (std::path::PathBuf, Option<String>, bool),
    report: &reports::Report,
) -> Option<String> {
    if report.by_category.is_empty() || (public_url.is_none() && !console) {
        return None;
    }
    let bars = crate::web_reports::reports::bars(i18n, report, "category")?;
    let png = match crate::web_reports::charts::bars_png(&bars) {
        Ok(png) => png,
        Err(e) => {
            tracing::warn!(error = %e, "report chart");
            return None;
        }
    };
    let store = crate::media::MediaStore::new(&media_dir);
    let name = match store.put(&png, "png").await {
        Ok(name) => name,
        Err(e) => {
            tracing::warn!(error = %e, "report chart: media store");
            return None;
        }
    };
    match &public_url {
        Some(url) => Some(format!("{url}/media/{name}")),
        None => store.path_of(&name).map(|p| p.display().to_string()),
    }
}

fn this_year(turn: &Turn<'_>) -> (i64, i64) {
    let year = from_ms(turn.now).with_timezone(&LOCAL_TZ).year();
    let from = LOCAL_TZ
        .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .earliest()
        .map_or(0, |t| t.timestamp_millis());
    (from, turn.now + 1)
}
