//! Integration tests: whole conversations through the console channel, on SQLite and, when
//! `TEST_DATABASE_URL` is set, on PostgreSQL too.

mod broadcasts;
mod cli;
mod helpers;
mod http;
mod lessons;
mod locales;
mod onboarding;
mod petitions;
mod robustness;
mod seeds;
