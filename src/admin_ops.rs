//! Administration from the command line: reports, audit trails, invites, routing. Output is
//! for the commune's staff, in Vietnamese; every change is recorded in the audit log.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{NaiveDate, TimeZone};

use crate::app::{App, AppError};
use crate::clock::{LOCAL_TZ, local_parts};
use crate::domain::{LocaleTag, TrackingCode};
use crate::i18n::Msg;
use crate::services::reports::{self, ReportQuery};
use crate::services::{Actor, Ctx, Outgoing};
use crate::store::{areas, people, petitions, routing, units};

pub fn local_midnight(day: NaiveDate) -> i64 {
    let naive = day.and_hms_opt(0, 0, 0).expect("midnight exists");
    LOCAL_TZ
        .from_local_datetime(&naive)
        .earliest()
        .map_or(0, |t| t.timestamp_millis())
}

pub async fn report(
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    area_code: Option<&str>,
    csv_path: Option<&Path>,
) -> Result<String, AppError> {
    if to < from {
        return Err(AppError::Usage("--to is before --from".into()));
    }
    let mut conn = app.db.pool.acquire().await?;
    let area = match area_code {
        Some(code) => Some(
            areas::by_code(&mut conn, code)
                .await?
                .ok_or_else(|| AppError::Usage(format!("no area with code {code:?}")))?,
        ),
        None => None,
    };
    let q = ReportQuery {
        from_ms: local_midnight(from),
        to_ms: local_midnight(to.succ_opt().unwrap_or(to)),
        area_id: area.as_ref().map(|a| a.id),
    };
    let report = reports::build(&mut conn, &q).await?;
    if let Some(path) = csv_path {
        std::fs::write(path, reports::csv(&report, &app.i18n))
            .map_err(|e| AppError::Usage(format!("writing {}: {e}", path.display())))?;
    }
    let vi = LocaleTag::vi();
    let scope = area.map(|a| a.name).unwrap_or_else(|| {
        app.i18n
            .render(&vi, &crate::i18n::Msg::new("scope-everywhere"))
    });
    Ok(reports::render(&report, &q, &scope, &app.i18n, &vi))
}

/// One petition's trail. The author of an anonymous petition (or of one whose author deleted
/// their data) shows as "(giấu tên)" in every row they acted in; officers show as themselves.
/// Reveals of the author (`loathon audit reveal`) are listed after the trail, with their reason.
pub async fn audit(app: &App, code: &str) -> Result<String, AppError> {
    let code = TrackingCode::parse(code).map_err(|e| AppError::Usage(format!("{code:?}: {e}")))?;
    let mut conn = app.db.pool.acquire().await?;
    let p = petitions::by_code(&mut conn, &code)
        .await?
        .ok_or_else(|| AppError::Usage(format!("no petition {code}")))?;
    // Reading the whole trail is itself a read of the petition: on the record first.
    crate::store::audit(
        &mut conn,
        None,
        crate::domain::audit::AuditAction::TrailRead,
        &p.code.to_string(),
        None,
        app.clock.now_ms(),
    )
    .await?;
    let vi = LocaleTag::vi();
    let t = |m: Msg| app.i18n.render(&vi, &m);
    // "trả lời (answered)": the Vietnamese name for staff, the code for operators.
    let event = |kind: &str| {
        let id = format!("audit-event-{kind}");
        if app.i18n.has_own(&vi, &id) {
            format!("{} ({kind})", t(Msg::new(id)))
        } else {
            kind.to_string()
        }
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Kiến nghị {} · {} · {}{}",
        p.code,
        t(Msg::new(format!("category-{}", p.category_code))),
        t(Msg::new(p.status.message_id())),
        if p.anonymous { " · giấu tên" } else { "" }
    );
    for e in petitions::events(&mut conn, p.id).await? {
        let (time, date) = local_parts(e.created_at);
        let actor = if p.anonymous && e.actor_id == Some(p.author_id) {
            ANONYMOUS_AUTHOR.to_string()
        } else if p.anonymous && e.kind == crate::domain::petition::EventKind::Followed.as_str() {
            // Those who follow an anonymous petition are mostly its author's own people.
            ANONYMOUS_FOLLOWER.to_string()
        } else {
            e.actor_address
                .unwrap_or_else(|| t(Msg::new("audit-system")))
        };
        let _ = writeln!(
            out,
            "{date} {time}  {:<36} {:<24} {}",
            event(&e.kind),
            actor,
            e.detail.unwrap_or_default()
        );
    }
    let reveals = crate::store::audit_entries(
        &mut conn,
        crate::domain::audit::AuditAction::AuthorReveal,
        &p.code.to_string(),
    )
    .await?;
    for r in reveals {
        let (time, date) = local_parts(r.created_at);
        let _ = writeln!(
            out,
            "{date} {time}  {:<36} {:<24} {}",
            event("author_revealed"),
            t(Msg::new("audit-command-line")),
            t(Msg::new("audit-reason").arg("reason", r.detail.unwrap_or_default()))
        );
    }
    Ok(out)
}

