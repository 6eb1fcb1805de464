//! Loa Thôn: the village loudspeaker in every villager's chat app.
//!
//! Where a message enters: a channel ([`channels`]) turns a platform update into an
//! [`message::Inbound`]. Where it is decided: [`engine`] (conversation state per chat and person).
//! Where it is stored: [`store`] (SQLite or PostgreSQL). Where it leaves: the outbox
//! ([`store::outbox`]), drained by the [`delivery`] worker with a channel's sender (Telegram), or
//! by the console itself.

pub mod admin_ops;
pub mod app;
pub mod channels;
pub mod cli;
pub mod clock;
pub mod config;
pub mod delivery;
pub mod domain;
pub mod engine;
pub mod http;
pub mod i18n;
pub mod intent;
pub mod message;
pub mod metrics;
pub mod server;
pub mod services;
pub mod store;
pub mod telemetry;

pub use app::App;
pub use config::Config;
