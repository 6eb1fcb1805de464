//! The officer's queue in the browser: the unit's pending petitions in the chat's order
//! (nearest deadline first), a petition's page (details, timeline, attachments), and the forms
//! to claim, answer, ask for more, forward and close. Every one goes through
//! `services::petitions` with the person's roles read on this request, exactly as `/hangdoi`
//! does in the chat, so the rights and the audit trail are the same: opening a petition is
//! recorded, someone else's petition is a 404, an anonymous author is never shown.

use std::sync::Arc;

use askama::Template;
use axum::Router;
use axum::extract::{Form, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::{Layout, WebSession, WebState, check_csrf, message_page, page, server_error};
use crate::app::App;
use crate::clock::local_parts;
use crate::domain::calendar::due_label;
use crate::domain::petition::Part;
use crate::i18n::Msg;
use crate::media::MediaStore;
use crate::services::petitions::{self as service, Access, PetitionError};
use crate::services::{Ctx, Outgoing};
use crate::store::outbox::Priority;
use crate::store::{areas, petitions};

/// Petitions per page of the queue.
const PAGE: i64 = 20;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/web", get(|| async { Redirect::to("/web/queue") }))
        .route("/web/", get(|| async { Redirect::to("/web/queue") }))
        .route("/web/queue", get(queue))
        .route("/web/petitions/{id}", get(petition))
        .route("/web/petitions/{id}/files/{n}", get(file))
        .route("/web/petitions/{id}/claim", post(claim))
        .route("/web/petitions/{id}/answer", post(answer))
        .route("/web/petitions/{id}/ask", post(ask))
        .route("/web/petitions/{id}/forward", post(forward))
        .route("/web/petitions/{id}/close", post(close))
        .route("/web/petitions/{id}/merge", post(merge))
}

/// Runs a service call in one transaction with the session's person as the actor; queues the
/// notices it made (to the villager, the unit) when it succeeds, else writes nothing.
async fn act<T>(
    app: &App,
    session: &WebSession,
    call: impl AsyncFnOnce(&mut Ctx<'_>) -> Result<T, PetitionError>,
) -> Result<T, PetitionError> {
    let now = app.clock.now_ms();
    let mut tx = app.db.begin().await?;
    let mut out = Outgoing::default();
    let dir = app.engine.directory(&mut tx).await?;
    let result = {
        let mut cx = Ctx {
            conn: &mut tx,
            i18n: &app.i18n,
            actor: &session.actor,
            now,
            out: &mut out,
            dir: &dir,
        };
        call(&mut cx).await
    };
    let value = result?;
    out.enqueue(&mut tx, &app.i18n, Priority::Notification, now)
        .await?;
    tx.commit().await?;
    Ok(value)
}

/// The page for a refused action: a petition this person may not see is a 404 (as one that
/// does not exist); a step the petition's status does not allow says why.
fn refused(app: &App, session: &WebSession, e: PetitionError) -> Response {
    match e {
        PetitionError::NotFound | PetitionError::UnitNotOffered => message_page(
            app,
            StatusCode::NOT_FOUND,
            Some(session),
            "web-not-found-title",
            "web-not-found-body",
        ),
        PetitionError::NotAnOfficer => message_page(
            app,
            StatusCode::FORBIDDEN,
            Some(session),
            "web-not-officer-title",
            "web-not-officer-body",
        ),
        PetitionError::Store(e) => server_error(app, &e),
        other => {
            let layout = Layout::new(app, Some(session), "web-refused-title");
            let body = other.message().map(|m| layout.msg(&m)).unwrap_or_default();
            let next = Some(("/web/queue".to_string(), layout.t("web-back-to-queue")));
            page(
                StatusCode::CONFLICT,
                &super::MessagePage { layout, body, next },
            )
        }
    }
}

fn bad_input(app: &App, session: &WebSession, id: i64, body_id: &str) -> Response {
    let layout = Layout::new(app, Some(session), "web-bad-input-title");
    let body = layout.t(body_id);
    let next = Some((
        format!("/web/petitions/{id}"),
        layout.t("web-back-to-petition"),
    ));
    page(
        StatusCode::BAD_REQUEST,
        &super::MessagePage { layout, body, next },
    )
}

struct Row {
    id: i64,
    code: String,
    category: String,
    village: String,
    status: String,
    due: String,
    overdue: bool,
}

struct UnitRows {
    count: String,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "web/queue.html")]
