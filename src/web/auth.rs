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

/// Whether a form came from another site. Signing in has no session to carry a form token
/// yet, so this is what keeps another site from signing a visitor into a session of its
/// choosing. The browser's `Sec-Fetch-Site` decides when it is sent (every current browser
/// does); else an `Origin` that is not this site's: `public_url`'s when set (a proxy may change
/// `Host`), else the `Host` asked for. A form with neither header comes from no browser that
/// sends forms across sites.
fn from_another_site(headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    match text("sec-fetch-site") {
        Some("same-origin" | "none") => return false,
        Some(_) => return true,
        None => {}
    }
    let Some(origin) = text("origin") else {
        return false;
    };
    let Ok(origin) = url::Url::parse(origin) else {
        // `Origin: null` (a sandboxed or privacy-stripped page) or nonsense.
        return true;
    };
    if let Some(public) = public_url.and_then(|u| url::Url::parse(u).ok()) {
        return origin.origin() != public.origin();
    }
    let port = origin.port().map(|p| format!(":{p}")).unwrap_or_default();
    text("host") != Some(&format!("{}{port}", origin.host_str().unwrap_or_default()))
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
    if from_another_site(&headers, state.app.config.public_url.as_deref()) {
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

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue};

    use super::from_another_site;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (name, value) in pairs {
            h.insert(*name, HeaderValue::from_static(value));
        }
        h
    }

    #[test]
    fn a_sign_in_form_from_this_site_passes_and_from_another_is_refused() {
        let public = Some("https://loathon.example.gov.vn:8443");
        // The browser says where the form came from: believed, whatever the proxy did to Host.
        let same = headers(&[
            ("sec-fetch-site", "same-origin"),
            ("host", "127.0.0.1:8080"),
        ]);
        assert!(!from_another_site(&same, public));
        for site in ["cross-site", "same-site"] {
            assert!(from_another_site(
                &headers(&[("sec-fetch-site", site)]),
                public
            ));
        }
        // Without it, the Origin against the public address (nginx's $host drops the port).
        let ours = headers(&[
            ("origin", "https://loathon.example.gov.vn:8443"),
            ("host", "loathon.example.gov.vn"),
        ]);
        assert!(!from_another_site(&ours, public));
        let evil = headers(&[
            ("origin", "https://evil.example"),
            ("host", "loathon.example.gov.vn"),
        ]);
        assert!(from_another_site(&evil, public));
        assert!(from_another_site(&headers(&[("origin", "null")]), public));
        // No public address: the Host asked for.
        let direct = headers(&[
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080"),
        ]);
        assert!(!from_another_site(&direct, None));
        assert!(from_another_site(&evil, None));
        // Neither header: no browser sends a form across sites so.
        assert!(!from_another_site(&HeaderMap::new(), public));
    }
}
