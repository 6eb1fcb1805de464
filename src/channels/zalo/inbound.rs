//! Zalo webhook events → [`Inbound`]s. Pure: no I/O, so every event shape is tested on its own.
//!
//! Read tolerantly (ZALO.md marks several shapes UNVERIFIED): ids and coordinates may be
//! strings or numbers, fields may be missing. What is read: `user_send_*` (text, image, gif,
//! audio as a voice note, video and file as documents, location, link as text, business card
//! as a contact), the same in OA-created groups (`user_send_group_*`), `follow` (as `/start`)
//! and `unfollow` (the bot may no longer write). Ignored: stickers, `user_received_message`,
//! `user_seen_message`, the OA's own `oa_send_*` echoes, and anything unknown.
//!
//! Button taps are not events: a tapped `oa.query.hide` button comes back as `user_send_text`
//! whose text is the button's payload. The sender writes payloads as [`BUTTON_PREFIX`] + the
//! button's data, so such a text is read back as [`Event::Button`].

use serde_json::Value;

use crate::message::{Channel, ChatKind, Event, Inbound};

/// What starts the payload of every button the bot sends on Zalo.
pub const BUTTON_PREFIX: &str = "#lt:";

/// The envelope's parts the webhook needs before the event is stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Envelope {
    pub event_name: String,
    /// `app_id` (or `oa_id` where an event carries only that), as written in the body.
    pub app_id: Option<String>,
    /// `timestamp`, as written in the body (epoch milliseconds).
    pub timestamp: Option<String>,
    /// What makes the event unique: `message.msg_id`, else name, person and time.
    pub key: String,
    /// The chat it belongs to (one chat's events are handled in order).
    pub chat_key: String,
}

/// The body is not a JSON object with an `event_name`.
#[derive(Debug, thiserror::Error)]
#[error("not a Zalo event")]
pub struct Malformed;

/// A string field that Zalo may also write as a number.
pub fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Reads the envelope of a webhook body.
pub fn envelope(body: &Value) -> Result<Envelope, Malformed> {
    let event_name = body
        .get("event_name")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or(Malformed)?
        .to_string();
    let app_id = body
        .get("app_id")
        .and_then(text_of)
        .or_else(|| body.get("oa_id").and_then(text_of));
    let timestamp = body.get("timestamp").and_then(text_of);
    let person = person_of(body).unwrap_or_default();
    let chat_key = if is_group(&event_name) {
        body.pointer("/recipient/id")
            .and_then(text_of)
            .map(|g| format!("group:{g}"))
            .unwrap_or_default()
    } else {
        person.clone()
    };
    let key = match body.pointer("/message/msg_id").and_then(text_of) {
        Some(id) => id,
        None => format!(
            "{event_name}:{person}:{}",
            timestamp.as_deref().unwrap_or("")
        ),
    };
    Ok(Envelope {
        event_name,
        app_id,
        timestamp,
        key,
        chat_key,
    })
}

fn is_group(event_name: &str) -> bool {
    event_name.starts_with("user_send_group_")
}

/// The person an event is from: the sender, or the follower of `follow`/`unfollow`.
fn person_of(body: &Value) -> Option<String> {
    body.pointer("/sender/id")
        .and_then(text_of)
        .or_else(|| body.pointer("/follower/id").and_then(text_of))
}

