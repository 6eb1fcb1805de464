//! Loa Thôn: the village loudspeaker in every villager's chat app.
//!
//! Where a message enters: a channel ([`channels`]) turns a platform update into an
//! [`message::Inbound`] and hands it to the [`message::Handler`]. Where it is decided: [`engine`]
//! (conversation state per chat and person; button data and commands parsed once into
//! [`intent`]s), on top of [`services`] (the rules and the rights). Where it is stored: [`store`]
//! (SQLite or PostgreSQL; the only module that holds SQL). Where it leaves: the outbox
//! ([`store::outbox`]), drained by the [`delivery`] worker with a channel's sender (Telegram), or
//! by the console itself. [`server`] starts all of it; [`cli`] is the command line.

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
pub mod media;
pub mod message;
pub mod metrics;
pub mod server;
pub mod services;
pub mod store;
pub mod telemetry;
pub mod web;
pub mod web_reports;

pub use app::App;
pub use config::Config;
