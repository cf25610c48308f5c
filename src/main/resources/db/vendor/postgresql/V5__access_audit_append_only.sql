-- The audit is append-only at the database too: no role can update or delete a row through SQL.
create or replace function sg_access_audit_append_only() returns trigger as $$
begin
  raise exception 'SG_ACCESS_AUDIT is append-only';
end;
$$ language plpgsql;

create trigger sg_access_audit_no_update before update or delete on SG_ACCESS_AUDIT
  for each row execute function sg_access_audit_append_only();
create trigger sg_access_audit_no_truncate before truncate on SG_ACCESS_AUDIT
  for each statement execute function sg_access_audit_append_only();
