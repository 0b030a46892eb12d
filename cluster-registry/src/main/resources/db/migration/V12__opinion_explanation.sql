-- The explanation of the Comité's opinion, as OpinionIssued carries it: the criteria policy version applied, the
-- consensus method (MEDIAN/MEAN) and the met threshold. Null for opinions received before they were kept.
alter table dossier_opinion add column policy_version   varchar(50);
alter table dossier_opinion add column consensus_method varchar(10) check (consensus_method in ('MEDIAN', 'MEAN'));
alter table dossier_opinion add column met_threshold    numeric(4, 2) check (met_threshold between 0 and 5);
