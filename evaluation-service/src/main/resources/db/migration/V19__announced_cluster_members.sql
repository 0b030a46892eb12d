-- Issue #14 (000 III.2: no conflict with any cluster "existant ou en projet"): the member sets the registry announces
-- (ClusterMembershipChanged) of drafts, submitted dossiers and validated clusters — identities only. Per dossier the
-- highest sequence applied so far and its stage; an ENDED dossier has no members and its snapshots' members
-- (cluster_membership) no longer count either.
create table announced_cluster (
    dossier_id   uuid         primary key,
    sequence     bigint       not null check (sequence >= 0),
    stage        varchar(16)  not null check (stage in ('DRAFT', 'SUBMITTED', 'VALIDATED', 'ENDED')),
    changed_at   timestamptz  not null,
    recorded_at  timestamptz  not null default now()
);

create table announced_cluster_member (
    dossier_id         uuid          not null references announced_cluster (dossier_id),
    organisation_key   varchar(420)  not null,
    enterprise_number  char(10),
    organisation_name  varchar(300),
    country            char(2),
    name_key           varchar(420),
    primary key (dossier_id, organisation_key)
);
create index announced_cluster_member_number on announced_cluster_member (enterprise_number);
create index announced_cluster_member_name_key on announced_cluster_member (name_key);
