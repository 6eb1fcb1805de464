//! One typed configuration, from the environment (and an optional `loathon.toml`), with
//! documented defaults. Secrets are [`SecretString`]s, so the whole config can be logged.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::delivery::Rates;
use crate::domain::petition::PetitionLimits;

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/loathon.db";
pub const DEFAULT_HTTP_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_CONSOLE_HANDLE: &str = "lan";

#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://path` (created on start) or `postgres://…`.
    pub database_url: String,
    pub telegram_token: Option<SecretString>,
    pub telegram_api_url: Option<String>,
    pub http_addr: SocketAddr,
    /// The console's default person (`console:<handle>`).
    pub console_handle: String,
    /// Read Fluent files from this folder instead of the ones compiled in.
    pub locales_dir: Option<PathBuf>,
    /// Read lessons from this folder instead of the ones compiled in.
    pub lessons_dir: Option<PathBuf>,
    /// Read the calendar of working days (`<year>.toml` files) from this folder instead of the
    /// one compiled in.
    pub calendar_dir: Option<PathBuf>,
    pub max_text_chars: usize,
    /// Petition body length, attachments per petition, petitions per person per day.
    pub petition_limits: PetitionLimits,
    /// Updates one person may send in a minute before the bot asks them to slow down.
    pub flood_per_minute: u32,
    /// Public HTTPS URL Telegram posts updates to; unset means long polling.
    pub webhook_url: Option<String>,
    /// Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`; required with a webhook.
    pub webhook_secret: Option<SecretString>,
    /// Sending rates of the delivery worker.
    pub send_rates: Rates,
    /// How long a delivery worker holds the rows it claimed, in ms: after a crash, its rows
    /// wait this long before another worker (or the restarted one) sends them.
    pub send_lease_ms: i64,
    /// Days after which the text and buttons of a settled outbox row (sent, failed, skipped;
    /// they carry petition texts and names) are emptied; the row stays for the figures.
    pub outbox_retention_days: u32,
    /// Minutes after which a relayer who has not confirmed forwarding an announcement into
    /// their village's group gets its one reminder (`LOATHON_RELAY_REMIND_AFTER_MINUTES`).
    pub relay_remind_after_minutes: u32,
    /// The Zalo Official Account, when its app id and secrets are set.
    pub zalo: Option<ZaloConfig>,
    /// Where attachments fetched from one channel for another are kept (`LOATHON_MEDIA_DIR`).
    pub media_dir: PathBuf,
    /// The bot's public base URL (`LOATHON_PUBLIC_URL`, e.g. `https://loathon.example.vn`):
    /// links to `/media/…` start with it. Unset: no such links.
    pub public_url: Option<String>,
    /// Minutes a web sign-in link from `/web` stays valid (`LOATHON_WEB_LINK_MINUTES`).
    pub web_link_minutes: u32,
    /// Hours a web session lasts after signing in (`LOATHON_WEB_SESSION_HOURS`).
    pub web_session_hours: u32,
}

/// Default of `LOATHON_WEB_LINK_MINUTES`.
pub const DEFAULT_WEB_LINK_MINUTES: u32 = 10;
/// Default of `LOATHON_WEB_SESSION_HOURS`.
pub const DEFAULT_WEB_SESSION_HOURS: u32 = 8;

/// Default of `LOATHON_MEDIA_DIR`.
pub const DEFAULT_MEDIA_DIR: &str = "data/media";

/// Default of `LOATHON_ZALO_API_URL`.
pub const ZALO_API_URL: &str = "https://openapi.zalo.me";
/// Default of `LOATHON_ZALO_OAUTH_URL`.
pub const ZALO_OAUTH_URL: &str = "https://oauth.zaloapp.com";
/// Default of `LOATHON_ZALO_WEBHOOK_PATH`.
pub const ZALO_WEBHOOK_PATH: &str = "/zalo/webhook";
/// Default of `LOATHON_ZALO_WEBHOOK_WINDOW_S`: Zalo retries an unanswered event for about two
/// hours (30 s, 5, 15, 30 min, 1 h), so its retries stay inside.
pub const ZALO_WEBHOOK_WINDOW_S: i64 = 3 * 3600;

