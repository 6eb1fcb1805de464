-- Deadlines in working days, and the emergency path.
--
-- categories.deadline_days now counts WORKING days: weekends and the public holidays of
-- seeds/calendar do not count, a make-up Saturday does. The column keeps its name (and its
-- values until the seeds are applied again). deadline_hours, when set, replaces it: a time in
-- hours, nights and holidays included. is_emergency marks the category (danger to people or
-- property) whose villager is told at once whom to call, and whose petitions alert the unit
-- and the admins ahead of everything else.
ALTER TABLE categories ADD COLUMN deadline_hours INTEGER CHECK (deadline_hours IS NULL OR deadline_hours > 0);
ALTER TABLE categories ADD COLUMN is_emergency INTEGER NOT NULL DEFAULT 0;

-- Numbers to call in an emergency, from the seeds. A number of an area is shown to the
-- villages under it, nearest area first; area_id NULL: shown everywhere (113, 114, 115).
-- placeholder: a demo number that must not be trusted; the bot says so beside it.
CREATE TABLE emergency_phones (
    id           INTEGER PRIMARY KEY,
    area_id      INTEGER REFERENCES areas(id),
    name         TEXT NOT NULL,
    number       TEXT NOT NULL,
    placeholder  INTEGER NOT NULL DEFAULT 0,
    position     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX emergency_phones_key ON emergency_phones (COALESCE(area_id, 0), name);

-- outbox.priority: -1 urgent (emergency alerts) now comes before 0 reply, 1 notification, 2 bulk.
