//! The role matrix: every person of the demo tries every action on the others' objects, through
//! the command or button they were offered and through forged button data.
//!
//! Each object has a table (a [`Grid`]): one row per person, one column per action, and in
//! each cell either [`Yes`] (allowed) or the refusal the person must read. A small runner plays
//! every refused cell and checks that
//! - the person reads that refusal, in Vietnamese;
//! - nothing of the object reaches them (its code, its text), and nobody else is told anything;
//! - no row changed in `petitions`, `petition_events`, `petition_attachments`, `announcements`,
//!   `announcement_variants`, `invites`, `roles`, `chats`, `help_requests` or `audit_log`
//!   (outbox, conversations and people change legitimately and are not watched);
//! - where the action names an object by id, the same action on an id that does not exist gets
//!   exactly the same answer: a refused person cannot even tell that the object exists.
//!
//! The allowed cells are played by the story of each test, in an order that makes sense
//! (claim before answer, answer before rating), and each test checks at the end that every
//! [`Yes`] of its tables was played. Failures are collected rather than raised at once, so one
//! wrong cell does not hide the next; each test lists them all at the end.

use std::collections::{BTreeMap, BTreeSet};

use loathon::channels::console::Printed;
use loathon::domain::{LocaleTag, Role};
use loathon::i18n::Msg;
use loathon::message::{Channel, Event, Inbound};
use loathon::store::chats::ChatKind;

use crate::helpers::{TestApp, backends, find_after, spawn_app};

use self::E::*;

// ---------------------------------------------------------------------------------------------
// The cast.

/// Everybody of the matrix: citizens `dan` and `dan2` (Bản Tả Phìn, Dào San); officers `canbo`
/// (Công an xã Dào San), `yte` (Trạm Y tế xã Dào San) and `khac` (Công an xã Sì Lở Lầu); admins
/// `qtds` (Dào San), `qtsll` (Sì Lở Lầu), `lan` (the province, the console's own person) and
/// `cu` (Dào San, revoked where a test says so); `nbs`, a digital helper of Tả Phìn.
async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    make_officer(t, "yte", "DS-TYT", "dao san").await;
    make_officer(t, "khac", "SLL-CA", "gia khau").await;
    for (handle, village) in [
        ("dan", "ta phin"),
        ("dan2", "ta phin"),
        ("qtds", "dao san"),
        ("qtsll", "gia khau"),
        ("cu", "dao san"),
        ("nbs", "ta phin"),
    ] {
        t.onboard_as(handle, village).await;
    }
    for (who, role, area) in [
        ("qtds", Role::Admin, "DS"),
        ("qtsll", Role::Admin, "SLL"),
        ("cu", Role::Admin, "DS"),
        ("nbs", Role::DigitalHelper, "DS-TP"),
    ] {
        t.app
            .grant(&format!("console:{who}"), role, Some(area))
            .await
            .unwrap();
    }
}

use crate::petitions::make_officer;

async fn revoke_cu(t: &TestApp) {
    let gone = t.app.revoke("console:cu", Some(Role::Admin)).await.unwrap();
    assert_eq!(gone, 1, "cu was an admin of Dào San");
}

// ---------------------------------------------------------------------------------------------
// The tables.

/// One cell: allowed, or the refusal the person reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum E {
    /// Allowed; played (and checked) by the story of the test.
    Yes,
    /// "Nút này đã cũ…": what anyone is told of a petition or request that does not exist.
    Stale,
    /// "Chức năng này dành cho cán bộ…".
    Officer,
    /// "Chức năng này dành cho quản trị viên.".
    Admin,
    /// "Kiến nghị này không mở lại được nữa…", as for a petition that does not exist.
    NoReopen,
    /// The person's own unit's queue, without the petition.
    Empty,
    /// `/theodoi`: "Không tìm thấy kiến nghị của bạn có mã …", as for a code nobody has.
    NotFound,
    /// "Thông báo số … đã gửi xong hoặc đã hủy, không hủy được nữa.", as for one that does not
    /// exist.
    NoCancel,
    /// "Đơn vị này không thuộc địa bàn đồng chí quản lý.".
    NotArea,
    /// "Xin lỗi, chỉ quản trị viên của xã mới liên kết được nhóm…".
    GNotAdmin,
    /// "…không thuộc địa bàn đồng chí quản lý nên chưa liên kết được.".
    GScope,
    /// "Nhóm này đã là nhóm của một thôn, bản nên không làm nhóm của đơn vị được…".
    GVillage,
    /// "Nhóm này đã là nhóm riêng của một đơn vị nên không liên kết với thôn, bản được…".
    GUnit,
    /// "Xin lỗi, chỉ quản trị viên nhóm mới đổi được ngôn ngữ của nhóm…".
    GLang,
    /// "Nút này không dành cho bạn…": a relay task that is not the person's, as one that does
    /// not exist.
    RNotYours,
    /// "Mã này được tạo ngay trong ứng dụng này…": a link code typed in the app that made it
    /// (whoever types it: a code never links two identities of the same app).
    LSame,
    /// "…lệnh /lienket … dùng để liên kết nhóm…": a village's code typed in a private chat.
    LPlace,
    /// "Tài khoản của bạn chưa liên kết với ứng dụng nào khác…".
    Unlinked,
    /// "Trang web làm việc chỉ dành cho cán bộ các đơn vị và quản trị viên.".
    WebStaff,
    /// "Chỉ quản trị viên, hoặc người được quản trị viên giao ghi âm ngôn ngữ này, mới ghi âm
    /// được.".
    VoiceNo,
}

/// What a refusal says, as the person reads it (a fixed part of it for texts with arguments).
fn refusal_text(t: &TestApp, e: E) -> String {
    let id = match e {
        Yes => unreachable!("an allowed cell has no refusal"),
        Stale => "hint-button-outdated",
        Officer => "officer-only",
        Admin => "admin-only",
        NoReopen => "petition-reopen-not-possible",
        NotArea => "admin-not-your-area",
        GNotAdmin => "group-link-not-admin",
        GVillage => "group-link-is-village",
        GUnit => "group-link-is-unit",
        GLang => "group-admin-only",
        RNotYours => "relay-not-yours",
        LSame => "link-same-app",
        Unlinked => "unlink-none",
        WebStaff => "web-link-staff-only",
        VoiceNo => "voice-not-allowed",
        LPlace => return "dùng để liên kết nhóm, quản trị viên gõ ngay trong nhóm đó.".into(),
        Empty => return "không có kiến nghị nào đang chờ.".into(),
        NotFound => return "Không tìm thấy kiến nghị của bạn có mã".into(),
        NoCancel => return "đã gửi xong hoặc đã hủy, không hủy được nữa.".into(),
        GScope => return "không thuộc địa bàn đồng chí quản lý nên chưa liên kết được.".into(),
    };
    t.app.i18n.render(&LocaleTag::vi(), &Msg::new(id))
}

/// A table of persons × actions. An action is button data (`pet:open:{P}`) or a typed line
/// (`/theodoi {CODE}`); `{…}` names an id of the test's objects.
struct Grid<const N: usize> {
    name: &'static str,
    actions: [(&'static str, &'static str); N],
    rows: &'static [(&'static str, [E; N])],
    /// Whether refused presses are also tried on an id that does not exist (same answer).
    ghosts: bool,
}

