-- The queue: a unit's pending petitions by deadline, read in order without sorting.
CREATE INDEX petitions_pending ON petitions (unit_id, due_at, id)
    WHERE status IN ('open', 'in_progress', 'awaiting_info');
-- Reports group every petition of a period by status, category, unit and village: this index
-- is in that order and holds every column they read, so neither the table nor a sort is needed.
CREATE INDEX petitions_report ON petitions
    (status, category_id, unit_id, village_id, submitted_at, answered_at, due_at, rating);
-- The distribution of answer times (hours), for the median, likewise in order.
CREATE INDEX petitions_answer_hours ON petitions (((answered_at - submitted_at) / 3600000), submitted_at, village_id)
    WHERE answered_at IS NOT NULL;
DROP INDEX petitions_submitted;
-- The overdue list.
CREATE INDEX petitions_overdue ON petitions (due_at) WHERE overdue_at IS NOT NULL;
