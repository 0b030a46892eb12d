-- The Comité's opinions as received, the Region's decisions, and each dossier's animateur post.
create table dossier_opinion (
    opinion_id       uuid         primary key,
    dossier_id       uuid         not null references dossier (id),
    case_id          uuid,
    snapshot_version integer      not null,
    outcome          varchar(40)  not null check (outcome in ('FAVOURABLE', 'FAVOURABLE_WITH_CONDITIONS', 'UNFAVOURABLE')),
    findings         text         not null, -- JSON array of the per-criterion findings
    conditions       text         not null, -- JSON array of strings
    issued_at        timestamptz  not null,
    received_at      timestamptz  not null
);
create index dossier_opinion_dossier on dossier_opinion (dossier_id, snapshot_version, issued_at);

create table dossier_decision (
    id                   uuid         primary key,
    dossier_id           uuid         not null references dossier (id),
    snapshot_version     integer      not null,
    outcome              varchar(20)  not null check (outcome in ('VALIDATED', 'REJECTED')),
    opinion_id           uuid         not null references dossier_opinion (opinion_id),
    opinion              varchar(40)  not null,
    departs_from_opinion boolean      not null,
    justification        text,
    decided_by           varchar(200) not null,
    decided_at           timestamptz  not null,
    check (not departs_from_opinion or (justification is not null and length(trim(justification)) > 0))
);
create index dossier_decision_dossier on dossier_decision (dossier_id, decided_at);

create table dossier_animator_post (
    dossier_id                    uuid          primary key references dossier (id),
    employer_organisation_id      uuid          not null references organisation (id),
    fte                           numeric(4,2)  not null check (fte > 0),
    start_date                    date          not null,
    yearly_cost                   numeric(15,2) not null check (yearly_cost >= 0),
    private_contributions_per_year numeric(15,2) not null check (private_contributions_per_year >= 0),
    updated_by                    varchar(200)  not null,
    updated_at                    timestamptz   not null
);
