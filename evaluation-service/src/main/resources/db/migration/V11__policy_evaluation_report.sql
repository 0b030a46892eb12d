-- A stored policy evaluation report: computed once for a period [period_from, period_to), never changed.
-- The figures are kept whole as jsonb (the report as it was read); the period, when and by whom, and the
-- method version are columns for listing.
create table policy_evaluation (
    id             uuid        primary key,
    period_from    date        not null,
    period_to      date        not null,
    method_version varchar(50) not null,
    computed_at    timestamptz not null,
    computed_by    varchar(200) not null,
    report         jsonb       not null,
    constraint policy_evaluation_period check (period_from < period_to)
);
create index policy_evaluation_computed_at on policy_evaluation (computed_at desc, id);
