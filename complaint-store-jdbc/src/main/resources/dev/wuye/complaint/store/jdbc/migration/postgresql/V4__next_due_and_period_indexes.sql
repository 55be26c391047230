-- The SLA scan reads only the open cases whose next due instant has come. The core derives next_due_at
-- from the case's clocks on every save; the store only keeps it. NULL means "not derived" (rows saved
-- before this column existed): such an open case is evaluated at every scan until its next save.
ALTER TABLE wuye_complaint ADD COLUMN next_due_at TIMESTAMPTZ(6);
CREATE INDEX wuye_complaint_due_ix ON wuye_complaint (next_due_at) WHERE closed_at IS NULL;
-- The monthly table reads the cases accepted up to the month's end that were open or closed since the
-- previous month began: the open ones come from wuye_complaint_open_ix, the recently closed ones from
-- wuye_complaint_closed_ix; neither walks the closed history before the period.
