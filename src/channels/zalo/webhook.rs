//! The webhook Zalo posts events to (`LOATHON_ZALO_WEBHOOK_PATH`, on the same listener as
//! `/healthz`). Checked in this order, nothing stored unless all pass:
//!
//! - a body over [`MAX_BODY`] bytes: 413;
//! - no `X-ZEvent-Signature`: 401;
//! - not a JSON event (no `event_name`, no `timestamp`): 400;
//! - an event for another app, or a signature that is not
//!   `sha256(app_id + raw body + timestamp + OA secret key)` (with or without `mac=`, compared
//!   in constant time): 401;
//! - a `timestamp` outside the replay window, or a `msg_id` seen before: 200 and ignored (only
//!   Zalo can sign, so this is a replay or a late retry of Zalo's own; a refusal would make Zalo
//!   retry, then disable the webhook).
//!
//! Zalo wants its answer within 2 s: the event is recorded (`zalo_events`) and answered at once;
//! it is handled right after, off the request ([`super::Zalo::process`]).

use axum::Router;
use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use secrecy::ExposeSecret;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::Zalo;
use super::inbound;
use crate::store::zalo as store;

pub const SIGNATURE_HEADER: &str = "x-zevent-signature";
/// Zalo's events are small (attachments come as URLs): anything larger is refused.
pub const MAX_BODY: usize = 64 * 1024;

/// The webhook route at `path`.
pub fn router(zalo: Zalo, path: &str) -> Router {
    Router::new()
        .route(path, post(receive))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(zalo)
}

/// Lowercase hex of the SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[(b >> 4) as usize] as char);
        out.push(DIGITS[(b & 0xf) as usize] as char);
    }
    out
}

/// The signature Zalo computes for an event: `sha256(app_id + body + timestamp + key)`.
pub fn mac(app_id: &str, body: &[u8], timestamp: &str, key: &str) -> String {
    let mut h = Sha256::new();
    h.update(app_id.as_bytes());
    h.update(body);
    h.update(timestamp.as_bytes());
    h.update(key.as_bytes());
    hex(&h.finalize())
}

/// Whether the header's value (`mac=<hex>` or `<hex>`) is `expected`, in time that does not
/// depend on where they differ.
pub fn signature_matches(header: &[u8], expected: &str) -> bool {
    let given = String::from_utf8_lossy(header);
    let given = given.trim();
    let given = given
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("mac="))
        .map_or(given, |_| &given[4..]);
    given
        .trim()
        .to_ascii_lowercase()
        .as_bytes()
        .ct_eq(expected.as_bytes())
        .into()
}

async fn receive(State(zalo): State<Zalo>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Some(signature) = headers.get(SIGNATURE_HEADER) else {
        tracing::warn!("zalo webhook: unsigned request refused");
        return StatusCode::UNAUTHORIZED;
    };
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(&body) else {
        tracing::warn!("zalo webhook: body is not JSON; refused");
        return StatusCode::BAD_REQUEST;
    };
    let Ok(envelope) = inbound::envelope(&json) else {
        tracing::warn!("zalo webhook: not an event; refused");
        return StatusCode::BAD_REQUEST;
    };
    let Some(timestamp) = envelope.timestamp.clone() else {
        tracing::warn!(event = %envelope.event_name, "zalo webhook: event without a timestamp; refused");
        return StatusCode::BAD_REQUEST;
    };
    let config = zalo.config();
    if json
        .get("app_id")
        .and_then(inbound::text_of)
        .is_some_and(|id| id != config.app_id)
    {
        tracing::warn!("zalo webhook: event for another app refused");
        return StatusCode::UNAUTHORIZED;
    }
    // The id is the body's `app_id` (or `oa_id` where only that is written, or the configured
    // app id); the key the OA secret key, or the app secret (sources disagree on both).
    let ids = [envelope.app_id.as_deref(), Some(config.app_id.as_str())];
    let keys = [
        config.oa_secret_key.expose_secret(),
        config.app_secret.expose_secret(),
    ];
    let signed = ids.iter().flatten().any(|id| {
        keys.iter()
            .any(|key| signature_matches(signature.as_bytes(), &mac(id, &body, &timestamp, key)))
    });
    if !signed {
        tracing::warn!("zalo webhook: wrong signature; refused");
        return StatusCode::UNAUTHORIZED;
    }
    let now = zalo.now_ms();
    let window = config.webhook_window_ms;
    match timestamp.parse::<i64>() {
        Ok(at) if (now - window..=now + window.min(5 * 60_000)).contains(&at) => {}
        _ => {
            tracing::warn!(event = %envelope.event_name, "zalo webhook: event outside the replay window; ignored");
            return StatusCode::OK;
        }
    }
    let recorded = match zalo.db().pool.acquire().await {
        Ok(mut conn) => {
            store::record_event(
                &mut conn,
                &envelope.key,
                &envelope.chat_key,
                &String::from_utf8_lossy(&body),
                now,
            )
            .await
        }
        Err(e) => Err(e.into()),
    };
    match recorded {
        Ok(true) => {
            zalo.wake_inbox();
            StatusCode::OK
        }
        Ok(false) => {
            tracing::debug!(event = %envelope.event_name, "zalo webhook: event seen before; ignored");
            StatusCode::OK
        }
        Err(e) => {
            // Zalo retries in 30 s.
            tracing::error!(error = %e, "zalo webhook: could not record the event");
            StatusCode::INTERNAL_SERVER_ERROR
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mac_is_plain_sha256_of_app_body_time_and_key() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(mac("a", b"b", "c", "d"), sha256_hex(b"abcd"));
    }

    #[test]
    fn the_signature_matches_with_or_without_mac_and_only_exactly() {
        let good = mac("4321", br#"{"x":1}"#, "17", "k");
        assert!(signature_matches(format!("mac={good}").as_bytes(), &good));
        assert!(signature_matches(good.as_bytes(), &good));
        assert!(signature_matches(
            format!("MAC={}", good.to_uppercase()).as_bytes(),
            &good
        ));
        assert!(!signature_matches(b"mac=", &good));
        assert!(!signature_matches(&good.as_bytes()[1..], &good));
        let other = mac("4321", br#"{"x":2}"#, "17", "k");
        assert!(!signature_matches(other.as_bytes(), &good));
    }
}
