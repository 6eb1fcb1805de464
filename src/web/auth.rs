//! Signing in and out: `/web/login/{token}` (the link from `/web` in the chat) and
//! `/web/logout`.
//!
//! Opening the link shows a page with one button that signs in. Chat apps open links they
//! see to show a preview (Telegram, Zalo): a link spent on a plain GET would be spent by the
//! preview before the officer taps it. The button is a POST, which previews never send.

use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{
    ClientAddr, Layout, WebSession, WebState, check_csrf, message_page, page, server_error,
};
use crate::services::web::{self as service, WebError};
use crate::store::web::LinkUse;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/web/login/{token}", get(login_page).post(login))
        .route("/web/logout", post(logout))
}

#[derive(Template)]
#[template(path = "web/login.html")]
struct LoginPage {
    layout: Layout,
    action: String,
}

fn too_many(state: &WebState) -> Response {
    message_page(
        &state.app,
        StatusCode::TOO_MANY_REQUESTS,
        None,
        "web-too-many-title",
        "web-too-many-body",
    )
}

fn refused(state: &WebState, e: &WebError) -> Response {
    let (status, title, body) = match e {
        WebError::LinkUsed => (
            StatusCode::GONE,
            "web-link-used-title",
            "web-link-used-body",
        ),
        WebError::LinkExpired => (
            StatusCode::GONE,
            "web-link-expired-title",
            "web-link-expired-body",
        ),
        WebError::LinkUnknown => (
            StatusCode::NOT_FOUND,
            "web-link-unknown-title",
            "web-link-unknown-body",
        ),
        WebError::NotStaff => (
            StatusCode::FORBIDDEN,
            "web-not-staff-title",
            "web-not-staff-body",
        ),
        WebError::Store(e) => return server_error(&state.app, e),
    };
    message_page(&state.app, status, None, title, body)
}

fn allowed(state: &WebState, addr: &ClientAddr) -> bool {
    let ok = state
        .sign_in_limiter
        .allow(&addr.0, state.app.clock.now_ms());
    if !ok {
        tracing::warn!("web: sign-in attempts over the limit for one address");
    }
    ok
}

/// The link's page: a button to sign in, or why the link no longer works.
async fn login_page(
    State(state): State<WebState>,
    addr: ClientAddr,
    Path(token): Path<String>,
) -> Response {
    if !allowed(&state, &addr) {
        return too_many(&state);
    }
    let now = state.app.clock.now_ms();
    let found = async {
        let mut conn = state.app.db.pool.acquire().await?;
        crate::store::web::peek_link(&mut conn, &service::token_hash(&token), now).await
    }
    .await;
    match found {
        Ok(LinkUse::Taken { .. }) => {
            let layout = Layout::new(&state.app, None, "web-login-title");
            page(
                StatusCode::OK,
                &LoginPage {
                    layout,
                    action: format!("/web/login/{token}"),
                },
            )
        }
        Ok(LinkUse::Used) => refused(&state, &WebError::LinkUsed),
        Ok(LinkUse::Expired) => refused(&state, &WebError::LinkExpired),
        Ok(LinkUse::Unknown) => refused(&state, &WebError::LinkUnknown),
        Err(e) => server_error(&state.app, &e),
    }
}

/// Whether a form came from another site: the browser says so (`Sec-Fetch-Site`), or its
/// `Origin` is not this host. Signing in has no session to carry a form token yet, so this is
/// what keeps another site from signing a visitor into a session of its choosing.
fn from_another_site(headers: &HeaderMap) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if text("sec-fetch-site") == Some("cross-site") {
        return true;
    }
    match (text("origin"), text("host")) {
        (Some(origin), Some(host)) => url::Url::parse(origin).ok().is_none_or(|o| {
            let port = o.port().map(|p| format!(":{p}")).unwrap_or_default();
            format!("{}{port}", o.host_str().unwrap_or_default()) != host
        }),
        _ => false,
    }
}

/// Spends the link and opens the session.
async fn login(
    State(state): State<WebState>,
    addr: ClientAddr,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    if !allowed(&state, &addr) {
        return too_many(&state);
    }
    if from_another_site(&headers) {
        tracing::warn!("web: a sign-in form from another site refused");
        return message_page(
            &state.app,
            StatusCode::FORBIDDEN,
            None,
            "web-csrf-title",
            "web-csrf-body",
        );
    }
    let app = &state.app;
    let now = app.clock.now_ms();
    let hours = app.config.web_session_hours;
    let opened = async {
        let mut tx = app.db.begin().await?;
        let opened = service::sign_in(&mut tx, &token, now, hours).await;
        // A spent link stays spent even when the session could not be opened.
        tx.commit().await?;
        opened
    }
    .await;
    match opened {
        Ok(opened) => {
            tracing::info!(person = opened.person_id, "web: signed in");
            let seconds = (opened.expires_at - now) / 1000;
            (
                [(
                    header::SET_COOKIE,
                    super::session_cookie(app, Some((&opened.token, seconds))),
                )],
                Redirect::to("/web/queue"),
            )
                .into_response()
        }
        Err(e) => refused(&state, &e),
    }
}

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

async fn logout(
    State(state): State<WebState>,
    session: WebSession,
    Form(form): Form<CsrfForm>,
) -> Response {
    let app = &state.app;
    if let Err(refusal) = check_csrf(app, &session, &form.csrf) {
        return refusal;
    }
    let now = app.clock.now_ms();
    let done = async {
        let mut tx = app.db.begin().await?;
        service::sign_out(&mut tx, &session.token, now).await?;
        tx.commit().await?;
        Ok::<_, crate::store::StoreError>(())
    }
    .await;
    if let Err(e) = done {
        return server_error(app, &e);
    }
    let mut response = message_page(
        app,
        StatusCode::OK,
        None,
        "web-logged-out-title",
        "web-logged-out-body",
    );
    response
        .headers_mut()
        .insert(header::SET_COOKIE, super::session_cookie(app, None));
    response
}