/// How the command line shows the author of an anonymous petition.
pub const ANONYMOUS_AUTHOR: &str = "(giấu tên)";
/// How the command line shows someone who follows an anonymous petition (mostly its author's
/// relatives: naming them would point at the author).
pub const ANONYMOUS_FOLLOWER: &str = "(người theo dõi)";

/// `loathon audit reveal <code> --reason "…"`: the author of a petition, for whoever has the
/// shell, recorded in the audit log with the reason before it is shown.
pub async fn audit_reveal(app: &App, code: &str, reason: &str) -> Result<String, AppError> {
    use crate::services::privacy::{self, PrivacyError};
    let code = TrackingCode::parse(code).map_err(|e| AppError::Usage(format!("{code:?}: {e}")))?;
    let mut tx = app.db.begin().await?;
    let actor = Actor::shell();
    let mut out = Outgoing::default();
    let dir = crate::store::directory::Directory::load(&mut tx).await?;
    let mut cx = Ctx {
        conn: &mut tx,
        i18n: &app.i18n,
        actor: &actor,
        now: app.clock.now_ms(),
        out: &mut out,
        dir: &dir,
    };
    let revealed = privacy::reveal_author(&mut cx, &code, reason)
        .await
        .map_err(|e| match e {
            PrivacyError::Store(e) => AppError::Store(e),
            PrivacyError::NoReason => AppError::Usage("--reason must say why".into()),
            PrivacyError::NoPetition => AppError::Usage(format!("no petition {code}")),
            other => AppError::Usage(other.to_string()),
        })?;
    tx.commit().await?;
    let who = match (&revealed.address, &revealed.display_name) {
        (Some(address), Some(name)) => format!("{address} ({name})"),
        (Some(address), None) => address.clone(),
        (None, _) => "không còn: người gửi đã xóa dữ liệu của mình".into(),
    };
    Ok(format!(
        "Người gửi kiến nghị {}{}: {who}\nĐã ghi vào nhật ký kiểm tra (petition.reveal_author), lý do: {}\n",
        revealed.code,
        if revealed.anonymous {
            " (giấu tên)"
        } else {
            ""
        },
        reason.trim()
    ))
}

