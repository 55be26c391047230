-- wuye-complaint storage, PostgreSQL dialect (the DDL the README shows).
-- Instants are TIMESTAMPTZ(6): PostgreSQL keeps microseconds and the UTC instant whatever the session zone.
-- Ids and sorted codes use COLLATE "C" so ORDER BY matches Java's String order (and keyset paging the TCK checks).
-- The lists of a case (handling cycles, notes, follow-ups, co-handling departments) are JSON text columns:
-- a case is always read and written whole, no query looks inside them, and one UPDATE per save keeps the
-- optimistic-concurrency check and the write in a single statement instead of rewriting child tables.

CREATE TABLE wuye_complaint (
    id                       VARCHAR(64)   COLLATE "C" NOT NULL,
    version                  BIGINT        NOT NULL,
    idempotency_key          VARCHAR(128)  COLLATE "C" NOT NULL,
    record_number            VARCHAR(64),
    state                    VARCHAR(64)   NOT NULL,
    opinion_type             VARCHAR(64),
    validity                 VARCHAR(64),
    validity_ground          VARCHAR(4000),
    category                 VARCHAR(64),
    major                    BOOLEAN       NOT NULL,
    secondary_complaint      BOOLEAN       NOT NULL,
    corrective_action        BOOLEAN       NOT NULL,
    channel                  VARCHAR(64)   NOT NULL,
    visit_id                 VARCHAR(64),
    customer_name            VARCHAR(4000),
    customer_phone           VARCHAR(64),
    customer_address         VARCHAR(4000),
    content_summary          VARCHAR(2000) NOT NULL,
    recorded_by              VARCHAR(64)   NOT NULL,
    receiver_id              VARCHAR(64),
    department               VARCHAR(64)   COLLATE "C" NOT NULL,
    accepting_level          VARCHAR(64)   NOT NULL,
    received_at              TIMESTAMPTZ(6) NOT NULL,
    acceptance_date          DATE          NOT NULL,
    duty_registration        BOOLEAN       NOT NULL,
    handed_over_at           TIMESTAMPTZ(6),
    agreed_reply_by          TIMESTAMPTZ(6),
    agreed_reply_method      VARCHAR(4000),
    follow_up_channel        VARCHAR(64)   NOT NULL,
    escalation_level         VARCHAR(64)   NOT NULL,
    co_handling_departments  TEXT          NOT NULL,
    cycles                   TEXT          NOT NULL,
    notes                    TEXT          NOT NULL,
    follow_ups               TEXT          NOT NULL,
    online_reply_text        VARCHAR(4000),
    online_reply_approved_by VARCHAR(64),
    online_reply_posted_at   TIMESTAMPTZ(6),
    invalid_confirmed_by     VARCHAR(64),
    closure                  VARCHAR(4000),
    closed_at                TIMESTAMPTZ(6),
    archive_batch_id         VARCHAR(64),
    archived_at              TIMESTAMPTZ(6),
    last_modified_at         TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT wuye_complaint_pk PRIMARY KEY (id),
    CONSTRAINT wuye_complaint_key_uq UNIQUE (idempotency_key)
);
-- SLA scans page through the open cases in id order.
CREATE INDEX wuye_complaint_open_ix ON wuye_complaint (id) WHERE closed_at IS NULL;
-- Statistics and archiving: a department's cases by acceptance date.
CREATE INDEX wuye_complaint_dept_accepted_ix ON wuye_complaint (department, acceptance_date);
-- "open, or closed since": the activeSince criterion.
CREATE INDEX wuye_complaint_closed_ix ON wuye_complaint (closed_at);

