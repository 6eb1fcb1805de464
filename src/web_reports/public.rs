//! The public page of a province or commune, no sign-in ("Dân biết, dân kiểm tra"): petitions
//! received and answered, the on-time rate, satisfaction, by unit and category, the monthly
//! trend; and the petitions whose authors agreed to publish them, with the answer. Never a
//! name, a phone number, a tracking code or a place finer than the village; never an anonymous
//! petition's details.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::reports::{
    ChartQuery, Section, category_name, chart_response, figures, sections, status_name, trend,
};
use super::{PeriodQuery, charts, html, message_page};
use crate::app::App;
use crate::clock::local_parts;
use crate::domain::LocaleTag;
use crate::i18n::{Localizer, Msg};
use crate::services::reports::{self, PublicReport};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/cong-khai/{area}", get(page))
        .route("/cong-khai/{area}/bieu-do/{chart}", get(chart))
}

/// A published petition as the page shows it.
pub struct Shown {
    pub village: String,
    pub category: String,
    pub unit: String,
    pub submitted: String,
    pub status: String,
    pub body: String,
    pub answer: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "web_reports/public.html")]
pub struct PublicPage {
    pub i18n: Arc<Localizer>,
    pub area_name: String,
    pub area_code: String,
    pub from: String,
    pub to: String,
    pub figures: Vec<(String, String)>,
    pub sections: Vec<Section>,
    pub trend_svg: String,
    pub published: Vec<Shown>,
    /// The note under the list when the period has more published petitions than it shows.
    pub more: Option<String>,
}

impl PublicPage {
    pub fn t(&self, id: &str) -> String {
        self.i18n
            .render(&LocaleTag::vi(), &Msg::new(id.to_string()))
    }

    pub fn build(i18n: Arc<Localizer>, r: &PublicReport, from: String, to: String) -> Self {
        let published = r
            .published
            .iter()
            .map(|p| Shown {
                village: p.village.clone(),
                category: category_name(&i18n, &p.category_code),
                unit: p.unit.clone(),
                submitted: local_parts(p.submitted_at).1,
                status: status_name(&i18n, &p.status),
                body: p.body.clone(),
                answer: p.answer_text.clone(),
            })
            .collect();
        Self {
            area_name: r.area.name.clone(),
            area_code: r.area.code.clone(),
            from,
            to,
            figures: figures(&i18n, &r.report),
            sections: sections(&i18n, &r.report)
                .into_iter()
                .filter(|s| s.key != "village")
                .collect(),
            trend_svg: charts::trend_svg(&trend(&i18n, &r.months)).unwrap_or_default(),
            published,
            more: r.published_more.then(|| {
                i18n.render(
                    &LocaleTag::vi(),
                    &Msg::new("web-public-more")
                        .arg("count", crate::services::reports::PUBLISHED_SHOWN as i64),
                )
            }),
            i18n,
        }
    }
}

async fn load(
    app: &App,
    area: &str,
    period: &PeriodQuery,
) -> Result<(PublicReport, super::Period), Response> {
    let period = period
        .check(app.clock.now_ms())
        .map_err(|m| message_page(&app.i18n, StatusCode::BAD_REQUEST, m))?;
    let mut conn = app
        .db
        .pool
        .acquire()
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
    match reports::public(&mut conn, area, period.from_ms, period.to_ms).await {
        Ok(Some(r)) => Ok((r, period)),
        Ok(None) => Err(message_page(
            &app.i18n,
            StatusCode::NOT_FOUND,
            Msg::new("web-public-not-found"),
        )),
        Err(e) => {
            tracing::error!(error = %e, "public page");
            Err(StatusCode::INTERNAL_SERVER_ERROR.into_response())
        }
    }
}

/// `GET /cong-khai/{area}?tu=…&den=…`.
pub async fn page(
    State(app): State<App>,
    Path(area): Path<String>,
    Query(period): Query<PeriodQuery>,
) -> Response {
    match load(&app, &area, &period).await {
        Ok((r, p)) => html(&PublicPage::build(
            app.i18n.clone(),
            &r,
            p.from_day.format("%Y-%m-%d").to_string(),
            p.to_day.format("%Y-%m-%d").to_string(),
        )),
        Err(resp) => resp,
    }
}

/// `GET /cong-khai/{area}/bieu-do/{chart}?dang=png` (no breakdown by village here).
pub async fn chart(
    State(app): State<App>,
    Path((area, which)): Path<(String, String)>,
    Query(q): Query<ChartQuery>,
) -> Response {
    if which == "village" {
        return StatusCode::NOT_FOUND.into_response();
    }
    match load(&app, &area, &q.period).await {
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
