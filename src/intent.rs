//! Typed intents: what a button press or a typed command asks for, parsed once from the wire and
//! matched exhaustively.
//!
//! Button data is what a press sends back (at most 64 bytes on Telegram). An [`Intent`] carries
//! only what the person was offered: an id in it is a *request* that the services look up and
//! check again, never a proof that the person may act on it. Data that does not parse is an old
//! or forged button and gets the "this button is out of date" answer.
//!
//! The wire format is `kind:value[:value]`, kept stable so that buttons already sitting in
//! people's chats keep working after an upgrade.

use std::fmt;

use crate::domain::LocaleTag;
use crate::store::broadcasts::Audience;

/// Telegram's limit on callback data.
pub const MAX_BUTTON_BYTES: usize = 64;

/// Onboarding's consent question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentChoice {
    Agree,
    Decline,
    /// Show the notice again after declining.
    Review,
    /// The notice's details ("xem thêm"): what is kept, who reads it, the person's rights.
    More,
    /// Ask the village's helpers to read the notice with the person (it is not translated).
    AskReader,
}

/// Voice prompts (`voice:…`): the recording flow's buttons, and «nghe bằng giọng nói».
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VoiceStep {
    /// No recording for this message: the next one.
    Skip,
    /// Leave the recording flow.
    Stop,
    /// Turn listening by voice on or off.
    Listen(bool),
}

/// An admin's report, one commune in detail (`rep:…`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportStep {
    /// `/baocao` for one commune.
    Petitions(i64),
    /// `/tiendo` for one commune: its villages.
    Lessons(i64),
    /// `/tiendo` for one commune: each lesson, with first-try correctness.
    LessonsByLesson(i64),
}

/// The main menu's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MenuItem {
    Petition,
    Track,
    News,
    /// Announcements of the person's village in their private chat (`/dangky`).
    Subscribe,
    /// No more announcements in the private chat (`/huydangky`).
    Unsubscribe,
    Learn,
    Broadcast,
    Report,
    Language,
    Place,
    Profile,
    Help,
}

impl MenuItem {
    pub const ALL: [MenuItem; 12] = [
        MenuItem::Petition,
        MenuItem::Track,
        MenuItem::News,
        MenuItem::Subscribe,
        MenuItem::Unsubscribe,
        MenuItem::Learn,
        MenuItem::Broadcast,
        MenuItem::Report,
        MenuItem::Language,
        MenuItem::Place,
        MenuItem::Profile,
        MenuItem::Help,
    ];

    fn as_str(self) -> &'static str {
        match self {
            MenuItem::Petition => "petition",
            MenuItem::Track => "track",
            MenuItem::News => "news",
            MenuItem::Subscribe => "sub",
            MenuItem::Unsubscribe => "unsub",
            MenuItem::Learn => "learn",
            MenuItem::Broadcast => "broadcast",
            MenuItem::Report => "report",
            MenuItem::Language => "lang",
            MenuItem::Place => "place",
            MenuItem::Profile => "me",
            MenuItem::Help => "help",
        }
    }

    fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.as_str() == s)
    }

    /// The Fluent id of the item's label.
    pub fn label_id(self) -> &'static str {
        match self {
            MenuItem::Petition => "menu-petition",
            MenuItem::Track => "menu-track",
            MenuItem::News => "menu-news",
            MenuItem::Subscribe => "menu-subscribe",
            MenuItem::Unsubscribe => "menu-unsubscribe",
            MenuItem::Learn => "menu-learn",
            MenuItem::Broadcast => "menu-broadcast",
            MenuItem::Report => "menu-report",
            MenuItem::Language => "menu-language",
            MenuItem::Place => "menu-place",
            MenuItem::Profile => "menu-profile",
            MenuItem::Help => "menu-help",
        }
    }
}

/// A person's own data, from "Thông tin của tôi" (`me:…`): each asks first, then acts on "Yes".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivacyStep {
    /// "Rút lại đồng ý": shows what withdrawing means, with Yes/No.
    AskWithdraw,
    Withdraw,
    /// "Xóa dữ liệu của tôi": shows what deleting means, with Yes/No.
    AskDelete,
    Delete,
    /// "No": nothing changes.
    Keep,
}

