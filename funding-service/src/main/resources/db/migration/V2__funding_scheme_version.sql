-- Funding schemes as versioned policy data (domain.md §5). A version is in force from its effective date until the
-- next version of the same scheme; a published version is never updated nor deleted, so a schedule that records the
-- label of its version can always be reproduced.
create table funding_scheme_version (
    id                  bigint generated always as identity primary key,
    scheme              varchar(40)   not null,
    label               varchar(40)   not null,
    effective_from      date          not null,
    -- every scheme: the yearly ceiling, before pro rata temporis (EUR, 2 decimals)
    yearly_cap          numeric(14,2) not null,
    -- CLUSTER_ANIMATOR: rate of agrément period 1, 2, 3…; length of a period; funded years before self-financing
    period_rates        numeric(5,4)[],
    period_length_years integer,
    max_funded_years    integer,
    -- CLUSTER_PREPARATION, TECHNOLOGY_GRAPE: share of eligible costs paid; months before the support stops
    rate                numeric(5,4),
    max_months          integer,
    -- what the figures rest on, who published them and when
    source              varchar(1000),
    published_by        varchar(200)  not null,
    published_at        timestamptz   not null,

    constraint funding_scheme_version_label_unique unique (scheme, label),
    constraint funding_scheme_version_effective_from_unique unique (scheme, effective_from),
    constraint funding_scheme_version_scheme_known
        check (scheme in ('CLUSTER_ANIMATOR', 'CLUSTER_PREPARATION', 'TECHNOLOGY_GRAPE', 'COMPETITIVENESS_POLE')),
    constraint funding_scheme_version_label_format check (label ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    constraint funding_scheme_version_yearly_cap_not_negative check (yearly_cap >= 0),
    constraint funding_scheme_version_rates_between_0_and_1
        check ((rate is null or rate between 0 and 1)
           and (period_rates is null or (0 <= all (period_rates) and 1 >= all (period_rates)))),
    -- each scheme carries exactly the figures of its shape (SchemeVersion.expectedShape)
    constraint funding_scheme_version_shape check (
        (scheme = 'CLUSTER_ANIMATOR'
            and cardinality(period_rates) >= 1 and array_ndims(period_rates) = 1 and array_position(period_rates, null) is null
            and period_length_years >= 1 and max_funded_years >= 0
            and rate is null and max_months is null)
        or (scheme in ('CLUSTER_PREPARATION', 'TECHNOLOGY_GRAPE')
            and rate is not null and max_months >= 1
            and period_rates is null and period_length_years is null and max_funded_years is null)
        or (scheme = 'COMPETITIVENESS_POLE'
            and period_rates is null and period_length_years is null and max_funded_years is null
            and rate is null and max_months is null))
);

comment on table funding_scheme_version is 'Versions of the Walloon funding schemes (domain.md §5); insert-only.';

-- Insert-only: changing or removing a version would silently rewrite what was computed with it.
create function funding_scheme_version_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'funding_scheme_version is insert-only: publish a new version of % instead of changing %',
        old.scheme, old.label using errcode = 'integrity_constraint_violation';
end
$$;

create trigger funding_scheme_version_insert_only
    before update or delete on funding_scheme_version
    for each row execute function funding_scheme_version_insert_only();

-- The documented defaults (the figures of DefaultPolicy), in force since the cluster policy started in 2000.
insert into funding_scheme_version
    (scheme, label, effective_from, yearly_cap, period_rates, period_length_years, max_funded_years, rate, max_months,
     source, published_by, published_at)
values
    ('CLUSTER_ANIMATOR', 'defaults-1', date '2000-01-01', 160000.00, array[1.00, 0.75, 0.50]::numeric(5,4)[], 3, 9, null, null,
     '001 : « Agrément pour 3 ans ; Financement : 160 000 €/an pour 3 ans, dégressif jusque 50 % sur 9 ans » ; '
     || 'III.2 : « une condition d''autofinancement ultérieur serait toujours posée à l''issue de la période »',
     'flyway:V2__funding_scheme_version', now()),
    ('CLUSTER_PREPARATION', 'defaults-1', date '2000-01-01', 50000.00, null, null, null, 0.50, 12,
     'III.2 : « cofinancement … pour les clusters en phase de validation », « limité dans le temps » ; '
     || '50 %, 50 000 €/an et 12 mois sont les valeurs par défaut de domain.md §5',
     'flyway:V2__funding_scheme_version', now()),
    ('TECHNOLOGY_GRAPE', 'defaults-1', date '2000-01-01', 25000.00, null, null, null, 1.00, 24,
     '001 : « 10 grappes, financement : 25 000 €/an pendant 2 ans »',
     'flyway:V2__funding_scheme_version', now()),
    ('COMPETITIVENESS_POLE', 'defaults-1', date '2000-01-01', 400000.00, null, null, null, null, null,
     '001 : « max 400 000 €/an + contributions privées » (jamais plus que le budget déclaré moins les contributions privées)',
     'flyway:V2__funding_scheme_version', now());
