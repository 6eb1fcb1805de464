//! A fake Zalo on loopback: the OA API (`/v3.0/oa/message/cs`, `/v3.0/oa/group/message`,
//! `/v2.0/oa/upload/image|file`), the OAuth token endpoint (`/v4/oa/access_token`, with
//! single-use refresh tokens), a CDN for attachments, and signed webhook events for the bot.
//!
//! Errors come as Zalo sends them: HTTP 200 with a non-zero `error`. A test injects a code for
//! one path (and one recipient, or any), expires the access token (at once, or after some
//! messages), or makes the refresh fail.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Uri};
use axum::response::IntoResponse;
use serde_json::{Value, json};

pub const APP_ID: &str = "4321987654";
pub const APP_SECRET: &str = "app-secret-TEST";
pub const OA_SECRET: &str = "oa-secret-key-TEST";
pub const FIRST_REFRESH: &str = "refresh-0";

/// One API call the bot made.
#[derive(Clone, Debug)]
pub struct Call {
    pub path: String,
    pub body: Value,
    /// The `error` the fake answered (0: success).
    pub error: i64,
}

impl Call {
    pub fn user(&self) -> Option<&str> {
        self.body
            .pointer("/recipient/user_id")
            .or_else(|| self.body.pointer("/recipient/group_id"))
            .and_then(Value::as_str)
    }

    pub fn text(&self) -> &str {
        self.body
            .pointer("/message/text")
            .and_then(Value::as_str)
            .unwrap_or("")
    }

    /// The button payloads of the message.
    pub fn payloads(&self) -> Vec<String> {
        self.body
            .pointer("/message/attachment/payload/buttons")
            .and_then(Value::as_array)
            .map(|b| {
                b.iter()
                    .filter_map(|b| b["payload"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }
}

struct Rule {
    path: String,
    user: Option<String>,
    code: i64,
    times: Option<usize>,
}

#[derive(Default)]
struct FakeState {
    calls: Vec<Call>,
    rules: Vec<Rule>,
    valid_access: HashSet<String>,
    refresh: String,
    issued: u32,
    refreshes: u32,
    fail_refresh: bool,
    /// Successful messages left before every access token expires.
    expire_after: Option<usize>,
    next_id: u64,
}

#[derive(Clone)]
pub struct FakeZalo {
    pub base: String,
    state: Arc<Mutex<FakeState>>,
}

impl FakeZalo {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(FakeState {
            refresh: FIRST_REFRESH.into(),
            ..FakeState::default()
        }));
        let app = Router::new().fallback(answer).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            base: format!("http://{addr}"),
            state,
        }
    }

    /// Answers `path` (for `user`, or anyone) with `code`, `times` times (`None`: always).
    pub fn fail(&self, path: &str, user: Option<&str>, code: i64, times: Option<usize>) {
        self.state.lock().unwrap().rules.push(Rule {
            path: path.into(),
            user: user.map(str::to_string),
            code,
            times,
        });
    }

    /// Access tokens stop working after `n` more messages.
    pub fn expire_after(&self, n: usize) {
        self.state.lock().unwrap().expire_after = Some(n);
    }

    pub fn fail_refresh(&self, fail: bool) {
        self.state.lock().unwrap().fail_refresh = fail;
    }

    /// Successful refreshes.
    pub fn refreshes(&self) -> u32 {
        self.state.lock().unwrap().refreshes
    }

    /// Refresh attempts (successful or not).
    pub fn refresh_attempts(&self) -> usize {
        self.calls("/v4/oa/access_token").len()
    }

    pub fn calls(&self, path: &str) -> Vec<Call> {
        self.state
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|c| c.path == path)
            .cloned()
            .collect()
    }

    /// Consultation messages that reached `user`, in order.
    pub fn delivered_to(&self, user: &str) -> Vec<Call> {
        self.calls("/v3.0/oa/message/cs")
            .into_iter()
            .filter(|c| c.user() == Some(user) && c.error == 0)
            .collect()
    }

    /// The texts that reached `user`, as they would read them.
    pub fn transcript(&self, user: &str) -> String {
        self.delivered_to(user)
            .iter()
            .map(|c| c.text().to_string())
            .collect::<Vec<_>>()
            .join("\n---\n")
    }

