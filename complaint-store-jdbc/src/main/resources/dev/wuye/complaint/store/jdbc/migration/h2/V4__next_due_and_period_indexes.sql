-- The SLA scan reads only the open cases whose next due instant has come. The core derives next_due_at
-- from the case's clocks on every save; the store only keeps it. NULL means "not derived" (rows saved
-- before this column existed): such an open case is evaluated at every scan until its next save.
ALTER TABLE wuye_complaint ADD COLUMN next_due_at TIMESTAMP(6) WITH TIME ZONE;
CREATE INDEX wuye_complaint_due_ix ON wuye_complaint (closed_at, next_due_at);
