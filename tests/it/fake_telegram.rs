//! A fake Telegram Bot API on loopback, for the real teloxide `Bot` to talk to.
//!
//! It answers `getMe`, `sendMessage`, `editMessageText`, `getFile` (and serves the file), `getUpdates` (from a queue the test fills), and the
//! methods that only need `true`; it records every call; and it can be told to answer a method
//! (for one chat, or any) with a fault: 429 + `retry_after`, 403 blocked, 403 kicked, 400 with
//! `migrate_to_chat_id`, another 400, 500, an answer that is not the API's JSON, or a slow success.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{StatusCode, Uri};
use axum::response::IntoResponse;
use serde_json::{Value, json};
use teloxide::Bot;

pub const BOT_ID: u64 = 123;
pub const BOT_USERNAME: &str = "LoaThonBot";
pub const TOKEN: &str = "123:TEST";

#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    RetryAfter(u32),
    Blocked,
    Kicked,
    MigrateTo(i64),
    ServerError,
    /// 400 with this description.
    BadRequest(&'static str),
    /// A proxy's answer that is not the Bot API's JSON (seen as a network-level failure).
    Garbage,
    Slow(Duration),
}

/// One call the bot made, and whether the fake accepted it.
#[derive(Clone, Debug)]
pub struct Call {
    pub method: String,
    pub body: Value,
    pub fault: Option<Fault>,
    /// When the call arrived.
    pub at: std::time::Instant,
}

impl Call {
    pub fn chat_id(&self) -> Option<i64> {
        self.body.get("chat_id").and_then(Value::as_i64)
    }

    pub fn text(&self) -> &str {
        self.body.get("text").and_then(Value::as_str).unwrap_or("")
    }

    /// Whether the message reached the chat (no fault, or only a slow answer).
    pub fn delivered(&self) -> bool {
        matches!(self.fault, None | Some(Fault::Slow(_)))
    }
}

struct Rule {
    method: String,
    chat_id: Option<i64>,
    fault: Fault,
    /// How many more calls it applies to; `None` is every call.
    times: Option<usize>,
}

#[derive(Default)]
struct FakeState {
    calls: Vec<Call>,
    rules: Vec<Rule>,
    updates: VecDeque<Value>,
    next_message_id: i64,
}

#[derive(Clone)]
pub struct FakeTelegram {
    pub base: String,
    state: Arc<Mutex<FakeState>>,
}

