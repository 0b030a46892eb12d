-- The last ClusterMembershipChanged sequence announced per dossier (issue #14: conflicts with clusters "en projet").
-- Incremented (row-locked) in the transaction of each announcement, so a dossier's sequence is strictly increasing.
create table cluster_membership_sequence (
    dossier_id     uuid    primary key,
    last_sequence  bigint  not null check (last_sequence >= 1)
);
