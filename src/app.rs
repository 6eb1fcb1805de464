//! Wiring: configuration in, a running application out. Tests build one on a fresh database
//! and port 0, exactly as `main` does.

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use chrono::Datelike;

use crate::domain::Role;
use crate::domain::calendar::WorkCalendar;
use crate::engine::{Engine, Limits};
use crate::i18n::{Localizer, LocalizerError};
use crate::metrics::Metrics;
use crate::services::lessons::{Catalogue, LessonError};
use crate::store::areas::{self, AreaKind};
use crate::store::people::{self, RoleGrant};
use crate::store::seeds::{self, SeedError, SeedReport, SeedSet};
use crate::store::{Db, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("database: {0}")]
    Store(#[from] StoreError),
    #[error("locales: {0}")]
    Locales(#[from] LocalizerError),
    #[error("seeds: {0}")]
    Seeds(#[from] SeedError),
    #[error("lessons: {0}")]
    Lessons(#[from] LessonError),
    #[error("{0}")]
    Usage(String),
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::Store(e.into())
    }
}

#[derive(Clone)]
pub struct App {
    pub config: Config,
    pub db: Db,
    pub i18n: Arc<Localizer>,
    pub clock: Arc<dyn Clock>,
    pub metrics: Arc<Metrics>,
    pub lessons: Arc<Catalogue>,
    pub engine: Engine,
}

impl App {
    /// Connects to the database (creating a SQLite file if needed), applies migrations and
    /// loads the locales.
    pub async fn build(config: Config, clock: Arc<dyn Clock>) -> Result<Self, AppError> {
        let db = Db::connect(&config.database_url).await?;
        db.migrate().await?;
        let i18n = Arc::new(match &config.locales_dir {
            Some(dir) => Localizer::from_dir(dir)?,
            None => Localizer::embedded()?,
        });
        let metrics = Arc::new(Metrics::new());
        let calendar = seeds::work_calendar(config.calendar_dir.as_deref())?;
        warn_of_missing_years(&calendar, clock.now_ms());
        let limits = Limits {
            max_text_chars: config.max_text_chars,
            petition: config.petition_limits.clone(),
            flood_per_minute: config.flood_per_minute,
            calendar: Arc::new(calendar),
            media_dir: config.media_dir.clone(),
            public_url: config.public_url.clone(),
            web_base_url: config
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{}", config.http_addr)),
            web_link_minutes: config.web_link_minutes,
        };
        let lessons = Arc::new(match &config.lessons_dir {
            Some(dir) => Catalogue::from_dir(dir, &i18n)?,
            None => Catalogue::embedded(&i18n)?,
        });
        let engine = Engine::new(
            db.clone(),
            i18n.clone(),
            clock.clone(),
            limits,
            lessons.clone(),
            metrics.clone(),
        );
        Ok(Self {
            config,
            db,
            i18n,
            clock,
            metrics,
            lessons,
            engine,
        })
    }

    /// What the channels hand their updates to.
    pub fn handler(&self) -> Arc<dyn crate::message::Handler> {
        Arc::new(self.engine.clone())
    }

    /// Applies a seed set in one transaction.
    pub async fn seed(&self, set: &SeedSet) -> Result<SeedReport, AppError> {
        let mut tx = self.db.begin().await?;
        let report = seeds::apply(&mut tx, set, self.clock.now_ms()).await?;
        tx.commit().await?;
        Ok(report)
    }

    /// On an empty database: loads the demo province and makes `console:<handle>` its admin,
    /// so that a newcomer can try every side of the bot. Returns what was loaded, if anything.
    pub async fn prepare_demo(&self, handle: &str) -> Result<Option<SeedReport>, AppError> {
        let mut conn = self.db.pool.acquire().await?;
        if areas::count(&mut conn).await? > 0 {
            return Ok(None);
        }
        drop(conn);
        let report = self.seed(&SeedSet::demo()?).await?;
        let province = {
            let mut conn = self.db.pool.acquire().await?;
            areas::list(&mut conn, AreaKind::Province, None)
                .await?
                .into_iter()
                .next()
        };
        self.grant(
            &format!("console:{handle}"),
            Role::Admin,
            province.map(|p| p.code).as_deref(),
        )
        .await?;
        Ok(Some(report))
    }

    /// Grants `role` to the person at `address` (`telegram:123`, `console:lan`), creating the
    /// person if they have not written yet. `area` scopes an admin; none means everywhere.
    pub async fn grant(
        &self,
        address: &str,
        role: Role,
        area: Option<&str>,
    ) -> Result<bool, AppError> {
        let (channel, external) = parse_address(address)?;
        let now = self.clock.now_ms();
        let mut tx = self.db.begin().await?;
        let area_id = match area {
            Some(code) => Some(
                areas::by_code(&mut tx, code)
                    .await?
                    .ok_or_else(|| AppError::Usage(format!("no area with code {code:?}")))?
                    .id,
            ),
            None => None,
        };
        let (identity, _) = people::find_or_create(&mut tx, channel, external, None, now).await?;
        // A linked app's identity holds nothing itself: the role goes to its person.
        let person = crate::store::links::acting(&mut tx, &identity).await?;
        let new = people::grant(
            &mut tx,
            &RoleGrant {
                person_id: person.id,
                role,
                area_id,
                unit_id: None,
            },
            None,
            now,
        )
        .await?;
        crate::store::audit(
            &mut tx,
            None,
            crate::domain::audit::AuditAction::RoleGrant,
            // The person, not their chat address: the log outlives a deletion of their data.
            &format!("person:{}", person.id),
            Some(&format!("{role} {area:?}")),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(new)
    }
}

impl App {
    /// Takes roles away from the person at `address` (all of them, or those of one kind),
    /// audited. Returns how many went; they stop working on the person's next update.
    pub async fn revoke(&self, address: &str, role: Option<Role>) -> Result<u64, AppError> {
        let (channel, external) = parse_address(address)?;
        let now = self.clock.now_ms();
        let mut tx = self.db.begin().await?;
        let Some(identity) = people::find(&mut tx, channel, external).await? else {
            return Ok(0);
        };
        let person = crate::store::links::acting(&mut tx, &identity).await?;
        let removed = people::revoke(&mut tx, person.id, role).await?;
        if removed > 0 {
            crate::store::audit(
                &mut tx,
                None,
                crate::domain::audit::AuditAction::RoleRevoke,
                &format!("person:{}", person.id),
                Some(role.map_or("all", Role::as_str)),
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(removed)
    }
}

/// Logs when the calendar lacks this year, or next year from November on (when deadlines start
/// to reach into it): its holidays would count as working days.
fn warn_of_missing_years(calendar: &WorkCalendar, now_ms: i64) {
    let today = crate::domain::calendar::local_date(now_ms);
    let mut needed = vec![today.year()];
    if today.month() >= 11 {
        needed.push(today.year() + 1);
    }
    for year in needed {
        if !calendar.covers(year) {
            tracing::warn!(
                year,
                "the calendar of working days has no file for this year: its public holidays \
                 count as working days (add seeds/calendar/<year>.toml)"
            );
        }
    }
}

/// `channel:id` → its parts, checking the channel.
pub fn parse_address(address: &str) -> Result<(&str, &str), AppError> {
    let usage = || {
        AppError::Usage(format!(
            "{address:?} is not <channel>:<id> (e.g. telegram:123456789, console:lan)"
        ))
    };
    let (channel, id) = address.split_once(':').ok_or_else(usage)?;
    if crate::message::Channel::parse(channel).is_none() || id.trim().is_empty() {
        return Err(usage());
    }
    Ok((channel, id.trim()))
}
