//! Logging through `tracing`, filtered by `RUST_LOG`. Logs never carry personal data or
//! secrets: log ids and codes, not names, phone numbers or message text.

use std::path::Path;

use tracing_subscriber::EnvFilter;

/// Where a person chatting with the bot in a terminal finds the log: beside the default
/// SQLite file, in the working folder.
pub const CONSOLE_LOG_FILE: &str = "data/loathon.log";

fn filter(default: &str) -> EnvFilter {
    EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default))
}

/// Starts logging to stderr. `default` applies when `RUST_LOG` is unset.
pub fn init(default: &str) {
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter(default))
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}

/// Starts logging to the end of `path` (its folder created), without colours: for the console
/// chat, whose terminal shows the conversation only. Falls back to stderr when the file cannot
/// be opened.
pub fn init_to_file(default: &str, path: &Path) {
    let opened = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
        });
    match opened {
        Ok(file) => {
            let _ = tracing_subscriber::fmt()
                .with_env_filter(filter(default))
                .with_writer(std::sync::Mutex::new(file))
                .with_ansi(false)
                .with_target(false)
                .try_init();
        }
        Err(e) => {
            init(default);
            tracing::warn!(error = %e, "cannot write the log file; logging to stderr");
        }
    }
}