struct QueuePage {
    layout: Layout,
    units: Vec<UnitRows>,
    prev: Option<i64>,
    next: Option<i64>,
}

#[derive(Deserialize)]
struct PageQuery {
    #[serde(default)]
    page: Option<i64>,
}

async fn queue(
    State(state): State<WebState>,
    session: WebSession,
    Query(q): Query<PageQuery>,
) -> Response {
    let app = &state.app;
    let page_no = q.page.unwrap_or(1).max(1) - 1;
    let now = app.clock.now_ms();
    let listed = act(app, &session, async |cx: &mut Ctx<'_>| {
        let queues = service::queue(cx, page_no * PAGE, PAGE).await?;
        let mut units = Vec::new();
        let mut more = false;
        for q in queues {
            more |= (page_no + 1) * PAGE < q.total;
            let mut rows = Vec::new();
            for p in &q.rows {
                let village = match p.village_id {
                    Some(id) => areas::get(cx.conn, id).await?.map(|a| a.name),
                    None => None,
                };
                rows.push(Row {
                    id: p.id,
                    code: p.code.to_string(),
                    category: cx.i18n.render(
                        &crate::domain::LocaleTag::vi(),
                        &service::category_msg(&p.category_code),
                    ),
                    village: village.unwrap_or_default(),
                    status: vi(cx, &Msg::new(p.status.message_id())),
                    due: due_label(p.due_at),
                    overdue: p.due_at <= now,
                });
            }
            units.push(UnitRows {
                count: vi(
                    cx,
                    &Msg::new("web-queue-count")
                        .arg("unit", q.unit.name.clone())
                        .arg("count", q.total),
                ),
                rows,
            });
        }
        Ok((units, more))
    })
    .await;
    match listed {
        Ok((units, more)) => page(
            StatusCode::OK,
            &QueuePage {
                layout: Layout::new(app, Some(&session), "web-queue-title"),
                units,
                prev: (page_no > 0).then_some(page_no),
                next: more.then_some(page_no + 2),
            },
        ),
        Err(e) => refused(app, &session, e),
    }
}

fn vi(cx: &Ctx<'_>, msg: &Msg) -> String {
    cx.i18n.render(&crate::domain::LocaleTag::vi(), msg)
}

/// One attachment on a petition's page.
struct FileView {
    kind: &'static str,
    url: String,
    label: String,
    osm: String,
    coords: String,
}

impl FileView {
    fn is(&self, kind: &str) -> bool {
        self.kind == kind
    }
}

#[derive(Template)]
#[template(path = "web/petition.html")]
struct PetitionPage {
    layout: Layout,
    id: i64,
    code: String,
    facts: Vec<(String, String)>,
    body: String,
    timeline: Vec<String>,
    files: Vec<FileView>,
    /// Supplements the villager wrote later.
    texts: Vec<String>,
    officer: bool,
    pending: bool,
    claimable: bool,
    targets: Vec<(i64, String)>,
    done: Option<String>,
}

#[derive(Deserialize)]
struct DoneQuery {
    #[serde(default)]
    done: Option<String>,
}

