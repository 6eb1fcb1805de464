//! Logging through `tracing`, filtered by `RUST_LOG`. Logs never carry personal data or
//! secrets: log ids and codes, not names, phone numbers or message text.

use tracing_subscriber::EnvFilter;

/// Starts logging to stderr. `default` applies when `RUST_LOG` is unset.
pub fn init(default: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_target(false)
        .try_init();
}
