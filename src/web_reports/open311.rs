//! Open311 GeoReport v2 under `/open311/v2/`, in JSON or XML by the path's extension (the XML
//! has the spec's element names, written by `web_reports::xml`):
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
//! closed). The lists hold only requests whose authors agreed to publish them (never an
//! anonymous one); by its id, a request filed through Open311 can be read too by whoever
//! has the id (status, service, village and times; no description), so that its client can
//! follow it (GeoReport's GET takes no key). Nothing about the author ever. A request's `lat` and
//! `long` are its village's place when the seeds give one, never the point the author sent
//! (it may be their home). Errors are arrays of
//! `{code, description}` with the HTTP status as `code` (400, 403, 404, 405, 429), in the
//! format asked for (JSON when the path names none).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::rejection::FormRejection;
use axum::extract::{Form, FromRequestParts, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{ALLOW, CONTENT_TYPE};
use axum::http::request::Parts;
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
use crate::web::ClientAddr;

pub fn routes() -> Router<App> {
    Router::new()
        // `services.json`, `requests.json` and their `.xml` forms.
        .route("/open311/v2/{doc}", get(list).post(post_request))
        .route(
            "/open311/v2/services/{code}",
            get(service_definition).post(read_only),
        )
        .route("/open311/v2/requests/{id}", get(request).post(read_only))
        .route("/open311/v2/tokens/{id}", get(token).post(read_only))
}

/// A POST to a document that is only read: the spec's error in the format asked for.
async fn read_only(Path(raw): Path<String>) -> Response {
    let format = Format::split(&raw).map_or(Format::Json, |(_, f)| f);
    only_get(respond(
        format,
        Err(Fail::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "only requests are posted",
        )),
    ))
}

/// A 405's `Allow`.
fn only_get(mut resp: Response) -> Response {
    resp.headers_mut()
        .insert(ALLOW, axum::http::HeaderValue::from_static("GET"));
    resp
}

/// The format a document is asked in, by its path's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

impl Format {
    /// `name.json` → (`name`, JSON); `name.xml` → (`name`, XML); anything else is none.
    pub fn split(raw: &str) -> Option<(&str, Format)> {
        match raw.strip_suffix(".json") {
            Some(name) => Some((name, Format::Json)),
            None => raw.strip_suffix(".xml").map(|name| (name, Format::Xml)),
        }
    }
}

/// A path's last segment read as `name.json` or `name.xml`: the name and the format. Any
/// other is refused with the spec's 400, in JSON.
pub struct Named(pub String, pub Format);

impl<S: Send + Sync> FromRequestParts<S> for Named {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(raw) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        match Format::split(&raw) {
            Some((name, format)) => Ok(Named(name.to_string(), format)),
            None => Err(respond(Format::Json, Err(Fail::format()))),
        }
    }
}

/// What a document is, which names its XML elements.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Services,
    ServiceDefinition,
    Requests,
    Errors,
}

impl Kind {
    /// The root element and, for a list, its items' element.
    fn names(self) -> (&'static str, Option<&'static str>) {
        match self {
            Kind::Services => ("services", Some("service")),
            Kind::ServiceDefinition => ("service_definition", None),
            Kind::Requests => ("service_requests", Some("request")),
            Kind::Errors => ("errors", Some("error")),
        }
    }
}

/// An answer before it is written out in the format asked for.
#[derive(Debug)]
struct Doc {
    status: StatusCode,
    kind: Kind,
    body: Value,
}

impl Doc {
    fn ok(kind: Kind, body: Value) -> Self {
        Doc {
            status: StatusCode::OK,
            kind,
            body,
        }
    }
}

/// An Open311 error: its HTTP status (also its `code`) and a description.
#[derive(Debug)]
struct Fail {
    status: StatusCode,
    description: String,
}

impl Fail {
    fn new(status: StatusCode, description: impl Into<String>) -> Self {
        Fail {
            status,
            description: description.into(),
        }
    }

    fn bad(description: impl Into<String>) -> Self {
        Fail::new(StatusCode::BAD_REQUEST, description)
    }

    fn not_found(description: impl Into<String>) -> Self {
        Fail::new(StatusCode::NOT_FOUND, description)
    }

    /// A path with neither `.json` nor `.xml`.
    fn format() -> Self {
        Fail::bad("the format is json or xml (services.json, services.xml)")
    }

    /// `[{"code": 400, "description": "…"}]`.
    fn doc(self) -> Doc {
        Doc {
            status: self.status,
            kind: Kind::Errors,
            body: json!([{ "code": self.status.as_u16(), "description": self.description }]),
        }
    }
}

/// The answer in `format`: the document, or the error list when it failed.
fn respond(format: Format, result: Result<Doc, Fail>) -> Response {
    let doc = result.unwrap_or_else(Fail::doc);
    match format {
        Format::Json => (doc.status, Json(doc.body)).into_response(),
        Format::Xml => {
            let (root, items) = doc.kind.names();
            (
                doc.status,
                [(CONTENT_TYPE, "text/xml; charset=utf-8")],
                super::xml::document(root, items, &doc.body),
            )
                .into_response()
        }
    }
}

