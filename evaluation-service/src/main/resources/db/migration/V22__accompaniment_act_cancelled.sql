-- A cancelled accompaniment act (AccompanimentActRecorded.v1 with cancelled = true) is kept, and no longer counted.
alter table policy_accompaniment_act add column cancelled boolean not null default false;
