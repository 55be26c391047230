-- The SLA sweep first reads only the ids and versions of the due open cases and skips those it already
-- evaluated in that version: the due index carries the version (InnoDB adds the primary key, the id), so
-- the database answers from the index alone.
CREATE INDEX wuye_complaint_due_version_ix ON wuye_complaint (closed_at, next_due_at, version);
DROP INDEX wuye_complaint_due_ix ON wuye_complaint;
