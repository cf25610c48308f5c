-- A missing child's trigger plan (SPEC 4.10), one per child.
create table if not exists SG_TRIGGER_PLAN (
  CHILD_ID varchar(100) primary key,
  PLAN_TEXT varchar(20000) not null,
  UPDATED_BY varchar(100) not null,
  UPDATED_AT timestamp not null
);
