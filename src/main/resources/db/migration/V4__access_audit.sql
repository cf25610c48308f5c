-- Access audit (SPEC section 9): append-only; the application only inserts and reads.
create table SG_ACCESS_AUDIT (
  ID varchar(36) primary key,
  AT timestamp not null,
  USER_ID varchar(255),
  METHOD varchar(10) not null,
  PATH varchar(1000) not null,
  PROC_INST_ID varchar(64),
  CHILD_ID varchar(100),
  OUTCOME varchar(16) not null,
  STATUS integer not null
);
create index SG_ACCESS_AUDIT_CHILD on SG_ACCESS_AUDIT (CHILD_ID, AT);
create index SG_ACCESS_AUDIT_CASE on SG_ACCESS_AUDIT (PROC_INST_ID, AT);
create index SG_ACCESS_AUDIT_AT on SG_ACCESS_AUDIT (AT);