/// Steps of writing an announcement (`bc:…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BroadcastStep {
    New,
    /// Cancel a scheduled or sending announcement.
    Cancel(i64),
    /// Leave the draft.
    Abort,
    AddArea(i64),
    AreasDone,
    Audience(Audience),
    /// Only recipients of one language, or all (`None`).
    Languages(Option<LocaleTag>),
    AddVariant(LocaleTag),
    AddVoice(LocaleTag),
    Send,
    Schedule,
    /// Mark (or unmark) the draft urgent.
    Urgent,
}

/// Steps of a lesson (`les:…`, `quiz:…`, `help:…`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LessonStep {
    List,
    Next,
    Previous,
    AskHelper,
    Open(String),
    Answer {
        question: usize,
        option: usize,
    },
    /// A helper accepts the help request with this id.
    AcceptHelp(i64),
    /// How the learner asking for a helper agrees to be reached.
    Reach(Reach),
}

/// How a learner agrees to be reached by a digital helper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// By the phone number they typed and were shown.
    Phone,
    /// Not at all: the helper learns their name and village only.
    Nothing,
}

/// What a button press asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Intent {
    Language(LocaleTag),
    Commune(i64),
    Village(i64),
    /// A page of the picker on screen.
    Page(usize),
    /// From a commune's villages back to the communes.
    BackToCommunes,
    Consent(ConsentChoice),
    /// Onboarding's question: the village's announcements in the private chat, yes or no.
    Subscription(bool),
    Menu(MenuItem),
    /// A deep link into the private chat (`/start <payload>`); channels show it as a link.
    OpenPrivate(String),

    // A villager's petition.
    Category(i64),
    /// Leave whatever petition or officer step is pending.
    Cancel,
    DraftDone,
    Anonymous(bool),
    /// Whether the public page may show the petition (its author's yes or no on the summary).
    Publish(bool),
    ConfirmPetition,
    ViewOwn(i64),
    AddInfo(i64),
    AddInfoDone(i64),
    Rate {
        petition: i64,
        stars: u8,
    },
    Reopen(i64),
    KeepRating,
    /// "Talk first": the words kept as a draft go to the full list of categories.
    PickCategory,
    /// "Talk first": the words kept as a draft are not to be sent.
    DropDraft,
    /// The author lets a relative or the commune office follow the petition.
    Share(i64),
    /// The author stops that.
    Unshare(i64),

    // An officer's work.
    Queue(u32),
    Open(i64),
    Claim(i64),
    Answer(i64),
    SendAnswer,
    Ask(i64),
    Forward(i64),
    ForwardTo {
        petition: i64,
        unit: i64,
    },
    Close(i64),
    /// The whole timeline of a petition, long texts in full.
    History(i64),
    /// Merge into another petition after the warnings were read.
    ConfirmMerge {
        petition: i64,
        into: i64,
    },
    CloseDuplicate(i64),
    CloseOutOfScope(i64),
    /// An admin's invite for an officer of this unit.
    InviteFor(i64),
    /// An admin takes an officer's role in a unit away.
    RevokeOfficer {
        person: i64,
        unit: i64,
    },

    Broadcast(BroadcastStep),
    Lesson(LessonStep),
    Report(ReportStep),
    /// A group's language (admins only).
    GroupLanguage(LocaleTag),
    Privacy(PrivacyStep),
    /// A relayer says the announcement of this relay task is in the village's group.
    RelayDone(i64),
    Voice(VoiceStep),
    /// Page `page` of the buttons of a message that had more than the channel shows at once
    /// (`message::fit_buttons`): the step on screen stays as it is. `of` names that message by
    /// its buttons ([`crate::message::paged_key`]); data from before it was added (`None`)
    /// pages the latest such message.
    ButtonsPage {
        page: usize,
        of: Option<u32>,
    },
}

fn id(s: &str) -> Option<i64> {
    s.parse::<i64>().ok().filter(|n| *n > 0)
}

fn tag(s: &str) -> Option<LocaleTag> {
    LocaleTag::parse(s).ok()
}

