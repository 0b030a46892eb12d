-- The Cellule's avis on each submitted snapshot, as CelluleAvisIssued.v1 carried it (issue #14): every version received
-- above the one stored; a version received once the snapshot's panel was composed is kept but never shown to the panel.
create table cellule_avis (
    dossier_id           uuid         not null,
    snapshot_version     integer      not null check (snapshot_version >= 1),
    avis_version         integer      not null check (avis_version >= 1),
    avis_id              uuid         not null,
    recommendation       varchar(20)  not null,
    language             varchar(2)   not null,
    information_note     text         not null,
    summary              text         not null,
    criteria             jsonb        not null, -- [{criterion, assessment, reason}]
    written_by           varchar(200) not null,
    written_at           timestamptz  not null,
    received_after_panel boolean      not null,
    primary key (dossier_id, snapshot_version, avis_version)
);

-- The first composition of a case's panel froze the avis the panel reads (null: none had arrived).
create table cellule_avis_freeze (
    case_id              uuid        primary key references evaluation_case (id),
    dossier_id           uuid        not null,
    snapshot_version     integer     not null,
    cellule_avis_version integer     check (cellule_avis_version >= 1),
    composed_at          timestamptz not null
);
create index cellule_avis_freeze_snapshot on cellule_avis_freeze (dossier_id, snapshot_version);
