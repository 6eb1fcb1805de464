-- "Talk first": typed words that suggest a petition's category, a short list per category
-- (seeds/demo/30-categories.toml), comma-separated as the seeds give them.
ALTER TABLE categories ADD COLUMN keywords TEXT NOT NULL DEFAULT '';
-- What a person wrote before they could file a petition (while registering): offered to them
-- as a draft petition once registration is done, then removed. One per person.
CREATE TABLE petition_drafts (
    person_id BIGINT PRIMARY KEY REFERENCES people(id),
    body TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- A petition's author may let a relative or the commune office follow it: the share key goes in
-- `/theodoi <code>-<key>` and in a `/start` link. Followers who came by the key are marked, so
-- that stopping the sharing removes them (and only them).
ALTER TABLE petitions ADD COLUMN share_key TEXT;
CREATE UNIQUE INDEX petitions_share_key ON petitions (share_key) WHERE share_key IS NOT NULL;
ALTER TABLE petition_followers ADD COLUMN via_share BIGINT NOT NULL DEFAULT 0;
-- How the learner agreed to be reached by the helper (a phone number, a chat link), if at all.
ALTER TABLE help_requests ADD COLUMN contact TEXT;