/// What to do with one event.
#[derive(Clone, Debug)]
pub enum Mapped {
    Handle(Inbound),
    /// Nothing for the engine; the reason is for the log (never the content).
    Ignore(&'static str),
}

pub fn map_event(body: &Value) -> Mapped {
    let Some(name) = body.get("event_name").and_then(Value::as_str) else {
        return Mapped::Ignore("no event name");
    };
    if name.starts_with("oa_send_") {
        return Mapped::Ignore("the OA's own message");
    }
    let Some(person) = person_of(body) else {
        return Mapped::Ignore("no person");
    };
    let private = |event: Event| {
        Mapped::Handle(Inbound {
            channel: Channel::Zalo,
            chat_id: person.clone(),
            chat_kind: ChatKind::Private,
            chat_title: None,
            sender_id: person.clone(),
            sender_name: None,
            language_hint: None,
            event,
        })
    };
    match name {
        "follow" => {
            return private(Event::Command {
                name: "start".into(),
                args: String::new(),
            });
        }
        "unfollow" => return private(Event::BotRemoved),
        "user_received_message" | "user_seen_message" => return Mapped::Ignore("receipt"),
        _ => {}
    }
    let (kind, group) = if let Some(kind) = name.strip_prefix("user_send_group_") {
        let Some(group) = body.pointer("/recipient/id").and_then(text_of) else {
            return Mapped::Ignore("group event without a group");
        };
        (kind, Some(group))
    } else if let Some(kind) = name.strip_prefix("user_send_") {
        (kind, None)
    } else {
        return Mapped::Ignore("unknown event");
    };
    let event = match content(kind, body.get("message").unwrap_or(&Value::Null)) {
        Ok(event) => event,
        Err(why) => return Mapped::Ignore(why),
    };
    match group {
        None => private(event),
        Some(group) => Mapped::Handle(Inbound {
            channel: Channel::Zalo,
            chat_id: group,
            chat_kind: ChatKind::Group,
            chat_title: None,
            sender_id: person.clone(),
            sender_name: None,
            language_hint: None,
            event,
        }),
    }
}

/// The event a message of `kind` ("text", "image", …) carries.
fn content(kind: &str, message: &Value) -> Result<Event, &'static str> {
    let text = message
        .get("text")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let payload = message
        .pointer("/attachments/0/payload")
        .unwrap_or(&Value::Null);
    let url = payload.get("url").and_then(text_of);
    Ok(match kind {
        "text" => {
            let text = text.ok_or("empty text")?;
            match text.strip_prefix(BUTTON_PREFIX) {
                Some(data) if !data.is_empty() => Event::Button(data.to_string()),
                _ => Event::Text(text.to_string()),
            }
        }
        "image" | "gif" => Event::Photo {
            file_ref: url.ok_or("image without a url")?,
            caption: text.map(str::to_string),
        },
        "audio" => Event::Voice {
            file_ref: url.ok_or("audio without a url")?,
            duration_s: 0,
        },
        "video" => Event::Document {
            file_ref: url.ok_or("video without a url")?,
            name: None,
        },
        "file"
            if payload
                .get("size")
                .and_then(float_of)
                .is_some_and(|s| s > crate::media::MAX_MEDIA_BYTES as f64) =>
        {
            Event::TooLarge {
                max_mb: (crate::media::MAX_MEDIA_BYTES / (1024 * 1024)) as u32,
            }
        }
        "file" => Event::Document {
            file_ref: url.ok_or("file without a url")?,
            name: payload.get("name").and_then(text_of),
        },
        "location" => {
            let c = payload.get("coordinates").unwrap_or(payload);
            match (
                c.get("latitude").and_then(float_of),
                c.get("longitude").and_then(float_of),
            ) {
                (Some(latitude), Some(longitude)) => Event::Location {
                    latitude,
                    longitude,
                },
                _ => return Err("location without coordinates"),
            }
        }
        "link" => Event::Text(
            text.map(str::to_string)
                .or(url)
                .ok_or("link without a url")?,
        ),
        "business_card" => Event::Contact {
            phone: card_phone(payload).ok_or("business card without a number")?,
        },
        "sticker" => return Err("sticker"),
        _ => return Err("unknown message kind"),
    })
}