-- Append-only: rows are inserted in the transaction that saves the snapshot and never updated or deleted.
-- No foreign key to wuye_complaint: it would add a lock on the parent row to every insert for no gain,
-- since both are written in one transaction.
CREATE TABLE wuye_complaint_audit (
    complaint_id VARCHAR(64)   COLLATE "C" NOT NULL,
    version      BIGINT        NOT NULL,
    seq          INTEGER       NOT NULL,
    entry_at     TIMESTAMPTZ(6) NOT NULL,
    actor_id     VARCHAR(64)   NOT NULL,
    actor_roles  VARCHAR(4000) NOT NULL,
    department   VARCHAR(64),
    command      VARCHAR(64)   NOT NULL,
    from_state   VARCHAR(64),
    to_state     VARCHAR(64)   NOT NULL,
    detail       VARCHAR(4000),
    CONSTRAINT wuye_complaint_audit_pk PRIMARY KEY (complaint_id, version, seq)
);

CREATE TABLE wuye_visit (
    id               VARCHAR(64)   COLLATE "C" NOT NULL,
    staff_id         VARCHAR(64)   NOT NULL,
    department       VARCHAR(64)   COLLATE "C" NOT NULL,
    visit_date       DATE          NOT NULL,
    customer_name    VARCHAR(4000),
    customer_phone   VARCHAR(64),
    customer_address VARCHAR(4000),
    notes            VARCHAR(4000) NOT NULL,
    opinion_ids      TEXT          NOT NULL,
    checked_by       VARCHAR(64),
    CONSTRAINT wuye_visit_pk PRIMARY KEY (id)
);
CREATE INDEX wuye_visit_dept_date_ix ON wuye_visit (department, visit_date);

CREATE TABLE wuye_duty_log (
    id              VARCHAR(64)   COLLATE "C" NOT NULL,
    department      VARCHAR(64)   COLLATE "C" NOT NULL,
    duty_officer_id VARCHAR(64)   NOT NULL,
    entry_at        TIMESTAMPTZ(6) NOT NULL,
    kind            VARCHAR(64)   NOT NULL,
    complaint_id    VARCHAR(64),
    entry_text      VARCHAR(4000) NOT NULL,
    CONSTRAINT wuye_duty_log_pk PRIMARY KEY (id)
);
CREATE INDEX wuye_duty_log_dept_at_ix ON wuye_duty_log (department, entry_at);

CREATE TABLE wuye_review (
    id             VARCHAR(64)   COLLATE "C" NOT NULL,
    department     VARCHAR(64)   COLLATE "C" NOT NULL,
    reviewer_id    VARCHAR(64)   NOT NULL,
    kind           VARCHAR(64)   NOT NULL,
    period_start   DATE          NOT NULL,
    reviewed_at    TIMESTAMPTZ(6) NOT NULL,
    items_reviewed INTEGER       NOT NULL,
    remarks        VARCHAR(4000),
    CONSTRAINT wuye_review_pk PRIMARY KEY (id)
);
CREATE INDEX wuye_review_dept_period_ix ON wuye_review (department, period_start);

CREATE TABLE wuye_report_submission (
    id           VARCHAR(64)   COLLATE "C" NOT NULL,
    department   VARCHAR(64)   COLLATE "C" NOT NULL,
    period_code  VARCHAR(64)   NOT NULL,
    kind         VARCHAR(64)   NOT NULL,
    summary      VARCHAR(4000) NOT NULL,
    signed_by    VARCHAR(64)   NOT NULL,
    submitted_at TIMESTAMPTZ(6) NOT NULL,
    CONSTRAINT wuye_report_submission_pk PRIMARY KEY (id)
);
CREATE INDEX wuye_report_submission_dept_at_ix ON wuye_report_submission (department, submitted_at);

CREATE TABLE wuye_archive_batch (
    id              VARCHAR(64)   COLLATE "C" NOT NULL,
    department      VARCHAR(64)   COLLATE "C" NOT NULL,
    period_code     VARCHAR(64)   COLLATE "C" NOT NULL,
    kind            VARCHAR(64)   COLLATE "C" NOT NULL,
    archived_by     VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMPTZ(6) NOT NULL,
    complaint_ids   TEXT          NOT NULL,
    manifest_sha256 VARCHAR(64),
    CONSTRAINT wuye_archive_batch_pk PRIMARY KEY (id),
    CONSTRAINT wuye_archive_batch_key_uq UNIQUE (department, period_code, kind)
);
