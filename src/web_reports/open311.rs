//! Open311 GeoReport v2 under `/open311/v2/`, JSON only:
//! - `GET services.json`: the petition categories (`service_code` is the category's code);
//! - `GET services/{code}.json`: a service definition (no extra attributes);
//! - `GET requests.json?jurisdiction_id=&service_request_id=&service_code=&status=&start_date=&end_date=`;
//! - `GET requests/{id}.json` (the id is the tracking code, `4827-1935`);
//! - `POST requests.json` (form fields `api_key`, `service_code`, `description`, `address_id`
//!   = a village's code, or `lat` and `long`: the nearest village with a known place in the
//!   key's area, within `services::open311::MAX_VILLAGE_KM`): files a petition like any other
//!   and answers its id;
//! - `GET tokens/{token}.json`: requests are filed at once, so the token is the id.
//!
//! `jurisdiction_id` is an area code (a province or commune); it may be left out when the
//! bot serves one province. Statuses: `open` (not answered yet) and `closed` (answered or
//! closed). A request's description and answer are shown only when its author agreed to
//! publish it, never for an anonymous one; nothing about the author ever. A request's `lat` and
//! `long` are its village's place when the seeds give one, never the point the author sent
//! (it may be their home). Errors are arrays of
//! `{code, description}` with the HTTP status as `code` (400, 403, 404, 429).

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use chrono::{DateTime, SecondsFormat};
use serde::Deserialize;
use serde_json::{Value, json};

use super::reports::category_name;
use crate::app::App;
use crate::clock::{LOCAL_TZ, from_ms};
use crate::domain::TrackingCode;
use crate::domain::petition::Status;
use crate::services::open311::{self as service, NewRequest, Open311Error};
use crate::services::{Actor, Ctx, Outgoing};
use crate::store::areas::{self, AreaKind};
use crate::store::outbox::Priority;
use crate::store::web_reports::{self as store, PublicRequest, RequestFilter};
use crate::store::{Conn, units};

pub fn routes() -> Router<App> {
    Router::new()
        .route("/open311/v2/services.json", get(services))
        .route("/open311/v2/services/{code}", get(service_definition))
        .route(
            "/open311/v2/requests.json",
            get(requests).post(post_request),
        )
        .route("/open311/v2/requests/{id}", get(request))
        .route("/open311/v2/tokens/{id}", get(token))
}

/// An Open311 error response: `[{"code": 400, "description": "…"}]`.
pub fn error(status: StatusCode, description: &str) -> Response {
    (
        status,
        Json(json!([{ "code": status.as_u16(), "description": description }])),
    )
        .into_response()
}

fn db_error(e: impl std::fmt::Display) -> Response {
    tracing::error!(error = %e, "open311");
    error(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
}

/// `{name}.json` → `name`; other formats are refused (XML is not offered).
fn json_name(raw: &str) -> Option<&str> {
    raw.strip_suffix(".json")
}

fn not_json() -> Response {
    error(StatusCode::BAD_REQUEST, "only the json format is offered")
}

#[derive(Debug, Default, Deserialize)]
pub struct Jurisdiction {
    pub jurisdiction_id: Option<String>,
}

fn service_json(app: &App, c: &units::Category) -> Value {
    json!({
        "service_code": c.code,
        "service_name": category_name(&app.i18n, &c.code),
        "description": category_name(&app.i18n, &c.code),
        "metadata": false,
        "type": "realtime",
        "keywords": c.keywords,
        "group": if c.is_emergency { "khẩn cấp" } else { "kiến nghị" },
    })
}

async fn conn(app: &App) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, Response> {
    app.db.pool.acquire().await.map_err(db_error)
}

/// `GET /open311/v2/services.json`.
pub async fn services(State(app): State<App>) -> Response {
    let mut c = match conn(&app).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match units::categories(&mut c).await {
        Ok(cats) => Json(
            cats.iter()
                .filter(|c| c.is_petition)
                .map(|c| service_json(&app, c))
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(e) => db_error(e),
    }
}

/// `GET /open311/v2/services/{code}.json`.
pub async fn service_definition(State(app): State<App>, Path(raw): Path<String>) -> Response {
    let code = match json_name(&raw) {
        Some(c) => c.to_string(),
        None => return not_json(),
    };
    let mut c = match conn(&app).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    match units::categories(&mut c).await {
        Ok(cats) => match cats.iter().find(|c| c.code == code && c.is_petition) {
            Some(_) => Json(json!({ "service_code": code, "attributes": [] })).into_response(),
            None => error(StatusCode::NOT_FOUND, "service_code not found"),
        },
        Err(e) => db_error(e),
    }
}

/// The area a request names, or the only province when it names none.
async fn jurisdiction(conn: &mut Conn, id: Option<&str>) -> Result<i64, Response> {
    match id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(code) => match areas::by_code(conn, code).await.map_err(db_error)? {
            Some(a) if a.kind != AreaKind::Village => Ok(a.id),
            _ => Err(error(StatusCode::NOT_FOUND, "jurisdiction_id not found")),
        },
        None => {
            let provinces = areas::list(conn, AreaKind::Province, None)
                .await
                .map_err(db_error)?;
            match provinces.as_slice() {
                [one] => Ok(one.id),
                _ => Err(error(
                    StatusCode::BAD_REQUEST,
                    "jurisdiction_id is required (an area code)",
                )),
            }
        }
    }
}

fn w3c(ms: i64) -> String {
    from_ms(ms)
        .with_timezone(&LOCAL_TZ)
        .to_rfc3339_opts(SecondsFormat::Secs, false)
}

fn open311_status(status: &str) -> &'static str {
    match Status::parse(status) {
        Some(Status::Answered | Status::Closed) => "closed",
        _ => "open",
    }
}

