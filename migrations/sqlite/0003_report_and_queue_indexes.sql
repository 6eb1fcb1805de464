-- The queue: a unit's pending petitions by deadline, read in order without sorting.
CREATE INDEX petitions_pending ON petitions (unit_id, due_at, id)
    WHERE status IN ('open', 'in_progress', 'awaiting_info');
-- Reports read every petition of a period: this index holds all they need, so the table
-- itself is not touched.
CREATE INDEX petitions_report ON petitions
    (submitted_at, status, category_id, unit_id, village_id, answered_at, due_at, rating);
DROP INDEX petitions_submitted;
-- The overdue list.
CREATE INDEX petitions_overdue ON petitions (due_at) WHERE overdue_at IS NOT NULL;
