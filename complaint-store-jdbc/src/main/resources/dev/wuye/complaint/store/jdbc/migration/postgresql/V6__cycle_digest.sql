-- What the monthly tables read of a case's handling cycles — each cycle's number, assignment and completion
-- instants, in the JSON of the cycles column without its texts — written with every save that changes the
-- cycles, so the statistics read need not pass over the investigation, solution and result texts. Rows
-- saved before this column existed hold NULL here, and the statistics read falls back to the cycles column.
ALTER TABLE wuye_complaint ADD COLUMN cycle_digest TEXT NULL;
