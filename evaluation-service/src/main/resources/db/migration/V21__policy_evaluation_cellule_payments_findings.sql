-- The policy evaluation, method policy-evaluation-2: the Cellule's work, the Region's payments, the follow-up against
-- the plan, and the Comité's written findings on a stored report. Facts stay one row per natural key (the inbox
-- applies each event once; a republished fact lands on the same row).

-- One row per accompaniment act, in its last recorded version (a corrected act replaces the earlier one).
create table policy_accompaniment_act (
    act_id             uuid        primary key,
    project_id         uuid,
    dossier_id         uuid,
    kind               varchar(30) not null,
    act_date           date        not null,
    minutes_spent      integer     not null,
    organisation_count integer     not null,
    recorded_at        timestamptz not null,
    received_at        timestamptz not null,
    constraint policy_accompaniment_act_target check (project_id is not null or dossier_id is not null),
    constraint policy_accompaniment_act_counts check (minutes_spent >= 0 and organisation_count >= 0)
);
create index policy_accompaniment_act_date on policy_accompaniment_act (act_date);

-- One row per accompanied project, in its highest version (state transfer).
create table policy_accompanied_project (
    project_id       uuid        primary key,
    version          integer     not null,
    status           varchar(20) not null,
    first_contact_on date        not null,
    dossier_id       uuid,
    changed_at       timestamptz not null,
    received_at      timestamptz not null,
    constraint policy_accompanied_project_dossier check ((status = 'BECAME_DOSSIER') = (dossier_id is not null))
);

-- Every version of the Cellule's avis on a snapshot; the report compares the latest written before the opinion.
create table policy_cellule_avis (
    avis_id          uuid        not null,
    avis_version     integer     not null,
    dossier_id       uuid        not null,
    snapshot_version integer     not null,
    recommendation   varchar(20) not null,
    written_at       timestamptz not null,
    received_at      timestamptz not null,
    primary key (avis_id, avis_version)
);
create index policy_cellule_avis_snapshot on policy_cellule_avis (dossier_id, snapshot_version);

-- One row per payment (or reversal, negative) the Region recorded against a funding schedule line.
create table policy_payment (
    payment_id  uuid          primary key,
    dossier_id  uuid          not null,
    file_id     uuid,
    budget_year integer       not null,
    amount      numeric(14,2) not null,
    paid_on     date          not null,
    received_at timestamptz   not null
);
create index policy_payment_paid_on on policy_payment (paid_on);

-- Follow-up reports now state how the plan was executed and when they were due (null in older payloads).
alter table policy_follow_up_report add column plan_execution jsonb;
alter table policy_follow_up_report add column due_on date;

-- The agrément's days, to know which years' reports are due (null for facts recorded before they were kept).
alter table policy_agrement_fact add column start_date date;
alter table policy_agrement_fact add column end_date date;

-- The Comité's findings and recommendations on a stored report: the current version, final once finalised_at is set.
create table policy_evaluation_findings (
    evaluation_id      uuid         primary key references policy_evaluation (id),
    version            bigint       not null,
    findings_fr        text,
    findings_en        text,
    recommendations_fr text,
    recommendations_en text,
    written_at         timestamptz,
    written_by         varchar(200),
    finalised_at       timestamptz,
    finalised_by       varchar(200)
);

-- Every version written or finalised, as it was (the audit trail); never changed.
create table policy_evaluation_findings_history (
    evaluation_id      uuid         not null references policy_evaluation (id),
    version            bigint       not null,
    action             varchar(10)  not null,
    findings_fr        text,
    findings_en        text,
    recommendations_fr text,
    recommendations_en text,
    at                 timestamptz  not null,
    by_subject         varchar(200) not null,
    primary key (evaluation_id, version),
    constraint policy_evaluation_findings_history_action check (action in ('WRITTEN', 'FINALISED'))
);