fn request_json(app: &App, r: &PublicRequest) -> Value {
    let code = TrackingCode::parse(&r.tracking_code)
        .map(|c| c.to_string())
        .unwrap_or_else(|_| r.tracking_code.clone());
    let mut v = json!({
        "service_request_id": code,
        "status": open311_status(&r.status),
        "status_notes": super::reports::status_name(&app.i18n, &r.status),
        "service_name": category_name(&app.i18n, &r.category_code),
        "service_code": r.category_code,
        "description": r.body,
        "agency_responsible": r.unit,
        "service_notice": Value::Null,
        "requested_datetime": w3c(r.submitted_at),
        "updated_datetime": w3c(r.updated_at),
        "expected_datetime": w3c(r.due_at),
        "address": r.village,
        "address_id": r.village_code,
        "zipcode": Value::Null,
        "lat": r.village_place.map(|(lat, _)| lat),
        "long": r.village_place.map(|(_, long)| long),
        "media_url": Value::Null,
    });
    if let Some(answer) = &r.answer_text {
        v["status_notes"] = json!(answer);
    }
    v
}

#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    pub jurisdiction_id: Option<String>,
    pub service_request_id: Option<String>,
    pub service_code: Option<String>,
    pub status: Option<String>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
}

fn parse_w3c(s: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(s.trim())
        .ok()
        .map(|d| d.timestamp_millis())
}

/// `GET /open311/v2/requests.json`: by default the last 90 days, at most 1000 requests.
pub async fn requests(State(app): State<App>, Query(q): Query<ListQuery>) -> Response {
    let mut c = match conn(&app).await {
        Ok(c) => c,
        Err(r) => return r,
    };
    let area = match jurisdiction(&mut c, q.jurisdiction_id.as_deref()).await {
        Ok(a) => a,
        Err(r) => return r,
    };
    if let Some(ids) = q
        .service_request_id
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        let mut out = Vec::new();
        for id in ids.split(',') {
            match find(&mut c, area, id).await {
                Ok(Some(r)) => out.push(request_json(&app, &r)),
                Ok(None) => {}
                Err(r) => return r,
            }
        }
        return Json(out).into_response();
    }
    let now = app.clock.now_ms();
    let to_ms = match q.end_date.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => match parse_w3c(s) {
            Some(t) => t,
            None => return error(StatusCode::BAD_REQUEST, "end_date must be a w3c datetime"),
        },
        None => now + 1,
    };
    let from_ms = match q.start_date.as_deref().filter(|s| !s.is_empty()) {
        Some(s) => match parse_w3c(s) {
            Some(t) => t,
            None => return error(StatusCode::BAD_REQUEST, "start_date must be a w3c datetime"),
        },
        None => to_ms - 90 * 86_400_000,
    };
    let mut statuses = Vec::new();
    for s in q.status.as_deref().unwrap_or("").split(',').map(str::trim) {
        match s {
            "" => {}
            "open" => statuses.extend(["open", "in_progress", "awaiting_info"].map(String::from)),
            "closed" => statuses.extend(["answered", "closed"].map(String::from)),
            _ => return error(StatusCode::BAD_REQUEST, "status must be open or closed"),
        }
    }
    let filter = RequestFilter {
        statuses: statuses.clone(),
        category_code: q.service_code.clone().filter(|s| !s.is_empty()),
        from_ms,
        to_ms,
        limit: 1000,
    };
    match store::requests(&mut c, area, &filter).await {
        Ok(rows) => Json(
            rows.iter()
                .filter(|r| statuses.is_empty() || statuses.contains(&r.status))
                .map(|r| request_json(&app, r))
                .collect::<Vec<_>>(),
        )
        .into_response(),
        Err(e) => db_error(e),
    }
}

