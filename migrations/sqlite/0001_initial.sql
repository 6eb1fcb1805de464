-- Loa Thôn schema, SQLite dialect. Instants are INTEGER unix milliseconds (UTC); flags are
-- INTEGER 0/1. Keep in step with ../postgres/0001_initial.sql: same tables, same columns.

-- Tỉnh → xã/phường → thôn/bản: a tree, not fixed levels.
CREATE TABLE areas (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES areas(id),
    kind        TEXT NOT NULL CHECK (kind IN ('province', 'commune', 'village')),
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    search_key  TEXT NOT NULL,
    language    TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX areas_parent ON areas (parent_id, kind);

-- Đơn vị: UBND xã, Công an xã, Trạm Y tế, …
CREATE TABLE units (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    area_id        INTEGER NOT NULL REFERENCES areas(id),
    supervisor_id  INTEGER REFERENCES units(id),
    is_default     INTEGER NOT NULL DEFAULT 0,
    created_at     INTEGER NOT NULL
);
CREATE INDEX units_area ON units (area_id);

-- Petition categories; their names are Fluent messages `category-<code>`.
CREATE TABLE categories (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL UNIQUE,
    deadline_days  INTEGER NOT NULL CHECK (deadline_days > 0),
    is_petition    INTEGER NOT NULL DEFAULT 1,
    position       INTEGER NOT NULL DEFAULT 0,
    active         INTEGER NOT NULL DEFAULT 1
);

-- category × area subtree → unit; the most specific area wins; a commune's default unit
-- (units.is_default) takes what no rule covers.
CREATE TABLE routing_rules (
    id           INTEGER PRIMARY KEY,
    category_id  INTEGER NOT NULL REFERENCES categories(id),
    area_id      INTEGER NOT NULL REFERENCES areas(id),
    unit_id      INTEGER NOT NULL REFERENCES units(id),
    created_at   INTEGER NOT NULL,
    UNIQUE (category_id, area_id)
);

-- One row per identity on one channel (telegram:123, console:lan).
CREATE TABLE people (
    id            INTEGER PRIMARY KEY,
    channel       TEXT NOT NULL,
    external_id   TEXT NOT NULL,
    display_name  TEXT,
    language      TEXT,
    village_id    INTEGER REFERENCES areas(id),
    consent_at    INTEGER,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    UNIQUE (channel, external_id)
);
CREATE INDEX people_village ON people (village_id);

-- admin (area scope; NULL = everywhere), officer (unit), helper (village).
CREATE TABLE roles (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'helper')),
    area_id     INTEGER REFERENCES areas(id),
    unit_id     INTEGER REFERENCES units(id),
    granted_by  INTEGER REFERENCES people(id),
    created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX roles_unique ON roles (person_id, role, COALESCE(area_id, 0), COALESCE(unit_id, 0));
CREATE INDEX roles_unit ON roles (unit_id) WHERE unit_id IS NOT NULL;

CREATE TABLE chats (
    id                   INTEGER PRIMARY KEY,
    channel              TEXT NOT NULL,
    external_id          TEXT NOT NULL,
    kind                 TEXT NOT NULL CHECK (kind IN ('private', 'group')),
    title                TEXT,
    village_id           INTEGER REFERENCES areas(id),
    unit_id              INTEGER REFERENCES units(id),
    language             TEXT,
    active               INTEGER NOT NULL DEFAULT 1,
    inactive_reason      TEXT,
    migrated_to_chat_id  INTEGER REFERENCES chats(id),
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL,
    UNIQUE (channel, external_id)
);
CREATE INDEX chats_village ON chats (village_id) WHERE village_id IS NOT NULL;

