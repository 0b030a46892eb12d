-- The agrément of a validated cluster: one row per period (1 = first agrément, 2, 3… = renewals).
-- Shared by the decision flow (writes) and the yearly follow-up (reads which years a cluster must report).
create table agrement (
    id             uuid        primary key,
    dossier_id     uuid        not null references dossier (id),
    period_number  integer     not null check (period_number >= 1),
    start_date     date        not null,
    end_date       date        not null,
    status         varchar(20) not null check (status in ('ACTIVE', 'EXPIRED', 'RENEWED')),
    decision_id    uuid        not null,
    granted_by     varchar(200) not null,
    granted_at     timestamptz not null,
    version        bigint      not null default 0,
    check (end_date >= start_date),
    unique (dossier_id, period_number)
);
create index agrement_status_end on agrement (status, end_date);
