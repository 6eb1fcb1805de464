//! Telling people: a person in their private chat, a group chat, or a unit (its group, else its
//! officers, else the admins over the petition's village). The recipient's language is chosen
//! here and nowhere else. Notices are collected while an update (or a sweep) is handled and
//! queued in the outbox in the same transaction, so a failed update tells nobody anything.

use crate::domain::LocaleTag;
use crate::i18n::Localizer;
use crate::message::{Reply, merge, render};
use crate::store::chats::Chat;
use crate::store::outbox::{self, Priority};
use crate::store::people::Person;
use crate::store::{Conn, StoreResult, chats, units};

/// A message to one chat, decided now and queued with the rest of the work.
#[derive(Clone, Debug)]
pub struct Notice {
    pub chat_id: i64,
    pub locale: LocaleTag,
    pub reply: Reply,
    /// Queued at this priority whatever the rest of the update's notices get (an emergency
    /// alert is [`Priority::Urgent`]).
    pub priority: Option<Priority>,
}

/// The notices of one update or sweep, in order.
#[derive(Debug, Default)]
pub struct Outgoing {
    pub notices: Vec<Notice>,
}

/// The language to write to a person in: theirs when the bot has it, else Vietnamese.
pub fn language_of(i18n: &Localizer, person: &Person) -> LocaleTag {
    person
        .language
        .as_ref()
        .and_then(|t| i18n.canonical(t))
        .unwrap_or_else(LocaleTag::vi)
}

/// The language of a group (or private) chat: the one set for it, else Vietnamese.
pub fn language_of_chat(i18n: &Localizer, chat: &Chat) -> LocaleTag {
    chat.language
        .as_ref()
        .and_then(|t| i18n.canonical(t))
        .unwrap_or_else(LocaleTag::vi)
}

impl Outgoing {
    /// To a person's private chat; false when the bot has none with them yet, or their data
    /// was deleted (nobody is there to tell).
    pub async fn person(
        &mut self,
        conn: &mut Conn,
        i18n: &Localizer,
        person: &Person,
        reply: Reply,
    ) -> StoreResult<bool> {
        let Some(chat) = chats::private_of(conn, &person.channel, &person.external_id).await?
        else {
            return Ok(false);
        };
        self.notices.push(Notice {
            chat_id: chat.id,
            locale: language_of(i18n, person),
            reply,
            priority: None,
        });
        Ok(true)
    }

    /// To a person whose private chat was read with them ([`units::Contact`]); false when
    /// there is none.
    pub fn person_at(
        &mut self,
        i18n: &Localizer,
        person: &Person,
        private_chat: Option<i64>,
        reply: Reply,
    ) -> bool {
        let Some(chat_id) = private_chat else {
            return false;
        };
        self.notices.push(Notice {
            chat_id,
            locale: language_of(i18n, person),
            reply,
            priority: None,
        });
        true
    }

    /// To a chat, in the chat's language.
    pub async fn chat(
        &mut self,
        conn: &mut Conn,
        i18n: &Localizer,
        chat_id: i64,
        reply: Reply,
    ) -> StoreResult<()> {
        let locale = match chats::get(conn, chat_id).await? {
            Some(chat) => language_of_chat(i18n, &chat),
            None => LocaleTag::vi(),
        };
        self.notices.push(Notice {
            chat_id,
            locale,
            reply,
            priority: None,
        });
        Ok(())
    }

    /// To a unit: in its group chat when one is linked, else each officer privately. Returns
    /// the people told privately, and whether anyone was told at all.
    pub async fn unit_only(
        &mut self,
        conn: &mut Conn,
        i18n: &Localizer,
        unit_id: i64,
        reply: &Reply,
    ) -> StoreResult<(Vec<i64>, bool)> {
        if let Some(chat) = units::unit_group(conn, unit_id).await? {
            self.notices.push(Notice {
                chat_id: chat.id,
                locale: language_of_chat(i18n, &chat),
                reply: reply.clone(),
                priority: None,
            });
            return Ok((Vec::new(), true));
        }
        let mut told = Vec::new();
        // Each officer with their private chat, in one statement.
        for officer in units::officer_contacts(conn, unit_id).await? {
            if self.person_at(i18n, &officer.person, officer.private_chat, reply.clone()) {
                told.push(officer.person.id);
            }
        }
        let any = !told.is_empty();
        Ok((told, any))
    }

    /// To a unit, and when it has nobody to tell, to the admins over `village_id` instead, so
    /// that nothing waits unseen. Returns whether anyone was told.
    pub async fn unit(
        &mut self,
        conn: &mut Conn,
        i18n: &Localizer,
        unit_id: i64,
        village_id: Option<i64>,
        reply: Reply,
    ) -> StoreResult<bool> {
        let (_, told) = self.unit_only(conn, i18n, unit_id, &reply).await?;
        if told {
            return Ok(true);
        }
        let mut any = false;
        if let Some(village) = village_id {
            for admin in units::admins_over(conn, village).await? {
                any |= self.person(conn, i18n, &admin, reply.clone()).await?;
            }
        }
        Ok(any)
    }

    /// Adds `other`'s notices, each to be queued at `priority` (an emergency alert: urgent).
    pub fn append_at(&mut self, other: Outgoing, priority: Priority) {
        self.notices
            .extend(other.notices.into_iter().map(|n| Notice {
                priority: Some(priority),
                ..n
            }));
    }

    /// The outbox rows of every notice (each in its recipient's language) at `priority`, or at
    /// its own when it has one, in order.
    pub async fn rows(
        self,
        conn: &mut Conn,
        i18n: &Localizer,
        priority: Priority,
    ) -> StoreResult<Vec<outbox::NewRow>> {
        let mut rows = Vec::new();
        for notice in self.notices {
            let priority = notice.priority.unwrap_or(priority);
            let max_buttons = crate::store::chats::get(conn, notice.chat_id)
                .await?
                .and_then(|c| crate::message::Channel::parse(&c.channel))
                .and_then(crate::message::Channel::max_buttons);
            for reply in &merge(vec![notice.reply]) {
                // A person who listens by voice gets the recording of a key message first.
                let voices = super::voice::attachments(
                    conn,
                    i18n,
                    notice.chat_id,
                    super::voice::Listener::OfChat,
                    &notice.locale,
                    reply,
                )
                .await?;
                rows.extend(voices.into_iter().map(|message| outbox::NewRow {
                    chat_id: notice.chat_id,
                    priority,
                    message,
                }));
                let mut message = render(i18n, &notice.locale, reply);
                if let Some(max) = max_buttons {
                    crate::message::fit_buttons(&mut message, i18n, &notice.locale, max, 0);
                }
                rows.push(outbox::NewRow {
                    chat_id: notice.chat_id,
                    priority,
                    message,
                });
            }
        }
        Ok(rows)
    }

    /// Queues every notice (each in its recipient's language) at `priority`, or at its own
    /// when it has one; returns the outbox ids.
    pub async fn enqueue(
        self,
        conn: &mut Conn,
        i18n: &Localizer,
        priority: Priority,
        now_ms: i64,
    ) -> StoreResult<Vec<i64>> {
        let rows = self.rows(conn, i18n, priority).await?;
        outbox::save_and_enqueue(conn, None, &rows, now_ms).await
    }
}
