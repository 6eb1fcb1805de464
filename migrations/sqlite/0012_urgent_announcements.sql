-- Urgent announcements (landslide, flash flood, storm) go before every other bulk message.
ALTER TABLE announcements ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