fn db_error(e: impl std::fmt::Display) -> Fail {
    tracing::error!(error = %e, "open311");
    Fail::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
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
        "keywords": c.keywords.join(", "),
        "group": if c.is_emergency { "khẩn cấp" } else { "kiến nghị" },
    })
}

async fn conn(app: &App) -> Result<sqlx::pool::PoolConnection<sqlx::Any>, Fail> {
    app.db.pool.acquire().await.map_err(db_error)
}

/// `GET /open311/v2/{services,requests}.{json,xml}`.
pub async fn list(
    State(app): State<App>,
    Named(name, format): Named,
    Query(q): Query<ListQuery>,
) -> Response {
    let result = match name.as_str() {
        "services" => services(&app).await,
        "requests" => requests(&app, &q).await,
        _ => Err(Fail::not_found("no such document")),
    };
    respond(format, result)
}

/// The petition categories.
async fn services(app: &App) -> Result<Doc, Fail> {
    let mut c = conn(app).await?;
    let cats = units::categories(&mut c).await.map_err(db_error)?;
    Ok(Doc::ok(
        Kind::Services,
        cats.iter()
            .filter(|c| c.is_petition)
            .map(|c| service_json(app, c))
            .collect(),
    ))
}

/// `GET /open311/v2/services/{code}.{json,xml}`.
pub async fn service_definition(State(app): State<App>, Named(code, format): Named) -> Response {
    respond(format, definition(&app, &code).await)
}

async fn definition(app: &App, code: &str) -> Result<Doc, Fail> {
    let mut c = conn(app).await?;
    let cats = units::categories(&mut c).await.map_err(db_error)?;
    match cats.iter().find(|c| c.code == code && c.is_petition) {
        Some(_) => Ok(Doc::ok(
            Kind::ServiceDefinition,
            json!({ "service_code": code, "attributes": [] }),
        )),
        None => Err(Fail::not_found("service_code not found")),
    }
}