/// `loathon person delete <channel>:<id>`: a person's data deleted at their request made in
/// person at the commune office; audited, and the person told in their chat.
pub async fn person_delete(app: &App, address: &str) -> Result<String, AppError> {
    use crate::services::privacy::{self, PrivacyError};
    use crate::store::outbox::Priority;
    let (channel, external) = crate::app::parse_address(address)?;
    let now = app.clock.now_ms();
    let mut tx = app.db.begin().await?;
    let Some(identity) = people::find(&mut tx, channel, external).await? else {
        return Ok(format!(
            "{address}: không có người này (chưa từng nhắn cho Loa Thôn, hoặc đã xóa dữ liệu)\n"
        ));
    };
    // An app linked to another is one person: both are deleted.
    let person = crate::store::links::acting(&mut tx, &identity).await?;
    let actor = Actor::shell();
    let mut out = Outgoing::default();
    let dir = crate::store::directory::Directory::load(&mut tx).await?;
    let mut cx = Ctx {
        conn: &mut tx,
        i18n: &app.i18n,
        actor: &actor,
        now,
        out: &mut out,
        dir: &dir,
    };
    let f = privacy::delete_data(&mut cx, &person)
        .await
        .map_err(|e| match e {
            PrivacyError::Store(e) => AppError::Store(e),
            other => AppError::Usage(other.to_string()),
        })?;
    out.enqueue(&mut tx, &app.i18n, Priority::Notification, now)
        .await?;
    tx.commit().await?;
    Ok(format!(
        "Đã xóa dữ liệu của {address} (nay là {}).\n\
         Kiến nghị giữ lại, không ghi tên: {}. Đã bỏ: {} vai trò, {} đăng ký nhận tin, {} bản ghi học tập, {} yêu cầu hỗ trợ.\n\
         Tin nhắn chưa gửi đã hủy: {}; tin đã xóa nội dung: {}. Đã ghi vào nhật ký kiểm tra (person.delete).\n",
        privacy::subject(&person),
        f.petitions,
        f.roles,
        f.subscriptions,
        f.lesson_rows,
        f.help_requests,
        f.outbox_skipped,
        f.outbox_emptied,
    ))
}

/// Makes `address` a digital helper of `village` (an area code). Warns when the bot cannot
/// reach them: they have never opened a private chat with it, so help requests would not
/// arrive until they do.
pub async fn helper_grant(app: &App, address: &str, village: &str) -> Result<String, AppError> {
    let new = app
        .grant(address, crate::domain::Role::DigitalHelper, Some(village))
        .await?;
    let mut out = format!(
        "{address} {} a digital helper of {village}\n",
        if new { "is now" } else { "already was" }
    );
    let (channel, external) = crate::app::parse_address(address)?;
    let mut conn = app.db.pool.acquire().await?;
    if crate::store::chats::private_of(&mut conn, channel, external)
        .await?
        .is_none()
    {
        let _ = writeln!(
            out,
            "warning: {address} has never opened the bot (no private chat): help requests cannot \
             reach them until they send /start to the bot. Cảnh báo: người này chưa từng nhắn cho \
             Loa Thôn, nên chưa nhận được yêu cầu hỗ trợ; mời họ mở Loa Thôn và gõ /start."
        );
    }
    Ok(out)
}

/// Makes `address` a relayer of `village` (an area code, which must be a village), audited
/// like every role. Warns when the bot cannot reach them yet.
pub async fn relayer_grant(app: &App, address: &str, village: &str) -> Result<String, AppError> {
    {
        let mut conn = app.db.pool.acquire().await?;
        let area = areas::by_code(&mut conn, village)
            .await?
            .ok_or_else(|| AppError::Usage(format!("no area with code {village:?}")))?;
        if area.kind != areas::AreaKind::Village {
            return Err(AppError::Usage(format!(
                "{village:?} is not a village: relayers relay into one village's group"
            )));
        }
    }
    let new = app
        .grant(address, crate::domain::Role::Relayer, Some(village))
        .await?;
    let mut out = format!(
        "{address} {} a relayer of {village}\n",
        if new { "is now" } else { "already was" }
    );
    let (channel, external) = crate::app::parse_address(address)?;
    let mut conn = app.db.pool.acquire().await?;
    if crate::store::chats::private_of(&mut conn, channel, external)
        .await?
        .is_none()
    {
        let _ = writeln!(
            out,
            "warning: {address} has never opened the bot (no private chat): announcements to \
             relay cannot reach them until they write to it. Cảnh báo: người này chưa từng nhắn \
             cho Loa Thôn, nên chưa nhận được thông báo để chuyển; mời họ mở Loa Thôn và gõ /start."
        );
    }
    Ok(out)
}

