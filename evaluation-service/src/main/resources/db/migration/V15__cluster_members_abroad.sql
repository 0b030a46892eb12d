-- Members without a Belgian enterprise number (abroad) are recorded too, by normalised name and country, so that the
-- conflict rule sees them; a membership is keyed per case by 'BCE:<number>' or by '<country>:<normalised name>'.
alter table cluster_membership add column organisation_key varchar(420);
alter table cluster_membership add column country char(2);
alter table cluster_membership add column name_key varchar(420);
update cluster_membership set organisation_key = 'BCE:' || enterprise_number;
alter table cluster_membership alter column organisation_key set not null;
alter table cluster_membership drop constraint cluster_membership_pkey;
alter table cluster_membership add primary key (case_id, organisation_key);
alter table cluster_membership alter column enterprise_number drop not null;
create index cluster_membership_name_key on cluster_membership (name_key);
