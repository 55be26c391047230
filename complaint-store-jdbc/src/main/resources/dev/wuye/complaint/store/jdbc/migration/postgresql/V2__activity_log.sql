-- The activity log: the audit trail of the periodic actions (monthly tables, reviews, visits,
-- recurrence and archive runs), one row per accepted command.
CREATE TABLE wuye_activity (
    id               VARCHAR(64)   COLLATE "C" NOT NULL,
    department       VARCHAR(64)   COLLATE "C" NOT NULL,
    entry_at         TIMESTAMPTZ(6) NOT NULL,
    actor_staff_id   VARCHAR(64)   NOT NULL,
    actor_roles      VARCHAR(400)  NOT NULL,
    actor_department VARCHAR(64)   NOT NULL,
    command          VARCHAR(64)   NOT NULL,
    subject          VARCHAR(200)  NOT NULL,
    detail           VARCHAR(4000),
    CONSTRAINT wuye_activity_pk PRIMARY KEY (id)
);
CREATE INDEX wuye_activity_dept_at_ix ON wuye_activity (department, entry_at);
