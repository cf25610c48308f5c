-- One row per user task with a deadline, written by DeadlineTrackingPlugin; read by the compliance views.
-- "if not exists": databases created before Safeguard used Flyway already have it.
create table if not exists SG_TASK_DEADLINE (
  TASK_ID varchar(64) primary key,
  PROC_INST_ID varchar(64),
  PROCESS_KEY varchar(255) not null,
  TASK_KEY varchar(255) not null,
  CANDIDATE_GROUP varchar(255),
  TEAM varchar(255),
  CREATED_AT timestamp not null,
  DUE_AT timestamp,
  COMPLETED_AT timestamp,
  STATE varchar(16) not null,
  LATE_SECONDS bigint,
  ESCALATION_OF varchar(255)
);
create index if not exists SG_TASK_DEADLINE_DUE on SG_TASK_DEADLINE (DUE_AT, PROCESS_KEY);
create index if not exists SG_TASK_DEADLINE_STATE on SG_TASK_DEADLINE (STATE, DUE_AT);
