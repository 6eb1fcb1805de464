-- Relay and linked identities (issue 13).
--
-- Relayers ('relay', area = a village): a village head or digital helper who forwards each
-- announcement into the village's own group the bot cannot post into (a Zalo group made with
-- personal accounts, or a Telegram group without the bot). SQLite cannot change a CHECK, so
-- roles is rebuilt with the same columns, rows, ids and indexes.
CREATE TABLE roles_new (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'helper', 'relay')),
    area_id     INTEGER REFERENCES areas(id),
    unit_id     INTEGER REFERENCES units(id),
    granted_by  INTEGER REFERENCES people(id),
    created_at  INTEGER NOT NULL
);
INSERT INTO roles_new (id, person_id, role, area_id, unit_id, granted_by, created_at)
    SELECT id, person_id, role, area_id, unit_id, granted_by, created_at FROM roles;
DROP TABLE roles;
ALTER TABLE roles_new RENAME TO roles;
CREATE UNIQUE INDEX roles_unique ON roles (person_id, role, COALESCE(area_id, 0), COALESCE(unit_id, 0));
CREATE INDEX roles_unit ON roles (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX roles_relay ON roles (area_id) WHERE role = 'relay';

-- Admins also invite relayers from the chat (`/chuyentin <village>` → `/start MOI-…`): invites
-- take the same role names; rebuilt the same way.
CREATE TABLE invites_new (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'helper', 'relay')),
    unit_id     INTEGER REFERENCES units(id),
    area_id     INTEGER REFERENCES areas(id),
    created_by  INTEGER REFERENCES people(id),
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_by     INTEGER REFERENCES people(id),
    used_at     INTEGER
);
INSERT INTO invites_new (id, code, role, unit_id, area_id, created_by, created_at, expires_at, used_by, used_at)
    SELECT id, code, role, unit_id, area_id, created_by, created_at, expires_at, used_by, used_at FROM invites;
DROP TABLE invites;
ALTER TABLE invites_new RENAME TO invites;
CREATE INDEX invites_unit ON invites (unit_id);

-- One row per relayer and village of an announcement: sent when it started, reminded once,
-- confirmed ("Đã chuyển vào nhóm") by that relayer only.
CREATE TABLE relay_tasks (
    id               INTEGER PRIMARY KEY,
    announcement_id  INTEGER NOT NULL REFERENCES announcements(id) ON DELETE CASCADE,
    village_id       INTEGER NOT NULL REFERENCES areas(id),
    person_id        INTEGER NOT NULL REFERENCES people(id),
    created_at       INTEGER NOT NULL,
    reminded_at      INTEGER,
    confirmed_at     INTEGER,
    UNIQUE (announcement_id, village_id, person_id)
);
CREATE INDEX relay_tasks_person ON relay_tasks (person_id);
CREATE INDEX relay_tasks_unconfirmed ON relay_tasks (created_at) WHERE confirmed_at IS NULL AND reminded_at IS NULL;

-- One person, two apps. A linked identity's row keeps its channel address and points to the
-- person it was merged into (the older row); everything the person has lives on that row.
ALTER TABLE people ADD COLUMN linked_to INTEGER REFERENCES people(id);
ALTER TABLE people ADD COLUMN linked_at INTEGER;
CREATE INDEX people_linked_to ON people (linked_to) WHERE linked_to IS NOT NULL;

-- Short single-use codes (/lienket), shown in one app and typed in the other.
CREATE TABLE link_codes (
    code        TEXT PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX link_codes_person ON link_codes (person_id);

-- Wrong codes typed, to refuse a flood of guesses.
CREATE TABLE link_failures (
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    at         INTEGER NOT NULL
);
CREATE INDEX link_failures_person ON link_failures (person_id, at);
