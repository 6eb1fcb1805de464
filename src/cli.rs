//! The command line: `loathon [serve|console|migrate|seed|locales|admin]`.
//!
//! With no subcommand the bot runs on Telegram when `TELOXIDE_TOKEN` is set, and in this
//! terminal (the console channel) otherwise. This module only parses and dispatches: running
//! the bot is [`crate::server`], the administrative commands are [`crate::admin_ops`].

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;
use clap::{Parser, Subcommand};

use crate::app::App;
use crate::clock::SystemClock;
use crate::config::Config;
use crate::domain::Role;
use crate::i18n::coverage;
use crate::store::seeds::SeedSet;
use crate::{admin_ops, server};

#[derive(Debug, Parser)]
#[command(
    name = "loathon",
    version,
    about = "Loa Thôn: announcements, lessons and petitions for communes, in chat"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the configured channels and the HTTP server (/healthz, /metrics).
    Serve {
        /// Load the demo province if the database is empty.
        #[arg(long)]
        demo: bool,
    },
    /// Chat with the bot in this terminal, or script it through standard input.
    Console {
        /// Who you are: the console person `console:<handle>`.
        #[arg(long, env = "LOATHON_CONSOLE_HANDLE")]
        handle: Option<String>,
    },
    /// Apply database migrations and exit.
    Migrate,
    /// Copy a live SQLite database to PATH, consistent even while the bot runs (`VACUUM INTO`).
    /// For PostgreSQL, use `pg_dump` (see the README).
    Backup {
        /// The new file; it must not exist yet.
        path: PathBuf,
    },
    /// Load seed files (areas, units, categories, routing); the demo set when no path is given.
    Seed {
        /// A folder of *.toml seed files, or one file.
        path: Option<PathBuf>,
    },
    /// Print translation coverage per language and file (messages and words), the
    /// translations whose Vietnamese changed since; fails on parse errors, duplicate keys,
    /// keys vi lacks, and vi messages without a context comment. Subcommands: export, import,
    /// gaps.
    Locales {
        /// Check this folder instead of LOATHON_LOCALES_DIR or the locales compiled in (vi
        /// comes from the binary when the folder has none).
        #[arg(long, global = true)]
        dir: Option<PathBuf>,
        /// List every missing message too.
        #[arg(long, short)]
        verbose: bool,
        #[command(subcommand)]
        action: Option<LocalesCommand>,
    },
    /// Manage administrators.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Petition report for a period: by status, category, unit and village; on-time rate,
    /// median time to answer, average rating, overdue list.
    Report {
        /// First day, YYYY-MM-DD (Asia/Ho_Chi_Minh).
        #[arg(long)]
        from: chrono::NaiveDate,
        /// Last day, YYYY-MM-DD, included.
        #[arg(long)]
        to: chrono::NaiveDate,
        /// Only petitions from this commune (or any area code).
        #[arg(long)]
        commune: Option<String>,
        /// Also write the figures as CSV to this file.
        #[arg(long)]
        csv: Option<PathBuf>,
    },
    /// Print one petition's audit trail: every change and every officer's read. The author of
    /// an anonymous petition shows as "(giấu tên)"; `audit reveal` shows them, audited.
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Audit {
        /// The tracking code, e.g. 4827-1935.
        #[arg(required = true)]
        code: Option<String>,
        #[command(subcommand)]
        action: Option<AuditCommand>,
    },
    /// A person's data: `loathon person delete telegram:123456789`.
    Person {
        #[command(subcommand)]
        action: PersonCommand,
    },
    /// Create a single-use invite for an officer of a unit.
    Invite {
        /// Unit code, e.g. SLL-CA.
        #[arg(long)]
        unit: String,
        /// Days the invite stays valid.
        #[arg(long, default_value_t = crate::services::access::INVITE_DAYS)]
        days: i64,
    },
    /// Announcements from the command line: send, schedule, list, cancel.
    Broadcast {
        #[command(subcommand)]
        action: BroadcastCommand,
    },
    /// Lesson reports.
    Lessons {
        #[command(subcommand)]
        action: LessonsCommand,
    },
    /// Show or change petition routing (category × area → unit).
    Routing {
        #[command(subcommand)]
        action: RoutingCommand,
    },
    /// Open311 GeoReport v2 (`/open311/v2/`): API keys for other civic tools.
    Open311 {
        #[command(subcommand)]
        action: Open311Command,
    },
    /// Voice prompts: recordings per language, and who may record them.
    Voice {
        #[command(subcommand)]
        action: VoiceCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum Open311Command {
    /// API keys: `loathon open311 key create --area DS`, `key list`, `key revoke ID`.
    Key {
        #[command(subcommand)]
        action: Open311KeyCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum Open311KeyCommand {
    /// Issue a key that files requests in an area (shown once; only its hash is kept).
    Create {
        /// Area code (province, commune or village) the key may file in.
        #[arg(long)]
        area: String,
    },
    /// Every key's number, area, and when it was issued or revoked.
    List,
    /// Stop a key at once (by its number, from `create` or `list`).
    Revoke { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum VoiceCommand {
    /// Key messages recorded per language, and those whose Vietnamese changed since.
    Coverage {
        #[arg(short, long)]
        verbose: bool,
    },
    /// Let a reviewer record one language in the chat (`/ghiam TAG`).
    Recorder {
        /// `<channel>:<id>`, e.g. telegram:123456789.
        address: String,
        #[arg(long)]
        lang: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum LocalesCommand {
    /// Write a language's messages as CSV (UTF-8 with BOM) for a translator's spreadsheet:
    /// id, context, vietnamese, translation, status, vi_hash.
    Export {
        /// The language, e.g. hnj-x-rpa.
        #[arg(long)]
        lang: String,
        /// Only the messages not translated yet.
        #[arg(long, conflicts_with = "changed")]
        only_missing: bool,
        /// Only the translations whose Vietnamese changed since they were made.
        #[arg(long)]
        changed: bool,
        /// The file to write (standard output when omitted).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Check a translator's CSV row by row and write the language's .ftl files; a broken row
    /// refuses the whole file, naming its line.
    Import {
        file: PathBuf,
        /// The language (else from the file name: loathon-<tag>.csv or <tag>.csv).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Per village and language: how many people and groups read Vietnamese because their
    /// language has no translation.
    Gaps,
}

#[derive(Debug, Subcommand)]
pub enum RoutingCommand {
    /// List the rules.
    List,
    /// Send petitions of a category from an area (and below) to a unit; recorded in the audit log.
    Set {
        #[arg(long)]
        category: String,
        #[arg(long)]
        area: String,
        #[arg(long)]
        unit: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Show who wrote a petition (anonymous or not). Recorded in the audit log with the
    /// reason, and listed in the petition's trail from then on.
    Reveal {
        /// The tracking code, e.g. 4827-1935.
        code: String,
        /// Why the author must be known (e.g. a court's request, with its reference).
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Delete a person's personal data, at their request made in person at the commune office:
    /// name, address, language, village, consent, roles, subscriptions, lesson progress and
    /// conversation go; their petitions stay without their name. Audited; cannot be undone.
    Delete {
        /// <channel>:<id>, e.g. telegram:123456789.
        address: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Make a person an admin: `loathon admin grant telegram:123456789 [--area LCU]`.
    Grant {
        /// <channel>:<id>, e.g. telegram:123456789 or console:lan.
        address: String,
        /// Area code the admin is responsible for (everywhere when omitted).
        #[arg(long)]
        area: Option<String>,
    },
    /// Take roles away: `loathon admin revoke telegram:123456789 [--role officer]` (all of the
    /// person's roles when --role is omitted). Works from their next message on.
    Revoke {
        /// <channel>:<id>, e.g. telegram:123456789.
        address: String,
        /// admin, officer, helper or relay.
        #[arg(long)]
        role: Option<Role>,
    },
    /// Make a person a relayer of a village: they get each announcement privately, to forward
    /// into the village's own Zalo group, and confirm it (`admin revoke … --role relay` undoes).
    Relayer {
        /// <channel>:<id>, e.g. zalo:2512345678901234567.
        address: String,
        /// Village code, e.g. DS-TP.
        #[arg(long)]
        village: String,
    },
    /// List admins.
    List,
    /// Mark a person as a digital helper ("Người bản số") of a village.
    Helper {
        /// <channel>:<id>, e.g. telegram:123456789.
        address: String,
        /// Village code, e.g. SLL-GK.
        #[arg(long)]
        village: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum BroadcastCommand {
    /// Send (or schedule) an announcement and follow its delivery with a progress bar.
    Send {
        /// Area codes (province, commune or village); repeat for several.
        #[arg(long = "area", required = true)]
        areas: Vec<String>,
        /// groups, subscribers or both.
        #[arg(long, default_value = "both")]
        audience: String,
        /// Only recipients of these languages (e.g. --lang hnj); all when omitted.
        #[arg(long = "lang")]
        languages: Vec<String>,
        /// The Vietnamese text.
        #[arg(long)]
        text: String,
        /// A variant in another language: LANG=TEXT (repeatable).
        #[arg(long = "variant")]
        variants: Vec<String>,
        /// A voice recording by platform reference: LANG=FILE_ID (repeatable).
        #[arg(long = "voice")]
        voices: Vec<String>,
        /// Send later: "07:30 25/12/2026" (Asia/Ho_Chi_Minh).
        #[arg(long)]
        at: Option<String>,
        /// Return at once instead of following the delivery.
        #[arg(long)]
        no_wait: bool,
        /// Danger to life (landslide, flash flood, storm): before every other bulk message,
        /// village groups first.
        #[arg(long)]
        urgent: bool,
    },
    /// Recent announcements with their figures.
    List,
    /// Cancel a scheduled or running announcement.
    Cancel { id: i64 },
}

#[derive(Debug, Subcommand)]
pub enum LessonsCommand {
    /// Participation per village and commune, and quiz pass rates per question.
    Report {
        /// First day, YYYY-MM-DD (Asia/Ho_Chi_Minh).
        #[arg(long)]
        from: chrono::NaiveDate,
        /// Last day, YYYY-MM-DD, included.
        #[arg(long)]
        to: chrono::NaiveDate,
        /// Only people of this commune (or any area code).
        #[arg(long)]
        commune: Option<String>,
        /// Also write the figures as CSV to this file.
        #[arg(long)]
        csv: Option<PathBuf>,
    },
}

/// Whether this run is a person chatting with the bot in a terminal: the console command (or
/// no command and no channel configured) with a terminal on standard input.
pub fn chats_in_terminal(cli: &Cli) -> bool {
    use std::io::IsTerminal;
    let console = match &cli.command {
        Some(Command::Console { .. }) => true,
        None => Config::load().is_ok_and(|c| c.telegram_token.is_none() && c.zalo.is_none()),
        Some(_) => false,
    };
    console && std::io::stdin().is_terminal()
}

/// Runs the command line; returns the process exit code.
pub async fn run(cli: Cli) -> anyhow::Result<i32> {
    let config = Config::load().context("loading configuration")?;
    let command = cli.command.unwrap_or(
        if config.telegram_token.is_some() || config.zalo.is_some() {
            Command::Serve { demo: false }
        } else {
            Command::Console { handle: None }
        },
    );
    match command {
        Command::Locales {
            dir,
            verbose,
            action,
        } => return locales(config, dir, verbose, action).await,
        Command::Migrate => {
            let app = build(config).await?;
            println!("migrations applied ({})", app.db.backend.name());
        }
        Command::Backup { path } => {
            let app = build(config).await?;
            app.db.backup(&path).await?;
            println!("backup written to {}", path.display());
        }
        Command::Seed { path } => {
            let app = build(config).await?;
            let set = match &path {
                Some(p) => SeedSet::from_path(p)?,
                None => SeedSet::demo()?,
            };
            let report = app.seed(&set).await?;
            print!("{report}");
            if !report.changed_anything() {
                println!("nothing to change: the database already holds these seeds");
            }
        }
        Command::Admin { action } => {
            let app = build(config).await?;
            match action {
                AdminCommand::Grant { address, area } => {
                    let new = app.grant(&address, Role::Admin, area.as_deref()).await?;
                    let scope = area.as_deref().unwrap_or("everywhere");
                    if new {
                        println!("{address} is now an admin ({scope})");
                    } else {
                        println!("{address} already was an admin ({scope})");
                    }
                }
                AdminCommand::Revoke { address, role } => {
                    let n = app.revoke(&address, role).await?;
                    match n {
                        0 => println!("{address} held no such role"),
                        n => println!("{address}: {n} role(s) removed"),
                    }
                }
                AdminCommand::Helper { address, village } => {
                    print!(
                        "{}",
                        admin_ops::helper_grant(&app, &address, &village).await?
                    );
                }
                AdminCommand::Relayer { address, village } => {
                    print!(
                        "{}",
                        admin_ops::relayer_grant(&app, &address, &village).await?
                    );
                }
                AdminCommand::List => print!("{}", admin_ops::admin_list(&app).await?),
            }
        }
        Command::Report {
            from,
            to,
            commune,
            csv,
        } => {
            let app = build(config).await?;
            let text =
                admin_ops::report(&app, from, to, commune.as_deref(), csv.as_deref()).await?;
            print!("{text}");
        }
        Command::Open311 {
            action:
                Open311Command::Key {
                    action: Open311KeyCommand::Create { area },
                },
        } => {
            let app = build(config).await?;
            print!("{}", admin_ops::open311_key_create(&app, &area).await?);
        }
        Command::Open311 {
            action:
                Open311Command::Key {
                    action: Open311KeyCommand::List,
                },
        } => {
            let app = build(config).await?;
            print!("{}", admin_ops::open311_keys(&app).await?);
        }
        Command::Open311 {
            action:
                Open311Command::Key {
                    action: Open311KeyCommand::Revoke { id },
                },
        } => {
            let app = build(config).await?;
            print!("{}", admin_ops::open311_key_revoke(&app, id).await?);
        }
        Command::Lessons {
            action:
                LessonsCommand::Report {
                    from,
                    to,
                    commune,
                    csv,
                },
        } => {
            let app = build(config).await?;
            print!(
                "{}",
                admin_ops::lessons_report(&app, from, to, commune.as_deref()).await?
            );
            if let Some(path) = csv {
                admin_ops::lessons_csv(&app, from, to, commune.as_deref(), &path).await?;
            }
        }
        Command::Broadcast { action } => {
            let app = build(config).await?;
            match action {
                BroadcastCommand::Send {
                    areas,
                    audience,
                    languages,
                    text,
                    variants,
                    voices,
                    at,
                    no_wait,
                    urgent,
                } => {
                    let request = admin_ops::BroadcastRequest {
                        areas,
                        audience,
                        languages,
                        text,
                        variants,
                        voices,
                        at,
                        urgent,
                    };
                    let (id, message) = admin_ops::broadcast(&app, &request).await?;
                    println!("{message}");
                    if !no_wait && request.at.is_none() {
                        admin_ops::follow_broadcast(&app, id).await?;
                    }
                }
                BroadcastCommand::List => print!("{}", admin_ops::broadcast_list(&app).await?),
                BroadcastCommand::Cancel { id } => {
                    println!("{}", admin_ops::broadcast_cancel(&app, id).await?)
                }
            }
        }
        Command::Audit { code, action } => {
            let app = build(config).await?;
            match (action, code) {
                (Some(AuditCommand::Reveal { code, reason }), _) => {
                    print!("{}", admin_ops::audit_reveal(&app, &code, &reason).await?)
                }
                (None, Some(code)) => print!("{}", admin_ops::audit(&app, &code).await?),
                (None, None) => anyhow::bail!("loathon audit <tracking code>"),
            }
        }
        Command::Person {
            action: PersonCommand::Delete { address },
        } => {
            let app = build(config).await?;
            print!("{}", admin_ops::person_delete(&app, &address).await?);
        }
        Command::Invite { unit, days } => {
            let app = build(config).await?;
            println!("{}", admin_ops::invite(&app, &unit, days).await?);
        }
        Command::Routing { action } => {
            let app = build(config).await?;
            match action {
                RoutingCommand::List => print!("{}", admin_ops::routing_list(&app).await?),
                RoutingCommand::Set {
                    category,
                    area,
                    unit,
                } => {
                    println!(
                        "{}",
                        admin_ops::routing_set(&app, &category, &area, &unit).await?
                    )
                }
            }
        }
        Command::Voice { action } => {
            let app = build(config).await?;
            match action {
                VoiceCommand::Coverage { verbose } => {
                    print!("{}", admin_ops::voice_coverage(&app, verbose).await?)
                }
                VoiceCommand::Recorder { address, lang } => {
                    print!(
                        "{}",
                        admin_ops::voice_recorder(&app, &address, &lang).await?
                    )
                }
            }
        }
        Command::Console { handle } => {
            let handle = handle.unwrap_or_else(|| config.console_handle.clone());
            let app = build(config).await?;
            server::console(&app, &handle).await?;
        }
        Command::Serve { demo } => {
            let app = build(config).await?;
            if demo
                && let Some(report) = app.prepare_demo(&app.config.console_handle.clone()).await?
            {
                println!("loaded the demo province ({} areas)", report.areas.added);
            }
            server::serve(app, server::shutdown_signal()).await?;
        }
    }
    Ok(0)
}

async fn locales(
    config: Config,
    dir: Option<PathBuf>,
    verbose: bool,
    action: Option<LocalesCommand>,
) -> anyhow::Result<i32> {
    use crate::i18n::LocaleSource;
    use crate::i18n::translate::{self, Filter};
    let dir = dir.or_else(|| config.locales_dir.clone());
    let sources = || -> anyhow::Result<Vec<LocaleSource>> {
        Ok(match &dir {
            Some(d) => LocaleSource::read_dir(d)?,
            None => LocaleSource::embedded()?,
        })
    };
    let parse_tag = |raw: &str| {
        crate::domain::LocaleTag::parse(raw).map_err(|e| anyhow::anyhow!("--lang: {e}"))
    };
    match action {
        None => {
            let report = coverage::report(&sources()?);
            if let Some(d) = &dir {
                println!(
                    "locales from {} (vi from there if it has one, else compiled in)",
                    d.display()
                );
            }
            print!("{}", report.render(verbose));
            Ok(if report.has_failures() { 1 } else { 0 })
        }
        Some(LocalesCommand::Export {
            lang,
            only_missing,
            changed,
            out,
        }) => {
            let filter = match (only_missing, changed) {
                (true, _) => Filter::OnlyMissing,
                (_, true) => Filter::Changed,
                _ => Filter::All,
            };
            let rows = translate::rows(&sources()?, &parse_tag(&lang)?, filter)?;
            let bytes = translate::to_csv(&rows)?;
            match out {
                Some(path) => {
                    std::fs::write(&path, bytes)
                        .with_context(|| format!("writing {}", path.display()))?;
                    eprintln!("{} rows written to {}", rows.len(), path.display());
                }
                None => {
                    use std::io::Write as _;
                    std::io::stdout().write_all(&bytes)?;
                }
            }
            Ok(0)
        }
        Some(LocalesCommand::Import { file, lang }) => {
            let tag = match lang {
                Some(l) => parse_tag(&l)?,
                None => translate::tag_from_file_name(&file).ok_or_else(|| {
                    anyhow::anyhow!("say which language with --lang (the file name does not)")
                })?,
            };
            let root = dir.unwrap_or_else(|| PathBuf::from("locales"));
            let bytes =
                std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            match translate::import(&root, &tag, &bytes) {
                Ok(report) => {
                    print!("{}", report.render());
                    Ok(0)
                }
                Err(translate::TranslateError::Rows(problems)) => {
                    eprintln!("{}: refused, nothing was written:", file.display());
                    for p in problems {
                        eprintln!("  {p}");
                    }
                    Ok(1)
                }
                Err(e) => Err(e.into()),
            }
        }
        Some(LocalesCommand::Gaps) => {
            let app = build(config).await?;
            let mut conn = app.db.pool.acquire().await?;
            let gaps = crate::services::language_gaps::gaps(&mut conn, &app.i18n).await?;
            println!(
                "{}",
                crate::services::language_gaps::render(&app.i18n, &gaps)
            );
            Ok(0)
        }
    }
}

async fn build(config: Config) -> anyhow::Result<App> {
    App::build(config, Arc::new(SystemClock))
        .await
        .context("starting Loa Thôn")
}
