-- Intake API (SPEC section 9): one row per caller and Idempotency-Key, written in the same transaction as
-- the process start, so a replay (or a concurrent duplicate, on any node) finds the first answer.
create table SG_INTAKE_REQUEST (
  CALLER varchar(100) not null,
  IDEMPOTENCY_KEY varchar(200) not null,
  PROCESS_KEY varchar(255) not null,
  BODY_SHA256 varchar(64) not null,
  PROC_INST_ID varchar(64),
  BUSINESS_KEY varchar(255),
  CREATED_AT timestamp not null,
  constraint SG_INTAKE_REQUEST_PK primary key (CALLER, IDEMPOTENCY_KEY)
);