/// The Zalo Official Account's settings (`LOATHON_ZALO_*`).
#[derive(Clone, Debug)]
pub struct ZaloConfig {
    pub app_id: String,
    /// Sent as `secret_key` to the OAuth server when refreshing tokens.
    pub app_secret: SecretString,
    /// Signs the webhook events (`X-ZEvent-Signature`).
    pub oa_secret_key: SecretString,
    /// The first refresh token (from the one-time OAuth consent); later ones live in the
    /// database. A new value here replaces the stored one.
    pub refresh_token: Option<SecretString>,
    pub api_url: String,
    pub oauth_url: String,
    /// Where Zalo posts events, on `LOATHON_HTTP_ADDR`.
    pub webhook_path: String,
    /// How far an event's `timestamp` may be from now, in ms, before it is taken as a replay.
    pub webhook_window_ms: i64,
    /// The Zalo delivery worker's rates (`LOATHON_ZALO_SEND_PER_MINUTE`).
    pub rates: Rates,
}

/// Default of `LOATHON_ZALO_SEND_PER_MINUTE`: Zalo allows about 4,000 calls a minute per app.
pub const ZALO_SEND_PER_MINUTE: u32 = 4_000;

/// The Zalo delivery worker's rates for `per_minute` calls (0: no limit): whole messages per
/// second, rounded down, so a minute never holds more; no per-chat spacing (Zalo states none).
pub fn zalo_rates(per_minute: u32) -> Rates {
    Rates {
        global_per_second: if per_minute == 0 {
            0
        } else {
            (per_minute / 60).max(1)
        },
        per_chat_interval_ms: 0,
        group_per_minute: 0,
        paid_per_second: 0,
    }
}

/// Telegram's rate with paid broadcasting (`allow_paid_broadcast`), messages per second.
pub const TELEGRAM_PAID_PER_SECOND: u32 = 1_000;

/// Default of `LOATHON_OUTBOX_RETENTION_DAYS`.
pub const DEFAULT_OUTBOX_RETENTION_DAYS: u32 = 30;

impl Default for Config {
    fn default() -> Self {
        Self {
            database_url: DEFAULT_DATABASE_URL.to_string(),
            telegram_token: None,
            telegram_api_url: None,
            http_addr: DEFAULT_HTTP_ADDR.parse().expect("valid default address"),
            console_handle: DEFAULT_CONSOLE_HANDLE.to_string(),
            locales_dir: None,
            lessons_dir: None,
            calendar_dir: None,
            max_text_chars: 4000,
            petition_limits: PetitionLimits::default(),
            flood_per_minute: 30,
            webhook_url: None,
            webhook_secret: None,
            send_rates: Rates::default(),
            send_lease_ms: 60_000,
            outbox_retention_days: DEFAULT_OUTBOX_RETENTION_DAYS,
            relay_remind_after_minutes: crate::services::relay::DEFAULT_REMIND_AFTER_MINUTES,
            zalo: None,
            media_dir: PathBuf::from(DEFAULT_MEDIA_DIR),
            public_url: None,
            web_link_minutes: DEFAULT_WEB_LINK_MINUTES,
            web_session_hours: DEFAULT_WEB_SESSION_HOURS,
        }
    }
}

/// The optional file: the same settings, lowercase, without the `LOATHON_` prefix.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    database_url: Option<String>,
    telegram_api_url: Option<String>,
    http_addr: Option<String>,
    console_handle: Option<String>,
    locales_dir: Option<PathBuf>,
    lessons_dir: Option<PathBuf>,
    calendar_dir: Option<PathBuf>,
    max_text_chars: Option<usize>,
    webhook_url: Option<String>,
    send_per_second: Option<u32>,
    send_chat_interval_ms: Option<i64>,
    send_group_per_minute: Option<u32>,
    send_lease_ms: Option<i64>,
    telegram_paid_broadcast: Option<bool>,
    send_paid_per_second: Option<u32>,
    outbox_retention_days: Option<u32>,
    relay_remind_after_minutes: Option<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("reading {path}: {message}")]
    File { path: String, message: String },
    #[error("{name}: {message}")]
    Invalid { name: &'static str, message: String },
}

impl Config {
    /// Reads `loathon.toml` (or the file named by `LOATHON_CONFIG`) if present, then the
    /// environment, which wins. Tokens come only from the environment, never from the file.
    pub fn load() -> Result<Self, ConfigError> {
        let path = std::env::var("LOATHON_CONFIG").ok().map(PathBuf::from);
        let file = match &path {
            Some(p) => Some(read_file(p)?),
            None if Path::new("loathon.toml").exists() => {
                Some(read_file(Path::new("loathon.toml"))?)
            }
            None => None,
        };
        Self::from_sources(file.unwrap_or_default(), |name| std::env::var(name).ok())
    }