async fn petition(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Query(q): Query<DoneQuery>,
) -> Response {
    let app = &state.app;
    let now = app.clock.now_ms();
    let shown = act(app, &session, async |cx: &mut Ctx<'_>| {
        // Opening is recorded in the trail, as in the chat.
        let view = service::open(cx, id).await?;
        let targets = if view.access == Access::Officer && view.petition.status.is_pending() {
            service::forward_targets(cx, id)
                .await
                .map(|(_, units)| units.into_iter().map(|u| (u.id, u.name)).collect())
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        Ok((view, targets))
    })
    .await;
    let (view, targets) = match shown {
        Ok(v) => v,
        Err(e) => return refused(app, &session, e),
    };
    let layout = Layout::new(app, Some(&session), "web-petition-title");
    let p = &view.petition;
    let t = |id: &str| layout.t(id);
    let (stime, sdate) = local_parts(p.submitted_at);
    let author = view.author.clone().unwrap_or_else(|| t("author-anonymous"));
    let mut facts = vec![
        (
            t("web-field-category"),
            layout.msg(&service::category_msg(&p.category_code)),
        ),
        (t("web-field-place"), view.place.clone()),
        (t("web-field-author"), author),
        (t("web-field-submitted"), format!("{stime} {sdate}")),
        (
            t("web-field-due"),
            if p.due_at <= now && p.status.is_pending() {
                layout.msg(&Msg::new("web-due-overdue").arg("due", due_label(p.due_at)))
            } else {
                due_label(p.due_at)
            },
        ),
        (
            t("web-field-status"),
            layout.msg(&Msg::new(p.status.message_id())),
        ),
    ];
    if let Some(name) = &view.handled_by {
        facts.push((t("web-field-handled-by"), name.clone()));
    }
    let timeline = view
        .timeline
        .iter()
        .filter_map(|e| {
            let id = service::timeline_message_id(e)?;
            let (time, date) = local_parts(e.at);
            let line = layout.msg(
                &Msg::new(id)
                    .arg("time", format!("{time} {date}"))
                    .arg("who", e.who.clone().unwrap_or_default())
                    .arg("text", e.detail.clone().unwrap_or_default()),
            );
            Some(line.trim_start_matches("• ").to_string())
        })
        .collect();
    let mut files = Vec::new();
    let mut texts = Vec::new();
    for (n, part) in view.parts.iter().enumerate() {
        let url = format!("/web/petitions/{}/files/{n}", p.id);
        let (kind, label) = match &part.part {
            Part::Text { text } => {
                texts.push(text.clone());
                continue;
            }
            Part::Photo { caption, .. } => ("photo", caption.clone().unwrap_or_default()),
            Part::Voice { .. } => ("voice", t("web-file-voice")),
            Part::Audio { .. } => ("voice", t("web-file-audio")),
            Part::Document { .. } => ("document", t("web-file-document")),
            Part::Location {
                latitude,
                longitude,
            } => {
                files.push(FileView {
                    kind: "place",
                    url: String::new(),
                    label: t("web-file-place"),
                    osm: format!(
                        "https://www.openstreetmap.org/?mlat={latitude:.6}&mlon={longitude:.6}#map=17/{latitude:.6}/{longitude:.6}"
                    ),
                    coords: format!("{latitude:.6}, {longitude:.6}"),
                });
                continue;
            }
        };
        files.push(FileView {
            kind,
            url,
            label,
            osm: String::new(),
            coords: String::new(),
        });
    }
    let done = q.done.as_deref().and_then(|d| match d {
        "claimed" => Some(t("web-done-claimed")),
        "answered" => Some(t("web-done-answered")),
        "asked" => Some(t("web-done-asked")),
        _ => None,
    });
    let body = if p.body.is_empty() {
        t("officer-body-none")
    } else {
        p.body.clone()
    };
    let officer = view.access == Access::Officer;
    let page_view = PetitionPage {
        id: p.id,
        code: p.code.to_string(),
        facts,
        body,
        timeline,
        files,
        texts,
        officer,
        pending: p.status.is_pending(),
        claimable: p.status == crate::domain::petition::Status::Open,
        targets,
        done,
        layout,
    };
    page(StatusCode::OK, &page_view)
}

