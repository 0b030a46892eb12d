-- One row per evaluation round: a submitted snapshot of a dossier, kept verbatim.
create table evaluation_case (
    id               uuid        primary key,
    dossier_id       uuid        not null,
    snapshot_version integer     not null,
    round            integer     not null,
    status           varchar(30) not null,
    opened_at        timestamptz not null,
    snapshot         jsonb       not null,
    constraint evaluation_case_one_round_per_snapshot unique (dossier_id, snapshot_version),
    constraint evaluation_case_round_unique unique (dossier_id, round)
);