    fn from_sources(
        file: FileConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut c = Config::default();
        let env = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        if let Some(v) = env("DATABASE_URL").or(file.database_url) {
            c.database_url = v;
        }
        c.telegram_token = env("TELOXIDE_TOKEN").map(SecretString::from);
        c.telegram_api_url = env("TELOXIDE_API_URL").or(file.telegram_api_url);
        if let Some(v) = env("LOATHON_HTTP_ADDR").or(file.http_addr) {
            c.http_addr = v.parse().map_err(|e| ConfigError::Invalid {
                name: "LOATHON_HTTP_ADDR",
                message: format!("{e} (expected host:port, e.g. 127.0.0.1:8080)"),
            })?;
        }
        if let Some(v) = env("LOATHON_CONSOLE_HANDLE").or(file.console_handle) {
            c.console_handle = v;
        }
        c.locales_dir = env("LOATHON_LOCALES_DIR")
            .map(PathBuf::from)
            .or(file.locales_dir);
        c.lessons_dir = env("LOATHON_LESSONS_DIR")
            .map(PathBuf::from)
            .or(file.lessons_dir);
        c.calendar_dir = env("LOATHON_CALENDAR_DIR")
            .map(PathBuf::from)
            .or(file.calendar_dir);
        if let Some(v) = env("LOATHON_MAX_TEXT_CHARS") {
            c.max_text_chars = v.parse().map_err(|e| ConfigError::Invalid {
                name: "LOATHON_MAX_TEXT_CHARS",
                message: format!("{e}"),
            })?;
        } else if let Some(v) = file.max_text_chars {
            c.max_text_chars = v;
        }
        let positive =
            |name: &'static str, value: Option<String>| -> Result<Option<i64>, ConfigError> {
                value
                    .map(|v| {
                        v.trim()
                            .parse::<i64>()
                            .ok()
                            .filter(|n| *n > 0)
                            .ok_or_else(|| ConfigError::Invalid {
                                name,
                                message: format!("{v:?} is not a positive whole number"),
                            })
                    })
                    .transpose()
            };
        let limits = &mut c.petition_limits;
        if let Some(n) = positive(
            "LOATHON_PETITION_MAX_CHARS",
            env("LOATHON_PETITION_MAX_CHARS"),
        )? {
            limits.max_body_chars = n as usize;
        }
        if let Some(n) = positive(
            "LOATHON_PETITION_MAX_ATTACHMENTS",
            env("LOATHON_PETITION_MAX_ATTACHMENTS"),
        )? {
            limits.max_attachments = n as usize;
        }
        if let Some(n) = positive(
            "LOATHON_PETITIONS_PER_DAY",
            env("LOATHON_PETITIONS_PER_DAY"),
        )? {
            limits.max_per_day = n;
        }
        if let Some(n) = positive("LOATHON_HOTSPOT_COUNT", env("LOATHON_HOTSPOT_COUNT"))? {
            limits.hotspot_count = n;
        }
        if let Some(n) = positive("LOATHON_HOTSPOT_HOURS", env("LOATHON_HOTSPOT_HOURS"))? {
            limits.hotspot_hours = n;
        }

