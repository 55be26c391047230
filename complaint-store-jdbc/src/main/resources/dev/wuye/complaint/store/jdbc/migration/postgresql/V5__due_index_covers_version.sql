-- The SLA sweep first reads only the ids and versions of the due open cases and skips those it already
-- evaluated in that version: the due index carries both, so the database answers from the index alone.
DROP INDEX wuye_complaint_due_ix;
CREATE INDEX wuye_complaint_due_ix ON wuye_complaint (next_due_at) INCLUDE (id, version) WHERE closed_at IS NULL;
