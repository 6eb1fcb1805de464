//! Administration from the command line: reports, audit trails, invites, routing. Output is
//! for the commune's staff, in Vietnamese; every change is recorded in the audit log.

use std::fmt::Write as _;
use std::path::Path;

use chrono::{NaiveDate, TimeZone};
use sqlx::Row;

use crate::app::{App, AppError};
use crate::clock::{LOCAL_TZ, local_parts};
use crate::domain::{LocaleTag, TrackingCode};
use crate::reports::{self, ReportQuery};
use crate::store::{areas, petitions, units};

fn local_midnight(day: NaiveDate) -> i64 {
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
        std::fs::write(path, reports::csv(&report))
            .map_err(|e| AppError::Usage(format!("writing {}: {e}", path.display())))?;
    }
    let vi = LocaleTag::vi();
    let scope = area.map(|a| a.name).unwrap_or_else(|| {
        app.i18n
            .render(&vi, &crate::i18n::Msg::new("scope-everywhere"))
    });
    Ok(reports::render(&report, &q, &scope, &app.i18n, &vi))
}

pub async fn audit(app: &App, code: &str) -> Result<String, AppError> {
    let code = TrackingCode::parse(code).map_err(|e| AppError::Usage(format!("{code:?}: {e}")))?;
    let mut conn = app.db.pool.acquire().await?;
    let p = petitions::by_code(&mut conn, &code)
        .await?
        .ok_or_else(|| AppError::Usage(format!("no petition {code}")))?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Kiến nghị {} · {} · {}",
        p.code,
        p.category_code,
        p.status.as_str()
    );
    for e in petitions::events(&mut conn, p.id).await? {
        let (time, date) = local_parts(e.created_at);
        let actor = e.actor_address.unwrap_or_else(|| "hệ thống".into());
        let _ = writeln!(
            out,
            "{date} {time}  {:<16} {:<24} {}",
            e.kind,
            actor,
            e.detail.unwrap_or_default()
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
    let now = app.clock.now_ms();
    let code = crate::engine::new_invite_code();
    let expires = now + days * 86_400_000;
    units::create_invite(&mut tx, &code, unit.id, None, now, expires).await?;
    crate::store::audit(&mut tx, None, "invite.create", &unit.code, Some("cli"), now).await?;
    tx.commit().await?;
    let (time, date) = local_parts(expires);
    Ok(format!(
        "Mã mời cán bộ {}: {code}\nNgười được mời gửi cho bot: /start {code}\nDùng một lần, hết hạn lúc {time} {date}.",
        unit.name
    ))
}

pub async fn routing_list(app: &App) -> Result<String, AppError> {
    let mut conn = app.db.pool.acquire().await?;
    let rows = sqlx::query(
        "SELECT c.code AS category, a.code AS area, a.name AS area_name, u.code AS unit, u.name AS unit_name \
         FROM routing_rules r JOIN categories c ON c.id = r.category_id JOIN areas a ON a.id = r.area_id \
         JOIN units u ON u.id = r.unit_id ORDER BY a.code, c.code",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut out = String::new();
    for r in rows {
        let _ = writeln!(
            out,
            "{:<16} {:<8} {:<24} → {} ({})",
            r.try_get::<String, _>("category")?,
            r.try_get::<String, _>("area")?,
            r.try_get::<String, _>("area_name")?,
            r.try_get::<String, _>("unit")?,
            r.try_get::<String, _>("unit_name")?,
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
        "routing.set",
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