pub async fn invite(app: &App, unit_code: &str, days: i64) -> Result<String, AppError> {
    if days <= 0 {
        return Err(AppError::Usage("--days must be positive".into()));
    }
    let mut tx = app.db.begin().await?;
    let unit = areas::unit_by_code(&mut tx, unit_code)
        .await?
        .ok_or_else(|| AppError::Usage(format!("no unit with code {unit_code:?}")))?;
    let actor = Actor::shell();
    let mut out = Outgoing::default();
    let dir = crate::store::directory::Directory::load(&mut tx).await?;
    let mut cx = Ctx {
        conn: &mut tx,
        i18n: &app.i18n,
        actor: &actor,
        now: app.clock.now_ms(),
        out: &mut out,
        dir: &dir,
    };
    let created = crate::services::invites::create(&mut cx, unit, days)
        .await
        .map_err(|e| match e {
            crate::services::invites::InviteError::Store(e) => AppError::Store(e),
            other => AppError::Usage(other.to_string()),
        })?;
    tx.commit().await?;
    let (time, date) = local_parts(created.expires_at);
    let code = created.code;
    Ok(format!(
        "Mã mời cán bộ vào đơn vị {}: {code}\nNgười được mời gửi cho bot: /start {code}\nDùng một lần, hết hạn lúc {time} {date}.",
        created.unit.name
    ))
}

/// Admins, one a line: address and area (or "everywhere").
pub async fn admin_list(app: &App) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let admins = people::admins(&mut conn).await?;
    if admins.is_empty() {
        return Ok("no admins yet: loathon admin grant <channel>:<id>\n".into());
    }
    let mut out = String::new();
    for a in admins {
        let _ = writeln!(
            out,
            "{}\t{}",
            a.address,
            a.area.as_deref().unwrap_or("everywhere")
        );
    }
    Ok(out)
}

pub async fn routing_list(app: &App) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let mut out = String::new();
    for r in routing::rules(&mut conn).await? {
        let _ = writeln!(
            out,
            "{:<16} {:<8} {:<24} → {} ({})",
            r.category, r.area, r.area_name, r.unit, r.unit_name,
        );
    }
    out.push_str("Không có quy tắc: kiến nghị đến đơn vị mặc định của xã (UBND xã).\n");
    Ok(out)
}

pub async fn routing_set(
    app: &App,
    category: &str,
    area: &str,
    unit: &str,
) -> Result<String, AppError> {
    let mut tx = app.db.begin().await?;
    let cat = units::categories(&mut tx)
        .await?
        .into_iter()
        .find(|c| c.code == category && c.is_petition)
        .ok_or_else(|| AppError::Usage(format!("no petition category {category:?}")))?;
    let area_row = areas::by_code(&mut tx, area)
        .await?
        .ok_or_else(|| AppError::Usage(format!("no area with code {area:?}")))?;
    let unit_row = areas::unit_by_code(&mut tx, unit)
        .await?
        .ok_or_else(|| AppError::Usage(format!("no unit with code {unit:?}")))?;
    let now = app.clock.now_ms();
    let old = units::set_rule(&mut tx, cat.id, area_row.id, unit_row.id, now).await?;
    let old_code = match old {
        Some(id) => units::unit(&mut tx, id).await?.map(|u| u.code),
        None => None,
    };
    let detail = format!(
        "{} -> {}",
        old_code.as_deref().unwrap_or("-"),
        unit_row.code
    );
    crate::store::audit(
        &mut tx,
        None,
        crate::domain::audit::AuditAction::RoutingSet,
        &format!("{category}@{area}"),
        Some(&detail),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(format!("{category} @ {area}: {detail}"))
}

pub async fn lessons_report(
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    area_code: Option<&str>,
) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let area_id = match area_code {
        Some(code) => Some(
            areas::by_code(&mut conn, code)
                .await?
                .ok_or_else(|| AppError::Usage(format!("no area with code {code:?}")))?
                .id,
        ),
        None => None,
    };
    let to_ms = local_midnight(to.succ_opt().unwrap_or(to));
    Ok(reports::lessons(
        &mut conn,
        &app.lessons,
        &app.i18n,
        &LocaleTag::vi(),
        area_id,
        local_midnight(from),
        to_ms,
    )
    .await?)
}

/// An announcement as given on the command line.
#[derive(Debug, Clone)]
pub struct BroadcastRequest {
    pub areas: Vec<String>,
    pub audience: String,
    pub languages: Vec<String>,
    pub text: String,
    pub variants: Vec<String>,
    pub voices: Vec<String>,
    pub at: Option<String>,
    /// Before every other bulk message, village groups first.
    pub urgent: bool,
}

