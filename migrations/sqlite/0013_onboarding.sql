-- Onboarding. `came_from` says how a person first reached the bot: 'group' when they opened it
-- from a village group's link (`/start v<id>`); onboarding then offers the village's
-- announcements with "yes" first. NULL otherwise.
ALTER TABLE people ADD COLUMN came_from TEXT;

-- The latest message with buttons in a chat: a typed number presses one of its buttons.
CREATE INDEX outbox_chat_latest ON outbox (chat_id, id);
