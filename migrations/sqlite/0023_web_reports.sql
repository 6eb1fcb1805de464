-- The author let the public page show this petition (its text as written and the answer,
-- without any name); asked at submission, default no. Anonymous petitions are never shown.
ALTER TABLE petitions ADD COLUMN publish INTEGER NOT NULL DEFAULT 0;

-- Hot spots already told to a commune's admins: one row per (place, category, window start),
-- so that an alert is sent once per window.
CREATE TABLE hotspot_alerts (
    id           INTEGER PRIMARY KEY,
    area_id      INTEGER NOT NULL REFERENCES areas(id),
    category_id  INTEGER NOT NULL REFERENCES categories(id),
    window_start INTEGER NOT NULL,
    petitions    INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (area_id, category_id, window_start)
);
CREATE INDEX hotspot_alerts_created ON hotspot_alerts (created_at);

-- Open311 API keys an admin issued for an area (`loathon open311 key create`): only the
-- SHA-256 of the key is kept.
CREATE TABLE open311_keys (
    id          INTEGER PRIMARY KEY,
    key_hash    TEXT NOT NULL UNIQUE,
    area_id     INTEGER NOT NULL REFERENCES areas(id),
    created_at  INTEGER NOT NULL,
    revoked_at  INTEGER
);