/// A business card's phone number: `payload.phone`, or inside `payload.description` (which
/// may be JSON text).
fn card_phone(payload: &Value) -> Option<String> {
    if let Some(p) = payload.get("phone").and_then(text_of) {
        return Some(p);
    }
    let description = payload.get("description")?;
    let inner: Value = match description {
        Value::String(s) => serde_json::from_str(s).ok()?,
        other => other.clone(),
    };
    inner.get("phone").and_then(text_of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user(event: &str, message: Value) -> Value {
        json!({
            "app_id": "4321", "user_id_by_app": "99", "event_name": event,
            "sender": {"id": "8000000000000000001"}, "recipient": {"id": "579745863508352884"},
            "message": message, "timestamp": "1767574800000"
        })
    }

    fn handled(v: &Value) -> Inbound {
        match map_event(v) {
            Mapped::Handle(i) => i,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_text_is_text_and_a_button_payload_is_a_press() {
        let i = handled(&user(
            "user_send_text",
            json!({"msg_id": "m1", "text": "xin chào"}),
        ));
        assert_eq!(i.event, Event::Text("xin chào".into()));
        assert_eq!(i.chat_id, "8000000000000000001");
        assert_eq!(i.chat_kind, ChatKind::Private);
        let i = handled(&user(
            "user_send_text",
            json!({"msg_id": "m2", "text": "#lt:lang:vi"}),
        ));
        assert_eq!(i.event, Event::Button("lang:vi".into()));
    }

    #[test]
    fn attachments_map_to_photos_voice_documents_and_places() {
        let img = json!({"msg_id": "m", "attachments": [{"type": "image", "payload": {"url": "https://z/i.jpg", "thumbnail": "t"}}]});
        assert!(
            matches!(handled(&user("user_send_image", img.clone())).event, Event::Photo { file_ref, .. } if file_ref == "https://z/i.jpg")
        );
        assert!(matches!(
            handled(&user("user_send_gif", img)).event,
            Event::Photo { .. }
        ));
        let audio = json!({"msg_id": "m", "attachments": [{"type": "audio", "payload": {"url": "https://z/v.aac"}}]});
        assert!(
            matches!(handled(&user("user_send_audio", audio)).event, Event::Voice { file_ref, .. } if file_ref == "https://z/v.aac")
        );
        let file = json!({"msg_id": "m", "attachments": [{"type": "file", "payload": {"url": "https://z/f.pdf", "name": "don.pdf", "size": "1200", "type": "pdf"}}]});
        assert_eq!(
            handled(&user("user_send_file", file)).event,
            Event::Document {
                file_ref: "https://z/f.pdf".into(),
                name: Some("don.pdf".into())
            }
        );
        let big = json!({"msg_id": "m", "attachments": [{"type": "file", "payload": {"url": "https://z/f.mp4", "name": "phim.mp4", "size": "31457280", "type": "mp4"}}]});
        assert_eq!(
            handled(&user("user_send_file", big)).event,
            Event::TooLarge { max_mb: 20 }
        );
        let video = json!({"msg_id": "m", "attachments": [{"type": "video", "payload": {"url": "https://z/v.mp4"}}]});
        assert!(matches!(
            handled(&user("user_send_video", video)).event,
            Event::Document { .. }
        ));
        for coords in [
            json!({"latitude": "22.41", "longitude": "103.45"}),
            json!({"latitude": 22.41, "longitude": 103.45}),
        ] {
            let loc = json!({"msg_id": "m", "attachments": [{"type": "location", "payload": {"coordinates": coords}}]});
            assert_eq!(
                handled(&user("user_send_location", loc)).event,
                Event::Location {
                    latitude: 22.41,
                    longitude: 103.45
                }
            );
        }
        let link = json!({"msg_id": "m", "attachments": [{"type": "link", "payload": {"url": "https://dichvucong.gov.vn"}}]});
        assert_eq!(
            handled(&user("user_send_link", link)).event,
            Event::Text("https://dichvucong.gov.vn".into())
        );
        let card = json!({"msg_id": "m", "attachments": [{"type": "contact", "payload": {"description": "{\"phone\":\"0912345678\"}"}}]});
        assert_eq!(
            handled(&user("user_send_business_card", card)).event,
            Event::Contact {
                phone: "0912345678".into()
            }
        );
    }

    #[test]
    fn follow_starts_and_unfollow_stops() {
        let follow = json!({"oa_id": "579745863508352884", "follower": {"id": "8000000000000000002"},
            "user_id_by_app": "1", "event_name": "follow", "source": "oa_profile", "app_id": "4321", "timestamp": "1767574800000"});
        let i = handled(&follow);
        assert_eq!(
            i.event,
            Event::Command {
                name: "start".into(),
                args: String::new()
            }
        );
        assert_eq!(i.sender_id, "8000000000000000002");
        let env = envelope(&follow).unwrap();
        assert_eq!(env.key, "follow:8000000000000000002:1767574800000");
        let mut unfollow = follow.clone();
        unfollow["event_name"] = json!("unfollow");
        assert_eq!(handled(&unfollow).event, Event::BotRemoved);
    }

    #[test]
    fn receipts_echoes_stickers_and_unknown_events_are_ignored() {
        for (event, message) in [
            ("user_seen_message", json!({"msg_ids": ["a"]})),
            ("user_received_message", json!({"msg_ids": ["a"]})),
            ("oa_send_text", json!({"msg_id": "m", "text": "x"})),
            (
                "user_send_sticker",
                json!({"msg_id": "m", "attachments": [{"type": "sticker", "payload": {"id": "1", "url": "u"}}]}),
            ),
            ("user_click_button", json!({"msg_id": "m"})),
            ("shop_has_order", json!({})),
        ] {
            assert!(
                matches!(map_event(&user(event, message)), Mapped::Ignore(_)),
                "{event}"
            );
        }
    }

    #[test]
    fn group_events_come_from_the_group() {
        let v = json!({"app_id": "4321", "event_name": "user_send_group_text",
            "sender": {"id": "800"}, "recipient": {"id": "g-77"},
            "message": {"msg_id": "gm1", "text": "/lienket SLL-GK"}, "timestamp": "1"});
        let i = handled(&v);
        assert_eq!(i.chat_id, "g-77");
        assert_eq!(i.chat_kind, ChatKind::Group);
        assert_eq!(i.sender_id, "800");
        assert_eq!(envelope(&v).unwrap().chat_key, "group:g-77");
    }

    #[test]
    fn ids_may_be_numbers_and_the_envelope_needs_an_event_name() {
        let v = json!({"app_id": 4321, "event_name": "user_send_text", "sender": {"id": 8000000000000000001_u64},
            "message": {"msg_id": "abc", "text": "hi"}, "timestamp": 1767574800000_i64});
        let env = envelope(&v).unwrap();
        assert_eq!(env.app_id.as_deref(), Some("4321"));
        assert_eq!(env.timestamp.as_deref(), Some("1767574800000"));
        assert_eq!(env.key, "abc");
        assert_eq!(handled(&v).sender_id, "8000000000000000001");
        assert!(envelope(&json!({"message": {}})).is_err());
        assert!(envelope(&json!([1, 2])).is_err());
    }
}
