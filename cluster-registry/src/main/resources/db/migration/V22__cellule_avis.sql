-- The Cellule's information note and avis for the Comité on each submitted snapshot (000 III.2, issue #14):
-- every version kept (1, 2, 3…), who wrote it and when; texts as written, in the language the writer declared.
create table cellule_avis (
    avis_id          uuid         not null,
    dossier_id       uuid         not null,
    snapshot_version integer      not null,
    version          integer      not null check (version >= 1),
    recommendation   varchar(20)  not null check (recommendation in ('FAVOURABLE', 'RESERVED', 'UNFAVOURABLE')),
    language         varchar(2)   not null check (language in ('fr', 'en')),
    information_note text         not null check (length(trim(information_note)) > 0),
    summary          text         not null check (length(trim(summary)) > 0),
    criteria         jsonb        not null, -- [{criterion, assessment, reason}] as CelluleAvisIssued.v1 "criteria"
    written_by       varchar(200) not null,
    written_at       timestamptz  not null,
    primary key (dossier_id, snapshot_version, version),
    foreign key (dossier_id, snapshot_version) references dossier_snapshot (dossier_id, snapshot_version)
);

-- The Comité composed the panel of a snapshot (PanelComposed.v1): the avis is frozen; the version the panel reads
-- (null when none had reached the Comité). The first composition stands.
create table cellule_avis_freeze (
    dossier_id           uuid        not null,
    snapshot_version     integer     not null,
    case_id              uuid        not null,
    cellule_avis_version integer     check (cellule_avis_version >= 1),
    composed_at          timestamptz not null,
    primary key (dossier_id, snapshot_version),
    foreign key (dossier_id, snapshot_version) references dossier_snapshot (dossier_id, snapshot_version)
);
