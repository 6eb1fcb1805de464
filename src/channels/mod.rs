//! Channels turn a platform's updates into [`crate::message::Inbound`] and send the outbox's
//! messages back out (Telegram and Zalo through [`crate::delivery`]). The console is a first-class
//! channel: anyone can try every flow in a terminal, and the tests drive the engine through it.

pub mod console;
pub mod telegram;
pub mod zalo;
