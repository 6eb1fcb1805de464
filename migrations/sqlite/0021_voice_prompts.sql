-- Voice prompts and consent that can be understood (issue 15, voice half).
--
-- A recording of one key message (welcome, the data notice's summary, the menu, petition
-- prompts, lesson steps…) in one language, made in the chat's recording flow (`/ghiam TAG`).
-- `file_ref` is the platform's reference of the voice note (a Telegram file id, a Zalo
-- address); another channel gets it through the media store (data/media, served at /media/).
-- `vi_hash` is the hash of the Vietnamese text it was recorded against: a later change of that
-- text shows the recording as out of date. Re-recording replaces the row.
CREATE TABLE voice_prompts (
    locale       TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('voice', 'audio')),
    file_ref     TEXT NOT NULL,
    channel      TEXT NOT NULL,
    vi_hash      TEXT NOT NULL,
    recorded_by  INTEGER NOT NULL REFERENCES people(id),
    recorded_at  INTEGER NOT NULL,
    PRIMARY KEY (locale, message_id)
);

-- Reviewers an admin named to record one language (admins may record any).
CREATE TABLE voice_recorders (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    named_by   INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, locale)
);

-- People who chose «nghe bằng giọng nói»: the recording comes with each key message.
CREATE TABLE voice_listeners (
    person_id  INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);

-- People who said no to the data notice: they reach the menu (announcements, lessons) all the
-- same, and are not asked again at every step.
CREATE TABLE consent_declines (
    person_id  INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL
);
