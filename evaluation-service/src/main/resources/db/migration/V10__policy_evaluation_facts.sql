-- The policy evaluation's projection: the facts the Comité receives by event, one table per kind of
-- fact, independent of the tables of cases, panels and opinions. Each row comes from exactly one event
-- (the inbox applies each event once); natural keys make a republished fact (new event id, same
-- fact) land on the same row.

-- One row per submitted snapshot of a dossier.
create table policy_submission (
    dossier_id       uuid        not null,
    snapshot_version integer     not null,
    scheme           varchar(30) not null,
    submitted_at     timestamptz not null,
    received_at      timestamptz not null,
    primary key (dossier_id, snapshot_version)
);
create index policy_submission_submitted_at on policy_submission (submitted_at);

-- One row per opinion the Comité issued (OpinionIssued on evaluation.events).
create table policy_opinion (
    opinion_id       uuid        primary key,
    case_id          uuid        not null,
    dossier_id       uuid        not null,
    snapshot_version integer     not null,
    opinion          varchar(30) not null,
    issued_at        timestamptz not null,
    received_at      timestamptz not null
);
create index policy_opinion_case on policy_opinion (case_id);
create index policy_opinion_issued_at on policy_opinion (issued_at);

-- One row per decision of the Region (DossierDecided), with the opinion it follows or departs from.
create table policy_decision (
    decision_id          uuid        primary key,
    dossier_id           uuid        not null,
    snapshot_version     integer     not null,
    scheme               varchar(30) not null,
    outcome              varchar(20) not null,
    opinion              varchar(30),
    departs_from_opinion boolean     not null,
    decided_at           timestamptz not null,
    received_at          timestamptz not null
);
create index policy_decision_decided_at on policy_decision (decided_at);

-- Agréments granted, renewed and expired: one row per agrément and kind of fact.
create table policy_agrement_fact (
    agrement_id   uuid        not null,
    kind          varchar(10) not null,
    dossier_id    uuid        not null,
    period_number integer     not null,
    occurred_at   timestamptz not null,
    received_at   timestamptz not null,
    primary key (agrement_id, kind),
    constraint policy_agrement_fact_kind check (kind in ('GRANTED', 'RENEWED', 'EXPIRED'))
);

-- Every version of every funding schedule (FundingScheduleComputed), lines kept whole; the report counts
-- the latest version per dossier and scheme.
create table policy_funding_schedule (
    file_id          uuid          not null,
    schedule_version integer       not null,
    dossier_id       uuid          not null,
    scheme           varchar(30)   not null,
    total_granted    numeric(14,2) not null,
    lines            jsonb         not null,
    computed_at      timestamptz   not null,
    received_at      timestamptz   not null,
    primary key (file_id, schedule_version)
);
create index policy_funding_schedule_dossier on policy_funding_schedule (dossier_id, scheme, schedule_version);

-- Every version of every yearly follow-up report; the report counts the latest version per cluster and year.
create table policy_follow_up_report (
    report_id   uuid        not null,
    version     integer     not null,
    dossier_id  uuid        not null,
    year        integer     not null,
    indicators  jsonb       not null,
    filed_at    timestamptz not null,
    received_at timestamptz not null,
    primary key (report_id, version)
);
create index policy_follow_up_report_cluster_year on policy_follow_up_report (dossier_id, year, version);
