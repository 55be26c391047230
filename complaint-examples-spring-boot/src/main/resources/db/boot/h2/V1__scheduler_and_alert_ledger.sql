-- db-scheduler's table (one row per task instance; an instance picks an execution with an
-- optimistic UPDATE on "version", so exactly one application instance runs it).
create table scheduled_tasks (
  task_name varchar(100) not null,
  task_instance varchar(100) not null,
  task_data blob,
  execution_time timestamp with time zone not null,
  picked boolean not null,
  picked_by varchar(50),
  last_success timestamp with time zone,
  last_failure timestamp with time zone,
  consecutive_failures int,
  last_heartbeat timestamp with time zone,
  version bigint not null,
  priority smallint,
  primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time_idx on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat_idx on scheduled_tasks (last_heartbeat);

-- Each SLA alert delivered once: the key is the alert's identity (case | department | clock | level | deadline).
create table sla_alert_delivery (
  alert_key varchar(200) not null primary key,
  complaint_id varchar(64),
  department varchar(64) not null,
  sla_clock varchar(32) not null,
  sla_level varchar(16) not null,
  deadline date not null,
  delivered_at timestamp with time zone not null,
  delivered_by varchar(100) not null
);
