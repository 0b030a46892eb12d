-- Why a round was closed without an opinion: the dossier was withdrawn or returned for completion.
alter table evaluation_case add column closed_reason text;
