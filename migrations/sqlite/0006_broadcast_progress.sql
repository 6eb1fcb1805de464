-- The admin's progress message of a running broadcast, edited in place as rows are sent.
ALTER TABLE announcements ADD COLUMN progress_outbox_id INTEGER;
ALTER TABLE announcements ADD COLUMN progress_text TEXT;
