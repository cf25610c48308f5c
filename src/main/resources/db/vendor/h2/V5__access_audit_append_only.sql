-- H2 (demo mode) has no SQL triggers; the application never updates or deletes audit rows
-- (PostgreSQL enforces it in the database).
select 1;
