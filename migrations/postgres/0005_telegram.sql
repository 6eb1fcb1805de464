-- Telegram channel. A long message is sent as several platform messages; parts_sent counts the
-- parts already delivered, so a retry after a failure in the middle resumes instead of
-- repeating the first parts.
ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;

-- Rows of one chat, for stopping delivery when a chat becomes unreachable.
CREATE INDEX outbox_chat_status ON outbox (chat_id, status);