    /// Waits (bounded) until `user` has had `n` messages; returns the transcript.
    pub async fn wait_for(&self, user: &str, n: usize) -> String {
        for _ in 0..500 {
            if self.delivered_to(user).len() >= n {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        self.transcript(user)
    }
}

async fn answer(
    State(state): State<Arc<Mutex<FakeState>>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> impl IntoResponse {
    let path = uri.path().to_string();
    if let Some(name) = path.strip_prefix("/cdn/") {
        return format!("fake attachment {name}").into_response();
    }
    let mut s = state.lock().unwrap();
    if path == "/v4/oa/access_token" {
        let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
        let field = |k: &str| {
            form.iter()
                .find(|(n, _)| n == k)
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        let secret_ok = headers.get("secret_key").and_then(|v| v.to_str().ok()) == Some(APP_SECRET);
        let ok = !s.fail_refresh
            && secret_ok
            && field("app_id") == APP_ID
            && field("grant_type") == "refresh_token"
            && field("refresh_token") == s.refresh;
        let answer = if ok {
            s.issued += 1;
            s.refreshes += 1;
            let access = format!("access-{}", s.issued);
            // Single use: the old refresh token dies now.
            s.refresh = format!("refresh-{}", s.issued);
            s.valid_access.insert(access.clone());
            json!({"access_token": access, "refresh_token": s.refresh, "expires_in": "90000"})
        } else {
            json!({"error": -14014, "error_name": "Invalid refresh token", "error_description": "x"})
        };
        s.calls.push(Call {
            path,
            body: json!({"refresh_token": field("refresh_token")}),
            error: if ok { 0 } else { -14014 },
        });
        return axum::Json(answer).into_response();
    }
    let json_body: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    let token = headers
        .get("access_token")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let user = json_body
        .pointer("/recipient/user_id")
        .or_else(|| json_body.pointer("/recipient/group_id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let mut error = 0;
    if !s.valid_access.contains(&token) {
        error = -216;
    } else if let Some(rule) = s.rules.iter_mut().find(|r| {
        r.path == path && (r.user.is_none() || r.user == user) && r.times.is_none_or(|n| n > 0)
    }) {
        if let Some(n) = rule.times.as_mut() {
            *n -= 1;
        }
        error = rule.code;
    }
    let data = if error == 0 {
        s.next_id += 1;
        let id = s.next_id;
        if (path.ends_with("/message/cs") || path.ends_with("/group/message"))
            && let Some(left) = s.expire_after.as_mut()
        {
            *left = left.saturating_sub(1);
            if *left == 0 {
                s.expire_after = None;
                s.valid_access.clear();
            }
        }
        match path.as_str() {
            "/v2.0/oa/upload/image" => json!({"attachment_id": format!("att-{id}")}),
            "/v2.0/oa/upload/file" => json!({"token": format!("file-{id}")}),
            _ => json!({"message_id": format!("zm-{id}"), "user_id": user}),
        }
    } else {
        Value::Null
    };
    let recorded = if path.contains("/upload/") {
        json!({"bytes": body.len()})
    } else {
        json_body
    };
    s.calls.push(Call {
        path,
        body: recorded,
        error,
    });
    let answer = if error == 0 {
        json!({"data": data, "error": 0, "message": "Success"})
    } else {
        json!({"error": error, "message": format!("fake error {error}")})
    };
    axum::Json(answer).into_response()
}

/// Webhook events in the shapes of ZALO.md, signed as Zalo signs them.
pub mod events {
    use serde_json::{Value, json};

    use super::{APP_ID, OA_SECRET};
    use sha2::{Digest, Sha256};

    pub const OA_ID: &str = "579745863508352884";

    pub fn mac(body: &str, timestamp: &str) -> String {
        let mut h = Sha256::new();
        h.update(APP_ID.as_bytes());
        h.update(body.as_bytes());
        h.update(timestamp.as_bytes());
        h.update(OA_SECRET.as_bytes());
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn user_event(event: &str, user: &str, message: Value, at_ms: i64) -> Value {
        json!({
            "app_id": APP_ID,
            "user_id_by_app": format!("app-{user}"),
            "event_name": event,
            "sender": {"id": user},
            "recipient": {"id": OA_ID},
            "message": message,
            "timestamp": at_ms.to_string()
        })
    }

    pub fn text(user: &str, msg_id: &str, text: &str, at_ms: i64) -> Value {
        user_event(
            "user_send_text",
            user,
            json!({"msg_id": msg_id, "text": text}),
            at_ms,
        )
    }

    pub fn location(user: &str, msg_id: &str, lat: &str, lon: &str, at_ms: i64) -> Value {
        user_event(
            "user_send_location",
            user,
            json!({"msg_id": msg_id, "attachments": [{"type": "location",
                "payload": {"coordinates": {"latitude": lat, "longitude": lon}}}]}),
            at_ms,
        )
    }

    pub fn follow(user: &str, at_ms: i64) -> Value {
        json!({
            "oa_id": OA_ID,
            "follower": {"id": user},
            "user_id_by_app": format!("app-{user}"),
            "event_name": "follow",
            "source": "oa_profile",
            "app_id": APP_ID,
            "timestamp": at_ms.to_string()
        })
    }
}
