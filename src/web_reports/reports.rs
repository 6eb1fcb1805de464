//! An admin's report page for their area and any period: the figures, bars by status,
//! category, unit and village, the monthly trend, the overdue list, hot spots, lessons,
//! announcements and relays; the CSV; each chart as SVG or PNG. Rights are the services'
//! ([`crate::services::reports::for_admin`]): another area's admin gets the same 404 as an
//! unknown area.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::charts::{self, Bars, Trend};
use super::{PeriodQuery, SignedIn, html, message_page, percent_or, stars_or};
use crate::app::App;
use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::domain::petition::Status;
use crate::i18n::{Localizer, Msg};
use crate::services::reports::{self, AreaReport, AreaReportError, Report};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/web/bao-cao/{area}", get(page))
        .route("/web/bao-cao/{area}/bao-cao.csv", get(csv))
        .route("/web/bao-cao/{area}/bieu-do/{chart}", get(chart))
        .layer(axum::middleware::map_response(private))
}

/// Reports are for the signed-in admin only: a shared office computer keeps no copy, and no
/// other site frames them.
async fn private(mut resp: Response) -> Response {
    let headers = resp.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("no-store"),
    );
    headers.insert(
        header::X_FRAME_OPTIONS,
        header::HeaderValue::from_static("DENY"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        header::HeaderValue::from_static("frame-ancestors 'none'"),
    );
    resp
}

/// What a chart URL may ask for, and in which format.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct ChartQuery {
    #[serde(flatten)]
    pub period: PeriodQuery,
    /// `svg` (default) or `png`.
    pub dang: Option<String>,
}

fn vi(i18n: &Localizer, msg: Msg) -> String {
    i18n.render(&LocaleTag::vi(), &msg)
}

/// A status's, a category's name in Vietnamese.
pub fn status_name(i18n: &Localizer, code: &str) -> String {
    Status::parse(code).map_or(code.to_string(), |s| vi(i18n, Msg::new(s.message_id())))
}

pub fn category_name(i18n: &Localizer, code: &str) -> String {
    vi(i18n, Msg::new(format!("category-{code}")))
}

/// The bars of one breakdown of a report: `status`, `category`, `unit` or `village`.
pub fn bars(i18n: &Localizer, report: &Report, which: &str) -> Option<Bars> {
    let (title, rows): (&str, Vec<(String, i64)>) = match which {
        "status" => (
            "report-by-status",
            report
                .by_status
                .iter()
                .map(|(k, n)| (status_name(i18n, k), *n))
                .collect(),
        ),
        "category" => (
            "report-by-category",
            report
                .by_category
                .iter()
                .map(|(k, n)| (category_name(i18n, k), *n))
                .collect(),
        ),
        "unit" => ("report-by-unit", report.by_unit.clone()),
        "village" => ("report-by-village", report.by_village.clone()),
        _ => return None,
    };
    Some(Bars {
        title: vi(i18n, Msg::new(title)).trim_end_matches(':').to_string(),
        rows,
    })
}

/// The monthly trend of `months`.
pub fn trend(i18n: &Localizer, months: &[(String, i64, i64)]) -> Trend {
    Trend {
        title: vi(i18n, Msg::new("web-report-trend")),
        received_label: vi(i18n, Msg::new("web-report-received")),
        answered_label: vi(i18n, Msg::new("web-report-answered")),
        months: months.to_vec(),
    }
}

/// One breakdown on the page: its title, rows and chart.
pub struct Section {
    pub key: &'static str,
    pub title: String,
    pub rows: Vec<(String, i64)>,
    pub svg: String,
}

pub fn sections(i18n: &Localizer, report: &Report) -> Vec<Section> {
    ["status", "category", "unit", "village"]
        .into_iter()
        .filter_map(|key| {
            let b = bars(i18n, report, key)?;
            if b.rows.is_empty() {
                return None;
            }
            Some(Section {
                key,
                svg: charts::bars_svg(&b).unwrap_or_default(),
                title: b.title,
                rows: b.rows,
            })
        })
        .collect()
}

