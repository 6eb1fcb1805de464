-- Rows are claimed oldest first within a priority: a row the sender held back for a few
-- milliseconds (the rate) keeps its place instead of going behind every row queued after it
-- (an urgent announcement's village groups stay ahead of its subscribers).
CREATE INDEX outbox_claim_order ON outbox (status, priority, id);