/// A lesson id: lowercase letters, digits and `-`, as the seeds name them.
fn lesson_id(s: &str) -> Option<String> {
    (!s.is_empty()
        && s.len() <= 40
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
    .then(|| s.to_string())
}

/// A paged message's key: eight lowercase hex digits.
fn paged_key(s: &str) -> Option<u32> {
    (s.len() == 8
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, 'a'..='f')))
    .then(|| u32::from_str_radix(s, 16).ok())
    .flatten()
}

/// A deep-link payload: what Telegram allows after `?start=`.
fn payload(s: &str) -> Option<String> {
    (!s.is_empty()
        && s.len() <= 58
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-'))
    .then(|| s.to_string())
}

impl Intent {
    /// Reads button data; `None` for anything this version does not offer.
    pub fn parse(data: &str) -> Option<Intent> {
        if data.len() > MAX_BUTTON_BYTES {
            return None;
        }
        let words: Vec<&str> = data.split(':').collect();
        use BroadcastStep as B;
        use Intent as I;
        Some(match words.as_slice() {
            ["lang", t] => I::Language(tag(t)?),
            ["commune", n] => I::Commune(id(n)?),
            ["village", n] => I::Village(id(n)?),
            ["page", n] => I::Page(n.parse().ok()?),
            ["back"] => I::BackToCommunes,
            ["consent", "yes"] => I::Consent(ConsentChoice::Agree),
            ["consent", "no"] => I::Consent(ConsentChoice::Decline),
            ["consent", "review"] => I::Consent(ConsentChoice::Review),
            ["consent", "more"] => I::Consent(ConsentChoice::More),
            ["consent", "reader"] => I::Consent(ConsentChoice::AskReader),
            ["voice", "skip"] => I::Voice(VoiceStep::Skip),
            ["voice", "stop"] => I::Voice(VoiceStep::Stop),
            ["voice", "on"] => I::Voice(VoiceStep::Listen(true)),
            ["voice", "off"] => I::Voice(VoiceStep::Listen(false)),
            ["rep", "pet", n] => I::Report(ReportStep::Petitions(id(n)?)),
            ["rep", "les", n] => I::Report(ReportStep::Lessons(id(n)?)),
            ["rep", "lesq", n] => I::Report(ReportStep::LessonsByLesson(id(n)?)),
            ["sub", "yes"] => I::Subscription(true),
            ["sub", "no"] => I::Subscription(false),
            ["menu", m] => I::Menu(MenuItem::parse(m)?),
            ["start", p] => I::OpenPrivate(payload(p)?),
            ["cat", n] => I::Category(id(n)?),
            ["rate", p, n] => I::Rate {
                petition: id(p)?,
                stars: n.parse::<u8>().ok().filter(|n| (1..=5).contains(n))?,
            },
            ["q", n] => I::Queue(n.parse().ok()?),
            ["inv", n] => I::InviteFor(id(n)?),
            ["rev", p, u] => I::RevokeOfficer {
                person: id(p)?,
                unit: id(u)?,
            },
            ["glang", t] => I::GroupLanguage(tag(t)?),
            ["relay", "ok", n] => I::RelayDone(id(n)?),
            ["more", n] => I::ButtonsPage {
                page: n.parse().ok()?,
                of: None,
            },
            ["more", n, key] => I::ButtonsPage {
                page: n.parse().ok()?,
                of: Some(paged_key(key)?),
            },
            ["pet", "cancel"] => I::Cancel,
            ["pet", "done"] => I::DraftDone,
            ["pet", "confirm"] => I::ConfirmPetition,
            ["pet", "noreopen"] => I::KeepRating,
            ["pet", "pick"] => I::PickCategory,
            ["pet", "drop"] => I::DropDraft,
            ["pet", "answersend"] => I::SendAnswer,
            ["pet", "anon", "yes"] => I::Anonymous(true),
            ["pet", "anon", "no"] => I::Anonymous(false),
            ["pet", "pub", "yes"] => I::Publish(true),
            ["pet", "pub", "no"] => I::Publish(false),
            ["pet", "fwdto", p, u] => I::ForwardTo {
                petition: id(p)?,
                unit: id(u)?,
            },
            ["pet", "merge", p, into] => I::ConfirmMerge {
                petition: id(p)?,
                into: id(into)?,
            },
            ["pet", action, n] => {
                let n = id(n)?;
                match *action {
                    "view" => I::ViewOwn(n),
                    "more" => I::AddInfo(n),
                    "moredone" => I::AddInfoDone(n),
                    "reopen" => I::Reopen(n),
                    "share" => I::Share(n),
                    "unshare" => I::Unshare(n),
                    "open" => I::Open(n),
                    "claim" => I::Claim(n),
                    "answer" => I::Answer(n),
                    "ask" => I::Ask(n),
                    "fwd" => I::Forward(n),
                    "close" => I::Close(n),
                    "hist" => I::History(n),
                    "closedup" => I::CloseDuplicate(n),
                    "closeoos" => I::CloseOutOfScope(n),
                    _ => return None,
                }
            }
            ["les", "list"] => I::Lesson(LessonStep::List),
            ["les", "next"] => I::Lesson(LessonStep::Next),
            ["les", "prev"] => I::Lesson(LessonStep::Previous),
            ["les", "help"] => I::Lesson(LessonStep::AskHelper),
            ["les", lesson] => I::Lesson(LessonStep::Open(lesson_id(lesson)?)),
            ["quiz", q, o] => I::Lesson(LessonStep::Answer {
                question: q.parse().ok()?,
                option: o.parse().ok()?,
            }),
            ["help", "ok", request] => I::Lesson(LessonStep::AcceptHelp(id(request)?)),
            ["help", "reach", "phone"] => I::Lesson(LessonStep::Reach(Reach::Phone)),
            ["help", "reach", "none"] => I::Lesson(LessonStep::Reach(Reach::Nothing)),
            ["me", "withdraw"] => I::Privacy(PrivacyStep::AskWithdraw),
            ["me", "withdraw", "yes"] => I::Privacy(PrivacyStep::Withdraw),
            ["me", "delete"] => I::Privacy(PrivacyStep::AskDelete),
            ["me", "delete", "yes"] => I::Privacy(PrivacyStep::Delete),
            ["me", "keep"] => I::Privacy(PrivacyStep::Keep),
            ["bc", "new"] => I::Broadcast(B::New),
            ["bc", "cancel", n] => I::Broadcast(B::Cancel(id(n)?)),
            ["bc", "abort"] => I::Broadcast(B::Abort),
            ["bc", "area", n] => I::Broadcast(B::AddArea(id(n)?)),
            ["bc", "areasdone"] => I::Broadcast(B::AreasDone),
            ["bc", "aud", a] => I::Broadcast(B::Audience(Audience::parse(a)?)),
            ["bc", "lang", "all"] => I::Broadcast(B::Languages(None)),
            ["bc", "lang", t] => I::Broadcast(B::Languages(Some(tag(t)?))),
            ["bc", "var", t] => I::Broadcast(B::AddVariant(tag(t)?)),
            ["bc", "voice", t] => I::Broadcast(B::AddVoice(tag(t)?)),
            ["bc", "send"] => I::Broadcast(B::Send),
            ["bc", "schedule"] => I::Broadcast(B::Schedule),
            ["bc", "urgent"] => I::Broadcast(B::Urgent),
            _ => return None,
        })
    }

    /// The button data for this intent.
    pub fn encode(&self) -> String {
        self.to_string()
    }

    /// Presses that move within one picker (a page, back to the communes, from a commune to its
    /// villages): the picker is edited in place where the channel can.
    pub fn flips_in_place(&self) -> bool {
        matches!(
            self,
            Intent::Page(_) | Intent::BackToCommunes | Intent::Commune(_)
        )
    }
}

impl fmt::Display for Intent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use Intent as I;
        match self {
            I::Language(t) => write!(f, "lang:{t}"),
            I::Commune(n) => write!(f, "commune:{n}"),
            I::Village(n) => write!(f, "village:{n}"),
            I::Page(n) => write!(f, "page:{n}"),
            I::BackToCommunes => f.write_str("back"),
            I::Consent(c) => f.write_str(match c {
                ConsentChoice::Agree => "consent:yes",
                ConsentChoice::Decline => "consent:no",
                ConsentChoice::Review => "consent:review",
                ConsentChoice::More => "consent:more",
                ConsentChoice::AskReader => "consent:reader",
            }),
            I::Subscription(yes) => write!(f, "sub:{}", if *yes { "yes" } else { "no" }),
            I::Menu(m) => write!(f, "menu:{}", m.as_str()),
            I::OpenPrivate(p) => write!(f, "start:{p}"),
            I::Category(n) => write!(f, "cat:{n}"),
            I::Cancel => f.write_str("pet:cancel"),
            I::DraftDone => f.write_str("pet:done"),
            I::Anonymous(yes) => write!(f, "pet:anon:{}", if *yes { "yes" } else { "no" }),
            I::Publish(yes) => write!(f, "pet:pub:{}", if *yes { "yes" } else { "no" }),
            I::ConfirmPetition => f.write_str("pet:confirm"),
            I::ViewOwn(n) => write!(f, "pet:view:{n}"),
            I::AddInfo(n) => write!(f, "pet:more:{n}"),
            I::AddInfoDone(n) => write!(f, "pet:moredone:{n}"),
            I::Rate { petition, stars } => write!(f, "rate:{petition}:{stars}"),
            I::Reopen(n) => write!(f, "pet:reopen:{n}"),
            I::KeepRating => f.write_str("pet:noreopen"),
            I::PickCategory => f.write_str("pet:pick"),
            I::DropDraft => f.write_str("pet:drop"),
            I::Share(n) => write!(f, "pet:share:{n}"),
            I::Unshare(n) => write!(f, "pet:unshare:{n}"),
            I::Queue(n) => write!(f, "q:{n}"),
            I::Open(n) => write!(f, "pet:open:{n}"),
            I::Claim(n) => write!(f, "pet:claim:{n}"),
            I::Answer(n) => write!(f, "pet:answer:{n}"),
            I::SendAnswer => f.write_str("pet:answersend"),
            I::Ask(n) => write!(f, "pet:ask:{n}"),
            I::Forward(n) => write!(f, "pet:fwd:{n}"),
            I::ForwardTo { petition, unit } => write!(f, "pet:fwdto:{petition}:{unit}"),
            I::Close(n) => write!(f, "pet:close:{n}"),
            I::History(n) => write!(f, "pet:hist:{n}"),
            I::ConfirmMerge { petition, into } => write!(f, "pet:merge:{petition}:{into}"),
            I::CloseDuplicate(n) => write!(f, "pet:closedup:{n}"),
            I::CloseOutOfScope(n) => write!(f, "pet:closeoos:{n}"),
            I::InviteFor(n) => write!(f, "inv:{n}"),
            I::RevokeOfficer { person, unit } => write!(f, "rev:{person}:{unit}"),
            I::GroupLanguage(t) => write!(f, "glang:{t}"),
            I::RelayDone(n) => write!(f, "relay:ok:{n}"),
            I::Voice(step) => f.write_str(match step {
                VoiceStep::Skip => "voice:skip",
                VoiceStep::Stop => "voice:stop",
                VoiceStep::Listen(true) => "voice:on",
                VoiceStep::Listen(false) => "voice:off",
            }),
            I::ButtonsPage { page, of: None } => write!(f, "more:{page}"),
            I::ButtonsPage {
                page,
                of: Some(key),
            } => write!(f, "more:{page}:{key:08x}"),
            I::Privacy(step) => f.write_str(match step {
                PrivacyStep::AskWithdraw => "me:withdraw",
                PrivacyStep::Withdraw => "me:withdraw:yes",
                PrivacyStep::AskDelete => "me:delete",
                PrivacyStep::Delete => "me:delete:yes",
                PrivacyStep::Keep => "me:keep",
            }),
            I::Broadcast(step) => {
                use BroadcastStep as B;
                match step {
                    B::New => f.write_str("bc:new"),
                    B::Cancel(n) => write!(f, "bc:cancel:{n}"),
                    B::Abort => f.write_str("bc:abort"),
                    B::AddArea(n) => write!(f, "bc:area:{n}"),
                    B::AreasDone => f.write_str("bc:areasdone"),
                    B::Audience(a) => write!(f, "bc:aud:{}", a.as_str()),
                    B::Languages(None) => f.write_str("bc:lang:all"),
                    B::Languages(Some(t)) => write!(f, "bc:lang:{t}"),
                    B::AddVariant(t) => write!(f, "bc:var:{t}"),
                    B::AddVoice(t) => write!(f, "bc:voice:{t}"),
                    B::Send => f.write_str("bc:send"),
                    B::Schedule => f.write_str("bc:schedule"),
                    B::Urgent => f.write_str("bc:urgent"),
                }
            }
            I::Lesson(step) => match step {
                LessonStep::List => f.write_str("les:list"),
                LessonStep::Next => f.write_str("les:next"),
                LessonStep::Previous => f.write_str("les:prev"),
                LessonStep::AskHelper => f.write_str("les:help"),
                LessonStep::Open(id) => write!(f, "les:{id}"),
                LessonStep::Answer { question, option } => write!(f, "quiz:{question}:{option}"),
                LessonStep::AcceptHelp(n) => write!(f, "help:ok:{n}"),
                LessonStep::Reach(Reach::Phone) => f.write_str("help:reach:phone"),
                LessonStep::Reach(Reach::Nothing) => f.write_str("help:reach:none"),
            },
            I::Report(ReportStep::Petitions(n)) => write!(f, "rep:pet:{n}"),
            I::Report(ReportStep::Lessons(n)) => write!(f, "rep:les:{n}"),
            I::Report(ReportStep::LessonsByLesson(n)) => write!(f, "rep:lesq:{n}"),
        }
    }
}