        c.webhook_url = env("LOATHON_WEBHOOK_URL").or(file.webhook_url);
        c.webhook_secret = env("LOATHON_WEBHOOK_SECRET").map(SecretString::from);
        if let Some(url) = &c.webhook_url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(ConfigError::Invalid {
                    name: "LOATHON_WEBHOOK_URL",
                    message: "expected an https:// URL".into(),
                });
            }
            let secret = c
                .webhook_secret
                .as_ref()
                .map(|s| s.expose_secret().to_string());
            let valid = secret.as_deref().is_some_and(|s| {
                (1..=256).contains(&s.len())
                    && s.chars()
                        .all(|ch| ch.is_ascii_alphanumeric() || ch == '_' || ch == '-')
            });
            if !valid {
                return Err(ConfigError::Invalid {
                    name: "LOATHON_WEBHOOK_SECRET",
                    message: "required with LOATHON_WEBHOOK_URL: 1-256 characters A-Z a-z 0-9 _ -"
                        .into(),
                });
            }
        }
        if let Some(v) = number(&env, "LOATHON_SEND_PER_SECOND")?.or(file.send_per_second) {
            c.send_rates.global_per_second = v;
        }
        if let Some(v) =
            number(&env, "LOATHON_SEND_CHAT_INTERVAL_MS")?.or(file.send_chat_interval_ms)
        {
            c.send_rates.per_chat_interval_ms = v;
        }
        if let Some(v) =
            number(&env, "LOATHON_SEND_GROUP_PER_MINUTE")?.or(file.send_group_per_minute)
        {
            c.send_rates.group_per_minute = v;
        }
        let paid = match env("LOATHON_TELEGRAM_PAID_BROADCAST") {
            Some(v) => match v.trim().to_ascii_lowercase().as_str() {
                "1" | "true" | "yes" | "on" => true,
                "0" | "false" | "no" | "off" => false,
                _ => {
                    return Err(ConfigError::Invalid {
                        name: "LOATHON_TELEGRAM_PAID_BROADCAST",
                        message: "true or false".into(),
                    });
                }
            },
            None => file.telegram_paid_broadcast.unwrap_or(false),
        };
        if paid {
            c.send_rates.paid_per_second = number(&env, "LOATHON_SEND_PAID_PER_SECOND")?
                .or(file.send_paid_per_second)
                .unwrap_or(TELEGRAM_PAID_PER_SECOND);
        }
        if let Some(v) = positive("LOATHON_SEND_LEASE_MS", env("LOATHON_SEND_LEASE_MS"))?
            .or(file.send_lease_ms.filter(|v| *v > 0))
        {
            c.send_lease_ms = v;
        }
        if let Some(v) = number(&env, "LOATHON_FLOOD_PER_MINUTE")? {
            c.flood_per_minute = v;
        }
        if let Some(v) = positive(
            "LOATHON_OUTBOX_RETENTION_DAYS",
            env("LOATHON_OUTBOX_RETENTION_DAYS"),
        )? {
            c.outbox_retention_days = u32::try_from(v).map_err(|_| ConfigError::Invalid {
                name: "LOATHON_OUTBOX_RETENTION_DAYS",
                message: format!("{v} days is too many"),
            })?;
        } else if let Some(v) = file.outbox_retention_days {
            if v == 0 {
                return Err(ConfigError::Invalid {
                    name: "LOATHON_OUTBOX_RETENTION_DAYS",
                    message: "0 is not a positive whole number".into(),
                });
            }
            c.outbox_retention_days = v;
        }
        if let Some(v) = positive(
            "LOATHON_RELAY_REMIND_AFTER_MINUTES",
            env("LOATHON_RELAY_REMIND_AFTER_MINUTES"),
        )?
        .or(file
            .relay_remind_after_minutes
            .map(i64::from)
            .filter(|v| *v > 0))
        {
            c.relay_remind_after_minutes = u32::try_from(v).map_err(|_| ConfigError::Invalid {
                name: "LOATHON_RELAY_REMIND_AFTER_MINUTES",
                message: format!("{v} minutes is too many"),
            })?;
        }
        c.zalo = zalo(&env)?;
        // Both webhooks live on one listener: one path each (axum refuses two routes on one).
        if let (Some(z), Some(url)) = (&c.zalo, &c.webhook_url)
            && url::Url::parse(url).is_ok_and(|u| u.path() == z.webhook_path)
        {
            return Err(ConfigError::Invalid {
                name: "LOATHON_ZALO_WEBHOOK_PATH",
                message: "must differ from the path of LOATHON_WEBHOOK_URL".into(),
            });
        }
        if let Some(dir) = env("LOATHON_MEDIA_DIR") {
            c.media_dir = PathBuf::from(dir);
        }
        if let Some(url) = env("LOATHON_PUBLIC_URL") {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                return Err(ConfigError::Invalid {
                    name: "LOATHON_PUBLIC_URL",
                    message: "expected an https:// URL".into(),
                });
            }
            c.public_url = Some(url.trim_end_matches('/').to_string());
        }
        for (name, slot, max) in [
            ("LOATHON_WEB_LINK_MINUTES", &mut c.web_link_minutes, 24 * 60),
            (
                "LOATHON_WEB_SESSION_HOURS",
                &mut c.web_session_hours,
                24 * 30,
            ),
        ] {
            if let Some(v) = positive(name, env(name))? {
                if v > max {
                    return Err(ConfigError::Invalid {
                        name,
                        message: format!("{v} is more than {max}"),
                    });
                }
                *slot = v as u32;
            }
        }
        Ok(c)
    }

    /// The channels this configuration can run, for the start-up line.
    pub fn channels(&self) -> Vec<&'static str> {
        let mut out = vec!["console"];
        if self.telegram_token.is_some() {
            out.push("telegram");
        }
        if self.zalo.is_some() {
            out.push("zalo");
        }
        out
    }
}

