-- Zalo Official Account channel.
--
-- Webhook events, recorded before Zalo gets its 200 and handled right after (on restart, the
-- ones not handled yet). `event_key` is the message's msg_id (or, for events without one such as
-- follow, the event name, person and timestamp): a repeat is refused by the unique key. The body
-- is emptied once handled; the row stays a week, past the replay window, then goes.
CREATE TABLE zalo_events (
    id           INTEGER PRIMARY KEY,
    event_key    TEXT NOT NULL UNIQUE,
    chat_key     TEXT NOT NULL,
    body         TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    handled_at   INTEGER
);
CREATE INDEX zalo_events_unhandled ON zalo_events (id) WHERE handled_at IS NULL;
CREATE INDEX zalo_events_received ON zalo_events (received_at);

-- The OA's tokens: one row per Zalo app. Refresh tokens are single-use, so the pair a refresh
-- returns is written here before the access token is used. `seed_hash` is the SHA-256 of the
-- refresh token last taken from LOATHON_ZALO_REFRESH_TOKEN (a new one there replaces the stored
-- one); `failed_at`/`failure` say the last refresh failed (a person must act; /healthz says so).
CREATE TABLE zalo_tokens (
    app_id         TEXT PRIMARY KEY,
    access_token   TEXT,
    refresh_token  TEXT NOT NULL,
    expires_at     INTEGER NOT NULL DEFAULT 0,
    seed_hash      TEXT,
    updated_at     INTEGER NOT NULL,
    failed_at      INTEGER,
    failure        TEXT
);

-- Why a settled row ended as it did, when the status alone does not say: 'outside_window' is a
-- Zalo message refused because the person last wrote more than 7 days ago (status 'skipped');
-- announcements' figures count these apart from failures.
ALTER TABLE outbox ADD COLUMN reason TEXT;