/// A typed command (`/name args`), in a private chat or a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// `/start`, with a deep-link payload or an invite code.
    Start(String),
    Petition,
    Learn,
    Broadcast,
    Subscribe,
    Unsubscribe,
    /// `/tiendo [commune]`: per commune, or one commune's villages.
    LessonReport(String),
    /// `/theodoi [code]`.
    Track(String),
    /// `/hangdoi [page]`, pages counted from 1.
    Queue(u32),
    /// `/moi [unit code]`.
    Invite(String),
    /// `/canbo`: the officers of the admin's units, to take a role back.
    Officers,
    /// `/baocao [commune]`: per commune, or one commune in detail.
    Report(String),
    /// `/ngonngu [language]`.
    Language(String),
    Help,
    Menu,
    Cancel,
    /// `/lienket <code>` in a group (link it to a village); in a private chat, `/lienket` shows
    /// a code to link this app's identity with another app's, `/lienket <code>` uses one.
    Link(String),
    /// `/huylienket`: the linked apps become separate people again.
    Unlink,
    /// `/chuyentin <village code>` (admins): an invite for a relayer of the village.
    RelayInvite(String),
    /// `/ghiam <language>` (admins, named recorders): record the key messages in a language.
    Record(String),
    /// `/web` (officers, admins): a one-time sign-in link to the web pages.
    Web,
    /// Anything else, by name.
    Unknown(String),
}

