-- A petition's history is append-only: every answer's text or voice is its own event, and the
-- petition row keeps only the current state plus the counters reports need (every answer,
-- the rating of the first answer and the rating after reopening, kept apart).
ALTER TABLE petition_events ADD COLUMN media_ref TEXT;
ALTER TABLE petitions ADD COLUMN answer_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE petitions ADD COLUMN first_rating INTEGER;
ALTER TABLE petitions ADD COLUMN reopen_rating INTEGER;
-- Supplements reach the unit once things go quiet: when to tell it, if not told yet.
ALTER TABLE petitions ADD COLUMN info_notify_at INTEGER;
UPDATE petitions SET answer_count = 1 WHERE answered_at IS NOT NULL;
UPDATE petitions SET first_rating = rating WHERE rating IS NOT NULL AND reopened_count = 0;
UPDATE petitions SET reopen_rating = rating WHERE rating IS NOT NULL AND reopened_count > 0;
-- People who follow a petition they are not the author of (a duplicate merged into it).
CREATE TABLE petition_followers (
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    since INTEGER NOT NULL,
    PRIMARY KEY (petition_id, person_id)
);
CREATE INDEX petition_followers_person ON petition_followers (person_id);
-- The report index holds every column reports read.
DROP INDEX petitions_report;
CREATE INDEX petitions_report ON petitions
    (status, category_id, unit_id, village_id, submitted_at, answered_at, due_at,
     answer_count, first_rating, reopen_rating);
CREATE INDEX petitions_info_notify ON petitions (info_notify_at) WHERE info_notify_at IS NOT NULL;
