//! HTTP: `/healthz` (checks the database; `degraded` while a Zalo token refresh is failing) and
//! `/metrics` (Prometheus text format), `/media/<name>` (the media store's files). Platform webhooks join this router as their channels
//! arrive.

use axum::Router;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use axum::routing::get;

use crate::app::App;
use crate::store::{outbox, petitions, zalo};

pub fn router(app: App) -> Router {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics))
        .route("/media/{name}", get(media))
        .with_state(app.clone())
        .merge(crate::web_reports::router(app.clone()))
        .merge(crate::web::router(app))
}

async fn healthz(State(app): State<App>) -> impl IntoResponse {
    match app.db.ping().await {
        Ok(()) => {
            // Petitions no officer can see and nobody has opened: a unit needs an officer.
            // A failed Zalo token refresh needs a person: "degraded", still 200 (the instance
            // serves; taking it out of a load balancer would also stop Telegram and webhooks).
            let (unseen, zalo_failing) = match app.db.pool.acquire().await {
                Ok(mut conn) => (
                    petitions::unseen_count(&mut conn).await.unwrap_or(0),
                    zalo::refresh_failing(&mut conn).await.unwrap_or(false),
                ),
                Err(_) => (0, false),
            };
            let (state, zalo) = if zalo_failing {
                ("degraded", " zalo_token=refresh_failed")
            } else {
                ("ok", "")
            };
            (
                StatusCode::OK,
                format!(
                    "{state} database={}{zalo} unseen_petitions={unseen}\n",
                    app.db.backend.name()
                ),
            )
        }
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "database unreachable\n".to_string(),
            )
        }
    }
}

/// A file of the media store (a voice note fetched from Telegram for a Zalo user).
async fn media(State(app): State<App>, Path(name): Path<String>) -> axum::response::Response {
    let store = crate::media::MediaStore::new(&app.config.media_dir);
    let Some(path) = store.path_of(&name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    match tokio::fs::read(&path).await {
        Ok(bytes) => (
            [(header::CONTENT_TYPE, crate::media::content_type(&name))],
            bytes,
        )
            .into_response(),
        Err(_) => StatusCode::NOT_FOUND.into_response(),
    }
}

async fn metrics(State(app): State<App>) -> impl IntoResponse {
    match outbox::counts_by_status(&app.db).await {
        Ok(counts) => {
            for status in ["pending", "sending", "sent", "failed", "skipped"] {
                let n = counts
                    .iter()
                    .find(|(s, _)| s == status)
                    .map_or(0, |(_, n)| *n);
                app.metrics.set_outbox(status, n);
            }
        }
        Err(e) => tracing::warn!(error = %e, "metrics: outbox counts unavailable"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.encode(),
    )
}