/// The area a request names, or the only province when it names none.
async fn jurisdiction(conn: &mut Conn, id: Option<&str>) -> Result<i64, Fail> {
    match id.map(str::trim).filter(|s| !s.is_empty()) {
        Some(code) => match areas::by_code(conn, code).await.map_err(db_error)? {
            Some(a) if a.kind != AreaKind::Village => Ok(a.id),
            _ => Err(Fail::not_found("jurisdiction_id not found")),
        },
        None => {
            let provinces = areas::list(conn, AreaKind::Province, None)
                .await
                .map_err(db_error)?;
            match provinces.as_slice() {
                [one] => Ok(one.id),
                _ => Err(Fail::bad("jurisdiction_id is required (an area code)")),
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

/// The requests of `GET requests.{json,xml}`: by default the last 90 days, at most 1000.
async fn requests(app: &App, q: &ListQuery) -> Result<Doc, Fail> {
    let mut c = conn(app).await?;
    let area = jurisdiction(&mut c, q.jurisdiction_id.as_deref()).await?;
    if let Some(ids) = q
        .service_request_id
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        let mut out = Vec::new();
        for id in ids.split(',') {
            if let Some(r) = find(&mut c, area, id).await? {
                out.push(request_json(app, &r));
            }
        }
        return Ok(Doc::ok(Kind::Requests, Value::Array(out)));
    }
    let date = |raw: &Option<String>, what: &str| -> Result<Option<i64>, Fail> {
        match raw.as_deref().filter(|s| !s.is_empty()) {
            Some(s) => parse_w3c(s)
                .map(Some)
                .ok_or_else(|| Fail::bad(format!("{what} must be a w3c datetime"))),
            None => Ok(None),
        }
    };
    let to_ms = date(&q.end_date, "end_date")?.unwrap_or(app.clock.now_ms() + 1);
    let from_ms = date(&q.start_date, "start_date")?.unwrap_or(to_ms - 90 * 86_400_000);
    let mut statuses = Vec::new();
    for s in q.status.as_deref().unwrap_or("").split(',').map(str::trim) {
        match s {
            "" => {}
            "open" => statuses.extend(["open", "in_progress", "awaiting_info"].map(String::from)),
            "closed" => statuses.extend(["answered", "closed"].map(String::from)),
            _ => return Err(Fail::bad("status must be open or closed")),
        }
    }
    let filter = RequestFilter {
        statuses: statuses.clone(),
        category_code: q.service_code.clone().filter(|s| !s.is_empty()),
        from_ms,
        to_ms,
        limit: 1000,
    };
    let rows = store::requests(&mut c, area, &filter)
        .await
        .map_err(db_error)?;
    Ok(Doc::ok(
        Kind::Requests,
        rows.iter()
            .filter(|r| statuses.is_empty() || statuses.contains(&r.status))
            .map(|r| request_json(app, r))
            .collect(),
    ))
}

/// The request with the tracking code `id` in `area`, if it is one.
async fn find(c: &mut Conn, area: i64, id: &str) -> Result<Option<PublicRequest>, Fail> {
    let Ok(code) = TrackingCode::parse(id.trim()) else {
        return Ok(None);
    };
    store::request(c, area, code.as_str())
        .await
        .map_err(db_error)
}

/// The request `id` names in the jurisdiction asked for; `not_found` is the 404's
/// description when there is none.
async fn named(
    app: &App,
    id: &str,
    j: &Jurisdiction,
    not_found: &str,
) -> Result<PublicRequest, Fail> {
    if TrackingCode::parse(id).is_err() {
        return Err(Fail::not_found(not_found));
    }
    let mut c = conn(app).await?;
    let area = jurisdiction(&mut c, j.jurisdiction_id.as_deref()).await?;
    find(&mut c, area, id)
        .await?
        .ok_or_else(|| Fail::not_found(not_found))
}

/// `GET /open311/v2/requests/{id}.{json,xml}`.
pub async fn request(
    State(app): State<App>,
    Named(id, format): Named,
    Query(j): Query<Jurisdiction>,
) -> Response {
    let result = named(&app, &id, &j, "service_request_id not found")
        .await
        .map(|r| Doc::ok(Kind::Requests, json!([request_json(&app, &r)])));
    respond(format, result)
}

/// `GET /open311/v2/tokens/{token}.{json,xml}`: the token is the request's id.
pub async fn token(
    State(app): State<App>,
    Named(id, format): Named,
    Query(j): Query<Jurisdiction>,
) -> Response {
    let result = named(&app, &id, &j, "token not found").await.map(|r| {
        let id = request_json(&app, &r)["service_request_id"].clone();
        Doc::ok(
            Kind::Requests,
            json!([{ "service_request_id": id, "token": id }]),
        )
    });
    respond(format, result)
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

/// `POST /open311/v2/requests.{json,xml}`.
pub async fn post_request(
    State(app): State<App>,
    Named(name, format): Named,
    ip: ClientAddr,
    form: Result<Form<PostForm>, FormRejection>,
) -> Response {
    if name != "requests" {
        return only_get(respond(
            format,
            Err(Fail::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "only requests are posted",
            )),
        ));
    }
    let Ok(Form(f)) = form else {
        return respond(
            format,
            Err(Fail::bad(
                "the body must be a form (application/x-www-form-urlencoded)",
            )),
        );
    };
    respond(format, post(&app, &ip, &f).await)
}

/// Files the request; counted against the POST limit per client address (as the web's
/// sign-in counts it: a proxy's `X-Forwarded-For` is believed only from this machine) and per
/// key.
async fn post(app: &App, ip: &ClientAddr, f: &PostForm) -> Result<Doc, Fail> {
    let key = f.api_key.clone().unwrap_or_default();
    // Counted per instance (its database), so that several apps in one process keep apart.
    let db = &app.config.database_url;
    if !allow_post(&format!("{db}|ip:{}", ip.0))
        || (!key.is_empty() && !allow_post(&format!("{db}|key:{}", service::hash_key(&key))))
    {
        return Err(Fail::new(
            StatusCode::TOO_MANY_REQUESTS,
            "too many requests, try again in a minute",
        ));
    }
    let Some(service_code) = f.service_code.as_deref().filter(|s| !s.trim().is_empty()) else {
        return Err(Fail::bad("service_code is required"));
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
            _ => return Err(Fail::bad("lat and long must be decimal degrees (WGS84)")),
        },
        _ => return Err(Fail::bad("lat and long go together")),
    };
    let _ = (&f.jurisdiction_id, &f.address_string);
    let now = app.clock.now_ms();
    let mut tx = app.db.begin().await.map_err(db_error)?;
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
    let dir = app.engine.directory(&mut tx).await.map_err(db_error)?;
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
        Err(Open311Error::Store(e)) => return Err(db_error(e)),
        Err(e) => {
            let status = match e {
                Open311Error::BadKey | Open311Error::OutsideArea | Open311Error::NotAllowed => {
                    StatusCode::FORBIDDEN
                }
                _ => StatusCode::BAD_REQUEST,
            };
            return Err(Fail::new(status, e.to_string()));
        }
    };
    out.enqueue(&mut tx, &app.i18n, Priority::Notification, now)
        .await
        .map_err(db_error)?;
    tx.commit().await.map_err(db_error)?;
    Ok(Doc {
        status: StatusCode::CREATED,
        kind: Kind::Requests,
        body: json!([{
            "service_request_id": code,
            "token": code,
            "service_notice": Value::Null,
            "account_id": Value::Null,
        }]),
    })
}