/// The figures at the top: (label, value).
pub fn figures(i18n: &Localizer, r: &Report) -> Vec<(String, String)> {
    let dash = vi(i18n, Msg::new("report-none"));
    let median = r.median_answer_ms.map_or(dash.clone(), |ms| {
        vi(
            i18n,
            Msg::new("report-days").arg("days", (ms + 43_200_000) / 86_400_000),
        )
    });
    vec![
        (
            vi(i18n, Msg::new("web-report-received")),
            r.total.to_string(),
        ),
        (
            vi(i18n, Msg::new("web-report-answered")),
            r.answered_now.to_string(),
        ),
        (
            vi(i18n, Msg::new("web-report-on-time")),
            percent_or(r.answered_on_time, r.answered_now, &dash),
        ),
        (vi(i18n, Msg::new("web-report-median")), median),
        (
            vi(i18n, Msg::new("web-report-rating-first")),
            stars_or(r.average_rating_tenths(), &dash),
        ),
        (
            vi(i18n, Msg::new("web-report-rating-reopened")),
            stars_or(r.average_rating_after_reopen_tenths(), &dash),
        ),
    ]
}

#[derive(askama::Template)]
#[template(path = "web_reports/report.html")]
pub struct ReportPage {
    pub i18n: Arc<Localizer>,
    pub area_name: String,
    pub area_code: String,
    pub from: String,
    pub to: String,
    pub figures: Vec<(String, String)>,
    pub sections: Vec<Section>,
    pub trend_svg: String,
    /// (code, unit, village, due, status)
    pub overdue: Vec<(String, String, String, String, String)>,
    pub hotspots: Vec<String>,
    /// (village, people who started, people who finished every core lesson)
    pub lessons: Vec<(String, i64, i64)>,
    pub quiz_first: String,
    pub announcements: String,
    pub relay: String,
    /// Whether the header links the officer's queue (set by the handler).
    pub queue: bool,
}

impl ReportPage {
    /// A Vietnamese label.
    pub fn t(&self, id: &str) -> String {
        vi(&self.i18n, Msg::new(id.to_string()))
    }

    pub fn build(i18n: Arc<Localizer>, r: &AreaReport, from: String, to: String) -> Self {
        let dash = vi(&i18n, Msg::new("report-none"));
        let overdue = r
            .report
            .overdue
            .iter()
            .map(|o| {
                let (_, due) = local_parts(o.due_at);
                (
                    o.code.clone(),
                    o.unit.clone(),
                    o.village.clone(),
                    due,
                    status_name(&i18n, &o.status),
                )
            })
            .collect();
        let hotspots = r
            .hotspots
            .iter()
            .map(|h| {
                let (time, day) = local_parts(h.created_at);
                vi(
                    &i18n,
                    Msg::new("web-report-hotspot-line")
                        .arg("place", h.area.clone())
                        .arg("category", category_name(&i18n, &h.category_code))
                        .arg("count", h.petitions)
                        .arg("when", format!("{time} {day}")),
                )
            })
            .collect();
        Self {
            queue: false,
            area_name: r.area.name.clone(),
            area_code: r.area.code.clone(),
            from,
            to,
            figures: figures(&i18n, &r.report),
            sections: sections(&i18n, &r.report),
            trend_svg: charts::trend_svg(&trend(&i18n, &r.months)).unwrap_or_default(),
            overdue,
            hotspots,
            lessons: r
                .lesson_villages
                .iter()
                .map(|v| (v.village.clone(), v.started, v.finished_all))
                .collect(),
            quiz_first: percent_or(r.quiz_first.1, r.quiz_first.0, &dash),
            announcements: format!(
                "{} / {} ({})",
                r.announcements.1,
                r.announcements.0,
                percent_or(r.announcements.1, r.announcements.0, &dash)
            ),
            relay: format!(
                "{} / {} ({})",
                r.relay.1,
                r.relay.0,
                percent_or(r.relay.1, r.relay.0, &dash)
            ),
            i18n,
        }
    }
}

