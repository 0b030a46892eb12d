-- Who and when an agrément last changed status (expiry by the nightly job, renewal).
alter table agrement add column status_changed_at timestamptz;
alter table agrement add column status_changed_by varchar(200);