/// Creates the announcement and starts it (or schedules it); returns its id and a line to show.
pub async fn broadcast(app: &App, r: &BroadcastRequest) -> Result<(i64, String), AppError> {
    use crate::store::broadcasts::{self as store, Audience, Target, Variant};
    let audience = Audience::parse(&r.audience)
        .ok_or_else(|| AppError::Usage("--audience is groups, subscribers or both".into()))?;
    let now = app.clock.now_ms();
    let at = match &r.at {
        Some(t) => {
            let ms = crate::clock::parse_local(t)
                .ok_or_else(|| AppError::Usage(format!("--at {t:?}: expected HH:MM DD/MM/YYYY")))?;
            if ms <= now {
                return Err(AppError::Usage("--at is in the past".into()));
            }
            Some(ms)
        }
        None => None,
    };
    let mut variants = vec![Variant {
        language: "vi".into(),
        text: Some(r.text.clone()),
        voice_ref: None,
    }];
    for (list, is_voice) in [(&r.variants, false), (&r.voices, true)] {
        for item in list {
            let (lang, value) = item
                .split_once('=')
                .ok_or_else(|| AppError::Usage(format!("{item:?}: expected LANG=VALUE")))?;
            let lang = LocaleTag::parse(lang).map_err(|e| AppError::Usage(e.to_string()))?;
            let entry = match variants.iter_mut().find(|v| v.language == lang.as_str()) {
                Some(v) => v,
                None => {
                    variants.push(Variant {
                        language: lang.to_string(),
                        text: None,
                        voice_ref: None,
                    });
                    variants.last_mut().expect("just pushed")
                }
            };
            if is_voice {
                entry.voice_ref = Some(value.to_string());
            } else {
                entry.text = Some(value.to_string());
            }
        }
    }
    let mut tx = app.db.begin().await?;
    let mut area_ids = Vec::new();
    for code in &r.areas {
        area_ids.push(
            areas::by_code(&mut tx, code)
                .await?
                .ok_or_else(|| AppError::Usage(format!("no area with code {code:?}")))?
                .id,
        );
    }
    let target = Target {
        areas: area_ids,
        languages: r.languages.clone(),
    };
    let id = store::create(&mut tx, None, &target, audience, &variants, at, now).await?;
    if r.urgent {
        store::mark_urgent(&mut tx, id).await?;
    }
    crate::store::audit(
        &mut tx,
        None,
        crate::domain::audit::AuditAction::BroadcastCreate,
        &id.to_string(),
        Some("cli"),
        now,
    )
    .await?;
    let message = match at {
        Some(at) => format!(
            "Thông báo số {id} được hẹn gửi lúc {}.",
            crate::services::broadcasts::when(at)
        ),
        None => {
            let n = crate::services::broadcasts::start_in(&mut tx, &app.i18n, id, now).await?;
            format!(
                "Thông báo số {id}: {n} nơi nhận. Tin được gửi đi khi `loathon serve` đang chạy."
            )
        }
    };
    tx.commit().await?;
    Ok((id, message))
}

/// A progress bar until every recipient's row is settled.
pub async fn follow_broadcast(app: &App, id: i64) -> Result<(), AppError> {
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    loop {
        let mut conn = app.db.pool.acquire().await?;
        let f = crate::services::broadcasts::figures(&mut conn, id).await?;
        let settled = f.total - f.get("pending");
        bar.set_length(f.total as u64);
        bar.set_position(settled as u64);
        bar.set_message(format!(
            "đã đến {} · lỗi {} · bị chặn {} · bỏ qua {}",
            f.get("delivered"),
            f.get("failed"),
            f.get("blocked"),
            f.get("skipped")
        ));
        if f.get("pending") == 0 {
            bar.finish();
            let a = crate::store::broadcasts::get(&mut conn, id).await?;
            if let Some(a) = a {
                println!(
                    "{}",
                    crate::services::broadcasts::render_figures(
                        &app.i18n,
                        &LocaleTag::vi(),
                        &a,
                        &f
                    )
                );
            }
            return Ok(());
        }
        drop(conn);
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    }
}