/// The Zalo settings: none when none of the three required ones is set; an error naming what
/// is missing when only some are.
fn zalo(env: &impl Fn(&str) -> Option<String>) -> Result<Option<ZaloConfig>, ConfigError> {
    let app_id = env("LOATHON_ZALO_APP_ID");
    let app_secret = env("LOATHON_ZALO_APP_SECRET");
    let oa_secret = env("LOATHON_ZALO_OA_SECRET_KEY");
    let (app_id, app_secret, oa_secret) = match (app_id, app_secret, oa_secret) {
        (None, None, None) => return Ok(None),
        (Some(a), Some(s), Some(k)) => (a, s, k),
        (a, s, _) => {
            let name = if a.is_none() {
                "LOATHON_ZALO_APP_ID"
            } else if s.is_none() {
                "LOATHON_ZALO_APP_SECRET"
            } else {
                "LOATHON_ZALO_OA_SECRET_KEY"
            };
            return Err(ConfigError::Invalid {
                name,
                message: "required with the other LOATHON_ZALO_ settings".into(),
            });
        }
    };
    let url = |name: &'static str, default: &str| -> Result<String, ConfigError> {
        let v = env(name).unwrap_or_else(|| default.to_string());
        if !(v.starts_with("https://") || v.starts_with("http://")) {
            return Err(ConfigError::Invalid {
                name,
                message: "expected an https:// URL".into(),
            });
        }
        Ok(v.trim_end_matches('/').to_string())
    };
    let webhook_path = env("LOATHON_ZALO_WEBHOOK_PATH").unwrap_or_else(|| ZALO_WEBHOOK_PATH.into());
    if !webhook_path.starts_with('/') {
        return Err(ConfigError::Invalid {
            name: "LOATHON_ZALO_WEBHOOK_PATH",
            message: "a path starting with /".into(),
        });
    }
    let window_s: i64 =
        number(env, "LOATHON_ZALO_WEBHOOK_WINDOW_S")?.unwrap_or(ZALO_WEBHOOK_WINDOW_S);
    if window_s <= 0 {
        return Err(ConfigError::Invalid {
            name: "LOATHON_ZALO_WEBHOOK_WINDOW_S",
            message: "a positive number of seconds".into(),
        });
    }
    Ok(Some(ZaloConfig {
        app_id: app_id.trim().to_string(),
        app_secret: SecretString::from(app_secret),
        oa_secret_key: SecretString::from(oa_secret),
        refresh_token: env("LOATHON_ZALO_REFRESH_TOKEN").map(SecretString::from),
        api_url: url("LOATHON_ZALO_API_URL", ZALO_API_URL)?,
        oauth_url: url("LOATHON_ZALO_OAUTH_URL", ZALO_OAUTH_URL)?,
        webhook_path,
        webhook_window_ms: window_s * 1000,
        rates: zalo_rates(
            number(env, "LOATHON_ZALO_SEND_PER_MINUTE")?.unwrap_or(ZALO_SEND_PER_MINUTE),
        ),
    }))
}

/// A numeric setting from the environment, naming the variable when it does not parse.
fn number<T: std::str::FromStr>(
    env: &impl Fn(&str) -> Option<String>,
    name: &'static str,
) -> Result<Option<T>, ConfigError>
where
    T::Err: std::fmt::Display,
{
    env(name)
        .map(|v| {
            v.trim().parse().map_err(|e: T::Err| ConfigError::Invalid {
                name,
                message: e.to_string(),
            })
        })
        .transpose()
}

