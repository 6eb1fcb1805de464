//! Hot spots ("điểm nóng"): several petitions of one category from one village, or from one
//! commune, within a short window (`LOATHON_HOTSPOT_COUNT` petitions in `LOATHON_HOTSPOT_HOURS`
//! hours). The commune's admins are told in the chat once per window (the alert is stored, so
//! the next petitions of the same window do not repeat it), and the reports mark it.

use crate::domain::petition::PetitionLimits;
use crate::i18n::Msg;
use crate::message::Reply;
use crate::services::Ctx;
use crate::services::petitions::category_msg;
use crate::store::petitions::Petition;
use crate::store::{StoreResult, areas, units, web_reports};

/// Looks at the petition just filed: when it makes its village (else its commune) a hot spot of
/// its category not yet told in this window, records it and tells the admins over the
/// commune. Returns the area the alert was for.
pub async fn check(
    cx: &mut Ctx<'_>,
    p: &Petition,
    limits: &PetitionLimits,
) -> StoreResult<Option<i64>> {
    let Some(village_id) = p.village_id else {
        return Ok(None);
    };
    let since = cx.now - limits.hotspot_hours * 3_600_000;
    // The village itself, then its commune, from the directory; both counts in one statement.
    let chain: Vec<areas::Area> = cx
        .dir
        .ancestors(village_id)?
        .into_iter()
        .take(2)
        .cloned()
        .collect();
    let Some(top) = chain.last() else {
        return Ok(None);
    };
    let (here, around) =
        web_reports::recent_in_category(cx.conn, top.id, village_id, p.category_id, since).await?;
    for (i, area) in chain.iter().enumerate() {
        let n = if i == 0 { here } else { around };
        if n < limits.hotspot_count {
            continue;
        }
        if !web_reports::record_hotspot(cx.conn, area.id, p.category_id, since, n, cx.now).await? {
            // Told already in this window (for this place or, for a village, its commune).
            return Ok(None);
        }
        let commune = chain.get(1).unwrap_or(area);
        let msg = Msg::new("report-hotspot-alert")
            .arg("place", area.name.clone())
            .arg("commune", commune.name.clone())
            .arg("category", category_msg(&p.category_code))
            .arg("count", n)
            .arg("hours", limits.hotspot_hours);
        let mut told = 0;
        for admin in units::admins_over(cx.conn, commune.id).await? {
            if cx
                .out
                .person(cx.conn, cx.i18n, &admin, Reply::new(msg.clone()))
                .await?
            {
                told += 1;
            }
        }
        tracing::info!(
            area = area.id,
            category = p.category_id,
            petitions = n,
            admins = told,
            "hot spot"
        );
        return Ok(Some(area.id));
    }
    Ok(None)
}
