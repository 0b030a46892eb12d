-- The criteria engine's assessment of the snapshot an evaluation case judges, computed once when
-- the case opens (one row per case). The routing and the summary are columns, for queries across
-- cases; the per-criterion results (indicators, thresholds, explanation in French and English),
-- the routing's details and the risk warnings are kept whole as jsonb.
create table automatic_assessment (
    case_id                      uuid         primary key,
    policy_version               varchar(50)  not null,
    computed_at                  timestamptz  not null,
    applied_for_scheme           varchar(30)  not null,
    routed_scheme                varchar(30)  not null,
    satisfied_count              integer      not null,
    not_satisfied_count          integer      not null,
    needs_expert_judgement_count integer      not null,
    all_necessary_satisfied      boolean      not null,
    warning_count                integer      not null,
    routing                      jsonb        not null,
    results                      jsonb        not null,
    warnings                     jsonb        not null,
    constraint automatic_assessment_case foreign key (case_id) references evaluation_case (id)
        deferrable initially deferred
);
create index automatic_assessment_policy_version on automatic_assessment (policy_version);
