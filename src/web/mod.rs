//! The commune office on the web: server-rendered pages in Vietnamese for officers and admins,
//! signed in with a one-time link from `/web` in the chat.
//!
//! Shared pieces every page module uses:
//! - [`WebState`]: the application and the sign-in rate limiter;
//! - [`WebSession`]: the extractor giving the signed-in person, with their roles read again on
//!   every request (a role taken back ends what the session can do at once);
//! - [`check_csrf`]: every form carries the session's form token, compared in constant time;
//! - [`Layout`] and [`page`]: the base template (`templates/web/base.html`) and its response.
//!
//! Each page module has a `routes()` returning a `Router<WebState>`; [`router`] merges them.

pub mod auth;
pub mod queue;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use askama::Template;
use axum::Router;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use subtle::ConstantTimeEq;

use crate::app::App;
use crate::domain::LocaleTag;
use crate::i18n::{Localizer, Msg};
use crate::services::Actor;
use crate::store::people;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "lt_session";

/// What every web handler gets.
#[derive(Clone)]
pub struct WebState {
    pub app: App,
    /// Sign-in attempts per client address.
    pub sign_in_limiter: Arc<RateLimiter>,
    /// Fetches Telegram attachments into the media store to show them, when Telegram runs.
    pub telegram_media: Option<Arc<crate::channels::telegram::media::TelegramMedia>>,
}

/// The web pages, to merge into the HTTP server's router.
pub fn router(app: App) -> Router {
    let state = WebState {
        telegram_media: queue::telegram_media(&app),
        app,
        sign_in_limiter: Arc::new(RateLimiter::new(SIGN_IN_ATTEMPTS, SIGN_IN_WINDOW_MS)),
    };
    Router::new()
        .route("/web/site.css", get(css))
        .merge(auth::routes())
        .merge(queue::routes())
        .with_state(state)
}

/// Sign-in attempts allowed per address and window.
pub const SIGN_IN_ATTEMPTS: u32 = 10;
pub const SIGN_IN_WINDOW_MS: i64 = 10 * 60_000;

async fn css() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        include_str!("../../templates/web/site.css"),
    )
        .into_response()
}

/// The signed-in officer or admin of a request: their session is open and they hold a role
/// that uses the web, as read now.
#[derive(Clone, Debug)]
pub struct WebSession {
    pub actor: Actor,
    pub person_id: i64,
    /// Their name as shown in the pages' header.
    pub name: String,
    /// The form token every form of this session carries.
    pub csrf: String,
    /// The cookie's token (to sign out).
    pub token: String,
    /// The report pages this person may open, as (area code, area name): an admin's areas
    /// (every province for an admin of everywhere); empty for anyone else.
    pub report_areas: Vec<(String, String)>,
}

/// Another name for [`WebSession`]: the acting person in the web pages.
pub type Officer = WebSession;

impl FromRequestParts<WebState> for WebSession {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let app = &state.app;
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Err(signed_out(app));
        };
        let now = app.clock.now_ms();
        let found = async {
            let mut conn = app.db.pool.acquire().await?;
            let found = crate::services::web::session(&mut conn, &token, now).await?;
            let Some((actor, session)) = found else {
                return Ok(None);
            };
            let name = people::get(&mut conn, session.person_id)
                .await?
                .map(|p| p.display_name.clone().unwrap_or_else(|| p.address()))
                .unwrap_or_default();
            let report_areas = report_areas(&mut conn, &actor).await?;
            Ok::<_, crate::store::StoreError>(Some((actor, session, name, report_areas)))
        }
        .await;
        match found {
            Ok(Some((actor, session, name, report_areas))) => Ok(WebSession {
                actor,
                person_id: session.person_id,
                name,
                csrf: session.csrf,
                token,
                report_areas,
            }),
            Ok(None) => Err(signed_out(app)),
            Err(e) => Err(server_error(app, &e)),
        }
    }
}

/// The areas whose report page an admin may open: the areas of their admin roles, or every
/// province for an admin of everywhere. Nothing for someone who is not an admin.
async fn report_areas(
    conn: &mut crate::store::Conn,
    actor: &Actor,
) -> crate::store::StoreResult<Vec<(String, String)>> {
    use crate::store::areas::{self, AreaKind};
    let mut out: Vec<(String, String)> = Vec::new();
    for scope in actor.admin_scopes() {
        let found = match scope {
            Some(id) => areas::get(conn, id).await?.into_iter().collect(),
            None => areas::list(conn, AreaKind::Province, None).await?,
        };
        for a in found {
            if !out.iter().any(|(code, _)| *code == a.code) {
                out.push((a.code, a.name));
            }
        }
    }
    Ok(out)
}

fn signed_out(app: &App) -> Response {
    message_page(
        app,
        StatusCode::UNAUTHORIZED,
        None,
        "web-signed-out-title",
        "web-signed-out-body",
    )
}

/// A cookie's value from the request.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

