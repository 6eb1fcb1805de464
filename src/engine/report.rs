//! `/baocao` for admins: this year's petitions in the admin's area.

use chrono::{Datelike, TimeZone};

use super::state::State;
use super::{EngineError, Text, Turn, dialogue};
use crate::clock::{LOCAL_TZ, from_ms};
use crate::i18n::Msg;
use crate::services::reports::{self, ReportQuery};
use crate::store::areas;

pub(super) async fn for_admin(turn: &mut Turn<'_>) -> Result<State, EngineError> {
    let scopes = turn.actor.admin_scopes();
    let Some(scope) = scopes.first().copied() else {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    };
    // The widest scope the admin has: everywhere beats any one area.
    let area_id = if scopes.contains(&None) { None } else { scope };
    let year = from_ms(turn.now).with_timezone(&LOCAL_TZ).year();
    let from = LOCAL_TZ
        .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .earliest()
        .map_or(0, |t| t.timestamp_millis());
    let q = ReportQuery {
        from_ms: from,
        to_ms: turn.now + 1,
        area_id,
    };
    let report = reports::build(turn.conn, &q).await?;
    let scope_name = match area_id {
        Some(id) => areas::get(turn.conn, id)
            .await?
            .map(|a| a.name)
            .unwrap_or_default(),
        None => turn
            .i18n
            .render(&turn.locale, &Msg::new("scope-everywhere")),
    };
    let text = reports::render(&report, &q, &scope_name, turn.i18n, &turn.locale);
    turn.say(super::Reply::new(Text::Plain(text.trim_end().to_string())));
    Ok(State::Idle)
}

/// `/tiendo` for admins: lesson participation this year in the admin's area.
pub(super) async fn lessons_for_admin(turn: &mut Turn<'_>) -> Result<State, EngineError> {
    let scopes = turn.actor.admin_scopes();
    let Some(scope) = scopes.first().copied() else {
        turn.say_msg(Msg::new("admin-only"));
        return dialogue::resume(turn, State::Idle).await;
    };
    let area_id = if scopes.contains(&None) { None } else { scope };
    let (from, to) = this_year(turn);
    let text = crate::services::reports::lessons(
        turn.conn,
        turn.lessons,
        turn.i18n,
        &turn.locale,
        area_id,
        from,
        to,
    )
    .await?;
    turn.say(super::Reply::new(Text::Plain(text.trim_end().to_string())));
    Ok(State::Idle)
}

fn this_year(turn: &Turn<'_>) -> (i64, i64) {
    let year = from_ms(turn.now).with_timezone(&LOCAL_TZ).year();
    let from = LOCAL_TZ
        .with_ymd_and_hms(year, 1, 1, 0, 0, 0)
        .earliest()
        .map_or(0, |t| t.timestamp_millis());
    (from, turn.now + 1)
}