impl Command {
    /// Reads a command's name (lowercase, without `@bot`) and arguments.
    pub fn parse(name: &str, args: &str) -> Command {
        let args = args.trim().to_string();
        match name {
            "start" | "batdau" => Command::Start(args),
            "kiennghi" => Command::Petition,
            "hoc" => Command::Learn,
            "thongbao" => Command::Broadcast,
            "dangky" => Command::Subscribe,
            "huydangky" => Command::Unsubscribe,
            "tiendo" => Command::LessonReport(args),
            "theodoi" => Command::Track(args),
            "hangdoi" => Command::Queue(args.parse().unwrap_or(1).max(1)),
            "moi" => Command::Invite(args),
            "ghiam" => Command::Record(args),
            "canbo" => Command::Officers,
            "baocao" => Command::Report(args),
            "ngonngu" | "language" => Command::Language(args),
            "trogiup" | "help" => Command::Help,
            "menu" => Command::Menu,
            "huy" | "cancel" => Command::Cancel,
            "lienket" | "link" => Command::Link(args),
            "huylienket" | "unlink" => Command::Unlink,
            "chuyentin" => Command::RelayInvite(args),
            "web" => Command::Web,
            other => Command::Unknown(other.to_string()),
        }
    }

    /// The command's Vietnamese name, as people type it.
    pub fn name(&self) -> &str {
        match self {
            Command::Start(_) => "start",
            Command::Petition => "kiennghi",
            Command::Learn => "hoc",
            Command::Broadcast => "thongbao",
            Command::Subscribe => "dangky",
            Command::Unsubscribe => "huydangky",
            Command::LessonReport(_) => "tiendo",
            Command::Track(_) => "theodoi",
            Command::Queue(_) => "hangdoi",
            Command::Invite(_) => "moi",
            Command::Officers => "canbo",
            Command::Report(_) => "baocao",
            Command::Language(_) => "ngonngu",
            Command::Help => "trogiup",
            Command::Menu => "menu",
            Command::Cancel => "huy",
            Command::Link(_) => "lienket",
            Command::Unlink => "huylienket",
            Command::RelayInvite(_) => "chuyentin",
            Command::Record(_) => "ghiam",
            Command::Web => "web",
            Command::Unknown(name) => name,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of every intent, with the largest ids and longest values a button carries.
    fn every_intent() -> Vec<Intent> {
        let big = i64::MAX;
        let t = LocaleTag::parse("hnj").unwrap();
        let mut all = vec![
            Intent::Language(t.clone()),
            Intent::Commune(big),
            Intent::Village(big),
            Intent::Page(usize::MAX),
            Intent::BackToCommunes,
            Intent::Consent(ConsentChoice::Agree),
            Intent::Consent(ConsentChoice::Decline),
            Intent::Consent(ConsentChoice::Review),
            Intent::Consent(ConsentChoice::More),
            Intent::Report(ReportStep::Petitions(big)),
            Intent::Report(ReportStep::Lessons(big)),
            Intent::Report(ReportStep::LessonsByLesson(big)),
            Intent::Subscription(true),
            Intent::Subscription(false),
            Intent::OpenPrivate("kiennghi-v9223372036854775807".into()),
            Intent::Category(big),
            Intent::Cancel,
            Intent::DraftDone,
            Intent::Anonymous(true),
            Intent::Anonymous(false),
            Intent::Publish(true),
            Intent::Publish(false),
            Intent::ConfirmPetition,
            Intent::ViewOwn(big),
            Intent::AddInfo(big),
            Intent::AddInfoDone(big),
            Intent::Rate {
                petition: big,
                stars: 5,
            },
            Intent::Reopen(big),
            Intent::KeepRating,
            Intent::PickCategory,
            Intent::DropDraft,
            Intent::Share(big),
            Intent::Unshare(big),
            Intent::Queue(u32::MAX),
            Intent::Open(big),
            Intent::Claim(big),
            Intent::Answer(big),
            Intent::SendAnswer,
            Intent::Ask(big),
            Intent::Forward(big),
            Intent::ForwardTo {
                petition: big,
                unit: big,
            },
            Intent::Close(big),
            Intent::History(big),
            Intent::ConfirmMerge {
                petition: big,
                into: big,
            },
            Intent::CloseDuplicate(big),
            Intent::CloseOutOfScope(big),
            Intent::InviteFor(big),
            Intent::RevokeOfficer {
                person: big,
                unit: big,
            },
            Intent::GroupLanguage(t.clone()),
            Intent::RelayDone(big),
            Intent::Consent(ConsentChoice::AskReader),
            Intent::Voice(VoiceStep::Skip),
            Intent::Voice(VoiceStep::Stop),
            Intent::Voice(VoiceStep::Listen(true)),
            Intent::Voice(VoiceStep::Listen(false)),
            Intent::ButtonsPage {
                page: usize::MAX,
                of: None,
            },
            Intent::ButtonsPage {
                page: usize::MAX,
                of: Some(u32::MAX),
            },
            Intent::ButtonsPage {
                page: 1,
                of: Some(0x0000_00ab),
            },
        ];
        all.extend(MenuItem::ALL.map(Intent::Menu));
        all.extend(
            [
                PrivacyStep::AskWithdraw,
                PrivacyStep::Withdraw,
                PrivacyStep::AskDelete,
                PrivacyStep::Delete,
                PrivacyStep::Keep,
            ]
            .map(Intent::Privacy),
        );
        use BroadcastStep as B;
        all.extend(
            [
                B::New,
                B::Cancel(big),
                B::Abort,
                B::AddArea(big),
                B::AreasDone,
                B::Audience(Audience::Groups),
                B::Audience(Audience::Subscribers),
                B::Audience(Audience::Both),
                B::Languages(None),
                B::Languages(Some(t.clone())),
                B::AddVariant(t.clone()),
                B::AddVoice(t),
                B::Send,
                B::Schedule,
                B::Urgent,
            ]
            .map(Intent::Broadcast),
        );
        all.extend(
            [
                LessonStep::List,
                LessonStep::Next,
                LessonStep::Previous,
                LessonStep::AskHelper,
                LessonStep::Open("thanhtoan-qr".into()),
                LessonStep::Answer {
                    question: 9,
                    option: 9,
                },
                LessonStep::AcceptHelp(big),
                LessonStep::Reach(Reach::Phone),
                LessonStep::Reach(Reach::Nothing),
            ]
            .map(Intent::Lesson),
        );
        all
    }

    #[test]
    fn every_intent_round_trips_and_fits_telegrams_64_bytes() {
        for intent in every_intent() {
            let data = intent.encode();
            assert!(data.len() <= MAX_BUTTON_BYTES, "{data} is over 64 bytes");
            assert_eq!(Intent::parse(&data), Some(intent), "{data}");
        }
    }

    #[test]
    fn forged_or_malformed_data_is_no_intent() {
        for data in [
            "",
            "pet",
            "pet:open",
            "pet:open:abc",
            "pet:open:-3",
            "pet:open:0",
            "pet:open:1:2",
            "pet:fwdto:1",
            "pet:fwdto:1:x",
            "rate:1:9",
            "rate:1",
            "consent:maybe",
            "menu:admin",
            "lang:../../etc",
            "bc:cancel:x",
            "bc:aud:everyone",
            "les:../x",
            "help:ok:1:vneid",
            "quiz:a:b",
            "start:a b",
            "me:delete:no",
            "me:withdraw:yes:1",
            "nonsense:1",
            "relay:ok",
            "relay:ok:0",
            "relay:ok:x",
            "relay:done:1",
            "more:x",
            "more:1:abc",
            "more:1:ABCDEF12",
            "more:1:0123456g",
            "more:1:+1234567",
            "more:1:01234567:1",
        ] {
            assert_eq!(Intent::parse(data), None, "{data:?} parsed");
        }
        let long = format!("pet:open:{}", "1".repeat(70));
        assert_eq!(Intent::parse(&long), None);
    }

    #[test]
    fn commands_are_read_by_their_vietnamese_and_english_names() {
        assert_eq!(Command::parse("kiennghi", ""), Command::Petition);
        assert_eq!(Command::parse("hangdoi", "3"), Command::Queue(3));
        assert_eq!(Command::parse("hangdoi", "0"), Command::Queue(1));
        assert_eq!(
            Command::parse("theodoi", " 1234-5678 "),
            Command::Track("1234-5678".into())
        );
        assert_eq!(Command::parse("help", ""), Command::Help);
        assert_eq!(
            Command::parse("xyz", ""),
            Command::Unknown("xyz".to_string())
        );
        for c in [
            Command::Petition,
            Command::Learn,
            Command::Broadcast,
            Command::Subscribe,
            Command::Unsubscribe,
            Command::LessonReport(String::new()),
            Command::Report(String::new()),
            Command::Officers,
            Command::Help,
            Command::Menu,
            Command::Cancel,
            Command::Unlink,
            Command::RelayInvite(String::new()),
        ] {
            assert_eq!(Command::parse(c.name(), ""), c);
        }
    }
}