/// Petition P: dan's, "An ninh, trật tự", routed to Công an xã Dào San (DS-CA).
/// `→DS-TYT` is a forward target offered to DS-CA; `→SLL-TYT` is never offered.
#[rustfmt::skip]
const PETITION: Grid<17> = Grid {
    name: "petition P",
    ghosts: true,
    actions: [
        ("open", "pet:open:{P}"), ("claim", "pet:claim:{P}"), ("answer", "pet:answer:{P}"),
        ("ask", "pet:ask:{P}"), ("fwd", "pet:fwd:{P}"), ("fwd→DS-TYT", "pet:fwdto:{P}:{DS-TYT}"),
        ("fwd→SLL-TYT", "pet:fwdto:{P}:{SLL-TYT}"), ("close", "pet:close:{P}"),
        ("closedup", "pet:closedup:{P}"), ("closeoos", "pet:closeoos:{P}"),
        ("view", "pet:view:{P}"), ("more", "pet:more:{P}"), ("rate", "rate:{P}:1"),
        ("reopen", "pet:reopen:{P}"), ("q:0", "q:0"), ("/theodoi", "/theodoi {CODE}"),
        ("/hangdoi", "/hangdoi"),
    ],
    rows: &[
        //          open     claim    answer   ask      fwd      →DS-TYT  →SLL-TYT close    dup      oos      view     more     rate     reopen    q:0      /theodoi  /hangdoi
        ("dan",   [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Yes,     Yes,     Yes,     Yes,      Officer, Yes,      Officer]),
        ("dan2",  [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
        ("canbo", [Yes,     Yes,     Yes,     Yes,     Yes,     Yes,     Stale,   Yes,     Yes,     Yes,     Stale,   Stale,   Stale,   NoReopen, Yes,     Yes,      Yes]),
        ("yte",   [Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   NoReopen, Empty,   NotFound, Empty]),
        ("khac",  [Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   Stale,   NoReopen, Empty,   NotFound, Empty]),
        ("qtds",  [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
        ("qtsll", [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
        ("cu",    [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
        ("nbs",   [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
        ("lan",   [Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Officer, Stale,   Stale,   Stale,   NoReopen, Officer, NotFound, Officer]),
    ],
};

/// P once DS-CA forwarded it to Trạm Y tế xã Dào San: the old unit's officer is out.
#[rustfmt::skip]
const FORWARDED: Grid<5> = Grid {
    name: "P at DS-TYT",
    ghosts: true,
    actions: [
        ("open", "pet:open:{P}"), ("claim", "pet:claim:{P}"), ("close", "pet:close:{P}"),
        ("closeoos", "pet:closeoos:{P}"), ("/theodoi", "/theodoi {CODE}"),
    ],
    rows: &[
        //          open   claim  close  closeoos /theodoi
        ("canbo", [Stale, Stale, Stale, Stale,   NotFound]),
        ("khac",  [Stale, Stale, Stale, Stale,   NotFound]),
        ("yte",   [Yes,   Yes,   Yes,   Yes,     Yes]),
    ],
};

/// Announcements scheduled for tomorrow: DS1, DS2 by qtds to Xã Dào San; SLL1, SLL2 by qtsll
/// to Xã Sì Lở Lầu; LCU by lan to the province. (cu: after the revoke.)
#[rustfmt::skip]
const ANNOUNCEMENTS: Grid<5> = Grid {
    name: "announcements",
    ghosts: true,
    actions: [
        ("/thongbao", "/thongbao"), ("bc:new", "bc:new"), ("cancel DS", "bc:cancel:{DS1}"),
        ("cancel SLL", "bc:cancel:{SLL1}"), ("cancel LCU", "bc:cancel:{LCU}"),
    ],
    rows: &[
        //          /thongbao bc:new  cancel DS cancel SLL cancel LCU
        ("dan",   [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("dan2",  [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("canbo", [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("yte",   [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("khac",  [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("qtds",  [Yes,      Yes,    Yes,      NoCancel,  NoCancel]),
        ("qtsll", [Yes,      Yes,    NoCancel, Yes,       NoCancel]),
        ("cu",    [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("nbs",   [Admin,    Admin,  Admin,    Admin,     Admin]),
        ("lan",   [Yes,      Yes,    Yes,      Yes,       Yes]),
    ],
};

/// Officer invites for Công an xã Dào San. (cu: revoked.)
#[rustfmt::skip]
const INVITES: Grid<3> = Grid {
    name: "invites",
    ghosts: false,
    actions: [("/moi DS-CA", "/moi DS-CA"), ("inv:DS-CA", "inv:{DS-CA}"), ("/moi", "/moi")],
    rows: &[
        // A forged `inv:` press by someone who is no admin at all is told "admins only",
        // as `/moi` says.
        //          /moi DS-CA inv:DS-CA /moi
        ("dan",   [Admin,     Admin,    Admin]),
        ("dan2",  [Admin,     Admin,    Admin]),
        ("canbo", [Admin,     Admin,    Admin]),
        ("yte",   [Admin,     Admin,    Admin]),
        ("khac",  [Admin,     Admin,    Admin]),
        ("qtds",  [Yes,       Yes,      Yes]),
        ("qtsll", [NotArea,   NotArea,  Yes]),
        ("cu",    [Admin,     Admin,    Admin]),
        ("nbs",   [Admin,     Admin,    Admin]),
        ("lan",   [Yes,       Yes,      Yes]),
    ],
};

/// A group nobody linked yet, to be Tả Phìn's.
#[rustfmt::skip]
const NEW_VILLAGE_GROUP: Grid<1> = Grid {
    name: "new group → DS-TP",
    ghosts: false,
    actions: [("/lienket DS-TP", "/lienket DS-TP")],
    rows: &[
        ("dan", [GNotAdmin]), ("dan2", [GNotAdmin]), ("canbo", [GNotAdmin]), ("yte", [GNotAdmin]),
        ("khac", [GNotAdmin]), ("qtds", [Yes]), ("qtsll", [GScope]), ("cu", [GNotAdmin]),
        ("nbs", [GNotAdmin]), ("lan", [Yes]),
    ],
};

/// Tả Phìn's group (linked to DS-TP).
#[rustfmt::skip]
const VILLAGE_GROUP: Grid<4> = Grid {
    name: "Tả Phìn's group",
    ghosts: false,
    actions: [
        ("/lienket DS-SC", "/lienket DS-SC"), ("/lienket SLL-GK", "/lienket SLL-GK"),
        ("/lienket DS-CA", "/lienket DS-CA"), ("glang:vi", "glang:vi"),
    ],
    rows: &[
        //          DS-SC      SLL-GK     DS-CA      glang:vi
        ("dan",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("dan2",  [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("canbo", [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("yte",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("khac",  [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("qtds",  [Yes,       GScope,    GVillage,  Yes]),
        ("qtsll", [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("cu",    [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("nbs",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("lan",   [Yes,       Yes,       GVillage,  Yes]),
    ],
};

/// A group nobody linked yet, to be Công an xã Dào San's own.
#[rustfmt::skip]
const NEW_UNIT_GROUP: Grid<1> = Grid {
    name: "new group → DS-CA",
    ghosts: false,
    actions: [("/lienket DS-CA", "/lienket DS-CA")],
    rows: &[
        ("dan", [GNotAdmin]), ("dan2", [GNotAdmin]), ("canbo", [GNotAdmin]), ("yte", [GNotAdmin]),
        ("khac", [GNotAdmin]), ("qtds", [Yes]), ("qtsll", [GScope]), ("cu", [GNotAdmin]),
        ("nbs", [GNotAdmin]), ("lan", [Yes]),
    ],
};

/// Công an xã Dào San's own group (linked to the unit DS-CA only).
#[rustfmt::skip]
const UNIT_GROUP: Grid<4> = Grid {
    name: "DS-CA's group",
    ghosts: false,
    actions: [
        ("/lienket DS-TYT", "/lienket DS-TYT"), ("/lienket SLL-CA", "/lienket SLL-CA"),
        ("/lienket DS-TP", "/lienket DS-TP"), ("glang:vi", "glang:vi"),
    ],
    rows: &[
        //          DS-TYT     SLL-CA     DS-TP      glang:vi
        ("dan",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("dan2",  [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("canbo", [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("yte",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("khac",  [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("qtds",  [Yes,       GScope,    GUnit,     Yes]),
        ("qtsll", [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("cu",    [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("nbs",   [GNotAdmin, GNotAdmin, GNotAdmin, GLang]),
        ("lan",   [Yes,       Yes,       GUnit,     Yes]),
    ],
};

/// dan's request for help, made to each helper of Tả Phìn: R_NBS to nbs, R_NBS2 to nbs2.
#[rustfmt::skip]
const HELP: Grid<2> = Grid {
    name: "help requests",
    ghosts: true,
    actions: [("accept R_NBS", "help:ok:{R_NBS}"), ("accept R_NBS2", "help:ok:{R_NBS2}")],
    rows: &[
        //          R_NBS  R_NBS2
        ("dan",   [Stale, Stale]),
        ("dan2",  [Stale, Stale]),
        ("canbo", [Stale, Stale]),
        ("yte",   [Stale, Stale]),
        ("khac",  [Stale, Stale]),
        ("qtds",  [Stale, Stale]),
        ("qtsll", [Stale, Stale]),
        ("cu",    [Stale, Stale]),
        ("lan",   [Stale, Stale]),
        ("nbs",   [Yes,   Stale]),
        ("nbs2",  [Stale, Yes]),
    ],
};

/// Reports: allowed to admins, each over their own area only.
#[rustfmt::skip]
const REPORTS: Grid<2> = Grid {
    name: "reports",
    ghosts: false,
    actions: [("/baocao", "/baocao"), ("/tiendo", "/tiendo")],
    rows: &[
        ("dan", [Admin, Admin]), ("dan2", [Admin, Admin]), ("canbo", [Admin, Admin]),
        ("yte", [Admin, Admin]), ("khac", [Admin, Admin]), ("qtds", [Yes, Yes]),
        ("qtsll", [Yes, Yes]), ("cu", [Admin, Admin]), ("nbs", [Admin, Admin]),
        ("lan", [Yes, Yes]),
    ],
};

/// Relay tasks of one announcement to Tả Phìn and Gia Khâu: T_NBS for nbs (relayer of Tả
/// Phìn), T_RGK for rgk (relayer of Gia Khâu); relayer invites for either village.
#[rustfmt::skip]
const RELAY: Grid<4> = Grid {
    name: "relay",
    ghosts: true,
    actions: [
        ("ok T_NBS", "relay:ok:{T_NBS}"), ("ok T_RGK", "relay:ok:{T_RGK}"),
        ("/chuyentin DS-TP", "/chuyentin DS-TP"), ("/chuyentin SLL-GK", "/chuyentin SLL-GK"),
    ],
    rows: &[
        // A press is a request: only the task's own relayer confirms it; another village's
        // relayer is told what anyone is told, as of a task that does not exist.
        //          T_NBS      T_RGK      /chuyentin DS-TP /chuyentin SLL-GK
        ("dan",   [RNotYours, RNotYours, Admin,           Admin]),
        ("dan2",  [RNotYours, RNotYours, Admin,           Admin]),
        ("canbo", [RNotYours, RNotYours, Admin,           Admin]),
        ("yte",   [RNotYours, RNotYours, Admin,           Admin]),
        ("khac",  [RNotYours, RNotYours, Admin,           Admin]),
        ("qtds",  [RNotYours, RNotYours, Yes,             NotArea]),
        ("qtsll", [RNotYours, RNotYours, NotArea,         Yes]),
        ("cu",    [RNotYours, RNotYours, Admin,           Admin]),
        ("nbs",   [Yes,       RNotYours, Admin,           Admin]),
        ("rgk",   [RNotYours, Yes,       Admin,           Admin]),
        ("lan",   [RNotYours, RNotYours, Yes,             Yes]),
    ],
};

/// One person, two apps, from the console's private chats. {CODE} is a link code dan2 made on
/// the console; dan is linked with a Zalo identity (ZD) before the table is played.
#[rustfmt::skip]
const LINKING: Grid<3> = Grid {
    name: "linking",
    ghosts: false,
    actions: [
        ("/lienket CODE", "/lienket {CODE}"), ("/lienket DS-TP", "/lienket DS-TP"),
        ("/huylienket", "/huylienket"),
    ],
    rows: &[
        // A code links only an identity of another app: on the console, nobody (dan2 included)
        // can use a console code, so nobody who merely saw it can take dan2's place.
        //          CODE   DS-TP   /huylienket
        ("dan",   [LSame, LPlace, Yes]),
        ("dan2",  [LSame, LPlace, Unlinked]),
        ("canbo", [LSame, LPlace, Unlinked]),
        ("yte",   [LSame, LPlace, Unlinked]),
        ("khac",  [LSame, LPlace, Unlinked]),
        ("qtds",  [LSame, LPlace, Unlinked]),
        ("qtsll", [LSame, LPlace, Unlinked]),
        ("cu",    [LSame, LPlace, Unlinked]),
        ("nbs",   [LSame, LPlace, Unlinked]),
        ("lan",   [LSame, LPlace, Unlinked]),
    ],
};

/// The web sign-in link, the recording flow and its buttons, and the publishing toggle of a
/// petition's summary. (yte: their officer role taken back; cu: revoked.) The buttons are
/// forged: nobody here is recording or has a petition waiting to be confirmed.
#[rustfmt::skip]
const WEB_VOICE: Grid<6> = Grid {
    name: "web, voice, publishing",
    ghosts: false,
    actions: [
        ("/web", "/web"), ("/ghiam hnj", "/ghiam hnj"),
        ("voice:skip", "voice:skip"), ("voice:stop", "voice:stop"),
        ("pet:pub:yes", "pet:pub:yes"), ("pet:pub:no", "pet:pub:no"),
    ],
    rows: &[
        //          /web      /ghiam   skip   stop   pub:yes pub:no
        ("dan",   [WebStaff, VoiceNo, Stale, Stale, Stale, Stale]),
        ("dan2",  [WebStaff, VoiceNo, Stale, Stale, Stale, Stale]),
        ("canbo", [Yes,      VoiceNo, Stale, Stale, Stale, Stale]),
        ("yte",   [WebStaff, VoiceNo, Stale, Stale, Stale, Stale]),
        ("khac",  [Yes,      VoiceNo, Stale, Stale, Stale, Stale]),
        ("qtds",  [Yes,      Yes,     Stale, Stale, Stale, Stale]),
        ("qtsll", [Yes,      Yes,     Stale, Stale, Stale, Stale]),
        ("cu",    [WebStaff, VoiceNo, Stale, Stale, Stale, Stale]),
        ("nbs",   [WebStaff, VoiceNo, Stale, Stale, Stale, Stale]),
        ("lan",   [Yes,      Yes,     Stale, Stale, Stale, Stale]),
    ],
};

// ---------------------------------------------------------------------------------------------
// The runner.

/// An id that no object has: the "ghost" of a refused press.
const GHOST: &str = "987654";

/// Ids of the test's objects, by the names the tables use.
type Ids = BTreeMap<&'static str, String>;

/// Where a person acts.
#[derive(Clone, Copy, Debug)]
enum Room<'a> {
    Private,
    Group(&'a str),
}

fn expand(wire: &str, ids: &Ids) -> String {
    let mut out = wire.to_string();
    for (name, value) in ids {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    assert!(!out.contains('{'), "an id of {wire:?} is missing");
    out
}

/// The same press on an object that does not exist (its first id replaced by [`GHOST`]), and
/// the real id it stands for.
fn ghost_of(wire: &str, ids: &Ids) -> Option<(String, String)> {
    if wire.starts_with('/') {
        return None;
    }
    let start = wire.find('{')?;
    let end = start + wire[start..].find('}')?;
    let real = ids[&wire[start + 1..end]].clone();
    let ghost = format!("{}{GHOST}{}", &wire[..start], &wire[end + 1..]);
    Some((expand(&ghost, ids), real))
}

/// Plays one update: a typed line (`/…` or a button's label) or button data.
async fn play(t: &mut TestApp, who: &str, room: Room<'_>, what: &str) -> Vec<Printed> {
    // Button data is `kind:value…` without spaces; anything else is typed.
    let typed = what.starts_with('/') || what.contains(' ') || !what.contains(':');
    match room {
        Room::Private if typed => t
            .console
            .send_line(&format!("@{who}: {what}"))
            .await
            .expect("update handled"),
        _ => {
            let (chat_id, chat_kind, chat_title) = match room {
                Room::Private => (who.to_string(), ChatKind::Private, None),
                Room::Group(id) => (id.to_string(), ChatKind::Group, Some(id.to_string())),
            };
            let event = if typed {
                Event::Text(what.to_string())
            } else {
                Event::Button(what.to_string())
            };
            let inbound = Inbound {
                channel: Channel::Console,
                chat_id,
                chat_kind,
                chat_title,
                sender_id: who.into(),
                sender_name: None,
                language_hint: None,
                event,
            };
            t.app.engine.handle(inbound).await.expect("update handled");
            t.console.deliver().await.expect("delivered")
        }
    }
}

/// What `room` (the person's private chat, or the group) was shown, and who else was told.
fn seen(t: &TestApp, who: &str, room: Room<'_>, printed: &[Printed]) -> (String, Vec<String>) {
    let target = match room {
        Room::Private => who,
        Room::Group(id) => id,
    };
    let (here, elsewhere): (Vec<Printed>, Vec<Printed>) =
        printed.iter().cloned().partition(|p| p.handle == target);
    let others = elsewhere.into_iter().map(|p| p.handle).collect();
    (t.console.format(&here), others)
}

/// The watched tables and their columns, each row rendered to one string.
const WATCHED: [(&str, &str); 15] = [
    (
        "petitions",
        "id, tracking_code, author_id, anonymous, village_id, category_id, body, unit_id, status, \
         due_at, claimed_by, answered_at, answer_text, answer_voice, closed_at, close_reason, \
         duplicate_of, rating, reopened_count, publish",
    ),
    (
        "voice_prompts",
        "locale, message_id, kind, file_ref, recorded_by",
    ),
    ("voice_recorders", "person_id, locale"),
    ("web_links", "token_hash, person_id, used_at"),
    (
        "petition_events",
        "id, petition_id, actor_id, kind, detail, created_at",
    ),
    (
        "petition_attachments",
        "id, petition_id, kind, file_ref, text",
    ),
    (
        "announcements",
        "id, created_by, status, target, audience, scheduled_at, started_at, cancelled_at",
    ),
    (
        "announcement_variants",
        "announcement_id, language, text, voice_ref",
    ),
    (
        "invites",
        "id, code, role, unit_id, area_id, created_by, used_by, used_at",
    ),
    ("roles", "id, person_id, role, area_id, unit_id"),
    ("chats", "id, kind, village_id, unit_id, language"),
    (
        "help_requests",
        "id, learner_id, helper_id, lesson_id, accepted_at",
    ),
    ("audit_log", "id, actor_id, action, subject, detail"),
    (
        "relay_tasks",
        "id, announcement_id, village_id, person_id, reminded_at, confirmed_at",
    ),
    (
        "link_codes",
        "code, person_id, channel, expires_at, used_at",
    ),
];

type Snapshot = BTreeMap<&'static str, Vec<String>>;

/// One query for all watched tables (a round trip per table would slow PostgreSQL down); rows
/// are sorted by their rendering, which is all a comparison needs.
async fn snapshot(t: &TestApp) -> Snapshot {
    let selects: Vec<String> = WATCHED
        .iter()
        .map(|(table, columns)| {
            let row = columns
                .split(", ")
                .map(|c| format!("COALESCE(CAST({} AS TEXT), '∅')", c.trim()))
                .collect::<Vec<_>>()
                .join(" || '|' || ");
            format!("SELECT CAST('{table}' AS TEXT), {row} FROM {table}")
        })
        .collect();
    let sql = format!("{} ORDER BY 1, 2", selects.join(" UNION ALL "));
    let rows: Vec<(String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
    let mut out: Snapshot = WATCHED
        .iter()
        .map(|(table, _)| (*table, Vec::new()))
        .collect();
    for (table, row) in rows {
        if let Some(rows) = out.get_mut(table.as_str()) {
            rows.push(row);
        }
    }
    out
}

/// The rows that went and came, table by table; `None` when nothing changed.
fn changes(before: &Snapshot, after: &Snapshot) -> Option<String> {
    let mut out = Vec::new();
    for (table, rows) in after {
        let old = &before[table];
        if old != rows {
            let gone: Vec<&String> = old.iter().filter(|r| !rows.contains(r)).collect();
            let came: Vec<&String> = rows.iter().filter(|r| !old.contains(r)).collect();
            out.push(format!("{table}: -{gone:?} +{came:?}"));
        }
    }
    (!out.is_empty()).then(|| out.join("; "))
}

/// What the matrix found: every wrong cell, and the allowed cells the story played.
struct Findings {
    label: &'static str,
    failures: Vec<String>,
    played: BTreeSet<(String, String)>,
}

impl Findings {
    fn new(label: &'static str) -> Self {
        Self {
            label,
            failures: Vec::new(),
            played: BTreeSet::new(),
        }
    }

    fn fail(&mut self, who: &str, action: &str, problem: impl std::fmt::Display) {
        self.failures
            .push(format!("[{}] {who} × {action}: {problem}", self.label));
    }

    /// Checks what an allowed cell showed: every needle there, none of the `absent`.
    fn expect(&mut self, who: &str, action: &str, seen: &str, present: &[&str], absent: &[&str]) {
        for n in present {
            if !seen.contains(n) {
                self.fail(who, action, format!("expected {n:?} in:\n{seen}"));
            }
        }
        for n in absent {
            if seen.contains(n) {
                self.fail(who, action, format!("did not expect {n:?} in:\n{seen}"));
            }
        }
    }

    /// Checks a value the story expects.
    fn same<T: PartialEq + std::fmt::Debug>(&mut self, who: &str, action: &str, got: T, want: T) {
        if got != want {
            self.fail(who, action, format!("{got:?}, not {want:?}"));
        }
    }

    /// Checks that every allowed cell of `grid` was played by the story.
    fn all_played<const N: usize>(&mut self, grid: &Grid<N>) {
        for (who, row) in grid.rows {
            for ((action, _), e) in grid.actions.iter().zip(row) {
                if *e == Yes && !self.played.contains(&(who.to_string(), action.to_string())) {
                    let problem = format!("allowed in {:?} but never played", grid.name);
                    self.fail(who, action, problem);
                }
            }
        }
    }
}

/// Panics with every failure of every backend.
fn conclude(failures: Vec<String>) {
    assert!(
        failures.is_empty(),
        "{} cell(s) of the role matrix failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// The setting refused cells are played in.
struct Scene<'a> {
    ids: &'a Ids,
    room: Room<'a>,
    /// What a refused person must not read (unless they typed it themselves).
    secrets: &'a [String],
}

/// One refused cell: who, which action (its name and its wire form), the refusal, and
/// whether to try the same on an id that does not exist.
struct Cell<'a> {
    who: &'a str,
    action: &'a str,
    wire: &'a str,
    e: E,
    ghosts: bool,
}

fn cell<'a>(who: &'a str, action: &'a str, wire: &'a str, e: E, ghosts: bool) -> Cell<'a> {
    Cell {
        who,
        action,
        wire,
        e,
        ghosts,
    }
}

/// Plays one refused cell and checks it (see the module's documentation).
async fn refused(t: &mut TestApp, f: &mut Findings, scene: &Scene<'_>, cell: Cell<'_>) {
    let Cell {
        who,
        action,
        wire,
        e,
        ghosts,
    } = cell;
    let expected = refusal_text(t, e);
    let what = expand(wire, scene.ids);
    let before = snapshot(t).await;
    let printed = play(t, who, scene.room, &what).await;
    let (mine, others) = seen(t, who, scene.room, &printed);
    if !mine.contains(&expected) {
        f.fail(who, action, format!("expected {expected:?}, saw:\n{mine}"));
    }
    for secret in scene.secrets {
        if !what.contains(secret.as_str()) && mine.contains(secret.as_str()) {
            f.fail(who, action, format!("learned {secret:?} from:\n{mine}"));
        }
    }
    if !others.is_empty() {
        f.fail(who, action, format!("others were told: {others:?}"));
    }
    if let Some(changed) = changes(&before, &snapshot(t).await) {
        f.fail(who, action, format!("rows changed: {changed}"));
    }
    if ghosts && let Some((ghost, real)) = ghost_of(wire, scene.ids) {
        let printed = play(t, who, scene.room, &ghost).await;
        let (theirs, _) = seen(t, who, scene.room, &printed);
        if theirs.replace(GHOST, &real) != mine {
            f.fail(
                who,
                action,
                format!(
                    "answered unlike the same press on an id that does not exist:\n{mine}\n— vs {ghost:?} —\n{theirs}"
                ),
            );
        }
        if let Some(changed) = changes(&before, &snapshot(t).await) {
            f.fail(who, action, format!("rows changed by {ghost:?}: {changed}"));
        }
    }
}

/// Plays every refused cell of `grid` in the columns `keep` keeps.
async fn refuse_all<const N: usize>(
    t: &mut TestApp,
    f: &mut Findings,
    scene: &Scene<'_>,
    grid: &Grid<N>,
    keep: impl Fn(&str) -> bool,
) {
    for (who, row) in grid.rows {
        for ((action, wire), e) in grid.actions.iter().zip(row) {
            if *e == Yes || !keep(action) {
                continue;
            }
            let cell = Cell {
                who,
                action,
                wire,
                e: *e,
                ghosts: grid.ghosts,
            };
            refused(t, f, scene, cell).await;
        }
    }
}

/// Plays an allowed cell (or a step of one): returns what the person was shown, and records
/// the cell as played.
async fn allowed(
    t: &mut TestApp,
    f: &mut Findings,
    scene: &Scene<'_>,
    who: &str,
    action: &str,
    what: &str,
) -> (String, String) {
    f.played.insert((who.to_string(), action.to_string()));
    let printed = play(t, who, scene.room, &expand(what, scene.ids)).await;
    let (mine, _) = seen(t, who, scene.room, &printed);
    (mine, t.console.format(&printed))
}

/// A step that must not change any watched row (a prompt, a list, a cancelled step).
async fn quiet(
    t: &mut TestApp,
    f: &mut Findings,
    scene: &Scene<'_>,
    who: &str,
    action: &str,
    what: &str,
) -> String {
    let before = snapshot(t).await;
    let (mine, _) = allowed(t, f, scene, who, action, what).await;
    if let Some(changed) = changes(&before, &snapshot(t).await) {
        f.fail(who, action, format!("a prompt changed rows: {changed}"));
    }
    mine
}

// ---------------------------------------------------------------------------------------------
// Ids.

async fn id_where(t: &TestApp, sql: &'static str, key: &str) -> i64 {
    sqlx::query_scalar(sql)
        .bind(key.to_string())
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap_or_else(|e| panic!("{sql} {key}: {e}"))
}

async fn unit_id(t: &TestApp, code: &str) -> i64 {
    id_where(t, "SELECT id FROM units WHERE code = $1", code).await
}

async fn area_id(t: &TestApp, code: &str) -> i64 {
    id_where(t, "SELECT id FROM areas WHERE code = $1", code).await
}

async fn person_id(t: &TestApp, handle: &str) -> i64 {
    id_where(
        t,
        "SELECT id FROM people WHERE channel = 'console' AND external_id = $1",
        handle,
    )
    .await
}

async fn one_string(t: &TestApp, sql: &'static str, id: &str) -> String {
    sqlx::query_scalar(sql)
        .bind(id.parse::<i64>().unwrap())
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

/// The number right after `prefix` in `text`.
fn number_after(text: &str, prefix: &str) -> String {
    let start = text
        .find(prefix)
        .unwrap_or_else(|| panic!("{prefix:?} not in:\n{text}"))
        + prefix.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect()
}

/// Every button label shown in `printed`.
fn labels(printed: &str) -> BTreeSet<String> {
    printed
        .lines()
        .filter_map(|l| l.strip_prefix('[').and_then(|r| r.split_once("] ")))
        .map(|(_, label)| label.to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Petitions.

const BODY: &str = "Có người lạ vào bản lúc nửa đêm.";
const MORE: &str = "Hai người, đi xe máy không biển số.";
const ANSWER: &str = "Công an xã đã tăng cường tuần tra ban đêm.";

/// dan files P; returns its tracking code.
async fn submit_p(t: &mut TestApp) -> String {
    t.say("@dan: /kiennghi").await;
    t.say("@dan: An ninh, trật tự").await;
    t.say(&format!("@dan: {BODY}")).await;
    t.say("@dan: Gửi đi").await;
    t.say("@dan: Ghi tên tôi").await;
    let out = t.say("@dan: ✅ Gửi kiến nghị").await;
    assert!(
        out.contains("Đơn vị giải quyết: Công an xã Dào San"),
        "{out}"
    );
    find_after(&out, "Mã theo dõi: ", 9)
}

async fn status_and_unit(t: &TestApp, p: &str) -> (String, String) {
    sqlx::query_as(
        "SELECT p.status, u.code FROM petitions p JOIN units u ON u.id = p.unit_id WHERE p.id = $1",
    )
    .bind(p.parse::<i64>().unwrap())
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn roles_petition_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        let code = submit_p(&mut t).await;
        let p = id_where(
            &t,
            "SELECT id FROM petitions WHERE tracking_code = $1",
            &code.replace('-', ""),
        )
        .await;
        let ids: Ids = [
            ("P", p.to_string()),
            ("CODE", code.clone()),
            ("DS-TYT", unit_id(&t, "DS-TYT").await.to_string()),
            ("SLL-TYT", unit_id(&t, "SLL-TYT").await.to_string()),
        ]
        .into();
        let secrets = vec![
            code.clone(),
            code.replace('-', ""),
            BODY.to_string(),
            MORE.to_string(),
            ANSWER.to_string(),
        ];
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &secrets,
        };
        let t = &mut t;
        let f = &mut f;

        // P is open: every refused cell, then canbo's work up to a question for dan.
        refuse_all(t, f, &s, &PETITION, |_| true).await;

        let out = quiet(t, f, &s, "canbo", "/hangdoi", "/hangdoi").await;
        f.expect(
            "canbo",
            "/hangdoi",
            &out,
            &[&code, "1 kiến nghị đang chờ"],
            &[],
        );
        let out = quiet(t, f, &s, "canbo", "q:0", "q:0").await;
        f.expect("canbo", "q:0", &out, &[&code, &format!("📂 {code}")], &[]);
        let out = quiet(t, f, &s, "dan", "/theodoi", "/theodoi {CODE}").await;
        f.expect(
            "dan",
            "/theodoi",
            &out,
            &["📋 Kiến nghị", "Tình trạng: Đang chờ xử lý"],
            &[],
        );
        let out = quiet(t, f, &s, "dan", "view", "pet:view:{P}").await;
        f.expect(
            "dan",
            "view",
            &out,
            &["📋 Kiến nghị", "Lĩnh vực: An ninh, trật tự"],
            &[],
        );
        // The queue's button opens it; every read is in the trail.
        let (out, _) = allowed(t, f, &s, "canbo", "open", &format!("📂 {code}")).await;
        f.expect(
            "canbo",
            "open",
            &out,
            &[
                "📂 Kiến nghị",
                BODY,
                "Người gửi: console:dan",
                "🙋 Nhận xử lý",
            ],
            &[],
        );
        let (out, _) = allowed(t, f, &s, "canbo", "/theodoi", "/theodoi {CODE}").await;
        f.expect("canbo", "/theodoi", &out, &["📂 Kiến nghị", BODY], &[]);
        let viewed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM petition_events WHERE petition_id = $1 AND kind = 'viewed'",
        )
        .bind(p)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        if viewed != 2 {
            f.fail(
                "canbo",
                "open",
                format!("{viewed} reads in the trail, not 2"),
            );
        }
        let (out, all) = allowed(t, f, &s, "canbo", "claim", "Nhận xử lý").await;
        f.expect("canbo", "claim", &out, &["Đồng chí đã nhận xử lý"], &[]);
        f.expect(
            "canbo",
            "claim",
            &all,
            &["@dan:\nKiến nghị", "đang được Công an xã Dào San xử lý"],
            &[],
        );
        // Forward: the commune's other units and the supervising chain; never another commune.
        let out = quiet(t, f, &s, "canbo", "fwd", "pet:fwd:{P}").await;
        let offered = labels(&out);
        let wanted: BTreeSet<String> = [
            "UBND xã Dào San",
            "Trạm Y tế xã Dào San",
            "Ủy ban MTTQ Việt Nam xã Dào San",
            "Ban Chỉ huy Quân sự xã Dào San",
            "Văn phòng UBND tỉnh Lai Châu",
            "Hủy",
        ]
        .map(String::from)
        .into();
        if offered != wanted {
            f.fail(
                "canbo",
                "fwd",
                format!("offered {offered:?}, not {wanted:?}"),
            );
        }
        let out = quiet(t, f, &s, "canbo", "fwd→DS-TYT", "pet:fwdto:{P}:{DS-TYT}").await;
        f.expect(
            "canbo",
            "fwd→DS-TYT",
            &out,
            &["Mời đồng chí ghi lý do chuyển", "→ Trạm Y tế xã Dào San"],
            &[],
        );
        quiet(t, f, &s, "canbo", "fwd→DS-TYT", "pet:cancel").await;
        let out = quiet(t, f, &s, "canbo", "close", "pet:close:{P}").await;
        f.expect("canbo", "close", &out, &["vì lý do gì?"], &[]);
        let out = quiet(t, f, &s, "canbo", "closedup", "pet:closedup:{P}").await;
        f.expect(
            "canbo",
            "closedup",
            &out,
            &["trùng với kiến nghị nào?"],
            &[],
        );
        quiet(t, f, &s, "canbo", "closedup", "pet:cancel").await;
        let out = quiet(t, f, &s, "canbo", "closeoos", "pet:closeoos:{P}").await;
        f.expect(
            "canbo",
            "closeoos",
            &out,
            &["không thuộc phạm vi giải quyết"],
            &[],
        );
        quiet(t, f, &s, "canbo", "closeoos", "pet:cancel").await;
        let out = quiet(t, f, &s, "canbo", "answer", "pet:answer:{P}").await;
        f.expect(
            "canbo",
            "answer",
            &out,
            &["Mời đồng chí gửi câu trả lời"],
            &[],
        );
        quiet(t, f, &s, "canbo", "answer", "pet:cancel").await;
        let out = quiet(t, f, &s, "canbo", "ask", "pet:ask:{P}").await;
        f.expect("canbo", "ask", &out, &["Mời đồng chí viết câu hỏi"], &[]);
        let (_, all) = allowed(t, f, &s, "canbo", "ask", "Người lạ đi xe gì?").await;
        f.expect(
            "canbo",
            "ask",
            &all,
            &["@dan:", "cần thêm thông tin", "Người lạ đi xe gì?"],
            &[],
        );
        let (status, _) = status_and_unit(t, &ids["P"]).await;
        f.same("canbo", "ask", status.as_str(), "awaiting_info");

        // P awaits dan's information: every refused cell again, then dan adds it.
        refuse_all(t, f, &s, &PETITION, |_| true).await;
        let out = quiet(t, f, &s, "dan", "more", "pet:more:{P}").await;
        f.expect("dan", "more", &out, &["Mời bạn gửi thêm thông tin"], &[]);
        let (out, _) = allowed(t, f, &s, "dan", "more", MORE).await;
        f.expect("dan", "more", &out, &["Đã nhận 1 phần bổ sung."], &[]);
        let (_, all) = allowed(t, f, &s, "dan", "more", "Xong").await;
        f.expect(
            "dan",
            "more",
            &all,
            &[
                "Cảm ơn bạn. Thông tin bổ sung",
                "@canbo:\n✍️ Người dân đã bổ sung",
            ],
            &[],
        );

        // canbo answers.
        allowed(t, f, &s, "canbo", "answer", "pet:answer:{P}").await;
        allowed(t, f, &s, "canbo", "answer", ANSWER).await;
        let (out, all) = allowed(t, f, &s, "canbo", "answer", "Gửi trả lời").await;
        f.expect("canbo", "answer", &out, &["Đã gửi câu trả lời"], &[]);
        f.expect(
            "canbo",
            "answer",
            &all,
            &["@dan:\n📬 Kiến nghị", ANSWER, "Bạn có hài lòng"],
            &[],
        );

        // P is answered: nobody but dan may rate or reopen it; dan rates it low and reopens.
        // (Forwarding an answered P is refused to canbo as "already answered", whatever the unit:
        // the never-offered forward was tried while P was pending.)
        refuse_all(t, f, &s, &PETITION, |a| a != "fwd→SLL-TYT").await;
        let (out, _) = allowed(t, f, &s, "dan", "rate", "rate:{P}:1").await;
        f.expect(
            "dan",
            "rate",
            &out,
            &["Rất tiếc bạn chưa hài lòng", "🔄 Mở lại"],
            &[],
        );
        refuse_all(t, f, &s, &PETITION, |a| {
            ["view", "rate", "reopen"].contains(&a)
        })
        .await;
        let out = quiet(t, f, &s, "dan", "reopen", "pet:reopen:{P}").await;
        f.expect(
            "dan",
            "reopen",
            &out,
            &["vì sao câu trả lời chưa thỏa đáng"],
            &[],
        );
        let (out, all) = allowed(t, f, &s, "dan", "reopen", "Chưa thấy ai xuống bản.").await;
        f.expect("dan", "reopen", &out, &["đã được mở lại"], &[]);
        f.expect("dan", "reopen", &all, &["@canbo:\n🔄 Kiến nghị"], &[]);

        // canbo forwards P to Trạm Y tế xã Dào San: now yte has it and canbo is out.
        allowed(t, f, &s, "canbo", "fwd", "pet:fwd:{P}").await;
        allowed(t, f, &s, "canbo", "fwd→DS-TYT", "Trạm Y tế xã Dào San").await;
        let (out, all) = allowed(t, f, &s, "canbo", "fwd→DS-TYT", "Việc này thuộc y tế.").await;
        f.expect("canbo", "fwd→DS-TYT", &out, &["Đã chuyển kiến nghị"], &[]);
        f.expect(
            "canbo",
            "fwd→DS-TYT",
            &all,
            &[
                "@yte:\n📥 Kiến nghị",
                "được Công an xã Dào San chuyển đến",
                "Lý do chuyển: Việc này thuộc y tế.",
                "@dan:",
            ],
            &["@khac:"],
        );
        let moved = status_and_unit(t, &ids["P"]).await;
        f.same(
            "canbo",
            "fwd→DS-TYT",
            moved,
            ("open".into(), "DS-TYT".into()),
        );
        refuse_all(t, f, &s, &FORWARDED, |_| true).await;
        let (out, _) = allowed(t, f, &s, "yte", "/theodoi", "/theodoi {CODE}").await;
        f.expect("yte", "/theodoi", &out, &["📂 Kiến nghị", BODY, MORE], &[]);
        let (out, _) = allowed(t, f, &s, "yte", "open", "pet:open:{P}").await;
        f.expect("yte", "open", &out, &["📂 Kiến nghị", BODY], &[]);
        let (out, _) = allowed(t, f, &s, "yte", "claim", "pet:claim:{P}").await;
        f.expect("yte", "claim", &out, &["Đồng chí đã nhận xử lý"], &[]);
        let (out, _) = allowed(t, f, &s, "yte", "close", "pet:close:{P}").await;
        f.expect("yte", "close", &out, &["vì lý do gì?"], &[]);
        allowed(t, f, &s, "yte", "closeoos", "Không thuộc phạm vi của xã").await;
        let (out, all) = allowed(
            t,
            f,
            &s,
            "yte",
            "closeoos",
            "Đã chuyển lên bệnh viện huyện.",
        )
        .await;
        f.expect("yte", "closeoos", &out, &["Đã khép lại kiến nghị"], &[]);
        f.expect(
            "yte",
            "closeoos",
            &all,
            &["@dan:", "không thuộc phạm vi giải quyết"],
            &[],
        );
        let (status, _) = status_and_unit(t, &ids["P"]).await;
        f.same("yte", "closeoos", status.as_str(), "closed");

        // Nobody refused left a trace in P's trail.
        let actors: BTreeSet<String> = sqlx::query_scalar(
            "SELECT COALESCE(pe.external_id, '-') FROM petition_events e \
             LEFT JOIN people pe ON pe.id = e.actor_id WHERE e.petition_id = $1",
        )
        .bind(p)
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap()
        .into_iter()
        .collect();
        let wanted: BTreeSet<String> = ["-", "canbo", "dan", "yte"].map(String::from).into();
        f.same("everyone", "P's trail", actors, wanted);

        f.all_played(&PETITION);
        f.all_played(&FORWARDED);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// Announcements.

/// `who` writes an announcement to `area` (a button label) for subscribers, up to the preview.
async fn draft(t: &mut TestApp, who: &str, area: &str, text: &str) -> String {
    let out = t.say(&format!("@{who}: /thongbao")).await;
    assert!(out.contains("Các thông báo gần đây"), "{out}");
    t.say(&format!("@{who}: Soạn thông báo mới")).await;
    let out = t.say(&format!("@{who}: {area}")).await;
    assert!(out.contains("Đã chọn:"), "{out}");
    t.say(&format!("@{who}: Tiếp ›")).await;
    t.say(&format!("@{who}: 🔔 Người đăng ký nhận tin")).await;
    t.say(&format!("@{who}: Tất cả ngôn ngữ")).await;
    let out = t.say(&format!("@{who}: {text}")).await;
    assert!(out.contains("Xem trước: thông báo sẽ đến"), "{out}");
    out
}

/// `who` schedules an announcement to `area` for tomorrow morning; returns its id.
async fn schedule(t: &mut TestApp, who: &str, area: &str, text: &str) -> String {
    draft(t, who, area, text).await;
    t.say(&format!("@{who}: Hẹn giờ gửi")).await;
    let out = t.say(&format!("@{who}: 09:00 06/01/2026")).await;
    assert!(out.contains("sẽ được gửi lúc 09:00 06/01/2026"), "{out}");
    number_after(&out, "Thông báo số ")
}

async fn announcement_count(t: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM announcements")
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn roles_announcement_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        // Somebody to reach in each commune.
        t.say("@dan: /dangky").await;
        t.say("@khac: /dangky").await;
        let ds1 = schedule(&mut t, "qtds", "Xã Dào San", "Họp thôn sáng thứ Ba.").await;
        let ds2 = schedule(&mut t, "qtds", "Xã Dào San", "Tiêm phòng cho trâu bò.").await;
        let sll1 = schedule(&mut t, "qtsll", "Xã Sì Lở Lầu", "Lịch tiêm chủng Gia Khâu.").await;
        let sll2 = schedule(&mut t, "qtsll", "Xã Sì Lở Lầu", "Sửa đường vào bản.").await;
        let lcu = schedule(&mut t, "lan", "Tỉnh Lai Châu", "Phòng chống rét đậm.").await;
        let ids: Ids = [
            ("DS1", ds1.clone()),
            ("DS2", ds2.clone()),
            ("SLL1", sll1.clone()),
            ("SLL2", sll2.clone()),
            ("LCU", lcu.clone()),
            ("SLL", area_id(&t, "SLL").await.to_string()),
        ]
        .into();
        let secrets = vec!["Lịch tiêm chủng Gia Khâu.".to_string()];
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &secrets,
        };
        let t = &mut t;
        let f = &mut f;

        // cu writes an announcement, loses the role, then presses "Gửi ngay": refused, and no
        // announcement appears. Likewise a draft waiting for its time.
        let out = draft(t, "cu", "Xã Dào San", "Thông báo của người cũ.").await;
        assert!(out.contains("Gửi ngay"), "{out}");
        revoke_cu(t).await;
        refused(
            t,
            f,
            &s,
            cell("cu", "bc:send (own draft)", "bc:send", Admin, false),
        )
        .await;
        t.app
            .grant("console:cu", Role::Admin, Some("DS"))
            .await
            .unwrap();
        draft(t, "cu", "Xã Dào San", "Thông báo của người cũ, hẹn giờ.").await;
        t.say("@cu: Hẹn giờ gửi").await;
        revoke_cu(t).await;
        refused(
            t,
            f,
            &s,
            cell("cu", "time (own draft)", "09:30 06/01/2026", Admin, false),
        )
        .await;
        refused(
            t,
            f,
            &s,
            cell("cu", "bc:schedule (own draft)", "bc:schedule", Admin, false),
        )
        .await;
        let count = announcement_count(t).await;
        f.same("cu", "own draft after the revoke", count, 5);

        refuse_all(t, f, &s, &ANNOUNCEMENTS, |_| true).await;

        // Each admin sees their area's announcements only, and may target their area only.
        let numbered = |id: &str| format!("Thông báo số {id} (");
        for (who, mine, others) in [
            ("qtds", vec![&ds1, &ds2], vec![&sll1, &sll2, &lcu]),
            ("qtsll", vec![&sll1, &sll2], vec![&ds1, &ds2, &lcu]),
            ("lan", vec![&ds1, &ds2, &sll1, &sll2, &lcu], vec![]),
        ] {
            let out = quiet(t, f, &s, who, "/thongbao", "/thongbao").await;
            let present: Vec<String> = mine.iter().map(|id| numbered(id)).collect();
            let absent: Vec<String> = others.iter().map(|id| numbered(id)).collect();
            let present: Vec<&str> = present.iter().map(String::as_str).collect();
            let absent: Vec<&str> = absent.iter().map(String::as_str).collect();
            f.expect(who, "/thongbao", &out, &present, &absent);
        }
        for (who, offered) in [
            ("qtds", vec!["Xã Dào San", "Hủy"]),
            ("qtsll", vec!["Xã Sì Lở Lầu", "Hủy"]),
            (
                "lan",
                vec![
                    "Tỉnh Lai Châu",
                    "Xã Dào San",
                    "Xã Sì Lở Lầu",
                    "Xã Bình Lư",
                    "Hủy",
                ],
            ),
        ] {
            let out = quiet(t, f, &s, who, "bc:new", "bc:new").await;
            let shown = labels(&out);
            let wanted: BTreeSet<String> = offered.into_iter().map(String::from).collect();
            if shown != wanted {
                f.fail(who, "bc:new", format!("offered {shown:?}, not {wanted:?}"));
            }
            if who == "qtds" {
                // A forged press for another commune in the middle of a draft.
                refused(
                    t,
                    f,
                    &s,
                    cell(who, "bc:area:SLL", "bc:area:{SLL}", NotArea, false),
                )
                .await;
            }
            quiet(t, f, &s, who, "bc:new", "bc:abort").await;
        }

        // Cancelling: qtds and qtsll their own; lan any.
        for (who, action, id) in [
            ("qtds", "cancel DS", &ds1),
            ("qtsll", "cancel SLL", &sll1),
            ("lan", "cancel DS", &ds2),
            ("lan", "cancel SLL", &sll2),
            ("lan", "cancel LCU", &lcu),
        ] {
            let (out, _) = allowed(t, f, &s, who, action, &format!("bc:cancel:{id}")).await;
            f.expect(
                who,
                action,
                &out,
                &[&format!("Đã hủy thông báo số {id}.")],
                &[],
            );
            let status = one_string(t, "SELECT status FROM announcements WHERE id = $1", id).await;
            if status != "cancelled" {
                f.fail(who, action, format!("announcement {id} is {status}"));
            }
        }
        let count = announcement_count(t).await;
        f.same("everyone", "announcements", count, 5);

        f.all_played(&ANNOUNCEMENTS);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// Invites and groups.

/// Invites for Công an xã Dào San made by `who`.
async fn invites_for_ds_ca(t: &TestApp, who: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM invites i JOIN units u ON u.id = i.unit_id \
         JOIN people p ON p.id = i.created_by WHERE u.code = 'DS-CA' AND p.external_id = $1",
    )
    .bind(who.to_string())
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap()
}

#[tokio::test]
async fn roles_invite_and_group_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        let ids: Ids = [("DS-CA", unit_id(&t, "DS-CA").await.to_string())].into();
        let private = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        let t = &mut t;
        let f = &mut f;
        let s = &private;

        // Invites.
        refuse_all(t, f, s, &INVITES, |_| true).await;
        for who in ["qtds", "lan"] {
            for (action, what) in [("/moi DS-CA", "/moi DS-CA"), ("inv:DS-CA", "inv:{DS-CA}")] {
                let before = invites_for_ds_ca(t, who).await;
                let (out, _) = allowed(t, f, s, who, action, what).await;
                f.expect(
                    who,
                    action,
                    &out,
                    &["Mã mời cán bộ vào đơn vị Công an xã Dào San", "/start MOI-"],
                    &[],
                );
                let after = invites_for_ds_ca(t, who).await;
                if after != before + 1 {
                    f.fail(
                        who,
                        action,
                        format!("{} new invites, not 1", after - before),
                    );
                }
            }
        }
        let some: [(&str, &[&str], &[&str]); 3] = [
            (
                "qtds",
                &["Công an xã Dào San", "Trạm Y tế xã Dào San"],
                &["Công an xã Sì Lở Lầu", "UBND xã Bình Lư"],
            ),
            (
                "qtsll",
                &["Công an xã Sì Lở Lầu", "Trạm Y tế xã Sì Lở Lầu"],
                &["Công an xã Dào San", "UBND xã Bình Lư"],
            ),
            (
                "lan",
                &[
                    "Công an xã Dào San",
                    "Công an xã Sì Lở Lầu",
                    "UBND xã Bình Lư",
                ],
                &[],
            ),
        ];
        for (who, present, absent) in some {
            let out = quiet(t, f, s, who, "/moi", "/moi").await;
            let shown = labels(&out);
            for unit in present {
                if !shown.contains(*unit) {
                    f.fail(who, "/moi", format!("{unit} not offered: {shown:?}"));
                }
            }
            for unit in absent {
                if shown.contains(*unit) {
                    f.fail(who, "/moi", format!("{unit} offered: {shown:?}"));
                }
            }
        }

        // A village group: somebody asks for help there (so the chat exists), then it is linked
        // to Tả Phìn.
        let village = Scene {
            ids: &ids,
            room: Room::Group("nhom-ta-phin"),
            secrets: &[],
        };
        let g = &village;
        let printed = play(t, "lan", g.room, "/trogiup").await;
        assert!(!printed.is_empty());
        refuse_all(t, f, g, &NEW_VILLAGE_GROUP, |_| true).await;
        for who in ["qtds", "lan"] {
            let (out, _) = allowed(t, f, g, who, "/lienket DS-TP", "/lienket DS-TP").await;
            f.expect(
                who,
                "/lienket DS-TP",
                &out,
                &["Đã liên kết nhóm với Bản Tả Phìn, Xã Dào San."],
                &[],
            );
        }
        let (out, _) = allowed(t, f, g, "qtds", "glang:vi", "glang:vi").await;
        f.expect(
            "qtds",
            "glang:vi",
            &out,
            &["Đã chọn ngôn ngữ của nhóm: Tiếng Việt."],
            &[],
        );
        refuse_all(t, f, g, &VILLAGE_GROUP, |_| true).await;
        let (out, _) = allowed(t, f, g, "qtds", "/lienket DS-SC", "/lienket DS-SC").await;
        f.expect(
            "qtds",
            "/lienket DS-SC",
            &out,
            &["Đã liên kết nhóm với Bản Sì Choang"],
            &[],
        );
        allowed(t, f, g, "lan", "glang:vi", "glang:vi").await;
        let (out, _) = allowed(t, f, g, "lan", "/lienket DS-SC", "/lienket DS-SC").await;
        f.expect(
            "lan",
            "/lienket DS-SC",
            &out,
            &["Đã liên kết nhóm với Bản Sì Choang"],
            &[],
        );
        let (out, _) = allowed(t, f, g, "lan", "/lienket SLL-GK", "/lienket SLL-GK").await;
        f.expect(
            "lan",
            "/lienket SLL-GK",
            &out,
            &["Đã liên kết nhóm với Bản Gia Khâu"],
            &[],
        );
        // Now Gia Khâu's: Dào San's admin is out, Sì Lở Lầu's is in.
        refused(
            t,
            f,
            g,
            cell(
                "qtds",
                "/lienket DS-TP (now SLL's)",
                "/lienket DS-TP",
                GNotAdmin,
                false,
            ),
        )
        .await;
        refused(
            t,
            f,
            g,
            cell("qtds", "glang:vi (now SLL's)", "glang:vi", GLang, false),
        )
        .await;
        let (out, _) = allowed(t, f, g, "qtsll", "glang:vi (now SLL's)", "glang:vi").await;
        f.expect(
            "qtsll",
            "glang:vi (now SLL's)",
            &out,
            &["Đã chọn ngôn ngữ của nhóm"],
            &[],
        );
        let (out, _) = allowed(
            t,
            f,
            g,
            "qtsll",
            "/lienket SLL-LC (now SLL's)",
            "/lienket SLL-LC",
        )
        .await;
        f.expect(
            "qtsll",
            "/lienket SLL-LC (now SLL's)",
            &out,
            &["Đã liên kết nhóm với Bản Lả Chà"],
            &[],
        );

        // A unit's own group.
        let unit = Scene {
            ids: &ids,
            room: Room::Group("nhom-cong-an"),
            secrets: &[],
        };
        let u = &unit;
        play(t, "lan", u.room, "/trogiup").await;
        refuse_all(t, f, u, &NEW_UNIT_GROUP, |_| true).await;
        for who in ["qtds", "lan"] {
            let (out, _) = allowed(t, f, u, who, "/lienket DS-CA", "/lienket DS-CA").await;
            f.expect(
                who,
                "/lienket DS-CA",
                &out,
                &["Đã liên kết nhóm với Công an xã Dào San."],
                &[],
            );
        }
        refuse_all(t, f, u, &UNIT_GROUP, |_| true).await;
        for who in ["qtds", "lan"] {
            let (out, _) = allowed(t, f, u, who, "glang:vi", "glang:vi").await;
            f.expect(
                who,
                "glang:vi",
                &out,
                &["Đã chọn ngôn ngữ của nhóm: Tiếng Việt."],
                &[],
            );
            let (out, _) = allowed(t, f, u, who, "/lienket DS-TYT", "/lienket DS-TYT").await;
            f.expect(
                who,
                "/lienket DS-TYT",
                &out,
                &["Đã liên kết nhóm với Trạm Y tế xã Dào San."],
                &[],
            );
            allowed(t, f, u, who, "/lienket DS-TYT", "/lienket DS-CA").await;
        }
        let (out, _) = allowed(t, f, u, "lan", "/lienket SLL-CA", "/lienket SLL-CA").await;
        f.expect(
            "lan",
            "/lienket SLL-CA",
            &out,
            &["Đã liên kết nhóm với Công an xã Sì Lở Lầu."],
            &[],
        );
        refused(
            t,
            f,
            u,
            cell(
                "qtds",
                "/lienket DS-CA (now SLL's)",
                "/lienket DS-CA",
                GNotAdmin,
                false,
            ),
        )
        .await;
        let (out, _) = allowed(
            t,
            f,
            u,
            "qtsll",
            "/lienket SLL-TYT (now SLL's)",
            "/lienket SLL-TYT",
        )
        .await;
        f.expect(
            "qtsll",
            "/lienket SLL-TYT (now SLL's)",
            &out,
            &["Đã liên kết nhóm với Trạm Y tế xã Sì Lở Lầu."],
            &[],
        );

        let links: Vec<(String, Option<i64>, Option<String>)> = sqlx::query_as(
            "SELECT c.external_id, c.village_id, u.code FROM chats c LEFT JOIN units u ON u.id = c.unit_id \
             WHERE c.kind = 'group' ORDER BY c.external_id",
        )
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        let lc = area_id(t, "SLL-LC").await;
        let wanted = vec![
            (
                "nhom-cong-an".to_string(),
                None,
                Some("SLL-TYT".to_string()),
            ),
            ("nhom-ta-phin".to_string(), Some(lc), None),
        ];
        f.same("everyone", "the groups' links", links, wanted);

        for grid in [&NEW_VILLAGE_GROUP, &NEW_UNIT_GROUP] {
            f.all_played(grid);
        }
        f.all_played(&VILLAGE_GROUP);
        f.all_played(&UNIT_GROUP);
        f.all_played(&INVITES);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// Helpers.

/// `who` opens the VNeID lesson and asks for a helper.
async fn ask_for_help(t: &mut TestApp, who: &str) -> String {
    t.say(&format!("@{who}: /hoc")).await;
    t.say(&format!("@{who}: 🆔 Cài đặt và dùng VNeID")).await;
    // The learner is asked how the helper may reach them first; here, by no phone number.
    t.say(&format!("@{who}: Nhờ người hướng dẫn")).await;
    t.say(&format!("@{who}: Không chia sẻ số")).await
}

async fn request_to(t: &TestApp, learner: &str, helper: &str) -> String {
    let id: i64 = sqlx::query_scalar(
        "SELECT id FROM help_requests WHERE learner_id = $1 AND helper_id = $2 ORDER BY id DESC",
    )
    .bind(person_id(t, learner).await)
    .bind(person_id(t, helper).await)
    .fetch_one(&t.app.db.pool)
    .await
    .unwrap();
    id.to_string()
}

#[tokio::test]
async fn roles_helper_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        t.onboard_as("nbs2", "ta phin").await;
        t.app
            .grant("console:nbs2", Role::DigitalHelper, Some("DS-TP"))
            .await
            .unwrap();
        let out = ask_for_help(&mut t, "dan").await;
        assert!(
            out.contains("Đã báo cho 2 người hướng dẫn kỹ năng số")
                && out.contains("@nbs:\n🙋 dan ở Bản Tả Phìn")
                && out.contains("@nbs2:\n🙋 dan ở Bản Tả Phìn"),
            "{out}"
        );
        let ids: Ids = [
            ("R_NBS", request_to(&t, "dan", "nbs").await),
            ("R_NBS2", request_to(&t, "dan", "nbs2").await),
        ]
        .into();
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        let t = &mut t;
        let f = &mut f;

        refuse_all(t, f, &s, &HELP, |_| true).await;
        // Each helper accepts the request made to them.
        let (out, all) = allowed(t, f, &s, "nbs", "accept R_NBS", "help:ok:{R_NBS}").await;
        f.expect(
            "nbs",
            "accept R_NBS",
            &out,
            &["Cảm ơn bạn đã nhận giúp dan"],
            &[],
        );
        f.expect(
            "nbs",
            "accept R_NBS",
            &all,
            &["@dan:\n🙋 nbs, người hướng dẫn kỹ năng số của thôn, bản, đã nhận giúp bạn"],
            &[],
        );
        let (out, _) = allowed(t, f, &s, "nbs2", "accept R_NBS2", "help:ok:{R_NBS2}").await;
        f.expect(
            "nbs2",
            "accept R_NBS2",
            &out,
            &["Cảm ơn bạn đã nhận giúp dan"],
            &[],
        );
        // Once only.
        refused(
            t,
            f,
            &s,
            cell("nbs", "accept R_NBS again", "help:ok:{R_NBS}", Stale, true),
        )
        .await;

        // dan2 asks; nbs loses the role before answering: the real request is refused.
        ask_for_help(t, "dan2").await;
        let ids: Ids = [
            ("R3", request_to(t, "dan2", "nbs").await),
            ("R4", request_to(t, "dan2", "nbs2").await),
        ]
        .into();
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        let gone = t
            .app
            .revoke("console:nbs", Some(Role::DigitalHelper))
            .await
            .unwrap();
        assert_eq!(gone, 1);
        refused(
            t,
            f,
            &s,
            cell("nbs", "accept R3 after revoke", "help:ok:{R3}", Stale, true),
        )
        .await;
        let (out, _) = allowed(t, f, &s, "nbs2", "accept R4", "help:ok:{R4}").await;
        f.expect(
            "nbs2",
            "accept R4",
            &out,
            &["Cảm ơn bạn đã nhận giúp dan2"],
            &[],
        );

        f.all_played(&HELP);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// Relay and linked identities.

async fn relay_task_of(t: &TestApp, who: &str) -> String {
    id_where(
        t,
        "SELECT r.id FROM relay_tasks r JOIN people p ON p.id = r.person_id \
         WHERE p.channel = 'console' AND p.external_id = $1",
        who,
    )
    .await
    .to_string()
}

async fn relay_invites(t: &TestApp, village: &str) -> i64 {
    id_where(
        t,
        "SELECT COUNT(*) FROM invites i JOIN areas a ON a.id = i.area_id \
         WHERE i.role = 'relay' AND a.code = $1",
        village,
    )
    .await
}

#[tokio::test]
async fn roles_relay_and_linking_matrix() {
    use crate::relay::{texts, zalo};
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        t.onboard_as("rgk", "gia khau").await;
        for (who, village) in [("nbs", "DS-TP"), ("rgk", "SLL-GK")] {
            t.app
                .grant(&format!("console:{who}"), Role::Relayer, Some(village))
                .await
                .unwrap();
        }
        let request = loathon::admin_ops::BroadcastRequest {
            areas: vec!["DS-TP".into(), "SLL-GK".into()],
            audience: "groups".into(),
            languages: Vec::new(),
            text: "Họp thôn tối thứ Sáu.".into(),
            variants: Vec::new(),
            voices: Vec::new(),
            at: None,
            urgent: false,
        };
        loathon::admin_ops::broadcast(&t.app, &request)
            .await
            .unwrap();
        let out = t.say("@nbs: /menu").await;
        assert!(out.contains("Nhờ bạn chuyển thông báo số"), "{out}");
        let ids: Ids = [
            ("T_NBS", relay_task_of(&t, "nbs").await),
            ("T_RGK", relay_task_of(&t, "rgk").await),
        ]
        .into();
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        let t = &mut t;
        let f = &mut f;
        refuse_all(t, f, &s, &RELAY, |_| true).await;
        for (who, action, village) in [
            ("nbs", "ok T_NBS", "Bản Tả Phìn"),
            ("rgk", "ok T_RGK", "Bản Gia Khâu"),
        ] {
            let wire = if who == "nbs" {
                "relay:ok:{T_NBS}"
            } else {
                "relay:ok:{T_RGK}"
            };
            let (out, _) = allowed(t, f, &s, who, action, wire).await;
            f.expect(
                who,
                action,
                &out,
                &[&format!(
                    "Cảm ơn bạn! Đã ghi nhận: thông báo số 1 đã được chuyển vào nhóm của {village}."
                )],
                &[],
            );
        }
        for (who, action, village, code) in [
            ("qtds", "/chuyentin DS-TP", "Bản Tả Phìn", "DS-TP"),
            ("lan", "/chuyentin DS-TP", "Bản Tả Phìn", "DS-TP"),
            ("qtsll", "/chuyentin SLL-GK", "Bản Gia Khâu", "SLL-GK"),
            ("lan", "/chuyentin SLL-GK", "Bản Gia Khâu", "SLL-GK"),
        ] {
            let before = relay_invites(t, code).await;
            let (out, _) = allowed(t, f, &s, who, action, action).await;
            f.expect(
                who,
                action,
                &out,
                &[&format!("Mã mời người chuyển tin của {village}: MOI-")],
                &[],
            );
            f.same(who, action, relay_invites(t, code).await, before + 1);
        }
        f.all_played(&RELAY);

        // dan links his Zalo identity; dan2 shows a code on the console.
        let shown = texts(
            &zalo(
                t,
                "ZD",
                Event::Command {
                    name: "lienket".into(),
                    args: String::new(),
                },
            )
            .await,
        );
        let zd_code = find_after(&shown, "Mã liên kết của bạn: ", 6);
        let out = t.say(&format!("@dan: /lienket {zd_code}")).await;
        assert!(
            out.contains("✅ Đã liên kết Zalo với ứng dụng này."),
            "{out}"
        );
        let out = t.say("@dan2: /lienket").await;
        let code = find_after(&out, "Mã liên kết của bạn: ", 6);
        let ids: Ids = [("CODE", code.clone())].into();
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        refuse_all(t, f, &s, &LINKING, |_| true).await;
        let (out, _) = allowed(t, f, &s, "dan", "/huylienket", "/huylienket").await;
        f.expect(
            "dan",
            "/huylienket",
            &out,
            &["Đã tách liên kết: mỗi ứng dụng nay là một tài khoản riêng."],
            &[],
        );
        f.all_played(&LINKING);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// Reports.

#[tokio::test]
async fn roles_report_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        let code = submit_p(&mut t).await;
        // dan learns in Tả Phìn, up to a right answer to the first question.
        let lesson = t.app.lessons.get("lua-dao").unwrap().clone();
        t.send("dan", Event::Button("les:lua-dao".into())).await;
        for _ in 0..lesson.steps.len() {
            t.send("dan", Event::Button("les:next".into())).await;
        }
        let right = format!("quiz:0:{}", lesson.quiz[0].correct - 1);
        let out = t.send("dan", Event::Button(right)).await;
        assert!(out.contains("Đúng rồi"), "{out}");

        let ids = Ids::new();
        let secrets = vec![code.clone(), BODY.to_string()];
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &secrets,
        };
        let t = &mut t;
        let f = &mut f;
        refuse_all(t, f, &s, &REPORTS, |_| true).await;

        let out = quiet(t, f, &s, "qtds", "/baocao", "/baocao").await;
        f.expect(
            "qtds",
            "/baocao",
            &out,
            &["Báo cáo kiến nghị — Xã Dào San", "tổng số 1 kiến nghị"],
            &[],
        );
        let out = quiet(t, f, &s, "qtsll", "/baocao", "/baocao").await;
        f.expect(
            "qtsll",
            "/baocao",
            &out,
            &["Báo cáo kiến nghị — Xã Sì Lở Lầu", "tổng số 0 kiến nghị"],
            &["Tả Phìn", "Công an xã Dào San", &code],
        );
        let out = quiet(t, f, &s, "lan", "/baocao", "/baocao").await;
        f.expect(
            "lan",
            "/baocao",
            &out,
            &["Báo cáo kiến nghị — Tỉnh Lai Châu", "tổng số 1 kiến nghị"],
            &[],
        );

        let out = quiet(t, f, &s, "qtds", "/tiendo", "/tiendo").await;
        f.expect(
            "qtds",
            "/tiendo",
            &out,
            &["• Bản Tả Phìn: 1 người học", "trả lời đúng ngay lần đầu"],
            &[],
        );
        let out = quiet(t, f, &s, "lan", "/tiendo", "/tiendo").await;
        f.expect(
            "lan",
            "/tiendo",
            &out,
            &["• Xã Dào San: 1 người học", "Bấm tên xã để xem chi tiết"],
            &["Bản Tả Phìn"],
        );
        let out = quiet(t, f, &s, "qtsll", "/tiendo", "/tiendo").await;
        // Quiz pass rates are scoped like the villages: Sì Lở Lầu's admin reads nothing of
        // how Dào San's learners answered.
        f.expect(
            "qtsll",
            "/tiendo",
            &out,
            &["Chưa có ai bắt đầu học"],
            &["Tả Phìn", "đúng ngay lần đầu 0%", "đúng ngay lần đầu 100%"],
        );

        f.all_played(&REPORTS);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}

// ---------------------------------------------------------------------------------------------
// The web, voice prompts and publishing.

async fn count_where(t: &TestApp, sql: &'static str, key: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(key)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

/// `dan`'s petition up to its summary, named or anonymous: what the summary showed.
async fn draft_to_summary(t: &mut TestApp, who: &str, anonymity: &str) -> String {
    t.say(&format!("@{who}: /kiennghi")).await;
    t.say(&format!("@{who}: An ninh, trật tự")).await;
    t.say(&format!("@{who}: {BODY}")).await;
    t.say(&format!("@{who}: Gửi đi")).await;
    t.say(&format!("@{who}: {anonymity}")).await
}

#[tokio::test]
async fn roles_web_voice_and_publishing_matrix() {
    let mut failures = Vec::new();
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let mut f = Findings::new(db.label);
        cast(&mut t).await;
        revoke_cu(&t).await;
        let gone = t
            .app
            .revoke("console:yte", Some(Role::Officer))
            .await
            .unwrap();
        assert_eq!(gone, 1, "yte was an officer");
        let ids = Ids::new();
        let s = Scene {
            ids: &ids,
            room: Room::Private,
            secrets: &[],
        };
        let t = &mut t;
        let f = &mut f;
        refuse_all(t, f, &s, &WEB_VOICE, |_| true).await;

        // Officers and admins get a one-time link, kept (hashed) for them alone.
        for who in ["canbo", "khac", "qtds", "qtsll", "lan"] {
            let person = person_id(t, who).await;
            let links = "SELECT COUNT(*) FROM web_links WHERE person_id = $1";
            let before = count_where(t, links, person).await;
            let (out, _) = allowed(t, f, &s, who, "/web", "/web").await;
            f.expect(
                who,
                "/web",
                &out,
                &[
                    "🖥 Đường dẫn đăng nhập trang làm việc trên web",
                    "/web/login/",
                ],
                &[],
            );
            f.same(who, "/web", count_where(t, links, person).await, before + 1);
        }

        // Admins record; a skip moves on, a stop ends the flow; nothing is stored without a
        // voice note.
        for who in ["qtds", "qtsll", "lan"] {
            let (out, _) = allowed(t, f, &s, who, "/ghiam hnj", "/ghiam hnj").await;
            f.expect(who, "/ghiam hnj", &out, &["🎙 Ghi âm bằng", "🎙 Tin 1/"], &[]);
            let out = quiet(t, f, &s, who, "voice:skip", "voice:skip").await;
            f.expect(who, "voice:skip", &out, &["🎙 Tin 2/"], &[]);
            let out = quiet(t, f, &s, who, "voice:stop", "voice:stop").await;
            f.expect(who, "voice:stop", &out, &[], &["🎙 Tin 3/"]);
            // Stopped: the same press again is an old button.
            let stale = refusal_text(t, Stale);
            let out = quiet(t, f, &s, who, "voice:stop again", "voice:stop").await;
            f.expect(who, "voice:stop again", &out, &[&stale], &[]);
        }
        f.all_played(&WEB_VOICE);

        // Publishing is the author's choice on their own summary: dan agrees; dan2's forged
        // «no» meets no summary of theirs and changes nothing of dan's.
        let out = draft_to_summary(t, "dan", "Ghi tên tôi").await;
        f.expect(
            "dan",
            "summary",
            &out,
            &["🔒 Kiến nghị không đăng công khai."],
            &[],
        );
        let out = t.send("dan", Event::Button("pet:pub:yes".into())).await;
        f.expect(
            "dan",
            "pet:pub:yes",
            &out,
            &["🌐 Nội dung và câu trả lời sẽ được đăng"],
            &[],
        );
        let stale = refusal_text(t, Stale);
        let before = snapshot(t).await;
        let out = t.send("dan2", Event::Button("pet:pub:no".into())).await;
        f.expect(
            "dan2",
            "pet:pub:no (dan's draft)",
            &out,
            &[&stale],
            &["@dan:"],
        );
        if let Some(changed) = changes(&before, &snapshot(t).await) {
            f.fail(
                "dan2",
                "pet:pub:no (dan's draft)",
                format!("rows changed: {changed}"),
            );
        }
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9).replace('-', "");
        let published: i64 = sqlx::query_scalar(
            "SELECT CAST(publish AS BIGINT) FROM petitions WHERE tracking_code = $1",
        )
        .bind(&code)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        f.same("dan", "pet:pub:yes", published, 1);

        // An anonymous petition is never published, whatever its author's chat sends.
        let out = draft_to_summary(t, "dan2", "🙈 Giấu tên").await;
        f.expect(
            "dan2",
            "anonymous summary",
            &out,
            &[],
            &["🔒 Kiến nghị không đăng", "🌐"],
        );
        let out = t.send("dan2", Event::Button("pet:pub:yes".into())).await;
        f.expect(
            "dan2",
            "pet:pub:yes (anonymous)",
            &out,
            &[],
            &["🌐 Nội dung"],
        );
        let out = t.say("@dan2: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9).replace('-', "");
        let published: i64 = sqlx::query_scalar(
            "SELECT CAST(publish AS BIGINT) FROM petitions WHERE tracking_code = $1",
        )
        .bind(&code)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        f.same("dan2", "pet:pub:yes (anonymous)", published, 0);
        failures.append(&mut f.failures);
        db.cleanup().await;
    }
    conclude(failures);
}
