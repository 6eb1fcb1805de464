//! The web's reports, public page and Open311 API: server-rendered HTML (askama templates,
//! checked at compile time, under `templates/web_reports/`), charts as SVG in the page and as
//! PNG ([`charts`]), CSV downloads, and Open311 GeoReport v2 in JSON and XML ([`open311`]).
//! No JavaScript, nothing loaded from elsewhere.
//!
//! Routes (merged into [`crate::http::router`]):
//! - `/cong-khai/{area}`: the public page of a province or commune, no sign-in ([`public`]);
//! - `/web/bao-cao/{area}` (+ `/bao-cao.csv`, `/bieu-do/{chart}?dang=svg|png`): an admin's
//!   report for any period ([`reports`]);
//! - `/open311/v2/…` ([`open311`]).
//!
//! The admin pages take a [`SignedIn`] extractor: the web session (`crate::web`'s cookie, read
//! through `services::web::session`, roles re-read on every request). They live under `/web/`
//! because the session cookie is scoped to that path.

pub mod charts;
pub mod open311;
pub mod public;
pub mod reports;
mod xml;

use axum::Router;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{Html, IntoResponse, Response};
use chrono::{Datelike, NaiveDate, TimeZone};

use crate::app::App;
use crate::clock::{LOCAL_TZ, from_ms};
use crate::domain::LocaleTag;
use crate::i18n::{Localizer, Msg};
use crate::services::Actor;

/// Every route of this module, with the application as state.
pub fn router(app: App) -> Router {
    Router::new()
        .merge(public::routes())
        .merge(reports::routes())
        .merge(open311::routes())
        .with_state(app)
}

/// The signed-in person of a request, with their roles read now.
#[derive(Clone, Debug)]
pub struct SignedIn(pub Actor);

impl FromRequestParts<App> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &App) -> Result<Self, Self::Rejection> {
        let refused = || {
            message_page(
                &app.i18n,
                StatusCode::UNAUTHORIZED,
                Msg::new("web-report-sign-in"),
            )
        };
        let Some(token) = crate::web::cookie(&parts.headers, crate::web::SESSION_COOKIE) else {
            return Err(refused());
        };
        let mut conn = app
            .db
            .pool
            .acquire()
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
        let found = crate::services::web::session(&mut conn, &token, app.clock.now_ms())
            .await
            .map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
        let Some((actor, _session)) = found else {
            return Err(refused());
        };
        Ok(SignedIn(actor))
    }
}

/// A period typed in a query string: `tu` and `den` as `YYYY-MM-DD` (the browser's date
/// field) or `dd/mm/yyyy`, both days included; this year up to today when left out.
#[derive(Clone, Debug, Default, serde::Deserialize)]
pub struct PeriodQuery {
    pub tu: Option<String>,
    pub den: Option<String>,
}

/// A checked period: `[from_ms, to_ms)` and the days as typed back into the form.
#[derive(Clone, Debug)]
pub struct Period {
    pub from_ms: i64,
    pub to_ms: i64,
    pub from_day: NaiveDate,
    pub to_day: NaiveDate,
}

fn parse_day(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(s, "%d/%m/%Y"))
        .ok()
}

impl PeriodQuery {
    /// The period, or the message saying what is wrong with it.
    pub fn check(&self, now_ms: i64) -> Result<Period, Msg> {
        let today = from_ms(now_ms).with_timezone(&LOCAL_TZ).date_naive();
        let day = |v: &Option<String>, default: NaiveDate| match v.as_deref().map(str::trim) {
            None | Some("") => Ok(default),
            Some(s) => parse_day(s)
                .ok_or_else(|| Msg::new("web-report-bad-date").arg("value", s.to_string())),
        };
        let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        let from_day = day(&self.tu, year_start)?;
        let to_day = day(&self.den, today)?;
        if to_day < from_day {
            return Err(Msg::new("web-report-bad-period"));
        }
        let midnight = |d: NaiveDate| {
            LOCAL_TZ
                .from_local_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
                .earliest()
                .map_or(0, |t| t.timestamp_millis())
        };
        Ok(Period {
            from_ms: midnight(from_day),
            to_ms: midnight(to_day.succ_opt().unwrap_or(to_day)),
            from_day,
            to_day,
        })
    }
}

/// A page holding only a message (an error, a refusal), in Vietnamese.
pub fn message_page(i18n: &Localizer, status: StatusCode, msg: Msg) -> Response {
    use askama::Template;
    let vi = LocaleTag::vi();
    let page = MessagePage {
        title: i18n.render(&vi, &Msg::new("web-report-site")),
        text: i18n.render(&vi, &msg),
    };
    match page.render() {
        Ok(html) => (status, Html(html)).into_response(),
        Err(_) => status.into_response(),
    }
}

#[derive(askama::Template)]
#[template(path = "web_reports/message.html")]
struct MessagePage {
    title: String,
    text: String,
}

/// Renders an askama template as an HTML response (500 with nothing inside if it fails).
pub fn html(t: &impl askama::Template) -> Response {
    match t.render() {
        Ok(s) => Html(s).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "web page did not render");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// A percentage, or the reports' dash.
pub fn percent_or(num: i64, den: i64, none: &str) -> String {
    if den > 0 {
        format!("{}%", (num * 100 + den / 2) / den)
    } else {
        none.to_string()
    }
}

/// A rating in tenths as "4,2/5", or the dash.
pub fn stars_or(tenths: Option<i64>, none: &str) -> String {
    tenths.map_or(none.to_string(), |r| format!("{},{}/5", r / 10, r % 10))
}