/// The report for the signed-in admin, or the page saying why not.
async fn load(
    app: &App,
    who: &SignedIn,
    area: &str,
    period: &PeriodQuery,
) -> Result<(AreaReport, super::Period), Response> {
    let period = period
        .check(app.clock.now_ms())
        .map_err(|m| message_page(&app.i18n, StatusCode::BAD_REQUEST, m))?;
    let mut conn = app
        .db
        .pool
        .acquire()
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
    match reports::for_admin(
        &mut conn,
        &who.0,
        &app.lessons,
        area,
        period.from_ms,
        period.to_ms,
    )
    .await
    {
        Ok(r) => Ok((r, period)),
        Err(AreaReportError::NotFound) => Err(message_page(
            &app.i18n,
            StatusCode::NOT_FOUND,
            Msg::new("web-report-not-found"),
        )),
        Err(AreaReportError::Store(e)) => {
            tracing::error!(error = %e, "web report");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

/// `GET /web/bao-cao/{area}?tu=…&den=…`.
pub async fn page(
    State(app): State<App>,
    who: SignedIn,
    Path(area): Path<String>,
    Query(period): Query<PeriodQuery>,
) -> Response {
    match load(&app, &who, &area, &period).await {
        Ok((r, p)) => html(&ReportPage {
            queue: who.0.is_officer(),
            ..ReportPage::build(
                app.i18n.clone(),
                &r,
                p.from_day.format("%Y-%m-%d").to_string(),
                p.to_day.format("%Y-%m-%d").to_string(),
            )
        }),
        Err(resp) => resp,
    }
}

/// `GET /web/bao-cao/{area}/bao-cao.csv`: Vietnamese headers, a byte-order mark.
pub async fn csv(
    State(app): State<App>,
    who: SignedIn,
    Path(area): Path<String>,
    Query(period): Query<PeriodQuery>,
) -> Response {
    match load(&app, &who, &area, &period).await {
        Ok((r, p)) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"bao-cao-{}-{}-{}.csv\"",
                        r.area.code,
                        p.from_day.format("%Y%m%d"),
                        p.to_day.format("%Y%m%d")
                    ),
                ),
            ],
            reports::area_csv(&r, &app.i18n),
        )
            .into_response(),
        Err(resp) => resp,
    }
}

/// A chart (`status`, `category`, `unit`, `village` or `trend`) as SVG or PNG.
pub fn chart_response(
    i18n: &Localizer,
    report: &Report,
    months: &[(String, i64, i64)],
    which: &str,
    png: bool,
) -> Response {
    let drawn = if which == "trend" {
        let t = trend(i18n, months);
        if png {
            charts::trend_png(&t).map(|b| ("image/png", b))
        } else {
            charts::trend_svg(&t).map(|s| ("image/svg+xml", s.into_bytes()))
        }
    } else {
        let Some(b) = bars(i18n, report, which) else {
            return StatusCode::NOT_FOUND.into_response();
        };
        if png {
            charts::bars_png(&b).map(|b| ("image/png", b))
        } else {
            charts::bars_svg(&b).map(|s| ("image/svg+xml", s.into_bytes()))
        }
    };
    match drawn {
        Ok((kind, bytes)) => ([(header::CONTENT_TYPE, kind)], bytes).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "chart");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `GET /web/bao-cao/{area}/bieu-do/{chart}?dang=png`.
pub async fn chart(
    State(app): State<App>,
    who: SignedIn,
    Path((area, which)): Path<(String, String)>,
    Query(q): Query<ChartQuery>,
) -> Response {
    match load(&app, &who, &area, &q.period).await {
        Ok((r, _)) => chart_response(
            &app.i18n,
            &r.report,
            &r.months,
            &which,
            q.dang.as_deref() == Some("png"),
        ),
        Err(resp) => resp,
    }
}