pub async fn broadcast_list(app: &App) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let mut out = String::new();
    for a in crate::store::broadcasts::recent(&mut conn, 10).await? {
        let f = crate::services::broadcasts::figures(&mut conn, a.id).await?;
        let _ = writeln!(
            out,
            "{}",
            crate::services::broadcasts::render_figures(&app.i18n, &LocaleTag::vi(), &a, &f)
        );
    }
    if out.is_empty() {
        out.push_str("Chưa có thông báo nào.\n");
    }
    Ok(out)
}

pub async fn broadcast_cancel(app: &App, id: i64) -> Result<String, AppError> {
    let now = app.clock.now_ms();
    let mut tx = app.db.begin().await?;
    let done = crate::services::broadcasts::cancel_in(&mut tx, id, now).await?;
    if done {
        crate::store::audit(
            &mut tx,
            None,
            crate::domain::audit::AuditAction::BroadcastCancel,
            &id.to_string(),
            Some("cli"),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(if done {
        format!("Đã hủy thông báo số {id}.")
    } else {
        format!("Thông báo số {id} không hủy được (không có, đã gửi xong hoặc đã hủy).")
    })
}

/// The lesson figures as CSV: one row per village and lesson, and one per quiz question.
pub async fn lessons_csv(
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    area_code: Option<&str>,
    path: &Path,
) -> Result<(), AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let area_id = match area_code {
        Some(code) => areas::by_code(&mut conn, code).await?.map(|a| a.id),
        None => None,
    };
    let (from_ms, to_ms) = (
        local_midnight(from),
        local_midnight(to.succ_opt().unwrap_or(to)),
    );
    let core = app.lessons.core_ids();
    let villages =
        crate::store::lessons::village_progress(&mut conn, area_id, from_ms, to_ms, &core).await?;
    // Vietnamese like the chat report, whole numbers only ("2/3" would become a date in
    // Excel), a byte-order mark first so that Excel on Windows reads UTF-8.
    let mut out = format!("{}xã,thôn/bản,bài,chỉ số,giá trị\n", reports::CSV_BOM);
    let q = |s: &str| reports::csv_field(s);
    for v in &villages {
        let place = format!("{},{}", q(&v.commune), q(&v.village));
        let _ = writeln!(out, "{place},,số người học,{}", v.started);
        let _ = writeln!(
            out,
            "{place},,số người học xong tất cả các bài,{}",
            v.finished_all
        );
        for (lesson, n) in &v.finished {
            let _ = writeln!(out, "{place},{},số người học xong bài,{n}", q(lesson));
        }
    }
    for r in crate::store::lessons::question_rates(&mut conn, area_id, from_ms, to_ms).await? {
        let lesson = q(&r.lesson_id);
        let n = r.question;
        for (metric, value) in [
            ("số người trả lời lần đầu", r.first_tries),
            ("số người đúng ngay lần đầu", r.first_right),
            ("số lượt trả lời (kể cả làm lại)", r.answers),
            ("số lượt đúng (kể cả làm lại)", r.correct),
        ] {
            let _ = writeln!(out, ",,{lesson},câu {n}: {metric},{value}");
        }
    }
    std::fs::write(path, out)
        .map_err(|e| AppError::Usage(format!("writing {}: {e}", path.display())))?;
    Ok(())
}

/// `loathon open311 key create --area CODE`: a new Open311 API key for the area, printed once
/// (only its hash is stored).
pub async fn open311_key_create(app: &App, area_code: &str) -> Result<String, AppError> {
    use crate::services::open311::{self, Open311Error};
    // The key and its audit row together, or neither.
    let mut tx = app.db.begin().await?;
    let (id, key) = open311::create_key(&mut tx, &Actor::shell(), area_code, app.clock.now_ms())
        .await
        .map_err(|e| match e {
            Open311Error::Store(e) => AppError::Store(e),
            Open311Error::UnknownArea => {
                AppError::Usage(format!("no area with code {area_code:?}"))
            }
            other => AppError::Usage(other.to_string()),
        })?;
    tx.commit().await?;
    Ok(format!(
        "Khóa Open311 số {id} cho {area_code} (chỉ hiện một lần, hãy lưu lại): {key}\n"
    ))
}

/// `loathon open311 key list`: every key's number, area, and when it was issued or revoked
/// (never the key: only its hash is kept).
pub async fn open311_keys(app: &App) -> Result<String, AppError> {
    use crate::services::open311::{self, Open311Error};
    let mut conn = app.db.pool.acquire().await?;
    let keys = open311::keys(&mut conn, &Actor::shell())
        .await
        .map_err(|e| match e {
            Open311Error::Store(e) => AppError::Store(e),
            other => AppError::Usage(other.to_string()),
        })?;
    let when = |ms: i64| {
        let (time, date) = local_parts(ms);
        format!("{date} {time}")
    };
    let mut out = String::new();
    for k in keys {
        let state = match k.revoked_at {
            Some(at) => format!("thu hồi {}", when(at)),
            None => "đang dùng".to_string(),
        };
        let _ = writeln!(
            out,
            "{:>4}  {:<12} cấp {}  {state}",
            k.id,
            k.area_code,
            when(k.created_at)
        );
    }
    if out.is_empty() {
        out.push_str("Chưa có khóa Open311 nào.\n");
    }
    Ok(out)
}

/// `loathon open311 key revoke ID`: the key stops filing requests at once; audited.
pub async fn open311_key_revoke(app: &App, id: i64) -> Result<String, AppError> {
    use crate::services::open311::{self, Open311Error};
    let mut tx = app.db.begin().await?;
    let revoked = open311::revoke_key(&mut tx, &Actor::shell(), id, app.clock.now_ms())
        .await
        .map_err(|e| match e {
            Open311Error::Store(e) => AppError::Store(e),
            Open311Error::UnknownKey => AppError::Usage(format!("no Open311 key {id}")),
            other => AppError::Usage(other.to_string()),
        })?;
    tx.commit().await?;
    Ok(if revoked {
        format!("Đã thu hồi khóa Open311 số {id}.\n")
    } else {
        format!("Khóa Open311 số {id} đã bị thu hồi từ trước.\n")
    })
}

/// `loathon voice coverage`: recordings of the key messages per language.
pub async fn voice_coverage(app: &App, verbose: bool) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let rows = crate::services::voice::coverage(&mut conn, &app.i18n, &app.lessons).await?;
    Ok(crate::services::voice::render_coverage(&rows, verbose))
}

