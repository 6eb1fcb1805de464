//! Language gaps: per village and per language, how many people and village groups read
//! Vietnamese because their language has no bundle (Thái, Dao, Hà Nhì in the demo province),
//! or read it in part because their bundle is incomplete. Counts only: no names.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::domain::LocaleTag;
use crate::i18n::{Localizer, Msg};
use crate::store::{Conn, StoreResult, languages};

/// One village's readers of one language that is not Vietnamese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gap {
    pub village_id: i64,
    pub village_code: String,
    pub village: String,
    /// The language as stored (`hni`, `hnj`).
    pub language: String,
    pub people: i64,
    pub groups: i64,
    /// The bundle it resolves to, if any, and its share of the Vietnamese messages (percent).
    pub bundle: Option<(LocaleTag, u32)>,
}

impl Gap {
    /// True when they read everything in Vietnamese: no bundle at all.
    pub fn untranslated(&self) -> bool {
        self.bundle.is_none()
    }
}

/// The language someone of a village would read if the bot had it: their own choice unless
/// that is Vietnamese or nothing; then the village's, when the bot has no bundle for it (a Hà
/// Nhì villager picks Vietnamese because there is no Hà Nhì) or when they chose nothing.
fn wanted(i18n: &Localizer, own: Option<&str>, village: Option<&str>) -> Option<String> {
    let is_vi = |l: &str| LocaleTag::parse(l).is_ok_and(|t| t.is_source());
    match own {
        Some(l) if !is_vi(l) => Some(l.to_string()),
        _ => {
            let village = village.filter(|l| !is_vi(l))?;
            let has_bundle = LocaleTag::parse(village).is_ok_and(|t| i18n.supports(&t));
            (own.is_none() || !has_bundle).then(|| village.to_string())
        }
    }
}

/// Every village's readers of a language other than Vietnamese, with what the bot has for it.
pub async fn gaps(conn: &mut Conn, i18n: &Localizer) -> StoreResult<Vec<Gap>> {
    let mut out: Vec<Gap> = Vec::new();
    for r in languages::readers(conn).await? {
        let Some(raw) = wanted(
            i18n,
            r.own_language.as_deref(),
            r.village_language.as_deref(),
        ) else {
            continue;
        };
        let tag = LocaleTag::parse(&raw).ok();
        let tag = tag.map(|t| i18n.canonical(&t).unwrap_or(t));
        let language = tag.as_ref().map_or(raw.clone(), |t| t.to_string());
        if let Some(g) = out
            .iter_mut()
            .find(|g| g.village_id == r.village_id && g.language == language)
        {
            g.people += r.people;
            g.groups += r.groups;
            continue;
        }
        let bundle = tag.as_ref().and_then(|t| i18n.canonical(t)).map(|t| {
            let share = i18n.share_translated(&t);
            (t, share)
        });
        out.push(Gap {
            village_id: r.village_id,
            village_code: r.village_code,
            village: r.village,
            language,
            people: r.people,
            groups: r.groups,
            bundle,
        });
    }
    Ok(out)
}

/// Totals per language with no bundle among `villages`: (villages, people, groups). What the
/// broadcast preview shows.
pub async fn untranslated_in(
    conn: &mut Conn,
    i18n: &Localizer,
    villages: &[i64],
) -> StoreResult<BTreeMap<String, (usize, i64, i64)>> {
    let mut out: BTreeMap<String, (usize, i64, i64)> = BTreeMap::new();
    for g in gaps(conn, i18n).await? {
        if g.untranslated() && villages.contains(&g.village_id) {
            let e = out.entry(g.language).or_default();
            e.0 += 1;
            e.1 += g.people;
            e.2 += g.groups;
        }
    }
    Ok(out)
}

/// `loathon locales gaps`: one line per village and language, in Vietnamese (staff output).
pub fn render(i18n: &Localizer, gaps: &[Gap]) -> String {
    let vi = LocaleTag::vi();
    let t = |m: Msg| i18n.render(&vi, &m);
    let mut out = t(Msg::new("gaps-title"));
    if gaps.is_empty() {
        let _ = write!(out, "\n{}", t(Msg::new("gaps-none")));
        return out;
    }
    let (mut people, mut groups) = (0, 0);
    for g in gaps {
        let language = t(Msg::new("language-label").arg("tag", g.language.clone()));
        let line = match &g.bundle {
            None => {
                people += g.people;
                groups += g.groups;
                Msg::new("gaps-line-untranslated")
            }
            Some((tag, share)) => Msg::new("gaps-line-partial")
                .arg("bundle", tag.to_string())
                .arg("share", i64::from(*share)),
        }
        .arg("village", format!("{} ({})", g.village, g.village_code))
        .arg("language", language)
        .arg("people", g.people)
        .arg("groups", g.groups);
        let _ = write!(out, "\n{}", t(line));
    }
    let _ = write!(
        out,
        "\n{}",
        t(Msg::new("gaps-total")
            .arg("people", people)
            .arg("groups", groups))
    );
    out
}
