-- The commune office on the web (issue 16): one-time sign-in links asked for with `/web` in
-- the chat, and the browser sessions they open. Only SHA-256 hashes of the tokens are kept, so
-- a copy of the database opens no session.
CREATE TABLE web_links (
    token_hash  TEXT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX web_links_person ON web_links (person_id);

CREATE TABLE web_sessions (
    token_hash  TEXT PRIMARY KEY,
    person_id   BIGINT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    -- The form token of the session (random, not a secret of its own: it only proves a form
    -- was made by the page the session was shown).
    csrf        TEXT NOT NULL,
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    ended_at    BIGINT
);
CREATE INDEX web_sessions_person ON web_sessions (person_id);
