-- Deadline sweeps look for pending petitions by due time; reports scan by answer time.
CREATE INDEX petitions_pending_due ON petitions (status, due_at);
CREATE INDEX petitions_unit_submitted ON petitions (unit_id, submitted_at);
CREATE INDEX chats_unit ON chats (unit_id) WHERE unit_id IS NOT NULL;
CREATE INDEX invites_unit ON invites (unit_id);