/// The `Set-Cookie` value of a session: HttpOnly, SameSite=Strict, limited to `/web`, Secure
/// when the public address is https. `None` clears it.
pub fn session_cookie(app: &App, value: Option<(&str, i64)>) -> HeaderValue {
    let secure = app
        .config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let (v, max_age) = match value {
        Some((token, seconds)) => (token, seconds.max(0)),
        None => ("", 0),
    };
    let mut c =
        format!("{SESSION_COOKIE}={v}; Path=/web; HttpOnly; SameSite=Strict; Max-Age={max_age}");
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Whether a form's token is the session's (constant time). A refused form changes nothing.
// The refusal is the page handed straight back to axum: boxing it would buy nothing.
#[allow(clippy::result_large_err)]
pub fn check_csrf(app: &App, session: &WebSession, given: &str) -> Result<(), Response> {
    let ok =
        !session.csrf.is_empty() && bool::from(session.csrf.as_bytes().ct_eq(given.as_bytes()));
    if ok {
        Ok(())
    } else {
        tracing::warn!(
            person = session.person_id,
            "web: form refused, wrong form token"
        );
        Err(message_page(
            app,
            StatusCode::FORBIDDEN,
            Some(session),
            "web-csrf-title",
            "web-csrf-body",
        ))
    }
}

/// The client's address for rate limits: the peer, or, behind a proxy on this machine, the
/// address the proxy saw (the last one in `X-Forwarded-For`: earlier ones are whatever the
/// client sent).
#[derive(Clone, Debug)]
pub struct ClientAddr(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        if peer.is_none_or(|ip| ip.is_loopback())
            && let Some(fwd) = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.rsplit(',').next())
        {
            return Ok(ClientAddr(fwd.trim().to_string()));
        }
        Ok(ClientAddr(
            peer.map_or_else(|| "unknown".into(), |ip| ip.to_string()),
        ))
    }
}

/// A fixed-window count of attempts per key (a client address), in memory: one instance's
/// view, which is what a limit on guessing needs.
#[derive(Debug)]
pub struct RateLimiter {
    max: u32,
    window_ms: i64,
    seen: Mutex<HashMap<String, (i64, u32)>>,
}

impl RateLimiter {
    pub fn new(max: u32, window_ms: i64) -> Self {
        Self {
            max,
            window_ms,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt; false when the key is over its limit in this window.
    pub fn allow(&self, key: &str, now_ms: i64) -> bool {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() > 10_000 {
            seen.retain(|_, (start, _)| now_ms - *start < self.window_ms);
        }
        let entry = seen.entry(key.to_string()).or_insert((now_ms, 0));
        if now_ms - entry.0 >= self.window_ms {
            *entry = (now_ms, 0);
        }
        entry.1 += 1;
        entry.1 <= self.max
    }
}

/// What the base template needs: the page's title, who is signed in (with the form token for
/// the sign-out button), and the Vietnamese texts.
pub struct Layout {
    pub title: String,
    pub who: Option<String>,
    pub csrf: String,
    /// Whether the queue is in the menu (officers only).
    pub queue: bool,
    /// The report pages in the menu, as (link, text): an admin's areas only.
    pub reports: Vec<(String, String)>,
    i18n: Arc<Localizer>,
}

impl Layout {
    pub fn new(app: &App, session: Option<&WebSession>, title_id: &str) -> Self {
        let mut l = Layout {
            title: String::new(),
            who: session.map(|s| s.name.clone()),
            csrf: session.map(|s| s.csrf.clone()).unwrap_or_default(),
            queue: session.is_some_and(|s| s.actor.is_officer()),
            reports: Vec::new(),
            i18n: app.i18n.clone(),
        };
        if let Some(s) = session {
            l.reports = s
                .report_areas
                .iter()
                .map(|(code, name)| {
                    (
                        format!("/web/bao-cao/{code}"),
                        l.msg(&Msg::new("web-nav-report").arg("area", name.clone())),
                    )
                })
                .collect();
        }
        l.title = l.t(title_id);
        l
    }

    /// A Vietnamese message without arguments.
    pub fn t(&self, id: &str) -> String {
        self.msg(&Msg::new(id.to_string()))
    }

    /// A Vietnamese message.
    pub fn msg(&self, msg: &Msg) -> String {
        self.i18n.render(&LocaleTag::vi(), msg)
    }
}

/// Renders a page; a template that fails to render is a server error (logged).
pub fn page(status: StatusCode, template: &impl Template) -> Response {
    match template.render() {
        Ok(html) => (
            status,
            [
                (header::CACHE_CONTROL, "no-store"),
                (header::HeaderName::from_static("x-frame-options"), "DENY"),
                (
                    header::HeaderName::from_static("content-security-policy"),
                    "default-src 'self'; img-src 'self'; media-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'",
                ),
            ],
            Html(html),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "web: a page failed to render");
            (StatusCode::INTERNAL_SERVER_ERROR, "Lỗi máy chủ").into_response()
        }
    }
}

/// A page with a heading and one paragraph (errors, notices).
#[derive(Template)]
#[template(path = "web/message.html")]
pub struct MessagePage {
    pub layout: Layout,
    pub body: String,
    /// A link to go on with, and its text.
    pub next: Option<(String, String)>,
}

/// A page saying one thing: `title_id` and `body_id` are Fluent messages.
pub fn message_page(
    app: &App,
    status: StatusCode,
    session: Option<&WebSession>,
    title_id: &str,
    body_id: &str,
) -> Response {
    let layout = Layout::new(app, session, title_id);
    let body = layout.t(body_id);
    let next = session.map(|_| ("/web".to_string(), layout.t("web-back-to-queue")));
    page(status, &MessagePage { layout, body, next })
}

/// A storage failure: logged, and a page saying to try again.
pub fn server_error(app: &App, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "web: request failed");
    message_page(
        app,
        StatusCode::INTERNAL_SERVER_ERROR,
        None,
        "web-error-title",
        "web-error-body",
    )
}