/// An attachment, for someone who may open the petition: from the media store, fetched from
/// Telegram into it first when it is a Telegram file.
async fn file(
    State(state): State<WebState>,
    session: WebSession,
    Path((id, n)): Path<(i64, usize)>,
) -> Response {
    let app = &state.app;
    let found = act(app, &session, async |cx: &mut Ctx<'_>| {
        service::open_part(cx, id, n).await
    })
    .await;
    let file_ref = match found {
        Ok(Some(
            Part::Photo { file_ref, .. }
            | Part::Voice { file_ref }
            | Part::Audio { file_ref }
            | Part::Document { file_ref },
        )) => file_ref,
        Ok(_) => return StatusCode::NOT_FOUND.into_response(),
        Err(e) => return refused(app, &session, e),
    };
    // A file the media store has (another channel's link to it), else a Telegram file fetched
    // into the store's private part: showing it here publishes nothing.
    let store = MediaStore::new(&app.config.media_dir);
    let mut found = stored_name(&file_ref).and_then(|n| Some((store.path_of(&n)?, n)));
    if found.is_none()
        && let Some(tg) = &state.telegram_media
    {
        let private = store.private();
        found = tg
            .fetch_private(&file_ref)
            .await
            .and_then(|n| Some((private.path_of(&n)?, n)));
    }
    let name = found.as_ref().map(|(_, n)| n.clone());
    let Some((path, _)) = found else {
        return message_page(
            app,
            StatusCode::NOT_FOUND,
            Some(&session),
            "web-file-missing-title",
            "web-file-missing-body",
        );
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => (
            [
                (
                    header::CONTENT_TYPE,
                    crate::media::content_type(name.as_deref().unwrap_or_default()),
                ),
                (header::CACHE_CONTROL, "private, no-store"),
            ],
            bytes,
        )
            .into_response(),
        Err(_) => message_page(
            app,
            StatusCode::NOT_FOUND,
            Some(&session),
            "web-file-missing-title",
            "web-file-missing-body",
        ),
    }
}

/// The media store's name in a link to it (`…/media/<name>`), or the name itself.
fn stored_name(file_ref: &str) -> Option<String> {
    let name = file_ref.rsplit('/').next()?;
    MediaStore::new("").path_of(name).map(|_| name.to_string())
}

/// What a Telegram attachment needs to be shown in a page.
pub fn telegram_media(app: &App) -> Option<Arc<crate::channels::telegram::media::TelegramMedia>> {
    app.config.telegram_token.as_ref()?;
    let bot = crate::channels::telegram::bot_from_config(&app.config).ok()?;
    Some(Arc::new(
        crate::channels::telegram::media::TelegramMedia::new(
            bot,
            MediaStore::new(&app.config.media_dir),
            app.config.public_url.clone().unwrap_or_default(),
        ),
    ))
}

#[derive(Deserialize)]
struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    unit: Option<i64>,
    #[serde(default)]
    how: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    into: Option<i64>,
}

fn to_petition(id: i64, done: &str) -> Response {
    Redirect::to(&format!("/web/petitions/{id}?done={done}")).into_response()
}

fn to_queue(app: &App, session: &WebSession, body: String) -> Response {
    let layout = Layout::new(app, Some(session), "web-done-title");
    let next = Some(("/web/queue".to_string(), layout.t("web-back-to-queue")));
    page(StatusCode::OK, &super::MessagePage { layout, body, next })
}

/// The typed text, checked: not empty, not over the chat's limit.
fn typed(app: &App, form: &ActionForm) -> Result<String, &'static str> {
    let text = crate::domain::text::clean_input(form.text.trim());
    if text.is_empty() {
        return Err("web-need-text");
    }
    if text.chars().count() > app.config.max_text_chars {
        return Err("web-text-too-long");
    }
    Ok(text)
}

/// One form action on a petition: the form token checked, the form's input read by `input`
/// (a refusal names the message saying what is missing), the service `call` run by [`act`];
/// `Ok` is the action's result, `Err` the page to answer instead (a refused token, input that
/// cannot be used, a step the services refuse).
// The refusal is the page handed straight back to axum, as in `check_csrf`.
#[allow(clippy::result_large_err)]
async fn form_action<I, T>(
    app: &App,
    session: &WebSession,
    id: i64,
    form: &ActionForm,
    input: impl FnOnce(&ActionForm) -> Result<I, &'static str>,
    call: impl AsyncFnOnce(&mut Ctx<'_>, I) -> Result<T, PetitionError>,
) -> Result<T, Response> {
    check_csrf(app, session, &form.csrf)?;
    let input = input(form).map_err(|msg| bad_input(app, session, id, msg))?;
    act(app, session, async move |cx: &mut Ctx<'_>| {
        call(cx, input).await
    })
    .await
    .map_err(|e| refused_action(app, session, id, e))
}