-- What the bot is waiting for, per chat and person (JSON), so a restart continues.
CREATE TABLE conversations (
    chat_id     INTEGER NOT NULL REFERENCES chats(id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    state       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL,
    PRIMARY KEY (chat_id, person_id)
);

-- Kiến nghị / phản ánh / góp ý.
CREATE TABLE petitions (
    id              INTEGER PRIMARY KEY,
    tracking_code   TEXT NOT NULL UNIQUE,
    author_id       INTEGER NOT NULL REFERENCES people(id),
    anonymous       INTEGER NOT NULL DEFAULT 0,
    village_id      INTEGER REFERENCES areas(id),
    category_id     INTEGER NOT NULL REFERENCES categories(id),
    body            TEXT NOT NULL,
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    status          TEXT NOT NULL,
    submitted_at    INTEGER NOT NULL,
    due_at          INTEGER NOT NULL,
    reminded_at     INTEGER,
    overdue_at      INTEGER,
    claimed_by      INTEGER REFERENCES people(id),
    answered_at     INTEGER,
    answer_text     TEXT,
    answer_voice    TEXT,
    closed_at       INTEGER,
    close_reason    TEXT,
    duplicate_of    INTEGER REFERENCES petitions(id),
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    reopened_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX petitions_queue ON petitions (unit_id, status, due_at);
CREATE INDEX petitions_author ON petitions (author_id, submitted_at);
CREATE INDEX petitions_submitted ON petitions (submitted_at);

-- Voice notes, photos, documents and places, kept by platform reference.
CREATE TABLE petition_attachments (
    id           INTEGER PRIMARY KEY,
    petition_id  INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('text', 'voice', 'audio', 'photo', 'document', 'location')),
    file_ref     TEXT,
    text         TEXT,
    latitude     REAL,
    longitude    REAL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX petition_attachments_petition ON petition_attachments (petition_id);

-- Every change and every officer read of a petition: the audit trail.
CREATE TABLE petition_events (
    id           INTEGER PRIMARY KEY,
    petition_id  INTEGER NOT NULL REFERENCES petitions(id) ON DELETE CASCADE,
    actor_id     INTEGER REFERENCES people(id),
    kind         TEXT NOT NULL,
    detail       TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX petition_events_petition ON petition_events (petition_id, id);

-- Admin changes outside petitions (routing, roles, links).
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    actor_id    INTEGER REFERENCES people(id),
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    detail      TEXT,
    created_at  INTEGER NOT NULL
);

-- Thông báo, with one variant per language (text and/or voice).
CREATE TABLE announcements (
    id            INTEGER PRIMARY KEY,
    created_by    INTEGER REFERENCES people(id),
    status        TEXT NOT NULL,
    target        TEXT NOT NULL,
    audience      TEXT NOT NULL,
    scheduled_at  INTEGER,
    started_at    INTEGER,
    finished_at   INTEGER,
    cancelled_at  INTEGER,
    created_at    INTEGER NOT NULL
);

CREATE TABLE announcement_variants (
    announcement_id  INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    language         TEXT NOT NULL,
    text             TEXT,
    voice_ref        TEXT,
    PRIMARY KEY (announcement_id, language)
);

CREATE TABLE subscriptions (
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    village_id  INTEGER NOT NULL REFERENCES areas(id),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (person_id, village_id)
);

-- Every outbound message. priority: 0 reply, 1 notification, 2 bulk.
CREATE TABLE outbox (
    id                   INTEGER PRIMARY KEY,
    chat_id              INTEGER NOT NULL REFERENCES chats(id),
    priority             INTEGER NOT NULL,
    payload              TEXT NOT NULL,
    status               TEXT NOT NULL DEFAULT 'pending'
                         CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'skipped')),
    attempts             INTEGER NOT NULL DEFAULT 0,
    next_attempt_at      INTEGER NOT NULL,
    lease_owner          TEXT,
    lease_until          INTEGER,
    platform_message_id  TEXT,
    error                TEXT,
    announcement_id      INTEGER REFERENCES announcements(id),
    created_at           INTEGER NOT NULL,
    sent_at              INTEGER
);
CREATE INDEX outbox_due ON outbox (status, priority, next_attempt_at, id);
CREATE INDEX outbox_announcement ON outbox (announcement_id) WHERE announcement_id IS NOT NULL;

-- Bình dân học vụ số.
CREATE TABLE lesson_progress (
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    lesson_id    TEXT NOT NULL,
    step         INTEGER NOT NULL DEFAULT 0,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    PRIMARY KEY (person_id, lesson_id)
);

CREATE TABLE quiz_answers (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    lesson_id    TEXT NOT NULL,
    question     INTEGER NOT NULL,
    correct      INTEGER NOT NULL,
    answered_at  INTEGER NOT NULL
);

-- Single-use, expiring invitations (officers to a unit, admins to an area).
CREATE TABLE invites (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'helper')),
    unit_id     INTEGER REFERENCES units(id),
    area_id     INTEGER REFERENCES areas(id),
    created_by  INTEGER REFERENCES people(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_by     INTEGER REFERENCES people(id),
    used_at     INTEGER
);

-- Platform update ids already handled (Telegram update_id, Zalo msg_id).
CREATE TABLE processed_updates (
    channel      TEXT NOT NULL,
    update_id    TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    PRIMARY KEY (channel, update_id)
);
