//! Integration tests: whole conversations through the console, Telegram (against a fake
//! Bot API on loopback) and Zalo (against a fake Zalo that signs its webhooks) channels, on SQLite and, when
//! `TEST_DATABASE_URL` is set, on PostgreSQL too.

mod backup;
mod broadcasts;
mod cli;
mod concurrency;
mod crash;
mod deadlines;
mod fake_telegram;
mod fake_zalo;
mod faults;
mod helpers;
mod history;
mod http;
mod instances;
mod leases;
mod lessons;
mod linking;
mod locales;
mod onboarding;
mod petitions;
mod privacy;
mod relay;
mod robustness;
mod roles;
mod seeds;
mod talk_first;
mod telegram;
mod text_length;
mod voice;
mod web;
mod web_reports;
mod zalo;
