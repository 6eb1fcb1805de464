-- Broadcast figures per language: the language each recipient's row was rendered in.
ALTER TABLE outbox ADD COLUMN language TEXT;
CREATE INDEX announcements_due ON announcements (status, scheduled_at);