/// The request with the tracking code `id` in `area`, if it is one.
async fn find(c: &mut Conn, area: i64, id: &str) -> Result<Option<PublicRequest>, Response> {
    let Ok(code) = TrackingCode::parse(id.trim()) else {
        return Ok(None);
    };
    store::request(c, area, code.as_str())
        .await
        .map_err(db_error)
}

/// The request a `{id}.json` path names in the jurisdiction asked for; `not_found` is the
/// 404's description when there is none.
async fn named(
    app: &App,
    raw: &str,
    j: &Jurisdiction,
    not_found: &str,
) -> Result<PublicRequest, Response> {
    let id = json_name(raw).ok_or_else(not_json)?;
    if TrackingCode::parse(id).is_err() {
        return Err(error(StatusCode::NOT_FOUND, not_found));
    }
    let mut c = conn(app).await?;
    let area = jurisdiction(&mut c, j.jurisdiction_id.as_deref()).await?;
    find(&mut c, area, id)
        .await?
        .ok_or_else(|| error(StatusCode::NOT_FOUND, not_found))
}

/// `GET /open311/v2/requests/{id}.json`.
pub async fn request(
    State(app): State<App>,
    Path(raw): Path<String>,
    Query(j): Query<Jurisdiction>,
) -> Response {
    match named(&app, &raw, &j, "service_request_id not found").await {
        Ok(r) => Json(vec![request_json(&app, &r)]).into_response(),
        Err(r) => r,
    }
}

/// `GET /open311/v2/tokens/{token}.json`: the token is the request's id.
pub async fn token(
    State(app): State<App>,
    Path(raw): Path<String>,
    Query(j): Query<Jurisdiction>,
) -> Response {
    match named(&app, &raw, &j, "token not found").await {
        Ok(r) => {
            let id = request_json(&app, &r)["service_request_id"].clone();
            Json(json!([{ "service_request_id": id, "token": id }])).into_response()
        }
        Err(r) => r,
    }
}

/// The form of `POST requests.json`. What the spec lets a client send about the reporter
/// (`email`, `first_name`, `last_name`, `phone`, `device_id`, `account_id`) is accepted and
/// dropped: Loa Thôn keeps no personal data of people it cannot reach.
#[derive(Debug, Default, Deserialize)]
pub struct PostForm {
    pub api_key: Option<String>,
    pub jurisdiction_id: Option<String>,
    pub service_code: Option<String>,
    pub description: Option<String>,
    pub address_id: Option<String>,
    pub lat: Option<String>,
    pub long: Option<String>,
    pub address_string: Option<String>,
}

/// POSTs allowed per key and per client address in a minute.
pub const POSTS_PER_MINUTE: usize = 10;

static RECENT_POSTS: Mutex<Option<HashMap<String, VecDeque<Instant>>>> = Mutex::new(None);

/// Whether one more POST from `who` fits in the last minute; counts it when it does.
pub fn allow_post(who: &str) -> bool {
    let now = Instant::now();
    let mut guard = RECENT_POSTS.lock().unwrap_or_else(|e| e.into_inner());
    let map = guard.get_or_insert_with(HashMap::new);
    if map.len() > 10_000 {
        map.retain(|_, q| {
            q.back()
                .is_some_and(|t| now.duration_since(*t) < Duration::from_secs(60))
        });
    }
    let q = map.entry(who.to_string()).or_default();
    while q
        .front()
        .is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(60))
    {
        q.pop_front();
    }
    if q.len() >= POSTS_PER_MINUTE {
        return false;
    }
    q.push_back(now);
    true
}