/// `loathon voice recorder <channel>:<id> --lang TAG`: names a reviewer who may record that
/// language in the chat (`/ghiam TAG`); audited (`voice.recorder`).
pub async fn voice_recorder(app: &App, address: &str, lang: &str) -> Result<String, AppError> {
    use crate::services::voice::{self, VoiceError};
    let tag = crate::domain::LocaleTag::parse(lang)
        .map_err(|_| AppError::Usage(format!("{lang:?} is not a language tag")))?;
    let tag = app.i18n.canonical(&tag).unwrap_or(tag);
    let (channel, external) = crate::app::parse_address(address)?;
    let now = app.clock.now_ms();
    let mut tx = app.db.begin().await?;
    let (identity, _) = people::find_or_create(&mut tx, channel, external, None, now).await?;
    let person = crate::store::links::acting(&mut tx, &identity).await?;
    let actor = Actor::shell();
    let mut out = Outgoing::default();
    let dir = crate::store::directory::Directory::load(&mut tx).await?;
    let mut cx = Ctx {
        conn: &mut tx,
        i18n: &app.i18n,
        actor: &actor,
        now,
        out: &mut out,
        dir: &dir,
    };
    let new = voice::name_recorder(&mut cx, &person, &tag)
        .await
        .map_err(|e| match e {
            VoiceError::Store(e) => AppError::Store(e),
            VoiceError::UnknownLanguage => {
                AppError::Usage(format!("the bot has no language {tag} (no locales/{tag}/)"))
            }
            other => AppError::Usage(other.to_string()),
        })?;
    tx.commit().await?;
    Ok(format!(
        "{address} {} record {tag} (/ghiam {tag} in a private chat with the bot)\n",
        if new { "may now" } else { "already could" }
    ))
}