fn read_file(path: &Path) -> Result<FileConfig, ConfigError> {
    let err = |message: String| ConfigError::File {
        path: path.display().to_string(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(e.to_string()))?;
    toml::from_str(&text).map_err(|e| err(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn defaults_need_no_environment() {
        let c = Config::from_sources(FileConfig::default(), env_of(&[])).unwrap();
        assert_eq!(c.database_url, DEFAULT_DATABASE_URL);
        assert_eq!(c.http_addr.to_string(), DEFAULT_HTTP_ADDR);
        assert!(c.telegram_token.is_none());
    }

    #[test]
    fn the_environment_wins_over_the_file() {
        let file = FileConfig {
            database_url: Some("sqlite://file.db".into()),
            ..Default::default()
        };
        let c = Config::from_sources(file, env_of(&[("DATABASE_URL", "postgres://x/y")])).unwrap();
        assert_eq!(c.database_url, "postgres://x/y");
    }

    #[test]
    fn the_token_never_shows_in_debug_output() {
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[("TELOXIDE_TOKEN", "123:SECRET")]),
        )
        .unwrap();
        assert_eq!(
            c.telegram_token.as_ref().unwrap().expose_secret(),
            "123:SECRET"
        );
        assert!(!format!("{c:?}").contains("SECRET"));
    }

    #[test]
    fn a_webhook_needs_a_well_formed_secret() {
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_WEBHOOK_URL", "https://bot.example.vn/telegram")]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("LOATHON_WEBHOOK_SECRET"));
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[
                ("LOATHON_WEBHOOK_URL", "https://bot.example.vn/telegram"),
                ("LOATHON_WEBHOOK_SECRET", "abc_DEF-123"),
            ]),
        )
        .unwrap();
        assert!(!format!("{c:?}").contains("abc_DEF"));
    }

    #[test]
    fn send_rates_can_be_raised() {
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[
                ("LOATHON_SEND_PER_SECOND", "1000"),
                ("LOATHON_SEND_CHAT_INTERVAL_MS", "0"),
            ]),
        )
        .unwrap();
        assert_eq!(c.send_rates.global_per_second, 1000);
        assert_eq!(c.send_rates.per_chat_interval_ms, 0);
        assert_eq!(c.send_rates.group_per_minute, 20);
    }

    #[test]
    fn outbox_retention_is_thirty_days_unless_set() {
        let c = Config::from_sources(FileConfig::default(), env_of(&[])).unwrap();
        assert_eq!(c.outbox_retention_days, 30);
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_OUTBOX_RETENTION_DAYS", "7")]),
        )
        .unwrap();
        assert_eq!(c.outbox_retention_days, 7);
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_OUTBOX_RETENTION_DAYS", "0")]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("LOATHON_OUTBOX_RETENTION_DAYS"));
    }

    #[test]
    fn relayers_are_reminded_after_two_hours_unless_set() {
        let c = Config::from_sources(FileConfig::default(), env_of(&[])).unwrap();
        assert_eq!(c.relay_remind_after_minutes, 120);
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_RELAY_REMIND_AFTER_MINUTES", "45")]),
        )
        .unwrap();
        assert_eq!(c.relay_remind_after_minutes, 45);
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_RELAY_REMIND_AFTER_MINUTES", "0")]),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .contains("LOATHON_RELAY_REMIND_AFTER_MINUTES")
        );
    }

    #[test]
    fn zalo_secrets_never_show_and_a_partial_setup_is_named() {
        let c = Config::from_sources(
            FileConfig::default(),
            env_of(&[
                ("LOATHON_ZALO_APP_ID", "4321"),
                ("LOATHON_ZALO_APP_SECRET", "APPSECRETxyz"),
                ("LOATHON_ZALO_OA_SECRET_KEY", "OASECRETxyz"),
                ("LOATHON_ZALO_REFRESH_TOKEN", "REFRESHxyz"),
            ]),
        )
        .unwrap();
        let z = c.zalo.as_ref().unwrap();
        assert_eq!(z.webhook_path, "/zalo/webhook");
        assert_eq!(z.api_url, "https://openapi.zalo.me");
        assert_eq!(c.channels(), vec!["console", "zalo"]);
        assert_eq!(z.rates.global_per_second, 66);
        let shown = format!("{c:?}");
        for secret in ["APPSECRET", "OASECRET", "REFRESHxyz"] {
            assert!(!shown.contains(secret), "{secret} shown");
        }
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_ZALO_APP_ID", "4321")]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("LOATHON_ZALO_APP_SECRET"), "{err}");
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[
                ("LOATHON_ZALO_APP_ID", "4321"),
                ("LOATHON_ZALO_APP_SECRET", "s"),
                ("LOATHON_ZALO_OA_SECRET_KEY", "k"),
                ("LOATHON_WEBHOOK_URL", "https://bot.example.vn/zalo/webhook"),
                ("LOATHON_WEBHOOK_SECRET", "abc"),
            ]),
        )
        .unwrap_err();
        assert!(
            err.to_string().contains("LOATHON_ZALO_WEBHOOK_PATH"),
            "{err}"
        );
    }

    #[test]
    fn a_bad_address_is_named() {
        let err = Config::from_sources(
            FileConfig::default(),
            env_of(&[("LOATHON_HTTP_ADDR", "nowhere")]),
        )
        .unwrap_err();
        assert!(err.to_string().contains("LOATHON_HTTP_ADDR"));
    }
}