/// The client's address: the socket's when the server records it, else the first
/// `X-Forwarded-For` hop (a reverse proxy's), else unknown.
fn client(headers: &HeaderMap, peer: Option<SocketAddr>) -> String {
    headers
        .get("x-forwarded-for")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .map(|s| s.trim().to_string())
        .or_else(|| peer.map(|p| p.ip().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

/// The socket address of the client, when the server was started with connect info.
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Self, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<ConnectInfo<SocketAddr>>()
                .map(|c| c.0),
        ))
    }
}

/// `POST /open311/v2/requests.json`.
pub async fn post_request(
    State(app): State<App>,
    Peer(peer): Peer,
    headers: HeaderMap,
    Form(f): Form<PostForm>,
) -> Response {
    let key = f.api_key.clone().unwrap_or_default();
    let ip = client(&headers, peer);
    // Counted per instance (its database), so that several apps in one process keep apart.
    let db = &app.config.database_url;
    if !allow_post(&format!("{db}|ip:{ip}"))
        || (!key.is_empty() && !allow_post(&format!("{db}|key:{}", service::hash_key(&key))))
    {
        return error(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests, try again in a minute",
        );
    }
    let Some(service_code) = f.service_code.as_deref().filter(|s| !s.trim().is_empty()) else {
        return error(StatusCode::BAD_REQUEST, "service_code is required");
    };
    let place = match (
        f.lat.as_deref().map(str::trim).filter(|s| !s.is_empty()),
        f.long.as_deref().map(str::trim).filter(|s| !s.is_empty()),
    ) {
        (None, None) => None,
        (Some(lat), Some(long)) => match (lat.parse::<f64>(), long.parse::<f64>()) {
            (Ok(lat), Ok(long))
                if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&long) =>
            {
                Some((lat, long))
            }
            _ => {
                return error(
                    StatusCode::BAD_REQUEST,
                    "lat and long must be decimal degrees (WGS84)",
                );
            }
        },
        _ => return error(StatusCode::BAD_REQUEST, "lat and long go together"),
    };
    let _ = (&f.jurisdiction_id, &f.address_string);
    let now = app.clock.now_ms();
    let mut tx = match app.db.begin().await {
        Ok(tx) => tx,
        Err(e) => return db_error(e),
    };
    let actor = Actor::shell();
    let mut out = Outgoing::default();
    let limits = app.config.petition_limits.clone();
    let calendar = app.engine.calendar();
    let req = NewRequest {
        api_key: &key,
        service_code: service_code.trim(),
        address_id: f.address_id.as_deref().filter(|s| !s.trim().is_empty()),
        place,
        description: f.description.as_deref().unwrap_or(""),
    };
    let dir = match app.engine.directory(&mut tx).await {
        Ok(dir) => dir,
        Err(e) => return db_error(e),
    };
    let filed = {
        let mut cx = Ctx {
            conn: &mut tx,
            i18n: &app.i18n,
            actor: &actor,
            now,
            out: &mut out,
            dir: &dir,
        };
        service::submit(&mut cx, &req, &limits, &calendar).await
    };
    let code = match filed {
        Ok(code) => code,
        Err(e) => {
            let status = match e {
                Open311Error::BadKey | Open311Error::OutsideArea | Open311Error::NotAllowed => {
                    StatusCode::FORBIDDEN
                }
                Open311Error::Store(e) => return db_error(e),
                _ => StatusCode::BAD_REQUEST,
            };
            return error(status, &e.to_string());
        }
    };
    if let Err(e) = out
        .enqueue(&mut tx, &app.i18n, Priority::Notification, now)
        .await
    {
        return db_error(e);
    }
    if let Err(e) = tx.commit().await {
        return db_error(e);
    }
    (
        StatusCode::CREATED,
        Json(json!([{ "service_request_id": code, "token": code, "service_notice": Value::Null, "account_id": Value::Null }])),
    )
        .into_response()
}