/// [`refused`], and for a merge to confirm, the page asking to confirm it.
fn refused_action(app: &App, session: &WebSession, id: i64, e: PetitionError) -> Response {
    match e {
        PetitionError::MergeNeedsConfirming {
            other,
            other_id,
            warnings,
        } => {
            let layout = Layout::new(app, Some(session), "web-merge-title");
            let question =
                layout.msg(&Msg::new("officer-merge-confirm").arg("other", other.to_string()));
            let warnings = warnings.into_iter().map(|w| layout.t(w)).collect();
            page(
                StatusCode::OK,
                &MergePage {
                    layout,
                    id,
                    into: other_id,
                    question,
                    warnings,
                },
            )
        }
        e => refused(app, session, e),
    }
}

/// Either the action's page or the page answered instead.
fn either<T>(done: Result<T, Response>, page: impl FnOnce(T) -> Response) -> Response {
    done.map_or_else(|r| r, page)
}

async fn claim(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |_| Ok(()),
        async |cx: &mut Ctx<'_>, ()| service::claim(cx, id).await,
    )
    .await;
    either(done, |_| to_petition(id, "claimed"))
}

async fn answer(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |f| typed(app, f),
        async |cx: &mut Ctx<'_>, text: String| service::answer(cx, id, Some(&text), None).await,
    )
    .await;
    either(done, |_| to_petition(id, "answered"))
}

async fn ask(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |f| typed(app, f),
        async |cx: &mut Ctx<'_>, question: String| {
            let (p, author) = service::ask(cx, id, &question).await?;
            // The villager's next messages in their chat are taken as what they add, as when
            // the question comes from the chat.
            if let Some(author) = author {
                crate::engine::expect_info(cx.conn, &author, p.id, cx.now).await?;
            }
            Ok(p)
        },
    )
    .await;
    either(done, |_| to_petition(id, "asked"))
}

async fn forward(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |f| Ok((f.unit.ok_or("web-need-unit")?, typed(app, f)?)),
        async |cx: &mut Ctx<'_>, (unit, reason): (i64, String)| {
            service::forward(cx, id, unit, &reason).await
        },
    )
    .await;
    either(done, |(p, unit)| {
        let layout = Layout::new(app, Some(&session), "web-done-title");
        let body = layout.msg(
            &Msg::new("officer-forwarded")
                .arg("code", p.code.to_string())
                .arg("unit", unit.name),
        );
        to_queue(app, &session, body)
    })
}

/// How a petition is closed, as the close form says.
enum CloseHow {
    OutOfScope(String),
    Duplicate(String),
}

#[derive(Template)]
#[template(path = "web/merge.html")]
struct MergePage {
    layout: Layout,
    id: i64,
    into: i64,
    question: String,
    warnings: Vec<String>,
}

async fn close(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |f| match f.how.as_str() {
            "out_of_scope" => Ok(CloseHow::OutOfScope(typed(app, f)?)),
            "duplicate" => match f.code.trim() {
                "" => Err("web-need-code"),
                code => Ok(CloseHow::Duplicate(code.to_string())),
            },
            _ => Err("web-need-close-how"),
        },
        async |cx: &mut Ctx<'_>, how: CloseHow| match how {
            CloseHow::OutOfScope(reason) => service::close_out_of_scope(cx, id, &reason).await,
            CloseHow::Duplicate(code) => service::close_duplicate(cx, id, &code).await,
        },
    )
    .await;
    either(done, |p| closed_page(app, &session, &p))
}

fn closed_page(app: &App, session: &WebSession, p: &petitions::Petition) -> Response {
    let layout = Layout::new(app, Some(session), "web-done-title");
    let body = layout.msg(&Msg::new("officer-closed").arg("code", p.code.to_string()));
    to_queue(app, session, body)
}

async fn merge(
    State(state): State<WebState>,
    session: WebSession,
    Path(id): Path<i64>,
    Form(form): Form<ActionForm>,
) -> Response {
    let app = &state.app;
    let done = form_action(
        app,
        &session,
        id,
        &form,
        |f| f.into.ok_or("web-need-code"),
        async |cx: &mut Ctx<'_>, into: i64| service::merge(cx, id, into, true).await,
    )
    .await;
    either(done, |p| closed_page(app, &session, &p))
}
