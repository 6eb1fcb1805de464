-- Privacy. A deleted person's private chat keeps its platform address until the confirmation
-- of the deletion has been sent; `forget_as` is the tombstone it takes then (see
-- services::privacy). NULL for every other chat.
ALTER TABLE chats ADD COLUMN forget_as TEXT;
CREATE INDEX chats_forget ON chats (id) WHERE forget_as IS NOT NULL;

-- Outbox retention: settled rows whose payload (petition text, names) has not been emptied
-- yet, by age. An emptied payload is the literal '{"text":""}', so purged rows leave the index.
CREATE INDEX outbox_retention ON outbox (created_at) WHERE payload <> '{"text":""}';