impl FakeTelegram {
    pub async fn start() -> Self {
        let state = Arc::new(Mutex::new(FakeState {
            next_message_id: 1000,
            ..FakeState::default()
        }));
        let app = Router::new().fallback(answer).with_state(state.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        Self {
            base: format!("http://{addr}/"),
            state,
        }
    }

    /// The real teloxide bot, pointed here.
    pub fn bot(&self) -> Bot {
        Bot::new(TOKEN).set_api_url(url::Url::parse(&self.base).unwrap())
    }

    /// Answers `method` (for `chat_id`, or any chat) with `fault`, `times` times (`None`: always).
    pub fn fail(&self, method: &str, chat_id: Option<i64>, fault: Fault, times: Option<usize>) {
        self.state.lock().unwrap().rules.push(Rule {
            method: method.to_string(),
            chat_id,
            fault,
            times,
        });
    }

    pub fn clear_faults(&self) {
        self.state.lock().unwrap().rules.clear();
    }

    /// Queues an update for `getUpdates`.
    pub fn push_update(&self, update: Value) {
        self.state.lock().unwrap().updates.push_back(update);
    }

    pub fn calls(&self, method: &str) -> Vec<Call> {
        self.state
            .lock()
            .unwrap()
            .calls
            .iter()
            .filter(|c| c.method == method)
            .cloned()
            .collect()
    }

    /// Every `sendMessage` that reached `chat_id`, in order.
    pub fn delivered_to(&self, chat_id: i64) -> Vec<Call> {
        self.calls("sendMessage")
            .into_iter()
            .filter(|c| c.chat_id() == Some(chat_id) && c.delivered())
            .collect()
    }

    /// The texts that reached `chat_id`, joined as a person would read them.
    pub fn transcript(&self, chat_id: i64) -> String {
        self.delivered_to(chat_id)
            .iter()
            .map(|c| c.text().to_string())
            .collect::<Vec<_>>()
            .join("\n---\n")
    }

    /// `sendMessage` attempts to `chat_id`, delivered or not.
    pub fn attempts_to(&self, chat_id: i64) -> usize {
        self.calls("sendMessage")
            .iter()
            .filter(|c| c.chat_id() == Some(chat_id))
            .count()
    }
}

async fn answer(
    State(state): State<Arc<Mutex<FakeState>>>,
    uri: Uri,
    body: Bytes,
) -> impl IntoResponse {
    let path = uri.path();
    // A file `getFile` pointed at: its bytes are this JSON string.
    if let Some(file) = path.strip_prefix(&format!("/file/bot{TOKEN}/")) {
        return (StatusCode::OK, Json(json!(format!("fake file {file}"))));
    }
    let Some(rest) = path.strip_prefix(&format!("/bot{TOKEN}/")) else {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"ok": false, "error_code": 404, "description": "Not Found"})),
        );
    };
    // Method names are case-insensitive; teloxide sends `GetMe`, the docs say `getMe`.
    let mut method = rest.to_string();
    if let Some(first) = method.get(..1) {
        method = first.to_ascii_lowercase() + &method[1..];
    }
    // JSON for most methods; multipart (kept as text) for those that may upload a file.
    let body: Value = serde_json::from_slice(&body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
    let chat_id = body.get("chat_id").and_then(Value::as_i64);

    if method == "getUpdates" {
        let offset = body.get("offset").and_then(Value::as_i64).unwrap_or(0);
        for _ in 0..20 {
            let ready: Vec<Value> = {
                let mut s = state.lock().unwrap();
                s.calls.push(Call {
                    method: method.clone(),
                    body: body.clone(),
                    fault: None,
                    at: std::time::Instant::now(),
                });
                s.updates
                    .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                s.updates.iter().cloned().collect()
            };
            if !ready.is_empty() {
                return (StatusCode::OK, Json(json!({"ok": true, "result": ready})));
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        return (StatusCode::OK, Json(json!({"ok": true, "result": []})));
    }

    let fault = {
        let mut s = state.lock().unwrap();
        let fault = s
            .rules
            .iter_mut()
            .find(|r| {
                r.method == method
                    && (r.chat_id.is_none() || r.chat_id == chat_id)
                    && r.times.is_none_or(|n| n > 0)
            })
            .map(|r| {
                if let Some(n) = r.times.as_mut() {
                    *n -= 1;
                }
                r.fault.clone()
            });
        s.calls.push(Call {
            method: method.clone(),
            body: body.clone(),
            fault: fault.clone(),
            at: std::time::Instant::now(),
        });
        fault
    };
    match fault {
        Some(Fault::RetryAfter(secs)) => {
            return error(
                429,
                &format!("Too Many Requests: retry after {secs}"),
                Some(json!({"retry_after": secs})),
            );
        }
        Some(Fault::Blocked) => return error(403, "Forbidden: bot was blocked by the user", None),
        Some(Fault::Kicked) => {
            return error(403, "Forbidden: bot was kicked from the group chat", None);
        }
        Some(Fault::MigrateTo(to)) => {
            return error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                Some(json!({"migrate_to_chat_id": to})),
            );
        }
        Some(Fault::ServerError) => return error(500, "Internal Server Error", None),
        Some(Fault::BadRequest(description)) => return error(400, description, None),
        Some(Fault::Garbage) => {
            return (StatusCode::OK, Json(json!("<html>Bad Gateway</html>")));
        }
        Some(Fault::Slow(d)) => tokio::time::sleep(d).await,
        None => {}
    }

    let result = match method.as_str() {
        "getMe" => json!({
            "id": BOT_ID,
            "is_bot": true,
            "first_name": "Loa Thôn",
            "username": BOT_USERNAME,
            "can_join_groups": true,
            "can_read_all_group_messages": false,
            "supports_inline_queries": false,
            "has_main_web_app": false
        }),
        "sendMessage" | "editMessageText" => {
            let id = match body.get("message_id").and_then(Value::as_i64) {
                Some(edited) => edited,
                None => {
                    let mut s = state.lock().unwrap();
                    s.next_message_id += 1;
                    s.next_message_id
                }
            };
            let chat = chat_id.unwrap_or(0);
            let chat_json = if chat > 0 {
                json!({"id": chat, "type": "private", "first_name": "Người dân"})
            } else {
                json!({"id": chat, "type": "group", "title": "Nhóm thôn"})
            };
            json!({
                "message_id": id,
                "date": 1767574800,
                "chat": chat_json,
                "from": {"id": BOT_ID, "is_bot": true, "first_name": "Loa Thôn", "username": BOT_USERNAME},
                "text": body.get("text").cloned().unwrap_or(json!(""))
            })
        }
        "sendVoice" | "sendAudio" | "sendPhoto" | "sendDocument" | "sendLocation" => {
            let id = {
                let mut s = state.lock().unwrap();
                s.next_message_id += 1;
                s.next_message_id
            };
            let file = json!({"file_id": "f", "file_unique_id": "u", "duration": 1, "width": 1, "height": 1});
            let mut message = json!({
                "message_id": id,
                "date": 1767574800,
                "chat": {"id": 1, "type": "private", "first_name": "Người dân"},
                "from": {"id": BOT_ID, "is_bot": true, "first_name": "Loa Thôn", "username": BOT_USERNAME}
            });
            let (key, value) = match method.as_str() {
                "sendVoice" => ("voice", file),
                "sendAudio" => ("audio", file),
                "sendPhoto" => ("photo", json!([file])),
                "sendDocument" => ("document", json!({"file_id": "f", "file_unique_id": "u"})),
                _ => ("location", json!({"latitude": 22.4, "longitude": 103.4})),
            };
            message[key] = value;
            message
        }
        "getFile" => {
            let id = body.get("file_id").and_then(Value::as_str).unwrap_or("f");
            json!({"file_id": id, "file_unique_id": "u", "file_size": 64, "file_path": format!("voice/{id}.oga")})
        }
        _ => json!(true),
    };
    (StatusCode::OK, Json(json!({"ok": true, "result": result})))
}

use axum::Json;

fn error(code: u16, description: &str, parameters: Option<Value>) -> (StatusCode, Json<Value>) {
    let mut body = json!({"ok": false, "error_code": code, "description": description});
    if let Some(p) = parameters {
        body["parameters"] = p;
    }
    (StatusCode::from_u16(code).unwrap(), Json(body))
}

/// Update JSON in the shapes of the Bot API documentation.
pub mod updates {
    use serde_json::{Value, json};

    use super::{BOT_ID, BOT_USERNAME};

    pub const DATE: i64 = 1767574800;

    pub fn user(id: i64, name: &str) -> Value {
        json!({"id": id, "is_bot": false, "first_name": name, "language_code": "vi"})
    }

    pub fn bot_user() -> Value {
        json!({"id": BOT_ID, "is_bot": true, "first_name": "Loa Thôn", "username": BOT_USERNAME})
    }

    pub fn private_chat(id: i64, name: &str) -> Value {
        json!({"id": id, "type": "private", "first_name": name})
    }

    pub fn group_chat(id: i64, title: &str) -> Value {
        let kind = if id < -1_000_000_000_000 {
            "supergroup"
        } else {
            "group"
        };
        json!({"id": id, "type": kind, "title": title})
    }

    /// A message update with `extra` fields (text, voice, photo, …).
    pub fn message(update_id: i64, chat: Value, from: Value, extra: Value) -> Value {
        let mut m = json!({
            "message_id": update_id + 10,
            "date": DATE,
            "chat": chat,
            "from": from,
        });
        for (k, v) in extra.as_object().unwrap() {
            m[k] = v.clone();
        }
        json!({"update_id": update_id, "message": m})
    }

    pub fn text(update_id: i64, chat: Value, from: Value, text: &str) -> Value {
        let mut extra = json!({"text": text});
        if text.starts_with('/') {
            let len = text
                .split_whitespace()
                .next()
                .unwrap()
                .encode_utf16()
                .count();
            extra["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        message(update_id, chat, from, extra)
    }

    pub fn callback(update_id: i64, chat: Value, from: Value, data: &str) -> Value {
        json!({
            "update_id": update_id,
            "callback_query": {
                "id": format!("cb{update_id}"),
                "from": from,
                "message": {"message_id": 7, "date": DATE, "chat": chat, "text": "…"},
                "chat_instance": "-42",
                "data": data
            }
        })
    }

    /// The bot's own membership changed from `old` to `new` ("left", "member", "kicked").
    pub fn my_chat_member(update_id: i64, chat: Value, from: Value, old: &str, new: &str) -> Value {
        let member = |status: &str| {
            let mut m = json!({"user": bot_user(), "status": status});
            if status == "kicked" {
                m["until_date"] = json!(0);
            }
            m
        };
        json!({
            "update_id": update_id,
            "my_chat_member": {
                "chat": chat,
                "from": from,
                "date": DATE,
                "old_chat_member": member(old),
                "new_chat_member": member(new)
            }
        })
    }
}
