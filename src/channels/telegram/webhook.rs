//! Webhook mode: Telegram posts each update to `LOATHON_WEBHOOK_URL`, on the same listener as
//! `/healthz` and `/metrics`. A request without the right `X-Telegram-Bot-Api-Secret-Token`
//! (compared in constant time) is refused. A body that is not an update is acknowledged and
//! dropped, so Telegram does not send it again and again.

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use teloxide::types::Update;

use super::Telegram;

pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

#[derive(Clone)]
struct Hook {
    telegram: Telegram,
    secret: SecretString,
}

/// The webhook route at `path` (the path of `LOATHON_WEBHOOK_URL`).
pub fn router(telegram: Telegram, path: &str, secret: SecretString) -> Router {
    let path = if path.is_empty() { "/" } else { path };
    Router::new()
        .route(path, post(receive))
        .with_state(Hook { telegram, secret })
}

/// Whether `given` is the secret, in time that does not depend on where they differ.
pub fn secret_matches(given: &[u8], secret: &str) -> bool {
    given.ct_eq(secret.as_bytes()).into()
}

async fn receive(State(hook): State<Hook>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !secret_matches(given, hook.secret.expose_secret()) {
        tracing::warn!("telegram webhook: request without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_slice::<Update>(&body) {
        Ok(update) => hook.telegram.handle(update).await,
        // Position only: serde's message could quote what a person wrote.
        Err(e) => tracing::warn!(
            line = e.line(),
            column = e.column(),
            "telegram webhook: body is not an update; dropped"
        ),
    }
    StatusCode::OK
}

#[cfg(test)]
mod tests {
    use super::secret_matches;

    #[test]
    fn only_the_exact_secret_matches() {
        assert!(secret_matches(b"s3cret_-x", "s3cret_-x"));
        assert!(!secret_matches(b"s3cret_-", "s3cret_-x"));
        assert!(!secret_matches(b"", "s3cret_-x"));
        assert!(!secret_matches(b"S3cret_-x", "s3cret_-x"));
    }
}
